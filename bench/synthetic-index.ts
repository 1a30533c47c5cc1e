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
import { AnswerEngine } from '../core/answers/index.ts';
import { SUPPORTED_LANGUAGES } from '../core/languages/index.ts';
import type { VisibleTile } from '../core/content/types.ts';
import { SyntheticText } from './synthetic-text.ts';

/** Library size; `npx tsx bench/synthetic-index.ts 200` for a quicker run. */
const TILES = Number(process.argv[2] ?? 1000);
const text = new SyntheticText(42);
const tiles: VisibleTile[] = Array.from({ length: TILES }, (_, i) => ({
  id: String(i),
  key: `tile-${i}`,
  ownerSlug: 'synthetic',
  theme: 'practical',
  sensitive: false,
  sourceLang: 'en',
  links: [],
  content: Object.fromEntries(SUPPORTED_LANGUAGES.map((lang) => [lang, text.content(lang)])),
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
