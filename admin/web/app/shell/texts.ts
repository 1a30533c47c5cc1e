import { createContext, useContext } from 'react';

/**
 * The staff app's two interface languages. Staff choose one (header switch);
 * the choice is kept per account (`PUT /api/me/preferences`) and in this
 * browser (localStorage) so the next visit starts in it.
 */
export type UiLanguage = 'en' | 'nl';

/** Every interface language, in the switch's order. */
export const UI_LANGUAGES: readonly UiLanguage[] = ['nl', 'en'];

/** The name of each interface language in itself (the switch shows these, each with its own `lang`). */
export const UI_LANGUAGE_NAMES: Record<UiLanguage, string> = { nl: 'Nederlands', en: 'English' };

export function isUiLanguage(value: unknown): value is UiLanguage {
  return value === 'en' || value === 'nl';
}

/**
 * A page's texts in both languages. Dutch must have exactly the keys English
 * has (the compiler checks), so no text is ever missing in one language.
 * Values are strings or functions for texts with parameters:
 *
 *   const TEXTS = defineTexts({
 *     en: { title: 'Layers', count: (n: number) => `${n} tiles` },
 *     nl: { title: 'Lagen', count: (n: number) => `${n} tegels` },
 *   });
 */
export function defineTexts<T extends Record<string, unknown>>(texts: { en: T; nl: NoInfer<T> }): { en: T; nl: T } {
  return texts;
}

/** The current interface language (set by the session provider). */
export const UiLanguageContext = createContext<UiLanguage>('en');

/** The current interface language. */
export function useUiLanguage(): UiLanguage {
  return useContext(UiLanguageContext);
}

/** The current language's texts of a {@link defineTexts} table. */
export function useTexts<T>(texts: { en: T; nl: T }): T {
  return texts[useUiLanguage()];
}

/** `{ en, nl }` in one place (e.g. a route's nav label) picked for the current language. */
export function pick(text: { en: string; nl: string }, language: UiLanguage): string {
  return text[language];
}

/** Dates and times as staff in the Netherlands read them, in the interface language. */
export function formatDateTime(value: string | Date | null | undefined, language: UiLanguage): string {
  if (value === null || value === undefined) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam',
  }).format(date);
}

/** A date (no time) in the interface language. */
export function formatDate(value: string | Date | null | undefined, language: UiLanguage): string {
  if (value === null || value === undefined) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeZone: 'Europe/Amsterdam' }).format(date);
}
