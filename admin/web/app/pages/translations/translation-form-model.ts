import type { TranslationText } from './translations-api.ts';

/** The translation editor's form as data (pure: tested in translation-form-model.test.ts). */

/** The form's values: examples as one text, one per line. */
export interface TranslationFormValues {
  title: string;
  body: string;
  examples: string;
  linkLabels: string[];
}

/** The form for a stored text (or an empty one, link labels as many as the source has). */
export function formOf(text: TranslationText | null, source: TranslationText): TranslationFormValues {
  return {
    title: text?.title ?? '',
    body: text?.body ?? '',
    examples: (text?.examples ?? []).join('\n'),
    linkLabels: source.linkLabels.map((_, i) => text?.linkLabels[i] ?? ''),
  };
}

/** What the PUT sends. */
export function textOf(values: TranslationFormValues): TranslationText {
  return {
    title: values.title.trim(),
    body: values.body.trim(),
    examples: values.examples.split('\n').map((e) => e.trim()).filter(Boolean),
    linkLabels: values.linkLabels.map((l) => l.trim()),
  };
}
