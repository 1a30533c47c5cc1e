/**
 * `npx tsx bench/fit-explain.ts "question" ...`: how the engine reads a question,
 * for tuning: its weighted terms (words, prefixes, concepts with links and rules)
 * and the outcome, tile and retrieval signals on the dev corpus.
 * `--terms`: also each term's score in the three best tiles (what moves a neighbour pair).
 */
import { analyze, termName } from '../core/answers/analyzer.ts';
import { loadCorpusEngine } from './fit-eval.ts';
const engine = loadCorpusEngine();
const showTerms = process.argv.includes('--terms');
for (const t of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
  const a = engine.ask(t);
  const q = analyze(t, a.lang);
  console.log(t, '\n ', [...q.terms].map(([id, w]) => `${termName(id)}=${w.toFixed(2)}`).join(' '));
  console.log(' ', a.lang, a.outcome, a.tile?.key, a.confidence, JSON.stringify(a.signals));
  if (showTerms) {
    // The engine's index, read for tuning only: each term searched alone gives its share of every tile's score.
    const index = (engine as unknown as { index: { search(terms: Map<number, number>, lang: string, o?: object): { hits: { tile: number; score: number }[] } } }).index;
    const best = index.search(q.terms, a.lang, { limit: 3 }).hits;
    console.log('  best:', best.map((h) => `${engine.tiles[h.tile].key}=${h.score.toFixed(2)}`).join(' '));
    for (const [id, w] of q.terms) {
      const alone = index.search(new Map([[id, w]]), a.lang, { limit: 40 }).hits;
      const parts = best.map((h) => (alone.find((x) => x.tile === h.tile)?.score ?? 0).toFixed(2));
      if (parts.some((p) => p !== '0.00')) console.log(`    ${termName(id).padEnd(28)} ${parts.join('  ')}`);
    }
  }
}
