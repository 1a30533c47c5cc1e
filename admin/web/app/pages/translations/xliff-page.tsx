import { useState, type ChangeEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert, Loading, Notice } from '../../components/alerts.tsx';
import { SelectField } from '../../components/fields.tsx';
import { Page, Section } from '../../components/page.tsx';
import { defineTexts, useTexts } from '../../shell/texts.ts';
import { useAction, useApiGet } from '../../shell/use-api.ts';
import { languageName } from '../studio/studio-texts.ts';
import {
  postXliff, translationPages, translationPaths, type DiffPart, type Matrix, type PreviewUnit, type XliffImport, type XliffPreview,
} from './translations-api.ts';
import { TRANSLATION_TEXTS } from './translations-texts.ts';
import './translations.css';

const TEXTS = defineTexts({
  en: {
    title: 'XLIFF export and import',
    lead: 'Send the missing and stale texts of one language to a translator as an XLIFF 2.0 file, and bring the translated file back.',
    export: 'Export', exportHint: 'The file holds every missing and stale text of the language; they show as "sent out" until the file comes back.',
    download: (language: string) => `Download the XLIFF file for ${language}`,
    toSend: (n: number) => `${n} ${n === 1 ? 'tile needs' : 'tiles need'} a translation.`,
    nothingToSend: (language: string) => `Nothing to send: every tile is current in ${language}.`,
    mayNot: 'Translators, editors and administrators of this layer exchange XLIFF files.',
    import: 'Import', file: 'XLIFF file', fileHint: 'The file the translator sent back (.xlf or .xliff).',
    preview: 'Show the changes', apply: 'Apply', previewTitle: 'Changes in the file',
    previewLead: (language: string) => `Language of the file: ${language}. Nothing is saved until you press "Apply".`,
    tile: 'Tile', status: 'Result', changes: 'Changes',
    statuses: { changed: 'Changed', unchanged: 'Unchanged', refused: 'Refused' } as Record<string, string>,
    noUnits: 'The file holds no translations.',
    result: (applied: number, unchanged: number, refused: number) => `Applied: ${applied}. Unchanged: ${unchanged}. Refused: ${refused}.`,
    refusedList: 'Refused tiles',
    fields: { title: 'Title', body: 'Text', examples: 'Example questions', linkLabels: 'Link labels' } as Record<string, string>,
    added: 'added:', removed: 'removed:', noFile: 'Choose a file first.',
  },
  nl: {
    title: 'XLIFF exporteren en importeren',
    lead: 'Stuur de ontbrekende en verouderde teksten van één taal als XLIFF 2.0-bestand naar een vertaler, en lees het vertaalde bestand weer in.',
    export: 'Exporteren', exportHint: 'Het bestand bevat elke ontbrekende en verouderde tekst van de taal; ze staan als "uitbesteed" tot het bestand terugkomt.',
    download: (language: string) => `Het XLIFF-bestand voor ${language} downloaden`,
    toSend: (n: number) => `${n} ${n === 1 ? 'tegel heeft' : 'tegels hebben'} een vertaling nodig.`,
    nothingToSend: (language: string) => `Niets te versturen: elke tegel is actueel in het ${language}.`,
    mayNot: 'Vertalers, redacteuren en beheerders van deze laag wisselen XLIFF-bestanden uit.',
    import: 'Importeren', file: 'XLIFF-bestand', fileHint: 'Het bestand dat de vertaler terugstuurde (.xlf of .xliff).',
    preview: 'Wijzigingen tonen', apply: 'Toepassen', previewTitle: 'Wijzigingen in het bestand',
    previewLead: (language: string) => `Taal van het bestand: ${language}. Er wordt niets opgeslagen tot u op "Toepassen" drukt.`,
    tile: 'Tegel', status: 'Resultaat', changes: 'Wijzigingen',
    statuses: { changed: 'Gewijzigd', unchanged: 'Ongewijzigd', refused: 'Geweigerd' } as Record<string, string>,
    noUnits: 'Het bestand bevat geen vertalingen.',
    result: (applied: number, unchanged: number, refused: number) => `Toegepast: ${applied}. Ongewijzigd: ${unchanged}. Geweigerd: ${refused}.`,
    refusedList: 'Geweigerde tegels',
    fields: { title: 'Titel', body: 'Tekst', examples: 'Voorbeeldvragen', linkLabels: 'Linkteksten' } as Record<string, string>,
    added: 'toegevoegd:', removed: 'verwijderd:', noFile: 'Kies eerst een bestand.',
  },
});

