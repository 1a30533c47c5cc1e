/**
 * `npx tsx bench/fit-ngram.ts [set.jsonl ...]`: measures character n-gram
 * retrieval (3- to 5-grams within words, TF-IDF cosine over each tile's
 * title, examples and body in the question's language) alone and fused with
 * the engine's ranking (reciprocal-rank fusion, the n-gram list weighted 0.25
 * to 2), on the dev corpus, without the database. Ranking top-1 only (the
 * thresholds are off): the question is whether n-grams find tiles the word
 * index misses. An experiment issue 14 asked for; the README gives the result
 * (not adopted).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { THRESHOLDS } from '../core/answers/confidence.ts';
import { foldText, tokenize } from '../core/answers/normalize.ts';
import { DEFAULT_SETS, loadCorpusEngine, readJsonl } from './fit-eval.ts';

const engine = loadCorpusEngine();
engine.warmUp();
const tiles = engine.tiles;
function grams(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of tokenize(foldText(text))) {
    if (w.length < 3) continue;
    const s = ` ${w} `;
    for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= s.length; i++) { const g = s.slice(i, i + n); m.set(g, (m.get(g) ?? 0) + 1); }
  }
  return m;
}
const byLang = new Map<string, { vecs: Map<string, number>[]; df: Map<string, number> }>();
function idx(lang: string) {
  let x = byLang.get(lang);
  if (x) return x;
  const vecs = tiles.map((t) => { const c = (t.content as any)[lang] ?? (t.content as any)[t.sourceLang]; return grams(`${c.title} ${c.title} ${c.examples.join(' ')} ${c.examples.join(' ')} ${c.body}`); });
  const df = new Map<string, number>();
  for (const v of vecs) for (const g of v.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  byLang.set(lang, (x = { vecs, df }));
  return x;
}
function rank(text: string, lang: string): number[] {
  const { vecs, df } = idx(lang);
  const q = grams(text);
  const N = vecs.length;
  const scores = vecs.map((v) => {
    let s = 0, norm = 0;
    for (const [g, c] of v) { const w = Math.log(1 + N / (df.get(g)!)) * (1 + Math.log(c)); norm += w * w; }
    for (const [g, c] of q) { const tc = v.get(g); if (!tc) continue; const idf = Math.log(1 + N / df.get(g)!); s += idf * (1 + Math.log(tc)) * idf; }
    return s / Math.sqrt(norm || 1);
  });
  return scores.map((s, i) => [s, i]).sort((a, b) => b[0] - a[0]).map(([, i]) => i);
}
const files = process.argv.slice(2).length ? process.argv.slice(2) : DEFAULT_SETS;
Object.assign(THRESHOLDS, { answer: -1, clarify: -1 });
for (const file of files) {
  let n = 0, eng = 0, ng = 0, fused: Record<number, number> = {};
  const ws = [0.25, 0.5, 1, 2];
  for (const q of readJsonl(file)) {
    if (q.expect.startsWith('@')) continue;
    n++;
    const a = engine.ask(q.text);
    const engRank = [a.tile, ...a.alternatives].filter(Boolean).map((t) => tiles.indexOf(t!));
    if (a.tile?.key === q.expect) eng++;
    const ngr = rank(q.text, a.lang);
    if (tiles[ngr[0]].key === q.expect) ng++;
    for (const w of ws) {
      const score = new Map<number, number>();
      engRank.forEach((t, r) => score.set(t, (score.get(t) ?? 0) + 1 / (60 + r)));
      ngr.slice(0, 10).forEach((t, r) => score.set(t, (score.get(t) ?? 0) + w / (60 + r)));
      const best = [...score].sort((x, y) => y[1] - x[1])[0][0];
      if (tiles[best].key === q.expect) fused[w] = (fused[w] ?? 0) + 1;
    }
  }
  console.log(path.basename(file), 'n', n, 'engine rank top1', (100 * eng / n).toFixed(1), 'ngram', (100 * ng / n).toFixed(1), 'fused', ws.map((w) => `${w}:${(100 * (fused[w] ?? 0) / n).toFixed(1)}`).join(' '));
}
