import type { Language } from '../../languages/index.ts';

/**
 * The words of one concept in every supported language: single lower-case
 * tokens written with their correct diacritics, base form first and then the
 * inflected forms people type most. Dutch terms that migrants use as loanwords
 * (gemeente, huisarts, toeslag, loonstrook ...) appear under every language in
 * which they are typed.
 *
 * Matching is meant to run on folded tokens (`foldText` + `tokenize` from
 * `../normalize.ts`): an entry matches a token of a message when both fold to
 * the same string, so "pleśń" also matches "plesn" typed without diacritics.
 */
export type ConceptWords = Readonly<Record<Language, readonly string[]>>;

/** Concept id (kebab-case) → its words in all 18 languages. One theme file exports one of these. */
export type ConceptTheme = Readonly<Record<string, ConceptWords>>;
