import type { Language } from '../../languages/index.ts';
import { foldText } from '../normalize.ts';
import { stemmerFor } from '../stemmers.ts';
import { stopwords } from '../stopwords.ts';
import { CONCEPTS } from './concepts.ts';

/** Folded word → ids of the concepts it belongs to, in one language. */
export type ConceptIndex = ReadonlyMap<string, readonly string[]>;

const indexes = new Map<Language, ConceptIndex>();
const stemIndexes = new Map<Language, ConceptIndex>();

/** Stems shorter than this are not looked up: "kas", "pra" would collide with too many words. */
const MIN_STEM = 4;
/** A word of another language's lexicon (Dutch loanwords, English) counts from this length on. */
const MIN_FOREIGN_WORD = 4;
/**
 * Languages whose lexicon is consulted for every message: migrants type the
 * Dutch words of their daily life (gemeente, loonstrook, huisarts) and English
 * ones (job, contract) inside their own language.
 */
const BRIDGE_LANGUAGES: readonly Language[] = ['nl', 'en'];

/**
 * The lexicon of `lang` keyed by folded word (`foldText`, the form tokens have
 * after `analyze` has folded a message), so each token looks up its concepts
 * with one map read: "Plesn" and "pleśń" both find `mould-damp`. A word that is
 * listed in more than one concept (see the lexicon test for the few allowed)
 * maps to all of them. Built once per language, then cached.
 */
export function conceptIndex(lang: Language): ConceptIndex {
  let index = indexes.get(lang);
  if (!index) {
    const build = new Map<string, string[]>();
    for (const [id, words] of Object.entries(CONCEPTS)) {
      for (const word of words[lang] ?? []) add(build, foldText(word), id);
    }
    index = build;
    indexes.set(lang, index);
  }
  return index;
}

/**
 * The lexicon of `lang` keyed by the stem of each word (the language's own
 * stemmer, stemmers.ts), so inflected forms the lexicon does not list
 * ("zwolnienia", "ziekmeldingen") still find their concept. Stop words and
 * short stems are left out: a function word must never carry a concept.
 */
export function conceptStemIndex(lang: Language): ConceptIndex {
  let index = stemIndexes.get(lang);
  if (!index) {
    const build = new Map<string, string[]>();
    const stem = stemmerFor(lang);
    const stops = stopwords(lang);
    for (const [id, words] of Object.entries(CONCEPTS)) {
      for (const word of words[lang] ?? []) {
        const folded = foldText(word);
        if (stops.has(folded)) continue;
        const key = stem(folded);
        if (key.length >= MIN_STEM) add(build, key, id);
      }
    }
    index = build;
    stemIndexes.set(lang, index);
  }
  return index;
}

/**
 * The concepts a folded token of a `lang` message names: its exact form in
 * `lang`'s lexicon, else its stem; plus its exact form in the Dutch and
 * English lexicons. A stop word of `lang` names none ("żeby" is "so that",
 * never "zęby", teeth).
 */
export function conceptsOfToken(token: string, lang: Language): readonly string[] {
  if (stopwords(lang).has(token)) return [];
  let found = conceptIndex(lang).get(token);
  if (!found && token.length >= MIN_STEM) found = conceptStemIndex(lang).get(stemmerFor(lang)(token));
  if (token.length < MIN_FOREIGN_WORD) return found ?? [];
  let all: string[] | undefined;
  for (const other of BRIDGE_LANGUAGES) {
    if (other === lang) continue;
    for (const id of conceptIndex(other).get(token) ?? []) {
      if (found?.includes(id) || all?.includes(id)) continue;
      all ??= [...(found ?? [])];
      all.push(id);
    }
  }
  return all ?? found ?? [];
}

function add(build: Map<string, string[]>, key: string, id: string): void {
  const ids = build.get(key);
  if (!ids) build.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}
