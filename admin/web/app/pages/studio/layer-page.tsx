import { Link, useParams } from 'react-router-dom';
import { ErrorAlert, Loading } from '../../components/alerts.tsx';
import { Page } from '../../components/page.tsx';
import { useSession } from '../../shell/session.tsx';
import { defineTexts, formatDate, useTexts } from '../../shell/texts.ts';
import { useApiGet } from '../../shell/use-api.ts';
import { TranslationMatrixLink } from '../translations/translation-links.tsx';
import { studioPages, studioPaths, type LayerDetail, type Theme, type TileSummary } from './studio-api.ts';
import { languageName, STUDIO_TEXTS } from './studio-texts.ts';
import { themeName } from './tile-fields.tsx';
import { TileBadges } from './tile-status.tsx';
import './studio.css';

const TEXTS = defineTexts({
  en: {
    lead: (kind: string, access: string) => `${kind} · ${access}`,
    counts: (total: number, published: number, drafts: number, overdue: number) =>
      `${total} tiles: ${published} published, ${drafts} with unpublished changes, ${overdue} overdue for review.`,
    parent: 'Inherits from',
    newTile: 'New tile',
    none: 'This layer has no tiles yet.',
    tiles: 'Tiles',
    title: 'Title', theme: 'Theme', status: 'Status', languages: 'Languages', owner: 'Owner', reviewBy: 'Review by',
  },
  nl: {
    lead: (kind: string, access: string) => `${kind} · ${access}`,
    counts: (total: number, published: number, drafts: number, overdue: number) =>
      `${total} tegels: ${published} gepubliceerd, ${drafts} met ongepubliceerde wijzigingen, ${overdue} te laat voor controle.`,
    parent: 'Erft van',
    newTile: 'Nieuwe tegel',
    none: 'Deze laag heeft nog geen tegels.',
    tiles: 'Tegels',
    title: 'Titel', theme: 'Thema', status: 'Status', languages: 'Talen', owner: 'Eigenaar', reviewBy: 'Controleren voor',
  },
});

function TilesTable({ slug, tiles, themes }: { slug: string; tiles: TileSummary[]; themes: Theme[] }) {
  const t = useTexts(TEXTS);
  const { language } = useSession();
  return (
    <div className="app-table-wrap">
      <table className="app-table" id="tiles-table">
        <caption className="visually-hidden">{t.tiles}</caption>
        <thead>
          <tr>
            <th scope="col">{t.title}</th><th scope="col">{t.theme}</th><th scope="col">{t.status}</th>
            <th scope="col">{t.languages}</th><th scope="col">{t.owner}</th><th scope="col">{t.reviewBy}</th>
          </tr>
        </thead>
        <tbody>
          {tiles.map((tile) => (
            <tr key={tile.key}>
              <td>
                <Link to={studioPages.tile(slug, tile.key)} lang={tile.sourceLang}>{tile.title || tile.key}</Link>
                <br /><span className="app-muted">{tile.key}</span>
              </td>
              <td>{themeName(themes, tile.theme, language)}</td>
              <td><TileBadges {...tile} /></td>
              <td>{tile.languages.map((l, i) => <span key={l} lang={l}>{i > 0 ? ', ' : ''}{languageName(l)}</span>)}</td>
              <td>{tile.owner?.name ?? ''}</td>
              <td>{formatDate(tile.reviewBy, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** `/app/studio/layers/:slug`: a layer's own tiles with their status; "New tile" for its editors. */
export function LayerPage() {
  const t = useTexts(TEXTS);
  const s = useTexts(STUDIO_TEXTS);
  const { slug = '' } = useParams();
  const layer = useApiGet<LayerDetail>(studioPaths.layer(slug));
  const tiles = useApiGet<{ tiles: TileSummary[] }>(studioPaths.tiles(slug));
  const themes = useApiGet<{ themes: Theme[] }>(studioPaths.themes());
  const error = layer.error ?? tiles.error ?? themes.error;
  const data = layer.data;
  return (
    <Page
      title={data?.name ?? slug}
      lead={data ? t.lead(s.kind[data.kind] ?? data.kind, s.access[data.access] ?? data.access) : undefined}
      actions={<>{data?.access === 'edit' ? <Link className="staff-button" to={studioPages.newTile(slug)}>{t.newTile}</Link> : null}<TranslationMatrixLink slug={slug} /></>}
    >
      <ErrorAlert error={error} />
      {data ? (
        <p>
          {t.counts(data.tiles.total, data.tiles.published, data.tiles.withDraft, data.tiles.overdue)}
          {data.parent ? <> {t.parent} <Link to={studioPages.layer(data.parent.slug)}>{data.parent.name}</Link>.</> : null}
        </p>
      ) : null}
      {!error && (!tiles.data || !themes.data) ? <Loading /> : null}
      {tiles.data && tiles.data.tiles.length === 0 ? <p>{t.none}</p> : null}
      {tiles.data && themes.data && tiles.data.tiles.length > 0 ? <TilesTable slug={slug} tiles={tiles.data.tiles} themes={themes.data.themes} /> : null}
    </Page>
  );
}
