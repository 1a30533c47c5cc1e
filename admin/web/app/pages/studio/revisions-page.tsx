import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert, Loading } from '../../components/alerts.tsx';
import { Page, Section } from '../../components/page.tsx';
import { SelectField } from '../../components/fields.tsx';
import { api } from '../../shell/api-client.ts';
import { useSession } from '../../shell/session.tsx';
import { defineTexts, formatDateTime, useTexts } from '../../shell/texts.ts';
import { useAction, useApiGet } from '../../shell/use-api.ts';
import { studioPages, studioPaths, type LayerDetail, type RevisionSummary, type TileDetail, type TileDiff } from './studio-api.ts';
import { languageName } from './studio-texts.ts';
import { TileDiffView } from './tile-diff-view.tsx';
import './studio.css';

const TEXTS = defineTexts({
  en: {
    title: (key: string) => `Revisions of ${key}`,
    lead: 'Every publication is kept. Compare any two versions per language, or restore one as the draft.',
    none: 'This tile has not been published yet.',
    number: 'Revision', when: 'Published', by: 'By', languages: 'Languages', current: 'live now', actions: 'Actions',
    restore: (n: number) => `Restore revision ${n} as draft`,
    compare: 'Compare two versions',
    from: 'From', to: 'To', mode: 'Show differences by',
    words: 'words', lines: 'lines',
    live: 'Live version', draft: 'Current draft', revision: (n: number) => `Revision ${n}`,
    show: 'Show differences',
    back: 'Back to the tile',
  },
  nl: {
    title: (key: string) => `Versies van ${key}`,
    lead: 'Elke publicatie wordt bewaard. Vergelijk twee versies per taal, of zet er een terug als concept.',
    none: 'Deze tegel is nog niet gepubliceerd.',
    number: 'Versie', when: 'Gepubliceerd', by: 'Door', languages: 'Talen', current: 'nu live', actions: 'Acties',
    restore: (n: number) => `Versie ${n} terugzetten als concept`,
    compare: 'Twee versies vergelijken',
    from: 'Van', to: 'Naar', mode: 'Verschillen tonen per',
    words: 'woord', lines: 'regel',
    live: 'Gepubliceerde versie', draft: 'Huidig concept', revision: (n: number) => `Versie ${n}`,
    show: 'Verschillen tonen',
    back: 'Terug naar de tegel',
  },
});

/** `/app/studio/layers/:slug/tiles/:key/revisions`: the tile's revisions, a diff of any two, restore. */
export function RevisionsPage() {
  const t = useTexts(TEXTS);
  const { language } = useSession();
  const navigate = useNavigate();
  const { slug = '', key = '' } = useParams();
  const revisions = useApiGet<{ revisions: RevisionSummary[] }>(studioPaths.revisions(slug, key));
  const layer = useApiGet<LayerDetail>(studioPaths.layer(slug));
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [mode, setMode] = useState<'words' | 'lines'>('words');
  const [diffPath, setDiffPath] = useState<string | null>(null);
  const diff = useApiGet<TileDiff>(diffPath);
  const restore = useAction((n: number) => api.post<TileDetail>(studioPaths.restore(slug, key, n)));
  const list = revisions.data?.revisions ?? [];
  const versionOptions = [
    { value: 'draft', label: t.draft },
    { value: 'live', label: t.live },
    ...list.map((r) => ({ value: String(r.number), label: t.revision(r.number) })),
  ];
  const fromValue = from || (list[1] ? String(list[1].number) : 'live');
  const toValue = to || 'draft';
  const canEdit = layer.data?.access === 'edit';

  return (
    <Page title={t.title(key)} lead={t.lead}>
      <ErrorAlert error={revisions.error ?? layer.error} />
      <ErrorAlert error={restore.error} focus />
      {revisions.loading && !revisions.data ? <Loading /> : null}
      {revisions.data && list.length === 0 ? <p>{t.none}</p> : null}
      {list.length > 0 ? (
        <div className="app-table-wrap">
          <table className="app-table" id="revisions-table">
            <thead>
              <tr><th scope="col">{t.number}</th><th scope="col">{t.when}</th><th scope="col">{t.by}</th><th scope="col">{t.languages}</th>{canEdit ? <th scope="col">{t.actions}</th> : null}</tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <tr key={r.number}>
                  <td>{r.number}{r.current ? ` (${t.current})` : ''}</td>
                  <td>{formatDateTime(r.publishedAt, language)}</td>
                  <td>{r.publishedBy?.name ?? ''}</td>
                  <td>{r.languages.map((l, i) => <span key={l} lang={l}>{i ? ', ' : ''}{languageName(l)}</span>)}</td>
                  {canEdit ? (
                    <td>
                      <button type="button" className="staff-button staff-button-secondary" disabled={restore.busy}
                        onClick={async () => {
                          const done = await restore.run(r.number);
                          if (done) navigate(studioPages.tile(slug, key), { state: { notice: 'restored' } });
                        }}>
                        {t.restore(r.number)}
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Section id="revisions-compare" title={t.compare}>
        <form className="diff-form" noValidate onSubmit={(e) => { e.preventDefault(); setDiffPath(studioPaths.diff(slug, key, fromValue, toValue, mode)); }}>
          <SelectField label={t.from} value={fromValue} options={versionOptions} onChange={(e) => setFrom(e.target.value)} />
          <SelectField label={t.to} value={toValue} options={versionOptions} onChange={(e) => setTo(e.target.value)} />
          <SelectField label={t.mode} value={mode} options={[{ value: 'words', label: t.words }, { value: 'lines', label: t.lines }]}
            onChange={(e) => setMode(e.target.value === 'lines' ? 'lines' : 'words')} />
          <button type="submit" className="staff-button">{t.show}</button>
        </form>
        <ErrorAlert error={diff.error} focus />
        {diff.loading ? <Loading /> : null}
        {diff.data && !diff.loading ? <TileDiffView diff={diff.data} /> : null}
      </Section>
      <p><Link to={studioPages.tile(slug, key)}>{t.back}</Link></p>
    </Page>
  );
}
