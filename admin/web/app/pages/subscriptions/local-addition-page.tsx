import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert, Loading, Notice } from '../../components/alerts.tsx';
import { SelectField, TextArea } from '../../components/fields.tsx';
import { Page, Section } from '../../components/page.tsx';
import { TileMarkdown } from '../../markdown/tile-markdown.tsx';
import { api } from '../../shell/api-client.ts';
import { defineTexts, formatDateTime, useTexts, useUiLanguage } from '../../shell/texts.ts';
import { useAction, useApiGet } from '../../shell/use-api.ts';
import { languageName } from '../studio/studio-texts.ts';
import { subscriptionPages, subscriptionPaths, type Addition, type AdditionDetail, type SubscriptionsAnswer } from './subscriptions-api.ts';
import './subscriptions.css';

const TEXTS = defineTexts({
  en: {
    title: (tile: string) => `Local addition under "${tile}"`,
    lead: 'A paragraph shown under the national or regional text, e.g. where your office is and when it is open. People read it in their language; a language you leave out shows your source-language text.',
    back: 'Back to national and regional tiles',
    tileText: 'The tile\'s text',
    yourText: 'Your addition',
    perLanguage: 'Text per language',
    sourceLang: 'Language you write in',
    addLanguage: 'Add a language',
    choose: 'Choose…',
    body: (lang: string) => `Text in ${lang}`,
    remove: (lang: string) => `Remove ${lang}`,
    save: 'Save draft',
    publish: 'Publish',
    reviewed: 'Still correct',
    delete: 'Delete addition',
    reload: 'Reload',
    saved: 'Draft saved. People see it after you publish.',
    published: 'Published: people see it now.',
    reviewDone: 'Marked as checked.',
    deleted: 'Deleted.',
    needsReview: (from: number, to: number) => `The tile was changed (revision ${from} → ${to}) since this addition was checked. Read the tile again and confirm or change your text.`,
    status: (a: Addition, language: 'en' | 'nl') =>
      `${a.published ? 'Published' : 'Not published yet'}${a.draft ? ', with an unpublished draft' : ''}. Last change ${formatDateTime(a.updatedAt, language)}${a.updatedBy ? ` by ${a.updatedBy.name}` : ''}.`,
    none: 'There is no addition under this tile yet.',
    preview: 'What people read',
    previewLanguage: 'Preview language',
    readOnly: 'You may look at this addition; only the municipality\'s editors and administrators can change it.',
  },
  nl: {
    title: (tile: string) => `Lokale aanvulling onder "${tile}"`,
    lead: 'Een alinea onder de landelijke of regionale tekst, bijvoorbeeld waar uw loket is en wanneer het open is. Mensen lezen die in hun taal; een taal die u weglaat toont uw tekst in de brontaal.',
    back: 'Terug naar landelijke en regionale tegels',
    tileText: 'De tekst van de tegel',
    yourText: 'Uw aanvulling',
    perLanguage: 'Tekst per taal',
    sourceLang: 'Taal waarin u schrijft',
    addLanguage: 'Taal toevoegen',
    choose: 'Kies…',
    body: (lang: string) => `Tekst in het ${lang}`,
    remove: (lang: string) => `${lang} verwijderen`,
    save: 'Concept opslaan',
    publish: 'Publiceren',
    reviewed: 'Klopt nog',
    delete: 'Aanvulling verwijderen',
    reload: 'Opnieuw laden',
    saved: 'Concept opgeslagen. Mensen zien het nadat u publiceert.',
    published: 'Gepubliceerd: mensen zien het nu.',
    reviewDone: 'Gemarkeerd als gecontroleerd.',
    deleted: 'Verwijderd.',
    needsReview: (from: number, to: number) => `De tegel is gewijzigd (revisie ${from} → ${to}) sinds deze aanvulling is gecontroleerd. Lees de tegel opnieuw en bevestig of wijzig uw tekst.`,
    status: (a: Addition, language: 'en' | 'nl') =>
      `${a.published ? 'Gepubliceerd' : 'Nog niet gepubliceerd'}${a.draft ? ', met een ongepubliceerd concept' : ''}. Laatst gewijzigd ${formatDateTime(a.updatedAt, language)}${a.updatedBy ? ` door ${a.updatedBy.name}` : ''}.`,
    none: 'Er staat nog geen aanvulling onder deze tegel.',
    preview: 'Wat mensen lezen',
    previewLanguage: 'Taal van het voorbeeld',
    readOnly: 'U mag deze aanvulling bekijken; alleen redacteuren en beheerders van de gemeente kunnen haar wijzigen.',
  },
});

