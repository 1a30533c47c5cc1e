import { useId } from 'react';
import { CheckboxField, SelectField, TextArea, TextField } from '../../components/fields.tsx';
import { TileMarkdown } from '../../markdown/tile-markdown.tsx';
import { useTexts, useUiLanguage } from '../../shell/texts.ts';
import { LinksEditor } from './links-editor.tsx';
import type { Theme } from './studio-api.ts';
import { examplesOf, TILE_LIMITS, type TileFormValues } from './tile-form-model.ts';
import { TILE_TEXTS } from './tile-texts.ts';

/** A theme's name in the interface language (else English, else its key). */
export function themeName(themes: readonly Theme[], key: string, language: string): string {
  const theme = themes.find((t) => t.key === key);
  return theme?.names[language] ?? theme?.names.en ?? key;
}

/**
 * The tile's own fields in its source language (`lang` on every text
 * control, so spell checking and screen readers use the right language)
 * with the live preview of title, text and links next to them.
 */
export function TileFields({ values, onChange, lang, themes, problems, showErrors, disabled }: {
  values: TileFormValues;
  onChange(values: TileFormValues): void;
  /** The tile's source language. */
  lang: string;
  themes: readonly Theme[];
  problems: Record<string, string>;
  showErrors: boolean;
  disabled?: boolean;
}) {
  const t = useTexts(TILE_TEXTS);
  const language = useUiLanguage();
  const previewId = useId();
  const set = (change: Partial<TileFormValues>) => onChange({ ...values, ...change });
  const error = (field: string) => (showErrors && problems[field] === 'required' ? t.required : undefined);
  const themeOptions = [
    ...(values.theme ? [] : [{ value: '', label: '—' }]),
    ...themes.map((theme) => ({ value: theme.key, label: themeName(themes, theme.key, language) })),
  ];
  const examples = examplesOf(values);
  return (
    <div className="tile-editor">
      <div className="tile-editor-fields">
        <SelectField label={t.theme} value={values.theme} options={themeOptions} disabled={disabled} required error={error('theme')}
          onChange={(e) => set({ theme: e.target.value })} />
        <TextField label={t.title} lang={lang} value={values.title} maxLength={TILE_LIMITS.title} disabled={disabled} required
          error={error('title')} onChange={(e) => set({ title: e.target.value })} />
        <TextArea label={t.body} hint={t.bodyHint} lang={lang} value={values.body} rows={12} maxLength={TILE_LIMITS.body} disabled={disabled}
          required error={error('body')} aria-controls={previewId} onChange={(e) => set({ body: e.target.value })} />
        <TextArea label={t.examples} hint={t.examplesHint} lang={lang} value={values.examples} rows={4} disabled={disabled}
          onChange={(e) => set({ examples: e.target.value })} />
        <LinksEditor links={values.links} disabled={disabled} showErrors={showErrors} onChange={(links) => set({ links })} />
        <CheckboxField label={t.sensitive} hint={t.sensitiveHint} checked={values.sensitive} disabled={disabled}
          onChange={(e) => set({ sensitive: e.target.checked })} />
      </div>
      <section className="tile-preview" aria-labelledby={`${previewId}-heading`}>
        <h2 id={`${previewId}-heading`}>{t.preview}</h2>
        <p className="app-hint">{t.previewHint}</p>
        <div className="tile-preview-bubble" id={previewId}>
          <p className="tile-preview-title" lang={lang}><strong>{values.title}</strong></p>
          <TileMarkdown text={values.body} lang={lang} />
          {values.links.length > 0 ? (
            <ul className="tile-preview-links">
              {values.links.map((link, i) => <li key={i} lang={lang}>{link.label || link.url}</li>)}
            </ul>
          ) : null}
        </div>
        {examples.length > 0 ? (
          <>
            <h3>{t.examples}</h3>
            <ul className="tile-preview-examples" lang={lang}>{examples.map((q, i) => <li key={i}>{q}</li>)}</ul>
          </>
        ) : null}
      </section>
    </div>
  );
}
