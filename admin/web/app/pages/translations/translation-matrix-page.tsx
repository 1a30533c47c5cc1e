import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ErrorAlert, Loading } from '../../components/alerts.tsx';
import { SelectField } from '../../components/fields.tsx';
import { Page, Section } from '../../components/page.tsx';
import { useSession } from '../../shell/session.tsx';
import { defineTexts, useTexts } from '../../shell/texts.ts';
import { useApiGet } from '../../shell/use-api.ts';
import { studioPages, studioPaths, type Theme } from '../studio/studio-api.ts';
import { languageName } from '../studio/studio-texts.ts';
import { themeName } from '../studio/tile-fields.tsx';
import { BudgetLine, DeeplLine, StateBadge, useProblemText } from './translation-badges.tsx';
import { STATES, translationPages, translationPaths, type Matrix, type MatrixTile, type TranslationState } from './translations-api.ts';
import { TRANSLATION_TEXTS } from './translations-texts.ts';
import './translations.css';

const TEXTS = defineTexts({
  en: {
    title: (layer: string) => `Translations of ${layer}`,
    lead: 'Every tile in every language, computed from the published source text. Open a cell to read, edit or check the translation.',
    filters: 'Filters', all: 'All', state: 'State', theme: 'Theme', clear: 'Show everything',
    legend: 'Legend', matrix: 'Tiles and languages', tile: 'Tile', perLanguage: 'Per language',
    none: 'No tile matches these filters.', noTiles: 'This layer has no published tiles yet.',
    cellName: (language: string, tile: string) => `${language}, ${tile}: `,
    machine: 'Machine translation of many tiles', xliff: 'XLIFF export and import', glossary: 'Glossary',
    suggestion: 'old human text kept as a suggestion', hasSuggestion: '+ suggestion',
  },
  nl: {
    title: (layer: string) => `Vertalingen van ${layer}`,
    lead: 'Elke tegel in elke taal, berekend uit de gepubliceerde brontekst. Open een cel om de vertaling te lezen, te bewerken of te controleren.',
    filters: 'Filters', all: 'Alle', state: 'Status', theme: 'Thema', clear: 'Alles tonen',
    legend: 'Legenda', matrix: 'Tegels en talen', tile: 'Tegel', perLanguage: 'Per taal',
    none: 'Geen tegel past bij deze filters.', noTiles: 'Deze laag heeft nog geen gepubliceerde tegels.',
    cellName: (language: string, tile: string) => `${language}, ${tile}: `,
    machine: 'Machinevertaling van veel tegels', xliff: 'XLIFF exporteren en importeren', glossary: 'Woordenlijst',
    suggestion: 'oude menselijke tekst bewaard als suggestie', hasSuggestion: '+ suggestie',
  },
});

function Legend() {
  const t = useTexts(TEXTS);
  const tr = useTexts(TRANSLATION_TEXTS);
  return (
    <Section id="translation-legend" title={t.legend}>
      <ul className="tr-legend">
        {STATES.map((s) => <li key={s}><StateBadge state={s} /> {tr.stateLong[s]}</li>)}
      </ul>
    </Section>
  );
}

