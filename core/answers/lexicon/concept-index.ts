import type { Language } from '../../languages/index.ts';
import { foldText } from '../normalize.ts';
import { CONCEPTS } from './concepts.ts';

/** Folded word → ids of the concepts it belongs to, in one language. */
export type ConceptIndex = ReadonlyMap<string, readonly string[]>;

const indexes = new Map<Language, ConceptIndex>();

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
      for (const word of words[lang] ?? []) {
        const key = foldText(word);
        const ids = build.get(key);
        if (!ids) build.set(key, [id]);
        else if (!ids.includes(id)) ids.push(id);
      }
    }
    index = build;
    indexes.set(lang, index);
  }
  return index;
}
