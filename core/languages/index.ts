/**
 * The languages the product speaks. English is the source language of all
 * content; every other language is a translation (DeepL or a human).
 */
export const SUPPORTED_LANGUAGES = [
  'bg', 'cs', 'el', 'en', 'es', 'et', 'hu', 'it', 'lt',
  'lv', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'tr', 'uk',
] as const;

export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const SOURCE_LANGUAGE: Language = 'en';

const supported = new Set<string>(SUPPORTED_LANGUAGES);

/** True when `code` is one of the 18 supported ISO 639-1 codes. */
export function isLanguage(code: unknown): code is Language {
  return typeof code === 'string' && supported.has(code);
}

/**
 * Turns a channel locale such as `pl-PL`, `uk_UA` or `PT-br` into a supported
 * language, or `undefined` when it is not one we speak.
 */
export function languageFromLocale(locale: string | null | undefined): Language | undefined {
  if (!locale) return undefined;
  const base = locale.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(base) ? base : undefined;
}

/** English names, for logs, CLI output and the admin UI. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  bg: 'Bulgarian', cs: 'Czech', el: 'Greek', en: 'English', es: 'Spanish', et: 'Estonian',
  hu: 'Hungarian', it: 'Italian', lt: 'Lithuanian', lv: 'Latvian', nl: 'Dutch', pl: 'Polish',
  pt: 'Portuguese', ro: 'Romanian', sk: 'Slovak', sl: 'Slovenian', tr: 'Turkish', uk: 'Ukrainian',
};
