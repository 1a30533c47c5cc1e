import type { Language } from '../../languages/index.ts';
import { romanize, skeleton } from '../normalize.ts';
import bridgeData from './bridge-data.json' with { type: 'json' };

/**
 * The word bridge: for a word of one language, the words of another language
 * it translates to, with a link strength 0..1. Learned offline from the
 * starter library's parallel text (bench/learn-bridge.ts, align.ts) and
 * shipped as bridge-data.json; read here, lazily, one language pair at a time.
 *
 * A word is looked up by its stem (the analyzer's stemmer for its language);
 * a form the stemmer reduces differently from every form in the parallel
 * text ("zgłaszać" against "zgłosić") falls back to the words sharing its
 * phonetic prefix (the analyzer's `p:` prefix, so romanized Cyrillic meets
 * Cyrillic too), at a discount.
 */

/** One translation of a word: a folded surface form in the target language and the link strength. */
export interface BridgeLink {
  target: string;
  weight: number;
}

/** Share of a link's strength kept when the word is found only by its prefix. */
const PREFIX_DISCOUNT = 0.7;
/** Prefix length, as the analyzer's `p:` terms. */
const PREFIX_LENGTH = 5;
/** At most this many translations per word (the strongest). */
const MAX_LINKS = 3;

interface PairTable {
  byStem: Map<string, BridgeLink[]>;
  byPrefix: Map<string, BridgeLink[]>;
}

/** The shipped data: "<source>><target>" → lines "stem target weight% [target weight%]…". */
const PAIRS = (bridgeData as { pairs: Record<string, string> }).pairs;
const tables = new Map<string, PairTable | null>();

/** The phonetic prefix of a folded word (Cyrillic romanized first), as the analyzer's `p:` terms. */
function prefixKey(word: string, lang: Language): string {
  const latin = /[\u0400-\u04ff]/.test(word) ? romanize(word, lang === 'uk' ? 'uk' : 'bg') : word;
  return skeleton(latin).slice(0, PREFIX_LENGTH);
}

function table(source: Language, target: Language): PairTable | null {
  const key = `${source}>${target}`;
  let found = tables.get(key);
  if (found !== undefined) return found;
  const text = PAIRS[key];
  found = text ? parseTable(text, source) : null;
  tables.set(key, found);
  return found;
}

function parseTable(text: string, source: Language): PairTable {
  const byStem = new Map<string, BridgeLink[]>();
  const byPrefix = new Map<string, BridgeLink[]>();
  for (const line of text.split('\n')) {
    const [stem, ...rest] = line.split(' ');
    const links: BridgeLink[] = [];
    for (let i = 0; i + 1 < rest.length; i += 2) links.push({ target: rest[i], weight: Number(rest[i + 1]) / 100 });
    if (!stem || !links.length) continue;
    byStem.set(stem, links);
    const prefix = prefixKey(stem, source);
    if (prefix.length < PREFIX_LENGTH) continue;
    const shared = byPrefix.get(prefix) ?? [];
    for (const link of links) {
      const weight = link.weight * PREFIX_DISCOUNT;
      const same = shared.find((l) => l.target === link.target);
      if (same) same.weight = Math.max(same.weight, weight);
      else shared.push({ target: link.target, weight });
    }
    byPrefix.set(prefix, shared);
  }
  for (const links of byPrefix.values()) {
    links.sort((a, b) => b.weight - a.weight);
    links.length = Math.min(links.length, MAX_LINKS);
  }
  return { byStem, byPrefix };
}

/** Whether the bridge has any data from `source` to `target`. */
export function hasBridge(source: Language, target: Language): boolean {
  return table(source, target) !== null;
}

/**
 * The `target`-language words a `source` word (folded token, and its stem)
 * translates to; empty when the bridge does not know it.
 */
export function translateWord(token: string, stem: string, source: Language, target: Language): readonly BridgeLink[] {
  const pair = table(source, target);
  if (!pair) return [];
  return pair.byStem.get(stem) ?? (token.length >= PREFIX_LENGTH ? pair.byPrefix.get(prefixKey(token, source)) : undefined) ?? [];
}
