import type { Language } from '../languages/index.ts';
import { foldText } from './normalize.ts';
import lists from './generic-words.json' with { type: 'json' };

/**
 * Generic words: content words that occur in questions of every kind and name
 * no topic on their own ("money", "insurance", "how much", "says", "nothing",
 * month and day names). Over a library of a few dozen short tiles IDF gives
 * such a word top weight whenever only one tile happens to use it, so "how
 * much is car insurance" would land on health insurance and "can you lend me
 * money" on unemployment benefit. A question's generic words therefore count
 * with a small weight (analyzer.ts): they still break ties between tiles the
 * rest of the question points to, but never carry a tile alone.
 */
export const GENERIC_WEIGHT = 0.3;

const sets = new Map<Language, ReadonlySet<string>>();

/** The generic words of `lang`, folded like message tokens. */
export function genericWords(lang: Language): ReadonlySet<string> {
  let set = sets.get(lang);
  if (!set) {
    const words = (lists as Record<string, string[] | string>)[lang];
    set = new Set(Array.isArray(words) ? words.map((w) => foldText(w)) : []);
    sets.set(lang, set);
  }
  return set;
}

/** True when the folded `token` is a generic word in `lang`. */
export function isGeneric(token: string, lang: Language): boolean {
  return genericWords(lang).has(token);
}
