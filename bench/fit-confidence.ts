/**
 * `npx tsx bench/fit-confidence.ts [signals.jsonl]`: refits the confidence
 * model's weights (core/answers/confidence.ts) by L2-regularized logistic
 * regression on labelled retrieval signals. Make the input with
 * `npx tsx bench/fit-eval.ts --dump signals.jsonl` (dev set, holdout set and
 * both bench/data/tuning-natural*.jsonl sets by default): a question counts as positive
 * when its best tile was the expected one, an out-of-library question or a
 * wrong best tile as negative. Prints WEIGHTS to paste into confidence.ts,
 * and the share of questions the fitted model puts on the right side of 0.5.
 */
import { readFileSync } from 'node:fs';
import { confidenceOf, features, FEATURE_NAMES } from '../core/answers/confidence.ts';
import type { Signals } from '../core/answers/confidence.ts';

const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '/tmp/signals.jsonl';
const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { set: string; none: boolean; positive: boolean; signals: Signals });
/**
 * `--scope`: fit on right answers against out-of-library questions only (wrong
 * in-library tiles left out), which sharpens the "does the library answer this
 * at all" side of the model that decides between clarify and unanswered.
 */
const scopeOnly = process.argv.includes('--scope');
const fitRows = scopeOnly ? rows.filter((r) => r.positive || r.none) : rows;
/**
 * `--none-weight=N`: out-of-library questions count N times in the fit (default 2): answering one
 * is worse than asking back on an in-library one, and they are few in the labelled sets.
 */
const noneWeight = Number(process.argv.find((a) => a.startsWith('--none-weight='))?.split('=')[1] ?? 2);
const sampleWeight = fitRows.map((r) => (r.none ? noneWeight : 1));
const totalWeight = sampleWeight.reduce((a, b) => a + b, 0);
/** `--without=a,b`: leaves those features out (fixed at 0), to see what a signal adds. */
const without = new Set((process.argv.find((a) => a.startsWith('--without='))?.split('=')[1] ?? '').split(',').filter(Boolean));
const drop = (x: number[]) => x.map((v, j) => (without.has(FEATURE_NAMES[j]) ? 0 : v));
const X = fitRows.map((r) => drop(features(r.signals)));
const y = fitRows.map((r) => (r.positive ? 1 : 0));
const dims = FEATURE_NAMES.length;
const w = new Array(dims + 1).fill(0);
const L2 = 0.01;
const RATE = 0.5;
for (let step = 0; step < 20000; step++) {
  const grad = new Array(dims + 1).fill(0);
  for (let i = 0; i < X.length; i++) {
    let z = w[dims];
    for (let j = 0; j < dims; j++) z += w[j] * X[i][j];
    const err = (1 / (1 + Math.exp(-z)) - y[i]) * sampleWeight[i];
    for (let j = 0; j < dims; j++) grad[j] += err * X[i][j];
    grad[dims] += err;
  }
  for (let j = 0; j < dims; j++) w[j] -= RATE * (grad[j] / totalWeight + L2 * w[j]);
  w[dims] -= (RATE * grad[dims]) / totalWeight;
}
let right = 0;
for (let i = 0; i < X.length; i++) {
  let z = w[dims];
  for (let j = 0; j < dims; j++) z += w[j] * X[i][j];
  if ((z >= 0 ? 1 : 0) === y[i]) right++;
}
console.log(`${fitRows.length} questions, ${y.filter(Boolean).length} positive; fitted model right on ${((100 * right) / fitRows.length).toFixed(1)} %`);
console.log(`const WEIGHTS = {\n  bias: ${w[dims].toFixed(2)},\n${FEATURE_NAMES.map((n, j) => `  ${n}: ${w[j].toFixed(2)},`).join('\n')}\n};`);

/**
 * The decision thresholds against the fitted probabilities, per question set:
 * top-1 (right tile answered or offered), wrong answers, out-of-library recognised.
 * Questions retrieval found nothing for are not in the dump (they are unanswered).
 */
/** `--current`: the grid for the weights in confidence.ts instead of the fitted ones (to compare). */
const prob = process.argv.includes('--current')
  ? rows.map((r) => confidenceOf(r.signals))
  : rows.map((r) => drop(features(r.signals))).map((x) => 1 / (1 + Math.exp(-(w[dims] + x.reduce((z, v, j) => z + w[j] * v, 0)))));
console.log('\nclarify answer | per set: top1% wrong% none% direct%');
for (const clarify of [0.35, 0.4, 0.45, 0.5, 0.55, 0.6]) {
  for (const answer of [0.6, 0.65, 0.7, 0.75, 0.8]) {
    const parts: string[] = [];
    for (const set of [...new Set(rows.map((r) => r.set))]) {
      let nIn = 0, top1 = 0, wrong = 0, nNone = 0, none = 0, n = 0, direct = 0;
      rows.forEach((r, i) => {
        if (r.set !== set) return;
        n++;
        const p = prob[i];
        const answered = p >= answer && r.signals.margin >= 0.08;
        if (r.none) { nNone++; if (p < clarify) none++; else wrong++; return; }
        nIn++;
        if (r.positive && p >= clarify) top1++;
        if (!r.positive && answered) wrong++;
        if (r.positive && answered) direct++;
      });
      parts.push(`${set.slice(0, 8)} ${((100 * top1) / nIn).toFixed(1)} ${((100 * wrong) / n).toFixed(1)} ${((100 * none) / Math.max(1, nNone)).toFixed(1)} ${((100 * direct) / nIn).toFixed(1)}`);
    }
    console.log(`${clarify} ${answer} | ${parts.join(' | ')}`);
  }
}