/** Counts of each state per language. */
function Counts({ matrix, languages }: { matrix: Matrix; languages: string[] }) {
  const t = useTexts(TEXTS);
  const tr = useTexts(TRANSLATION_TEXTS);
  return (
    <Section id="translation-counts" title={t.perLanguage}>
      <div className="app-table-wrap" role="region" aria-label={t.perLanguage} tabIndex={0}>
        <table className="app-table tr-counts" id="translation-counts-table">
          <thead>
            <tr><th scope="col">{tr.language}</th>{STATES.map((s) => <th scope="col" key={s}>{tr.stateShort[s]}</th>)}</tr>
          </thead>
          <tbody>
            {languages.map((l) => (
              <tr key={l} data-language={l}>
                <th scope="row"><span lang={l}>{languageName(l)}</span> ({l})</th>
                {STATES.map((s) => <td key={s} data-state={s}>{matrix.counts[l]?.[s] ?? 0}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}

function MatrixTable({ slug, tiles, languages, themes }: { slug: string; tiles: MatrixTile[]; languages: string[]; themes: Theme[] }) {
  const t = useTexts(TEXTS);
  const tr = useTexts(TRANSLATION_TEXTS);
  const { language } = useSession();
  const problemText = useProblemText();
  return (
    <div className="app-table-wrap" role="region" aria-label={t.matrix} tabIndex={0}>
      <table className="app-table tr-matrix" id="translation-matrix">
        <caption className="visually-hidden">{t.matrix}</caption>
        <thead>
          <tr>
            <th scope="col">{t.tile}</th>
            {languages.map((l) => <th scope="col" key={l}><abbr title={languageName(l)} lang={l}>{l}</abbr></th>)}
          </tr>
        </thead>
        <tbody>
          {tiles.map((tile) => (
            <tr key={tile.key} data-tile={tile.key}>
              <th scope="row">
                <Link to={studioPages.tile(slug, tile.key)} lang={tile.sourceLang}>{tile.title || tile.key}</Link>
                <br /><span className="app-muted">{themeName(themes, tile.theme, language)}</span>
              </th>
              {languages.map((l) => {
                const cell = tile.cells[l];
                if (!cell) return <td key={l} data-language={l} />;
                const problem = problemText(cell.problem);
                const detail = [tr.stateLong[cell.state], problem, cell.hasSuggestion ? t.suggestion : ''].filter(Boolean).join(' · ');
                return (
                  <td key={l} data-language={l} data-state={cell.state} className="tr-cell">
                    <Link to={translationPages.editor(slug, tile.key, l)} title={detail} className="tr-cell-link">
                      <span className="visually-hidden">{t.cellName(languageName(l), tile.title || tile.key)}</span>
                      <StateBadge state={cell.state} />
                      {cell.problem ? <span className="tr-cell-problem">{tr.problem[cell.problem.reason] ?? cell.problem.reason}</span> : null}
                      {cell.hasSuggestion ? <span className="tr-cell-problem">{t.hasSuggestion}</span> : null}
                    </Link>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** `/app/studio/layers/:slug/translations`: the tile × language matrix with filters, counts, legend, budget and DeepL status. */
export function TranslationMatrixPage() {
  const t = useTexts(TEXTS);
  const tr = useTexts(TRANSLATION_TEXTS);
  const { language } = useSession();
  const { slug = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const filters = { language: params.get('language') ?? '', state: params.get('state') ?? '', theme: params.get('theme') ?? '' };
  const matrix = useApiGet<Matrix>(translationPaths.matrix(slug, filters));
  const all = useApiGet<Matrix>(translationPaths.matrix(slug));
  const themes = useApiGet<{ themes: Theme[] }>(studioPaths.themes());
  const error = matrix.error ?? themes.error;
  const data = matrix.data;
  const layerName = data?.layer.name ?? slug;
  const allLanguages = all.data?.languages ?? data?.languages ?? [];
  const languages = filters.language ? [filters.language] : (data?.languages ?? []);
  const state = filters.state as TranslationState | '';
  const tiles = (data?.tiles ?? []).filter((tile) =>
    (!filters.theme || tile.theme === filters.theme) && (!state || languages.some((l) => tile.cells[l]?.state === state)));
  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value); else next.delete(name);
    setParams(next);
  };
  const usedThemes = [...new Set((all.data ?? data)?.tiles.map((tile) => tile.theme) ?? [])];
  return (
    <Page
      title={t.title(layerName)}
      lead={t.lead}
      actions={(
        <>
          <Link to={translationPages.machine(slug)}>{t.machine}</Link>
          <Link to={translationPages.xliff(slug)}>{t.xliff}</Link>
          <Link to={translationPages.glossary(slug)}>{t.glossary}</Link>
        </>
      )}
    >
      <ErrorAlert error={error} />
      {data ? <><DeeplLine deepl={data.deepl} /><BudgetLine budget={data.budget} /></> : null}
      <Section id="translation-filters" title={t.filters}>
        <form className="tr-filters" onSubmit={(e) => e.preventDefault()}>
          <SelectField label={tr.language} value={filters.language} onChange={(e) => setFilter('language', e.target.value)}
            options={[{ value: '', label: t.all }, ...allLanguages.map((l) => ({ value: l, label: `${languageName(l)} (${l})`, lang: l }))]} />
          <SelectField label={t.state} value={filters.state} onChange={(e) => setFilter('state', e.target.value)}
            options={[{ value: '', label: t.all }, ...STATES.map((s) => ({ value: s, label: tr.stateLong[s] }))]} />
          <SelectField label={t.theme} value={filters.theme} onChange={(e) => setFilter('theme', e.target.value)}
            options={[{ value: '', label: t.all }, ...usedThemes.map((k) => ({ value: k, label: themeName(themes.data?.themes ?? [], k, language) }))]} />
          {filters.language || filters.state || filters.theme
            ? <button type="button" className="staff-button staff-button-secondary" onClick={() => setParams(new URLSearchParams())}>{t.clear}</button>
            : null}
        </form>
      </Section>
      {!error && (!data || !themes.data) ? <Loading /> : null}
      {data && themes.data ? (
        <Section id="translation-matrix-section" title={t.matrix}>
          {tiles.length > 0
            ? <MatrixTable slug={slug} tiles={tiles} languages={languages} themes={themes.data.themes} />
            : <p>{data.tiles.length === 0 && !filters.state && !filters.theme ? t.noTiles : t.none}</p>}
        </Section>
      ) : null}
      <Legend />
      {data ? <Counts matrix={data} languages={languages} /> : null}
      <p><Link to={studioPages.layer(slug)}>{layerName}</Link></p>
    </Page>
  );
}
