import { Link } from 'react-router-dom';
import { ErrorAlert, Loading } from '../../components/alerts.tsx';
import { Page } from '../../components/page.tsx';
import { useSession } from '../../shell/session.tsx';
import { defineTexts, formatDate, useTexts } from '../../shell/texts.ts';
import { useApiGet } from '../../shell/use-api.ts';
import { studioPages, studioPaths, type OverdueTile } from './studio-api.ts';
import { STUDIO_TEXTS } from './studio-texts.ts';

const TEXTS = defineTexts({
  en: {
    lead: 'Tiles of your layers whose review date has passed: yours first, then the oldest. Open one, check it, and press "Still correct" or edit it.',
    none: 'Nothing is overdue.',
    tile: 'Tile', layer: 'Layer', reviewBy: 'Review by', owner: 'Owner', nobody: 'nobody', mine: '(you)',
  },
  nl: {
    lead: 'Tegels van uw lagen waarvan de controledatum voorbij is: eerst de uwe, dan de oudste. Open er een, controleer hem en klik op "Klopt nog" of bewerk hem.',
    none: 'Er is niets te laat.',
    tile: 'Tegel', layer: 'Laag', reviewBy: 'Controleren voor', owner: 'Eigenaar', nobody: 'niemand', mine: '(u)',
  },
});

/** `/app/studio/reviews`: the editor's overdue reviews. */
export function OverduePage() {
  const t = useTexts(TEXTS);
  const s = useTexts(STUDIO_TEXTS);
  const { language } = useSession();
  const overdue = useApiGet<{ tiles: OverdueTile[] }>(studioPaths.overdue());
  return (
    <Page title={s.overdue} lead={t.lead}>
      <ErrorAlert error={overdue.error} />
      {overdue.loading && !overdue.data ? <Loading /> : null}
      {overdue.data && overdue.data.tiles.length === 0 ? <p>{t.none}</p> : null}
      {overdue.data && overdue.data.tiles.length > 0 ? (
        <div className="app-table-wrap">
          <table className="app-table" id="overdue-table">
            <thead><tr><th scope="col">{t.tile}</th><th scope="col">{t.layer}</th><th scope="col">{t.reviewBy}</th><th scope="col">{t.owner}</th></tr></thead>
            <tbody>
              {overdue.data.tiles.map((tile) => (
                <tr key={`${tile.layer.slug}/${tile.key}`}>
                  <td><Link to={studioPages.tile(tile.layer.slug, tile.key)}>{tile.title}</Link></td>
                  <td>{tile.layer.name}</td>
                  <td>{formatDate(tile.reviewBy, language)}</td>
                  <td>{tile.owner ? tile.owner.name : t.nobody} {tile.ownedByMe ? t.mine : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Page>
  );
}
