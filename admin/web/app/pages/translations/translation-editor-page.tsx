import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ErrorAlert, Loading, Notice } from '../../components/alerts.tsx';
import { SelectField } from '../../components/fields.tsx';
import { Page, Section } from '../../components/page.tsx';
import { api, ApiError } from '../../shell/api-client.ts';
import { useSession } from '../../shell/session.tsx';
import { defineTexts, formatDateTime, useTexts } from '../../shell/texts.ts';
import { useAction, useApiGet } from '../../shell/use-api.ts';
import { studioPages, studioPaths, type TileDetail } from '../studio/studio-api.ts';
import { languageName } from '../studio/studio-texts.ts';
import { StateBadge, useProblemText } from './translation-badges.tsx';
import { SourceText, TranslationFields } from './translation-form.tsx';
import { formOf, textOf, type TranslationFormValues } from './translation-form-model.ts';
import { translationPages, translationPaths, type Matrix, type TranslationView } from './translations-api.ts';
import { TRANSLATION_TEXTS } from './translations-texts.ts';
import './translations.css';

const TEXTS = defineTexts({
  en: {
    title: (tile: string) => `Translation of "${tile}"`, titlePrefix: 'Translation of ',
    notPublished: 'This tile is not published yet. Translations follow the published text: publish it first.',
    source: (language: string) => `Source (${language})`,
    translation: (language: string) => `Translation (${language})`,
    state: 'State', checkedAt: (at: string) => `Checked on ${at}.`,
    save: 'Save translation', saved: 'Saved. The translation is now marked as written by a person.',
    check: 'Mark as checked', checked: 'Marked as checked.',
    checkHint: 'The machine translation is correct as it is: mark it as checked without changing it.',
    suggestion: 'Suggestion: the earlier human translation',
    suggestionLead: 'A machine made the text above after the source changed. This is what a person had written before.',
    useSuggestion: 'Use this', suggestionUsed: 'The suggestion is in the form now. Edit it if needed, then save.',
    readOnly: 'You may read this translation, but not change it.',
    sourceNote: 'This is the tile\'s source language: edit the tile itself to change it.',
    refused: 'This cannot be done to the translation as it is now:',
    unsaved: 'Unsaved changes',
    tilePage: 'The tile in the studio',
  },
  nl: {
    title: (tile: string) => `Vertaling van "${tile}"`, titlePrefix: 'Vertaling van ',
    notPublished: 'Deze tegel is nog niet gepubliceerd. Vertalingen volgen de gepubliceerde tekst: publiceer haar eerst.',
    source: (language: string) => `Bron (${language})`,
    translation: (language: string) => `Vertaling (${language})`,
    state: 'Status', checkedAt: (at: string) => `Gecontroleerd op ${at}.`,
    save: 'Vertaling opslaan', saved: 'Opgeslagen. De vertaling staat nu als door een mens geschreven.',
    check: 'Markeren als gecontroleerd', checked: 'Gemarkeerd als gecontroleerd.',
    checkHint: 'De machinevertaling klopt zoals ze is: markeer haar als gecontroleerd zonder iets te wijzigen.',
    suggestion: 'Suggestie: de eerdere menselijke vertaling',
    suggestionLead: 'Een machine heeft de tekst hierboven gemaakt nadat de bron wijzigde. Dit had een mens eerder geschreven.',
    useSuggestion: 'Deze gebruiken', suggestionUsed: 'De suggestie staat nu in het formulier. Pas haar zo nodig aan en sla op.',
    readOnly: 'U mag deze vertaling lezen, maar niet wijzigen.',
    sourceNote: 'Dit is de brontaal van de tegel: bewerk de tegel zelf om haar te wijzigen.',
    refused: 'Dit kan niet met de vertaling zoals ze nu is:',
    unsaved: 'Niet-opgeslagen wijzigingen',
    tilePage: 'De tegel in de studio',
  },
});

/** A refused state change (409 TRANSLATION_STATE_CONFLICT) in words; other errors as the app shows them. */
function ActionError({ error }: { error: unknown }) {
  const t = useTexts(TEXTS);
  if (error instanceof ApiError && error.code === 'TRANSLATION_STATE_CONFLICT') {
    return <div className="app-alert app-alert-error" role="alert"><p>{t.refused} {error.message}</p></div>;
  }
  return <ErrorAlert error={error} focus />;
}

