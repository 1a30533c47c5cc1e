import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/alerts.tsx';
import { api } from '../../shell/api-client.ts';
import { useTexts } from '../../shell/texts.ts';
import { useAction } from '../../shell/use-api.ts';
import { subscriptionPages, subscriptionPaths, type LibraryTile } from './subscriptions-api.ts';
import { SUBSCRIPTION_TEXTS } from './subscriptions-texts.ts';

type TileAction = 'accept' | 'hide' | 'show';

/** The actions that fit a tile's state (accept only while it waits; show what is not shown; hide what is shown or waits). */
function actionsFor(tile: LibraryTile): TileAction[] {
  switch (tile.state) {
    case 'waiting': return ['accept', 'hide'];
    case 'shown': return ['hide'];
    default: return ['show'];
  }
}

/**
 * National and regional tiles with their state for the municipality, the
 * buttons to accept, hide or show each (each button names its tile for
 * screen readers), and the way to its local addition.
 */
export function LibraryTilesTable({ slug, tiles, editable, onChanged, id }: {
  slug: string;
  tiles: LibraryTile[];
  editable: boolean;
  onChanged: () => void;
  id: string;
}) {
  const t = useTexts(SUBSCRIPTION_TEXTS);
  const act = useAction((tile: LibraryTile, action: TileAction) => api.post(subscriptionPaths.tileAction(slug, tile.library.slug, tile.key, action)));
  const label: Record<TileAction, (title: string) => string> = { accept: t.acceptNamed, hide: t.hideNamed, show: t.showNamed };
  const text: Record<TileAction, string> = { accept: t.accept, hide: t.hide, show: t.show };
  return (
    <>
      <ErrorAlert error={act.error} focus />
      <div className="app-table-wrap">
        <table className="app-table" id={id}>
          <thead>
            <tr>
              <th scope="col">{t.tile}</th>
              <th scope="col">{t.library}</th>
              <th scope="col">{t.stateHeader}</th>
              <th scope="col">{t.addition}</th>
              {editable ? <th scope="col">{t.actions}</th> : null}
            </tr>
          </thead>
          <tbody>
            {tiles.map((tile) => (
              <tr key={`${tile.library.slug}/${tile.key}`} data-tile={tile.key}>
                <td><span lang={tile.sourceLang}>{tile.title}</span></td>
                <td>{tile.library.slug}</td>
                <td>{t.state[tile.state] ?? tile.state}</td>
                <td>
                  <Link to={subscriptionPages.addition(slug, tile.library.slug, tile.key)}>
                    {t.additionState(tile.addition)}
                    <span className="visually-hidden"> – {t.additionNamed(tile.title)}</span>
                  </Link>
                </td>
                {editable ? (
                  <td>
                    <div className="app-actions">
                      {actionsFor(tile).map((action) => (
                        <button
                          key={action} type="button"
                          className={action === 'hide' ? 'staff-button staff-button-secondary' : 'staff-button'}
                          aria-label={label[action](tile.title)} disabled={act.busy}
                          onClick={() => void act.run(tile, action).then((ok) => { if (ok !== undefined) onChanged(); })}
                        >
                          {text[action]}
                        </button>
                      ))}
                    </div>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
