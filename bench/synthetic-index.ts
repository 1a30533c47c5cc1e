/**
 * Builds the answer engine over a synthetic library of 1,000 tiles × 18
 * languages in a fresh process and prints one JSON line:
 * {"tiles":1000,"languages":18,"buildMs":…,"rssMb":…,"heapMb":…,"queryP50Ms":…,"queryP99Ms":…}
 *
 * Words are drawn from realistic per-language pools (stop words plus
 * generated content words with each language's letters), so the stemmers,
 * the index and the language detector do the work they would on real text.
 * Run by bench/answers.ts; also runnable alone: `npx tsx bench/synthetic-index.ts`.
 */
import { createRequire } from 'node:module';
import { AnswerEngine } from '../core/answers/index.ts';
import { SUPPORTED_LANGUAGES, type Language } from '../core/languages/index.ts';
import type { VisibleTile } from '../core/content/types.ts';

/** Library size; `npx tsx bench/synthetic-index.ts 200` for a quicker run. */
const TILES = Number(process.argv[2] ?? 1000);
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
const random = rng(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];

const ALPHABETS: Partial<Record<Language, string>> = {
  bg: 'абвгдежзийклмнопрстуфхцчшщъюя', uk: 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя', el: 'αβγδεζηθικλμνξοπρστυφχψω',
};
const LATIN = 'abcdefghijklmnoprstuvz';

function contentWords(lang: Language, n: number): string[] {
  const letters = ALPHABETS[lang] ?? LATIN + (stopwords[lang] ?? []).join('').replace(/[^\p{L}]/gu, '').slice(0, 40);
  const words = new Set<string>();
  while (words.size < n) {
    const len = 4 + Math.floor(random() * 8);
    let w = '';
    for (let i = 0; i < len; i++) w += pick([...letters]);
    words.add(w);
  }
  return [...words];
}

function sentence(pool: string[], stops: string[], n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(random() < 0.35 && stops.length ? pick(stops) : pick(pool));
  return out.join(' ');
}

const pools = new Map(SUPPORTED_LANGUAGES.map((l) => [l, contentWords(l, 6000)]));
const tiles: VisibleTile[] = Array.from({ length: TILES }, (_, i) => ({
  id: String(i),
  key: `tile-${i}`,
  ownerSlug: 'synthetic',
  theme: 'practical',
  sensitive: false,
  sourceLang: 'en',
  links: [],
  content: Object.fromEntries(
    SUPPORTED_LANGUAGES.map((lang) => {
      const pool = pools.get(lang)!;
      const stops = stopwords[lang] ?? [];
      return [lang, {
        title: sentence(pool, [], 5),
        body: sentence(pool, stops, 90),
        examples: [sentence(pool, stops, 8), sentence(pool, stops, 8), sentence(pool, stops, 8)],
      }];
    }),
  ),
}));

(globalThis as { gc?: () => void }).gc?.();
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
const engine = new AnswerEngine(tiles, { languages: SUPPORTED_LANGUAGES });
const buildMs = performance.now() - started;
const warmStarted = performance.now();
const warmUpQuestions = engine.warmUp();
const warmUpMs = performance.now() - warmStarted;
(globalThis as { gc?: () => void }).gc?.();
const { rss, heapUsed } = process.memoryUsage();

const times: number[] = [];
for (let i = 0; i < 2000; i++) {
  const tile = tiles[i % tiles.length];
  const lang = SUPPORTED_LANGUAGES[i % SUPPORTED_LANGUAGES.length];
  const question = tile.content[lang]!.examples[i % 3];
  times.push(engine.ask(question).ms);
}
times.sort((a, b) => a - b);
const q = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))] * 1000) / 1000;

console.log(JSON.stringify({
  tiles: TILES,
  languages: SUPPORTED_LANGUAGES.length,
  buildMs: Math.round(buildMs),
  warmUpMs: Math.round(warmUpMs),
  warmUpQuestions,
  rssMb: Math.round(rss / 1048576),
  rssBeforeBuildMb: Math.round(rssBefore / 1048576),
  heapMb: Math.round(heapUsed / 1048576),
  queryP50Ms: q(0.5),
  queryP99Ms: q(0.99),
}));
