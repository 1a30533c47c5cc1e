import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert, Loading, Notice } from '../../components/alerts.tsx';
import { SelectField } from '../../components/fields.tsx';
import { Page, Section } from '../../components/page.tsx';
import { useApiGet } from '../../shell/use-api.ts';
import { useTexts, useUiLanguage } from '../../shell/texts.ts';
import { ChannelPreviewsView } from './channel-views.tsx';
import { EntryChooser } from './entry-chooser.tsx';
import { languageName, previewPaths, type Through, type TilePreview } from './preview-api.ts';
import { PREVIEW_TEXTS } from './preview-texts.ts';

/**
 * `/app/studio/layers/:slug/tiles/:key/preview`: a tile as WhatsApp,
 * Telegram and web chat will show it, in any language the entry point
 * offers, entering through the layer alone, a municipality (its local
 * addition under a national tile) or an entry code (an employer's tiles);
 * live or with the pending drafts.
 */
export function TilePreviewPage() {
  const t = useTexts(PREVIEW_TEXTS);
  const ui = useUiLanguage();
  const { slug = '', key = '' } = useParams();
  const [lang, setLang] = useState('');
  const [through, setThrough] = useState<Through>({ kind: 'layer' });
  const [version, setVersion] = useState<'live' | 'draft'>('live');
  // The preview shown: what the form asked for when it was last sent.
  const [asked, setAsked] = useState({ lang: '', through: { kind: 'layer' } as Through, version: 'live' as 'live' | 'draft' });
  const preview = useApiGet<TilePreview>(previewPaths.preview(slug, key, { lang: asked.lang || undefined, through: asked.through, version: asked.version }));
  const languages = preview.data?.enabledLanguages ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAsked({ lang: languages.includes(lang) ? lang : '', through, version });
  };

  return (
    <Page
      title={t.previewTitle(key)}
      lead={t.previewLead}
      actions={<Link className="staff-button staff-button-secondary" to={`/studio/layers/${encodeURIComponent(slug)}/tiles/${encodeURIComponent(key)}`}>{t.backToTile}</Link>}
    >
      <form className="preview-controls" onSubmit={submit} noValidate>
        <SelectField
          label={t.language}
          value={lang}
          onChange={(e) => setLang(e.target.value)}
          options={[{ value: '', label: t.defaultLanguage }, ...languages.map((l) => ({ value: l, label: languageName(l), lang: l }))]}
        />
        <EntryChooser value={through} onChange={setThrough} allowLayerAlone organizationLabel={t.through} />
        <SelectField
          label={t.version}
          value={version}
          onChange={(e) => setVersion(e.target.value === 'draft' ? 'draft' : 'live')}
          options={[{ value: 'live', label: t.live }, { value: 'draft', label: t.draft }]}
        />
        <div className="app-actions"><button type="submit" className="staff-button">{t.show}</button></div>
      </form>
      <ErrorAlert error={preview.error} focus />
      {preview.loading && !preview.data ? <Loading /> : null}
      {preview.data ? (
        <Section title={`${languageName(preview.data.language, ui)} · ${preview.data.version === 'draft' ? t.draft : t.live}`} id="preview-result">
          {!preview.data.shown ? <p className="preview-urgent" role="note">{t.notShown}</p> : null}
          {preview.data.fallbackFrom ? <Notice>{t.fallback(languageName(preview.data.fallbackFrom, ui), languageName(preview.data.language, ui))}</Notice> : null}
          <ChannelPreviewsView previews={preview.data} lang={preview.data.language} />
        </Section>
      ) : null}
    </Page>
  );
}
