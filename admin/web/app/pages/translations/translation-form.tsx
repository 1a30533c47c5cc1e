import { TextArea, TextField } from '../../components/fields.tsx';
import { defineTexts, useTexts } from '../../shell/texts.ts';
import type { TranslationText } from './translations-api.ts';
import type { TranslationFormValues } from './translation-form-model.ts';

export const FORM_TEXTS = defineTexts({
  en: {
    title: 'Title', body: 'Text', examples: 'Example questions', examplesHint: 'One question per line.',
    linkLabel: (source: string) => `Link label (source: ${source})`, links: 'Link labels',
    empty: '(empty)',
  },
  nl: {
    title: 'Titel', body: 'Tekst', examples: 'Voorbeeldvragen', examplesHint: 'Eén vraag per regel.',
    linkLabel: (source: string) => `Linktekst (bron: ${source})`, links: 'Linkteksten',
    empty: '(leeg)',
  },
});

/** The source text, read only, in its own language. */
export function SourceText({ source, lang }: { source: TranslationText; lang: string }) {
  const t = useTexts(FORM_TEXTS);
  return (
    <dl className="tr-source" lang={lang}>
      <dt>{t.title}</dt><dd>{source.title || t.empty}</dd>
      <dt>{t.body}</dt><dd className="tr-pre">{source.body || t.empty}</dd>
      <dt>{t.examples}</dt><dd>{source.examples.length ? <ul>{source.examples.map((e, i) => <li key={i}>{e}</li>)}</ul> : t.empty}</dd>
      {source.linkLabels.length ? <><dt>{t.links}</dt><dd><ul>{source.linkLabels.map((l, i) => <li key={i}>{l}</li>)}</ul></dd></> : null}
    </dl>
  );
}

/** Title, text, examples and link labels of a translation, written in `lang`. */
export function TranslationFields({ values, source, lang, disabled, onChange }: {
  values: TranslationFormValues;
  source: TranslationText;
  lang: string;
  disabled: boolean;
  onChange(values: TranslationFormValues): void;
}) {
  const t = useTexts(FORM_TEXTS);
  return (
    <>
      <TextField label={t.title} lang={lang} value={values.title} disabled={disabled} id="translation-title"
        onChange={(e) => onChange({ ...values, title: e.target.value })} />
      <TextArea label={t.body} lang={lang} value={values.body} disabled={disabled} rows={10} id="translation-body"
        onChange={(e) => onChange({ ...values, body: e.target.value })} />
      <TextArea label={t.examples} hint={t.examplesHint} lang={lang} value={values.examples} disabled={disabled} rows={4} id="translation-examples"
        onChange={(e) => onChange({ ...values, examples: e.target.value })} />
      {source.linkLabels.map((label, i) => (
        <TextField key={i} label={t.linkLabel(label)} lang={lang} value={values.linkLabels[i] ?? ''} disabled={disabled} id={`translation-link-${i}`}
          onChange={(e) => onChange({ ...values, linkLabels: values.linkLabels.map((l, j) => (j === i ? e.target.value : l)) })} />
      ))}
    </>
  );
}
