import { createRequire } from 'node:module';
import type { Language } from '../languages/index.ts';
import { foldText, romanize, skeleton, tokenize } from './normalize.ts';
import { stemmerFor } from './stemmers.ts';
import { conceptIndex } from './lexicon/index.ts';

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
  /** term id (see `termName`) → weight, summed over occurrences */
  terms: Map<number, number>;
  /** Number of word tokens, for length normalization. */
  length: number;
}

const PREFIX_LENGTH = 5;
const STOPWORD_WEIGHT = 0.15;
const PREFIX_WEIGHT = 1;
const CONCEPT_WEIGHT = 0.5;

const require = createRequire(import.meta.url);
const stopwordsIso = require('stopwords-iso') as Record<string, string[]>;
/**
 * natural's stop word lists where it has one: they are classic function-word
 * lists. stopwords-iso's merged lists are used for the other languages; its
 * English list is not, because it holds content words ("fire", "room",
 * "call", "ill", "help") that questions turn on.
 */
const NATURAL_STOPWORDS: Partial<Record<Language, string>> = {
  en: 'stopwords.js', es: 'stopwords_es.js', it: 'stopwords_it.js', nl: 'stopwords_nl.js',
  pl: 'stopwords_pl.js', pt: 'stopwords_pt.js', uk: 'stopwords_uk.js',
};
const stopwordCache = new Map<Language, Set<string>>();

function stopwords(lang: Language): Set<string> {
  let set = stopwordCache.get(lang);
  if (!set) {
    const file = NATURAL_STOPWORDS[lang];
    const words = file ? (require(`natural/lib/natural/util/${file}`) as { words: string[] }).words : (stopwordsIso[lang] ?? []);
    set = new Set(words.flatMap((w) => tokenize(foldText(w))));
    stopwordCache.set(lang, set);
  }
  return set;
}

/**
 * Terms are interned to small integers once, process-wide: the index's
 * posting lists and the per-question score loop then work on numbers.
 */
const termIds = new Map<string, number>();
const termNames: string[] = [];

function intern(term: string): number {
  let id = termIds.get(term);
  if (id === undefined) {
    id = termNames.length;
    termIds.set(term, id);
    termNames.push(term);
  }
  return id;
}

/** The readable form of a term id (`w:stem`, `p:prefix`), for debugging and tests. */
export function termName(id: number): string {
  return termNames[id];
}

/** Number of distinct terms seen so far (upper bound of term ids). */
export function termCount(): number {
  return termNames.length;
}

/** A token's terms as two parallel arrays (indexed loops, no tuple allocation on the hot path). */
interface TermList {
  readonly ids: readonly number[];
  readonly weights: readonly number[];
}

/**
 * Forgets the per-token cache (it refills from chat traffic). The engine
 * calls this after indexing a library, whose many one-off words would
 * otherwise stay in memory.
 */
export function clearTokenCache(): void {
  tokenTermCache.clear();
}

/** Per language, token → its terms; chat vocabulary is small, so this saves most stemming work. */
const tokenTermCache = new Map<Language, Map<string, TermList>>();
const TOKEN_CACHE_LIMIT = 200_000;

function termsOfToken(token: string, lang: Language): TermList {
  let cache = tokenTermCache.get(lang);
  if (!cache) tokenTermCache.set(lang, (cache = new Map()));
  const cached = cache.get(token);
  if (cached) return cached;
  const computed = computeTerms(token, lang);
  const terms: TermList = { ids: computed.map(([term]) => intern(term)), weights: computed.map(([, weight]) => weight) };
  if (cache.size > TOKEN_CACHE_LIMIT) cache.clear();
  cache.set(token, terms);
  return terms;
}

function computeTerms(token: string, lang: Language): Array<[string, number]> {
  if (/^\d+$/.test(token)) return token.length >= 3 ? [[`w:${token}`, 1]] : [];
  if (token.length < 2) return [];
  const weight = stopwords(lang).has(token) ? STOPWORD_WEIGHT : 1;
  const terms: Array<[string, number]> = [[`w:${stemmerFor(lang)(token)}`, weight]];
  const latin = /[\u0400-\u04ff]/.test(token) ? romanize(token, lang === 'uk' ? 'uk' : 'bg') : token;
  const skel = skeleton(latin);
  if (skel.length >= 4 && weight === 1) terms.push([`p:${skel.slice(0, PREFIX_LENGTH)}`, PREFIX_WEIGHT]);
  for (const concept of conceptIndex(lang).get(token) ?? []) terms.push([`c:${concept}`, CONCEPT_WEIGHT]);
  return terms;
}

/** Analyzes `text` as written in `lang`. */
export function analyze(text: string, lang: Language): AnalyzedText {
  const tokens = tokenize(foldText(text));
  const terms = new Map<number, number>();
  addTokenTerms(tokens, lang, 1, terms);
  return { terms, length: tokens.length };
}

/**
 * Adds the terms of already folded and tokenized text to `into`, each weight
 * multiplied by `scale` (the index uses this to fold field weight and length
 * normalization in without intermediate maps).
 */
export function addTokenTerms(tokens: readonly string[], lang: Language, scale: number, into: Map<number, number>): void {
  for (const token of tokens) {
    const { ids, weights } = termsOfToken(token, lang);
    for (let i = 0; i < ids.length; i++) into.set(ids[i], (into.get(ids[i]) ?? 0) + weights[i] * scale);
  }
}

/**
 * The same as addTokenTerms into a dense accumulator: `acc[id] += weight *
 * scale`, with first-touched ids appended to `touched`. Used by the index
 * build, where a Map per document would dominate the cost.
 */
export function accumulateTokenTerms(
  tokens: readonly string[],
  lang: Language,
  scale: number,
  acc: { values: Float64Array; touched: number[] },
): void {
  for (const token of tokens) {
    const { ids, weights } = termsOfToken(token, lang);
    for (let i = 0; i < ids.length; i++) {
      const term = ids[i];
      if (term >= acc.values.length) {
        const grown = new Float64Array(Math.max(term + 1, acc.values.length * 2));
        grown.set(acc.values);
        acc.values = grown;
      }
      if (acc.values[term] === 0) acc.touched.push(term);
      acc.values[term] += weights[i] * scale;
    }
  }
}