function Parts({ parts, lang }: { parts: DiffPart[]; lang: string }) {
  const t = useTexts(TEXTS);
  return (
    <p className="diff-text tr-pre" lang={lang}>
      {parts.map((part, i) => {
        if (part.op === 'added') return <ins key={i}><span className="visually-hidden">{t.added} </span>{part.value}</ins>;
        if (part.op === 'removed') return <del key={i}><span className="visually-hidden">{t.removed} </span>{part.value}</del>;
        return <span key={i}>{part.value}</span>;
      })}
    </p>
  );
}

/** Tiles a language's export would hold: missing, stale, or already sent out (a lost file can be sent again). */
function exportable(matrix: Matrix, language: string): number {
  const c = matrix.counts[language] ?? {};
  return (c.missing ?? 0) + (c.stale ?? 0) + (c.in_translation ?? 0);
}

const isParts = (value: unknown): value is DiffPart[] => Array.isArray(value) && value.every((p) => typeof p === 'object' && p !== null && 'op' in p);

/** A unit's diff: one list of parts, or one per field. */
function UnitDiff({ diff, lang }: { diff: PreviewUnit['diff']; lang: string }) {
  const t = useTexts(TEXTS);
  if (!diff) return null;
  if (isParts(diff)) return <Parts parts={diff} lang={lang} />;
  const fields = Object.entries(diff).filter((entry): entry is [string, DiffPart[]] => isParts(entry[1]) && entry[1].some((p) => p.op !== 'same'));
  return (
    <dl className="tr-diff">
      {fields.map(([field, parts]) => <div key={field}><dt>{t.fields[field] ?? field}</dt><dd><Parts parts={parts} lang={lang} /></dd></div>)}
    </dl>
  );
}