/** The editor's texts per language, from the draft if there is one, else the live text. */
function formOf(addition: Addition | null): Record<string, string> {
  const texts = addition?.draft ?? addition?.published ?? {};
  return Object.fromEntries(Object.entries(texts).map(([lang, t]) => [lang, t.body]));
}

/**
 * `/app/studio/subscriptions/:slug/additions/:library/:key`: the tile's text
 * next to the municipality's addition under it, per language; save a draft
 * (a colleague's save in between is refused and explained), publish, confirm
 * after the tile changed, delete; and a preview of what people read (the
 * same merge as the bot: tile text, blank line, addition).
 */
export function LocalAdditionPage() {
  const t = useTexts(TEXTS);
  const language = useUiLanguage();
  const { slug = '', library = '', key = '' } = useParams();
  const detail = useApiGet<AdditionDetail>(subscriptionPaths.addition(slug, library, key));
  const access = useApiGet<SubscriptionsAnswer>(subscriptionPaths.subscriptions(slug));
  const editable = access.data?.access === 'edit';
  const [sourceLang, setSourceLang] = useState('en');
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [previewLang, setPreviewLang] = useState('en');
  const [notice, setNotice] = useState<string>();
  const addition = detail.data?.addition ?? null;
  const tileLanguages = Object.keys(detail.data?.tile.content ?? {});

  // A fresh load (first, or after save, publish, reload) resets the form to the stored text.
  useEffect(() => {
    if (!detail.data) return;
    setSourceLang(detail.data.addition?.sourceLang ?? detail.data.tile.sourceLang);
    setTexts(formOf(detail.data.addition));
    setPreviewLang((current) => (current in detail.data!.tile.content ? current : detail.data!.tile.sourceLang));
  }, [detail.data]);

  const path = subscriptionPaths.addition(slug, library, key);
  const after = (message: string) => (ok: unknown) => {
    if (ok === undefined) return;
    setNotice(message);
    void detail.reload();
  };
  const save = useAction(() => api.put(path, {
    baseEditVersion: addition?.editVersion ?? 0,
    sourceLang,
    content: Object.fromEntries(Object.entries(texts).map(([lang, body]) => [lang, { body }])),
  }));
  const publish = useAction(() => api.post(`${path}/publish`, { baseEditVersion: addition?.editVersion }));
  const reviewed = useAction(() => api.post(`${path}/reviewed`));
  const remove = useAction(() => api.delete(path));
  const error = save.error ?? publish.error ?? reviewed.error ?? remove.error;
  const busy = save.busy || publish.busy || reviewed.busy || remove.busy;

  const tile = detail.data?.tile;
  const missing = tileLanguages.filter((l) => !(l in texts));
  const extra = (texts[previewLang] ?? texts[sourceLang] ?? '').trim();
  const tileText = tile?.content[previewLang];
  const tileTitle = tile?.content[tile.sourceLang]?.title ?? key;
  return (
    <Page title={t.title(tileTitle)} lead={t.lead} actions={<Link to={subscriptionPages.municipality(slug)}>{t.back}</Link>}>
      <ErrorAlert error={detail.error} />
      {detail.loading && !detail.data ? <Loading /> : null}
      {access.data && !editable ? <p className="app-hint">{t.readOnly}</p> : null}
      {addition?.needsReview ? <p className="app-alert" role="note">{t.needsReview(addition.reviewedRevision, addition.tileRevision)}</p> : null}
      <p>{addition ? t.status(addition, language) : t.none}</p>
      {tile ? (
        <div className="subscriptions-addition">
          <div>
            <Section title={t.yourText} id="addition-form">
              <form onSubmit={(e) => { e.preventDefault(); setNotice(undefined); void save.run().then(after(t.saved)); }}>
                <fieldset className="subscriptions-fieldset" disabled={!editable}>
                  <legend>{t.perLanguage}</legend>
                  <SelectField
                    label={t.sourceLang} value={sourceLang} onChange={(e) => setSourceLang(e.target.value)}
                    options={tileLanguages.map((l) => ({ value: l, label: `${languageName(l)} (${l})`, lang: l }))}
                  />
                  {[sourceLang, ...Object.keys(texts).filter((l) => l !== sourceLang)].map((lang) => (
                    <div key={lang}>
                      <TextArea
                        label={t.body(languageName(lang))} lang={lang} rows={4} maxLength={2000}
                        value={texts[lang] ?? ''} onChange={(e) => setTexts({ ...texts, [lang]: e.target.value })}
                        required={lang === sourceLang}
                      />
                      {lang !== sourceLang ? (
                        <button
                          type="button" className="staff-button staff-button-secondary"
                          onClick={() => setTexts(Object.fromEntries(Object.entries(texts).filter(([l]) => l !== lang)))}
                        >
                          {t.remove(languageName(lang))}
                        </button>
                      ) : null}
                    </div>
                  ))}
                  {missing.length > 0 ? (
                    <SelectField
                      label={t.addLanguage} value=""
                      onChange={(e) => { if (e.target.value) setTexts({ ...texts, [e.target.value]: '' }); }}
                      options={[{ value: '', label: t.choose }, ...missing.filter((l) => l !== sourceLang).map((l) => ({ value: l, label: `${languageName(l)} (${l})`, lang: l }))]}
                    />
                  ) : null}
                </fieldset>
                {editable ? (
                  <div className="app-actions">
                    <button type="submit" className="staff-button" disabled={busy}>{t.save}</button>
                    {addition?.draft ? (
                      <button type="button" className="staff-button" disabled={busy}
                        onClick={() => { setNotice(undefined); void publish.run().then(after(t.published)); }}>{t.publish}</button>
                    ) : null}
                    {addition?.needsReview ? (
                      <button type="button" className="staff-button staff-button-secondary" disabled={busy}
                        onClick={() => { setNotice(undefined); void reviewed.run().then(after(t.reviewDone)); }}>{t.reviewed}</button>
                    ) : null}
                    {addition ? (
                      <button type="button" className="staff-button staff-button-secondary" disabled={busy}
                        onClick={() => { setNotice(undefined); void remove.run().then(after(t.deleted)); }}>{t.delete}</button>
                    ) : null}
                  </div>
                ) : null}
              </form>
              <ErrorAlert error={error} focus>
                <button type="button" className="staff-button staff-button-secondary" onClick={() => void detail.reload()}>{t.reload}</button>
              </ErrorAlert>
              {notice ? <Notice>{notice}</Notice> : null}
            </Section>
          </div>
          <div>
            <Section title={t.preview} id="addition-preview">
              <SelectField
                label={t.previewLanguage} value={previewLang} onChange={(e) => setPreviewLang(e.target.value)}
                options={tileLanguages.map((l) => ({ value: l, label: `${languageName(l)} (${l})`, lang: l }))}
              />
              {tileText ? (
                <div className="subscriptions-preview" id="addition-preview-text">
                  <p lang={previewLang}><strong>{tileText.title}</strong></p>
                  <TileMarkdown text={extra ? `${tileText.body.trimEnd()}\n\n${extra}` : tileText.body} lang={previewLang} />
                </div>
              ) : null}
              <h3>{t.tileText}</h3>
              {tileText ? <div className="subscriptions-tile-text"><TileMarkdown text={tileText.body} lang={previewLang} /></div> : null}
            </Section>
          </div>
        </div>
      ) : null}
    </Page>
  );
}
