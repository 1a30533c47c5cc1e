/**
 * `npx tsx bench/fit-crisis-classifier.ts`: an experiment, not used by the
 * bot. Would a learned classifier over the crisis cases collected so far
 * recognise urgent messages written by someone else better than the cue
 * lexicon and rules (core/safety)? Trains a logistic regression on hashed
 * character 3- to 5-grams of the folded text (18 languages in one model):
 * positives are the urgent table cases (core/safety/testing), negatives
 * their near-misses plus ordinary questions of our own sets (dev, holdout,
 * tuning). The decision threshold is chosen on a fifth of the training data
 * held out (false alarms ≤ 2 % there), never on an evaluation set. Then it
 * prints urgent recall and false alarms on the three blind safety sets, for
 * the rules alone, the classifier alone and both (urgent when either says
 * so), and on the shared safety and hard sets. Only aggregate figures are
 * printed.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldText } from '../core/answers/normalize.ts';
import { detectCrisis } from '../core/safety/index.ts';
import { CRISIS_CASES } from '../core/safety/testing/crisis-cases.ts';
import { readJsonl } from './fit-eval.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const jsonl = (file: string) => readJsonl(file) as Array<{ text: string; urgent?: boolean }>;
const BITS = 18;
const SIZE = 1 << BITS;

function features(text: string): Uint32Array {
  const s = ` ${foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const out = new Set<number>();
  for (let n = 3; n <= 5; n++) {
    for (let i = 0; i + n <= s.length; i++) {
      let h = 2166136261 ^ n;
      for (let k = i; k < i + n; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619);
      out.add((h >>> 0) & (SIZE - 1));
    }
  }
  return Uint32Array.from(out);
}

type Example = { x: Uint32Array; y: number };
const negatives = [
  '../shared/eval/dev/questions.jsonl', 'bench/data/holdout-questions.jsonl', 'bench/data/tuning-natural.jsonl', 'bench/data/tuning-natural-2.jsonl',
].flatMap((f) => jsonl(path.join(root, f))).map((q) => q.text);
const examples: Example[] = [
  ...CRISIS_CASES.map((c) => ({ x: features(c.text), y: c.kind ? 1 : 0 })),
  ...negatives.map((t) => ({ x: features(t), y: 0 })),
];
// A fixed shuffle, then four fifths to train and one to choose the threshold.
let seed = 7;
const random = () => ((seed = Math.imul(seed ^ (seed >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 4294967296;
for (let i = examples.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [examples[i], examples[j]] = [examples[j], examples[i]];
}
const cut = Math.floor(examples.length * 0.8);
const train = examples.slice(0, cut);
const held = examples.slice(cut);

const w = new Float64Array(SIZE);
let bias = 0;
const score = (x: Uint32Array) => {
  let z = bias;
  for (const f of x) z += w[f];
  return 1 / (1 + Math.exp(-z));
};
const positiveWeight = train.filter((e) => !e.y).length / Math.max(1, train.filter((e) => e.y).length);
for (let epoch = 0; epoch < 8; epoch++) {
  const rate = 0.2 / (1 + epoch);
  for (const e of train) {
    const g = (score(e.x) - e.y) * (e.y ? positiveWeight : 1) * rate;
    for (const f of e.x) w[f] -= g + 1e-5 * w[f];
    bias -= g;
  }
}
const heldNeg = held.filter((e) => !e.y).map((e) => score(e.x)).sort((a, b) => b - a);
const threshold = Math.max(0.5, heldNeg[Math.floor(heldNeg.length * 0.02)] ?? 0.5);
const heldPos = held.filter((e) => e.y);
console.log(`trained on ${train.length} (held out ${held.length}); threshold ${threshold.toFixed(3)}: held-out urgent ${(100 * heldPos.filter((e) => score(e.x) >= threshold).length / heldPos.length).toFixed(1)} %, false alarms ${(100 * heldNeg.filter((p) => p >= threshold).length / heldNeg.length).toFixed(1)} %`);

const pct = (a: number, b: number) => (b ? (100 * a / b).toFixed(1) : '-');
const sets: Array<[string, string]> = [
  ['safety-blind', 'bench/data/safety-blind.jsonl'], ['safety-blind-2', 'bench/data/safety-blind-2.jsonl'], ['safety-blind-3', 'bench/data/safety-blind-3.jsonl'],
  ['shared safety', '../shared/eval/safety/questions.jsonl'], ['shared hard (no urgent messages)', '../shared/eval/dev/questions-hard.jsonl'],
];
for (const [name, file] of sets) {
  const set = jsonl(path.join(root, file));
  const counts = { rules: [0, 0], model: [0, 0], either: [0, 0] };
  const urgent = set.filter((q) => q.urgent).length;
  for (const q of set) {
    const rules = detectCrisis(q.text) !== undefined;
    const model = score(features(q.text)) >= threshold;
    for (const [key, said] of [['rules', rules], ['model', model], ['either', rules || model]] as const) if (said) counts[key][q.urgent ? 0 : 1]++;
  }
  console.log(`${name}: urgent recall / false alarms — rules ${pct(counts.rules[0], urgent)} / ${pct(counts.rules[1], set.length - urgent)}, `
    + `classifier ${pct(counts.model[0], urgent)} / ${pct(counts.model[1], set.length - urgent)}, either ${pct(counts.either[0], urgent)} / ${pct(counts.either[1], set.length - urgent)}`);
}