function PreviewTable({ preview, titles }: { preview: XliffPreview; titles: ReadonlyMap<string, string> }) {
  const t = useTexts(TEXTS);
  if (preview.units.length === 0) return <p>{t.noUnits}</p>;
  return (
    <div className="app-table-wrap" role="region" aria-label={t.previewTitle} tabIndex={0}>
      <table className="app-table" id="xliff-preview">
        <thead><tr><th scope="col">{t.tile}</th><th scope="col">{t.status}</th><th scope="col">{t.changes}</th></tr></thead>
        <tbody>
          {preview.units.map((unit) => (
            <tr key={unit.key} data-tile={unit.key} data-status={unit.status}>
              <th scope="row">{titles.get(unit.key) ?? unit.key}<br /><span className="app-muted tr-key">{unit.key}</span></th>
              <td><span className={`tr-unit tr-unit-${unit.status}`}>{t.statuses[unit.status] ?? unit.status}</span>{unit.reason ? <><br />{unit.reason}</> : null}</td>
              <td>{unit.status === 'changed' ? <UnitDiff diff={unit.diff} lang={preview.language} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** `/app/studio/layers/:slug/translations/xliff`: export a language as XLIFF; import a file: preview its diff, then apply. */
export function XliffPage() {
  const t = useTexts(TEXTS);
  const tr = useTexts(TRANSLATION_TEXTS);
  const { slug = '' } = useParams();
  const matrix = useApiGet<Matrix>(translationPaths.matrix(slug));
  const [language, setLanguage] = useState('');
  const [xml, setXml] = useState<string>();
  const [preview, setPreview] = useState<XliffPreview>();
  const [result, setResult] = useState<XliffImport>();
  const [fileError, setFileError] = useState('');
  const showPreview = useAction(() => postXliff<XliffPreview>(translationPaths.xliffPreview(slug), xml ?? ''));
  const apply = useAction(() => postXliff<XliffImport>(translationPaths.xliffImport(slug), xml ?? ''));
  const data = matrix.data;
  const targets = data?.languages ?? [];
  // First choice: the first language with something to send.
  const lang = language || targets.find((l) => data !== undefined && exportable(data, l) > 0) || targets[0] || '';
  const titles = new Map((data?.tiles ?? []).map((x) => [x.key, x.title]));

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setPreview(undefined);
    setResult(undefined);
    setFileError('');
    showPreview.clearError();
    apply.clearError();
    setXml(file ? await file.text() : undefined);
  }

  return (
    <Page title={t.title} lead={t.lead} actions={<Link to={translationPages.matrix(slug)}>{tr.backToMatrix}</Link>}>
      <ErrorAlert error={matrix.error} />
      {matrix.loading && !matrix.data ? <Loading /> : null}
      {data ? (
        <Section id="xliff-export" title={t.export}>
          <p className="app-hint">{t.exportHint}</p>
          <SelectField label={tr.language} value={lang} id="xliff-language" onChange={(e) => setLanguage(e.target.value)}
            options={targets.map((l) => ({ value: l, label: `${languageName(l)} (${l}) · ${exportable(data, l)}`, lang: l }))} />
          {lang && exportable(data, lang) > 0 ? (
            <p>
              {t.toSend(exportable(data, lang))}{' '}
              <a className="staff-button" id="xliff-download" href={translationPaths.xliff(slug, lang)} download
                onClick={() => window.setTimeout(() => void matrix.reload(), 1500)}>
                {t.download(languageName(lang))}
              </a>
            </p>
          ) : null}
          {lang && exportable(data, lang) === 0 ? <p id="xliff-nothing">{t.nothingToSend(languageName(lang))}</p> : null}
          {data.layer.mayTranslate ? null : <p className="app-muted">{t.mayNot}</p>}
        </Section>
      ) : null}
      <Section id="xliff-import" title={t.import}>
        <form noValidate onSubmit={async (e) => {
          e.preventDefault();
          if (!xml) { setFileError(t.noFile); return; }
          setResult(undefined);
          const done = await showPreview.run();
          if (done) setPreview(done);
        }}>
          <div className="app-field">
            <label htmlFor="xliff-file">{t.file}</label>
            <p className="app-hint" id="xliff-file-hint">{t.fileHint}</p>
            <input id="xliff-file" type="file" accept=".xlf,.xliff,.xml,application/xliff+xml,application/xml,text/xml"
              aria-describedby={fileError ? 'xliff-file-hint xliff-file-error' : 'xliff-file-hint'} aria-invalid={fileError ? true : undefined}
              onChange={(e) => void chooseFile(e)} />
            {fileError ? <p className="app-field-error" id="xliff-file-error">{fileError}</p> : null}
          </div>
          <div className="app-actions">
            <button type="submit" className="staff-button staff-button-secondary" disabled={showPreview.busy}>{t.preview}</button>
          </div>
          <ErrorAlert error={showPreview.error} focus />
        </form>
        {preview ? (
          <Section id="xliff-preview-section" title={t.previewTitle}>
            <p>{t.previewLead(languageName(preview.language))}</p>
            <PreviewTable preview={preview} titles={titles} />
            <div className="app-actions">
              <button type="button" className="staff-button" disabled={apply.busy || !!result}
                onClick={async () => { const done = await apply.run(); if (done) { setResult(done); void matrix.reload(); } }}>
                {t.apply}
              </button>
            </div>
            <ErrorAlert error={apply.error} focus />
          </Section>
        ) : null}
        <Notice>{result ? t.result(result.applied, result.unchanged, result.refused.length) : null}</Notice>
        {result && result.refused.length > 0 ? (
          <>
            <h3>{t.refusedList}</h3>
            <ul id="xliff-refused">{result.refused.map((r) => <li key={r.key}><strong>{r.key}</strong>: {r.reason}</li>)}</ul>
          </>
        ) : null}
      </Section>
    </Page>
  );
}
