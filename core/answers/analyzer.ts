import { createRequire } from 'node:module';
import type { Language } from '../languages/index.ts';
import { foldText, romanize, skeleton, tokenize } from './normalize.ts';
import { stemmerFor } from './stemmers.ts';

/**
 * Turns text into the weighted terms retrieval matches on. Each word yields
 *
 * - `w:<stem>`: the word stemmed by its language's stemmer;
 * - `p:<prefix>`: the first letters of its romanized phonetic skeleton. This
 *   term is script- and spelling-tolerant: it makes "obshtinata" meet
 *   "общината", "zorgverzekering" meet "zorgverzekeringen", and covers
 *   inflection the stemmer misses in highly inflected languages.
 *
 * Function words get a small weight instead of being dropped: lists differ
 * in quality per language, and IDF already discounts frequent words.
 */
export interface AnalyzedText {
  /** term → weight (summed over occurrences) */
  terms: Map<string, number>;
  /** Number of word tokens, for length normalization. */
  length: number;
}

const PREFIX_LENGTH = 5;
const STOPWORD_WEIGHT = 0.15;
const PREFIX_WEIGHT = 1;

const require = createRequire(import.meta.url);
const stopwordsIso = require('stopwords-iso') as Record<string, string[]>;
const stopwordCache = new Map<Language, Set<string>>();

function stopwords(lang: Language): Set<string> {
  let set = stopwordCache.get(lang);
  if (!set) {
    set = new Set((stopwordsIso[lang] ?? []).flatMap((w) => tokenize(foldText(w))));
    stopwordCache.set(lang, set);
  }
  return set;
}

/** Per language, token → its terms; chat vocabulary is small, so this saves most stemming work. */
const tokenTermCache = new Map<Language, Map<string, Array<[string, number]>>>();
const TOKEN_CACHE_LIMIT = 200_000;

function termsOfToken(token: string, lang: Language): Array<[string, number]> {
  let cache = tokenTermCache.get(lang);
  if (!cache) tokenTermCache.set(lang, (cache = new Map()));
  let terms = cache.get(token);
  if (terms) return terms;

  const isNumber = /^\d+$/.test(token);
  if (isNumber) {
    terms = token.length >= 3 ? [[`w:${token}`, 1]] : [];
  } else if (token.length < 2) {
    terms = [];
  } else {
    const weight = stopwords(lang).has(token) ? STOPWORD_WEIGHT : 1;
    terms = [[`w:${stemmerFor(lang)(token)}`, weight]];
    const latin = /[\u0400-\u04ff]/.test(token) ? romanize(token, lang === 'uk' ? 'uk' : 'bg') : token;
    const skel = skeleton(latin);
    if (skel.length >= 4 && weight === 1) terms.push([`p:${skel.slice(0, PREFIX_LENGTH)}`, PREFIX_WEIGHT]);
  }
  if (cache.size > TOKEN_CACHE_LIMIT) cache.clear();
  cache.set(token, terms);
  return terms;
}

/** Analyzes `text` as written in `lang`. */
export function analyze(text: string, lang: Language): AnalyzedText {
  const tokens = tokenize(foldText(text));
  const terms = new Map<string, number>();
  for (const token of tokens) {
    for (const [term, weight] of termsOfToken(token, lang)) {
      terms.set(term, (terms.get(term) ?? 0) + weight);
    }
  }
  return { terms, length: tokens.length };
}
