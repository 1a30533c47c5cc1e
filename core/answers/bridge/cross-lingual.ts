import type { Language } from '../../languages/index.ts';
import type { VisibleTile } from '../../content/types.ts';
import { addTokenTerms, termName } from '../analyzer.ts';
import { decide, type Decision } from '../confidence.ts';
import { cyrillize, foldText, tokenize } from '../normalize.ts';
import type { SearchResult } from '../search-index.ts';
import { stemmerFor } from '../stemmers.ts';
import { stopwords } from '../stopwords.ts';
import { hasBridge, translateWord } from './word-bridge.ts';

/**
 * Cross-lingual retrieval: a tile without text in the question's language is
 * indexed there by its source text (English, Dutch), which the question's own
 * words rarely match. When the question's language holds such tiles, the
 * question is read a second time with its words translated through the word
 * bridge (word-bridge.ts) into those tiles' languages, and that reading's
 * answer is taken when it points to such a tile with more confidence than
 * the plain reading has.
 *
 * So a question against tiles that have its language's text is answered as
 * without the bridge (the bridge runs only when the language holds untranslated
 * tiles, and the plain reading stands unless an untranslated tile wins), and
 * bridged words count less than the question's own words (BRIDGE_WEIGHT).
 */

/** A translated word's terms count this share of the link strength (an own word counts 1). */
export const BRIDGE_WEIGHT = 0.8;

/** What the engine searched for a question. */
export interface QueryReading {
  /** The question's text, as asked. */
  text: string;
  lang: Language;
  /** True when the text is Bulgarian or Ukrainian typed in Latin letters (the bridge knows their Cyrillic forms). */
  romanized: boolean;
  /** The analyzed terms searched, and the terms its information content is counted from when they differ. */
  terms: Map<number, number>;
  normTerms?: Map<number, number>;
}

export type Search = (terms: Map<number, number>, normTerms?: Map<number, number>) => SearchResult;

/** Per tile list (an engine's, immutable): per question language, the languages of its untranslated tiles the bridge reaches. */
const targetsOf = new WeakMap<readonly VisibleTile[], Map<Language, readonly Language[]>>();

/** The languages of the text `lang` searches for the tiles that have none in `lang` (that the bridge can translate into). */
export function bridgeTargets(tiles: readonly VisibleTile[], lang: Language): readonly Language[] {
  let byLang = targetsOf.get(tiles);
  if (!byLang) targetsOf.set(tiles, (byLang = new Map()));
  let targets = byLang.get(lang);
  if (!targets) {
    const sources = new Set<Language>();
    for (const tile of tiles) if (!tile.content[lang] && tile.content[tile.sourceLang]) sources.add(tile.sourceLang);
    targets = [...sources].filter((source) => source !== lang && hasBridge(lang, source));
    byLang.set(lang, targets);
  }
  return targets;
}

/**
 * Searches with `search` and decides; then, when `lang` holds untranslated
 * tiles, searches again with the bridged reading and keeps it when its best
 * tile is an untranslated one and it is the more confident decision.
 */
export function searchAcrossLanguages(tiles: readonly VisibleTile[], query: QueryReading, search: Search): { result: SearchResult; decision: Decision } {
  const result = search(query.terms, query.normTerms);
  const decision = decide(result);
  const targets = bridgeTargets(tiles, query.lang);
  if (!targets.length) return { result, decision };
  const bridged = bridgedReading(query, targets);
  if (!bridged) return { result, decision };
  const across = search(bridged.terms, bridged.info);
  const best = across.hits[0];
  if (!best || tiles[best.tile].content[query.lang]) return { result, decision };
  const acrossDecision = decide(across);
  return acrossDecision.confidence > decision.confidence ? { result: across, decision: acrossDecision } : { result, decision };
}

/**
 * The question's terms plus its words' translations into `targets`, and the
 * terms its information content is counted from: a translated word counts by
 * its translations instead of its own form (a word no tile in its language
 * has would otherwise count as the rarest of words, when the question means
 * one the tiles have), a word the bridge does not know by itself.
 * Undefined when the bridge knows none of its words.
 */
export function bridgedReading(query: QueryReading, targets: readonly Language[]): { terms: Map<number, number>; info: Map<number, number> } | undefined {
  const { lang } = query;
  const folded = foldText(query.text);
  const tokens = new Set(tokenize(query.romanized && (lang === 'bg' || lang === 'uk') ? cyrillize(folded, lang) : folded));
  const cache = tokenCache(lang, targets);
  const translated = new Map<number, number>();
  const info = new Map(query.normTerms ?? query.terms);
  for (const token of tokens) {
    let read = cache.get(token);
    if (!read) {
      if (cache.size >= TOKEN_CACHE_LIMIT) cache.clear();
      cache.set(token, (read = readToken(token, lang, targets)));
    }
    for (let i = 0; i < read.terms.length; i++) raise(translated, read.terms[i], read.weights[i]);
    for (const term of read.replaced) info.delete(term);
  }
  if (!translated.size) return undefined;
  const terms = new Map(query.terms);
  for (const [term, weight] of translated) {
    raise(terms, term, weight);
    raise(info, term, weight);
  }
  return { terms, info };
}

/** One word's bridged reading: its translations' terms, and its own terms the translation or its concepts stand in for. */
interface TokenReading {
  terms: number[];
  weights: number[];
  replaced: number[];
}

const NOTHING: TokenReading = { terms: [], weights: [], replaced: [] };
/** Per question language and target languages, token → its reading; chat vocabulary is small, so most words are read once. */
const tokenCaches = new Map<string, Map<string, TokenReading>>();
const TOKEN_CACHE_LIMIT = 50_000;

function tokenCache(lang: Language, targets: readonly Language[]): Map<string, TokenReading> {
  const key = `${lang}>${targets.join(',')}`;
  let cache = tokenCaches.get(key);
  if (!cache) tokenCaches.set(key, (cache = new Map()));
  return cache;
}

function readToken(token: string, lang: Language, targets: readonly Language[]): TokenReading {
  if (token.length < 2 || stopwords(lang).has(token) || /^\d+$/.test(token)) return NOTHING;
  const stem = stemmerFor(lang)(token);
  const translated = new Map<number, number>();
  const scratch = new Map<number, number>();
  for (const target of targets) {
    for (const link of translateWord(token, stem, lang, target)) {
      scratch.clear();
      addTokenTerms([link.target], target, BRIDGE_WEIGHT * link.weight, scratch);
      for (const [term, weight] of scratch) raise(translated, term, weight);
    }
  }
  const own = new Map<number, number>();
  addTokenTerms([token], lang, 1, own);
  const concepts = [...own.keys()].filter((term) => termName(term).startsWith('c:'));
  if (!translated.size && !concepts.length) return NOTHING;
  // A word read through a translation or a concept (both language-independent) counts by that, not by its own form.
  return { terms: [...translated.keys()], weights: [...translated.values()], replaced: [...own.keys()].filter((term) => !concepts.includes(term)) };
}

function raise(terms: Map<number, number>, term: number, weight: number): void {
  if ((terms.get(term) ?? 0) < weight) terms.set(term, weight);
}
