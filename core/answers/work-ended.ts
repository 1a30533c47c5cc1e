import { foldText } from './normalize.ts';

/**
 * "No more work", "geen werk meer", "nu mai am de lucru", "nincs több munka",
 * "вече нямам работа", "artık iş yok": people say their job ended by denying
 * that it goes on. The words that carry it (no, not, more, anymore, already)
 * are stop words, so no concept or compound can name it; this rule reads a
 * negation and a "(any)more / no longer" word within two words of each
 * other, in a question that also speaks of work (the caller checks that), and
 * names `job-ended`.
 *
 * Comparisons are left alone: "not more than 40 hours", "nie więcej niż",
 * "nu mai mult de", "не повече от" (a "than" word, or Romanian "mult/puțin"
 * after "mai", follows the "more" word).
 *
 * Works on folded text (no diacritics, lower case); romanized Bulgarian and
 * Ukrainian forms are listed with the Cyrillic ones.
 */
const NEGATIONS = new Set([
  'no', 'not', 'dont', "don't", 'doesnt', "doesn't", 'never', 'geen', 'niet', 'nie', 'brak', 'nu', 'nici',
  'не', 'ne', 'няма', 'нямам', 'нямаме', 'nyama', 'nqma', 'nyamam', 'немає', 'нема', 'nemae', 'nemaye', 'nema',
  'nincs', 'nem', 'yok', 'degil', 'nera', 'nebera', 'nebus',
].map((w) => foldText(w)));

const CONTINUATIONS = new Set([
  'more', 'anymore', 'longer', 'meer', 'juz', 'wiecej', 'mai', 'вече', 'повече', 'veche', 'poveche',
  'більше', 'вже', 'bilshe', 'vzhe', 'tobb', 'mar', 'artik', 'daugiau',
].map((w) => foldText(w)));

/** Words after "more" that make a comparison ("than", Romanian "mult/puțin" after "mai"). */
const COMPARISONS = new Set([
  'than', 'dan', 'niz', 'decat', 'mult', 'multe', 'putin', 'от', 'ot', 'ніж', 'nizh', 'mint', 'nei', 'kaip',
].map((w) => foldText(w)));

const TOKEN_RE = /[\p{L}']+|\d+/gu;
const WINDOW = 2;

/** Whether `text` says that something (the caller checks: work) goes on no longer. */
export function saysNoLonger(text: string): boolean {
  const tokens = foldText(text).match(TOKEN_RE) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    if (!CONTINUATIONS.has(tokens[i])) continue;
    if (COMPARISONS.has(tokens[i + 1] ?? '') || COMPARISONS.has(tokens[i + 2] ?? '')) continue;
    for (let j = Math.max(0, i - WINDOW); j <= Math.min(tokens.length - 1, i + WINDOW); j++) {
      if (j !== i && NEGATIONS.has(tokens[j])) return true;
    }
  }
  return false;
}
