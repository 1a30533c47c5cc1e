import type { Language } from '../../languages/index.ts';
import { stopwords } from '../stopwords.ts';
import { conceptIndex } from './concept-index.ts';

/**
 * Concepts of a misspelled word: one edit away (a letter left out, one too
 * many, one wrong, two neighbours swapped) from a lexicon word of its
 * language. Chat messages are typed fast on phones ("insurence", "dissmissed",
 * "zorgverzekring"); the exact and stem lookups (concept-index.ts) miss them.
 *
 * Bounded: only words of MIN_TYPO_LENGTH letters or more on both sides (short
 * words are one edit from too many others), never a stop word, and a word
 * whose neighbours name more than MAX_CONCEPTS concepts names none (an edit
 * that is that ambiguous is no evidence). Lookup cost is about 3 × length map
 * reads over a deletion index built once per language ("symmetric delete").
 */
export const MIN_TYPO_LENGTH = 6;
const MAX_CONCEPTS = 2;

/**
 * Per language, two deletion indexes of the lexicon's words: `any` (a word
 * with one letter deleted → its concepts) and `at` (the same keyed with the
 * position deleted, so a wrong letter matches only at the same place).
 */
interface DeletionIndexes {
  any: Map<string, string[]>;
  at: Map<string, string[]>;
}
const deletionIndexes = new Map<Language, DeletionIndexes>();

function deletionIndex(lang: Language): DeletionIndexes {
  let index = deletionIndexes.get(lang);
  if (!index) {
    index = { any: new Map(), at: new Map() };
    for (const [word, ids] of conceptIndex(lang)) {
      if (word.length < MIN_TYPO_LENGTH) continue;
      // The first letter is kept: people rarely mistype it, and most real words one edit from a
      // lexicon word differ there ("letter"/"better", "fever"/"never").
      for (let i = 1; i < word.length; i++) {
        const variant = word.slice(0, i) + word.slice(i + 1);
        addAll(index.any, variant, ids);
        addAll(index.at, `${i}:${variant}`, ids);
      }
    }
    deletionIndexes.set(lang, index);
  }
  return index;
}

function addAll(map: Map<string, string[]>, key: string, ids: readonly string[]): void {
  const list = map.get(key);
  if (!list) map.set(key, [...ids]);
  else for (const id of ids) if (!list.includes(id)) list.push(id);
}

/**
 * The concepts the folded `token` names when read as a one-edit misspelling
 * of a `lang` lexicon word; empty for short words, stop words, words the
 * lexicon has as they are, and ambiguous edits.
 */
export function conceptsOfTypo(token: string, lang: Language): readonly string[] {
  if (token.length < MIN_TYPO_LENGTH || /\d/.test(token) || stopwords(lang).has(token)) return [];
  const exact = conceptIndex(lang);
  if (exact.has(token)) return [];
  const deleted = deletionIndex(lang);
  const found = new Set<string>();
  const take = (ids: readonly string[] | undefined) => ids?.forEach((id) => found.add(id));
  // A letter left out: the token is one of a word's deletions.
  take(deleted.any.get(token));
  for (let i = 1; i < token.length; i++) {
    const variant = token.slice(0, i) + token.slice(i + 1);
    // One letter too many: a deletion of the token is the word.
    if (variant.length >= MIN_TYPO_LENGTH) take(exact.get(variant));
    // One letter wrong: both lose the same position.
    take(deleted.at.get(`${i}:${variant}`));
  }
  // Two neighbours swapped (not the first letter).
  for (let i = 1; i + 1 < token.length; i++) {
    if (token[i] === token[i + 1]) continue;
    take(exact.get(token.slice(0, i) + token[i + 1] + token[i] + token.slice(i + 2)));
  }
  return found.size > MAX_CONCEPTS ? [] : [...found];
}
