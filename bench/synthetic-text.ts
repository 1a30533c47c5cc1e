/**
 * Synthetic but realistic multilingual tile text for benchmarks: words are
 * drawn from per-language pools (stop words plus generated content words
 * with each language's letters), so the stemmers, the index and the language
 * detector do the work they would on real text. Deterministic per seed.
 */
import { createRequire } from 'node:module';
import { SUPPORTED_LANGUAGES, type Language } from '../core/languages/index.ts';
import type { VisibleContent } from '../core/content/types.ts';

const require = createRequire(import.meta.url);
const stopwords = require('stopwords-iso') as Record<string, string[]>;

/** Deterministic PRNG (mulberry32) so every run builds the same library. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABETS: Partial<Record<Language, string>> = {
  bg: 'абвгдежзийклмнопрстуфхцчшщъюя', uk: 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя', el: 'αβγδεζηθικλμνξοπρστυφχψω',
};
const LATIN = 'abcdefghijklmnoprstuvz';

export class SyntheticText {
  readonly random: () => number;
  /** Content words per language. */
  readonly pools: Map<Language, string[]>;

  /** @param poolSize content words per language */
  constructor(seed = 42, poolSize = 6000) {
    this.random = rng(seed);
    this.pools = new Map(SUPPORTED_LANGUAGES.map((l) => [l, this.contentWords(l, poolSize)]));
  }

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.random() * xs.length)];
  }

  private contentWords(lang: Language, n: number): string[] {
    const letters = ALPHABETS[lang] ?? LATIN + (stopwords[lang] ?? []).join('').replace(/[^\p{L}]/gu, '').slice(0, 40);
    const words = new Set<string>();
    while (words.size < n) {
      const len = 4 + Math.floor(this.random() * 8);
      let w = '';
      for (let i = 0; i < len; i++) w += this.pick([...letters]);
      words.add(w);
    }
    return [...words];
  }

  /** `n` words of `lang`, about a third of them stop words unless `withStopwords` is false. */
  sentence(lang: Language, n: number, withStopwords = true): string {
    const pool = this.pools.get(lang)!;
    const stops = withStopwords ? stopwords[lang] ?? [] : [];
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.random() < 0.35 && stops.length ? this.pick(stops) : this.pick(pool));
    return out.join(' ');
  }

  /** A tile's language version: a 5-word title, a 90-word body, three 8-word example questions. */
  content(lang: Language): VisibleContent {
    return {
      title: this.sentence(lang, 5, false),
      body: this.sentence(lang, 90),
      examples: [this.sentence(lang, 8), this.sentence(lang, 8), this.sentence(lang, 8)],
    };
  }
}