/** The editor of one loaded translation. */
function Editor({ slug, initial, sourceLang }: { slug: string; initial: TranslationView; sourceLang: string }) {
  const t = useTexts(TEXTS);
  const tr = useTexts(TRANSLATION_TEXTS);
  const { language } = useSession();
  const problemText = useProblemText();
  const [view, setView] = useState(initial);
  const [values, setValues] = useState<TranslationFormValues>(formOf(initial.text, initial.source));
  const [notice, setNotice] = useState('');
  const path = translationPaths.translation(slug, view.key, view.language);
  const save = useAction(() => api.put<TranslationView>(path, textOf(values)));
  const check = useAction(() => api.post<TranslationView>(translationPaths.check(slug, view.key, view.language)));
  const isSource = view.state === 'source';
  const readOnly = !view.editable || isSource;
  const dirty = JSON.stringify(textOf(values)) !== JSON.stringify(textOf(formOf(view.text, view.source)));

  function adopt(next: TranslationView, message: string) {
    setView(next);
    setValues(formOf(next.text, next.source));
    setNotice(message);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await save.run();
    if (done) adopt(done, t.saved);
  }

  return (
    <>
      <p className="tr-state-line">
        <span>{t.state}:</span> <StateBadge state={view.state} long />
        {view.checkedAt ? <span> {t.checkedAt(formatDateTime(view.checkedAt, language))}</span> : null}
      </p>
      {view.problem ? <p className="app-alert">{problemText(view.problem)}</p> : null}
      {isSource ? <p className="app-alert">{t.sourceNote}</p> : readOnly ? <p className="app-alert">{t.readOnly}</p> : null}
      <Notice>{notice}</Notice>
      <div className="tr-editor">
        <Section id="translation-source" title={t.source(languageName(sourceLang))}>
          <SourceText source={view.source} lang={sourceLang} />
        </Section>
        <Section id="translation-text" title={t.translation(languageName(view.language))}>
          <form onSubmit={submit} noValidate>
            <TranslationFields values={values} source={view.source} lang={view.language} disabled={readOnly}
              onChange={(v) => { setValues(v); setNotice(''); }} />
            <ActionError error={save.error ?? check.error} />
            {readOnly ? null : (
              <div className="app-actions">
                <button type="submit" className="staff-button" disabled={save.busy}>{t.save}</button>
                {view.state === 'machine' ? (
                  <button type="button" className="staff-button staff-button-secondary" disabled={check.busy || dirty} aria-describedby="check-hint"
                    onClick={async () => { const done = await check.run(); if (done) adopt(done, t.checked); }}>
                    {t.check}
                  </button>
                ) : null}
                {dirty ? <span className="app-muted" role="status">{t.unsaved}</span> : null}
              </div>
            )}
            {!readOnly && view.state === 'machine' ? <p className="app-hint" id="check-hint">{t.checkHint}</p> : null}
          </form>
        </Section>
      </div>
      {view.suggestion ? (
        <Section id="translation-suggestion" title={t.suggestion}>
          <p>{t.suggestionLead}</p>
          <SourceText source={view.suggestion} lang={view.language} />
          {readOnly ? null : (
            <button type="button" className="staff-button staff-button-secondary"
              onClick={() => { setValues(formOf(view.suggestion, view.source)); setNotice(t.suggestionUsed); }}>
              {t.useSuggestion}
            </button>
          )}
        </Section>
      ) : null}
    </>
  );
}

/**
 * `/app/studio/layers/:slug/tiles/:key/translations?language=pl`: one tile's
 * translation beside its source; edit in place (→ human), mark a machine text
 * as checked, take over the old human text kept as a suggestion.
 */
export function TranslationEditorPage() {
  const t = useTexts(TEXTS);
  const tr = useTexts(TRANSLATION_TEXTS);
  const { slug = '', key = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const detail = useApiGet<TileDetail>(studioPaths.tile(slug, key));
  const matrix = useApiGet<Matrix>(translationPaths.matrix(slug));
  const tile = detail.data;
  const cells = matrix.data?.tiles.find((x) => x.key === key)?.cells ?? {};
  const targets = (matrix.data?.languages ?? []).filter((l) => l !== tile?.sourceLang);
  const chosen = params.get('language') ?? '';
  const lang = chosen || targets[0] || '';
  const published = tile?.live !== null && tile?.live !== undefined;
  const view = useApiGet<TranslationView>(tile && published && lang ? translationPaths.translation(slug, key, lang) : null);
  const error = detail.error ?? matrix.error ?? view.error;
  const title = titleOf(tile) || key;
  const languages = chosen && !targets.includes(chosen) ? [...targets, chosen] : targets;
  const ready = tile && matrix.data;
  return (
    <Page title={t.title(title)} heading={<>{t.titlePrefix}<span lang={tile?.sourceLang}>{title}</span></>}
      actions={<><Link to={translationPages.matrix(slug)}>{tr.backToMatrix}</Link><Link to={studioPages.tile(slug, key)}>{t.tilePage}</Link></>}>
      <ErrorAlert error={error} />
      {ready && published && languages.length > 0 ? (
        <form className="tr-filters" onSubmit={(e) => e.preventDefault()}>
          <SelectField label={tr.language} value={lang} id="translation-language"
            onChange={(e) => setParams(new URLSearchParams({ language: e.target.value }))}
            options={languages.map((l) => ({ value: l, label: `${languageName(l)} (${l}) · ${tr.stateShort[cells[l]?.state ?? 'missing']}`, lang: l }))} />
        </form>
      ) : null}
      {ready && !published ? <p>{t.notPublished}</p> : null}
      {ready && published && languages.length === 0 ? <p>{tr.noLanguages}</p> : null}
      {!error && (!ready || (published && lang && !view.data)) ? <Loading /> : null}
      {tile && view.data && view.data.language === lang
        ? <Editor key={`${key}/${lang}`} slug={slug} initial={view.data} sourceLang={tile.sourceLang} />
        : null}
    </Page>
  );
}

/** The tile's title in its source language (live, else draft). */
function titleOf(tile: TileDetail | undefined): string {
  if (!tile) return '';
  const version = tile.live ?? tile.draft;
  return version?.content[tile.sourceLang]?.title ?? '';
}
