/**
 * `npm run train:crisis`: trains the learned crisis model
 * (core/safety/crisis-model.ts) on bench/crisis-training-data.ts and writes
 * core/safety/data/crisis-model.{json,bin}. Deterministic: the same data gives
 * the same files. Run it after adding crisis cases; a test fails while the
 * model is older than its data.
 *
 * The decision threshold comes from five-fold cross-validation on the
 * training data (never from an evaluation set): each message is scored by a
 * model trained on the other four fifths, and the threshold is the lowest at
 * which at most 2 % of the near-misses and 0.5 % of the ordinary questions
 * written as in chat would be flagged. The urgent head shipped is the average of the five fold
 * models (bagging): its scores on unseen messages are distributed like the
 * out-of-fold scores the threshold was chosen on, where a model trained
 * once on everything would be more sure of itself than its threshold
 * assumes. The kind head (softmax over the five kinds) learns from
 * the urgent messages that carry a kind.
 *
 * `--measure` only reads the shipped model and prints, per evaluation set,
 * urgent recall / false alarms of the rules alone, the model alone, and the
 * combination detectCrisis uses. Only aggregate figures are printed.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CRISIS_KINDS, detectCrisis } from '../core/safety/index.ts';
import { crisisFeatures } from '../core/safety/crisis-features.ts';
import { CRISIS_MODEL_FILES, shippedCrisisModel, type CrisisModelHeader } from '../core/safety/crisis-model.ts';
import { cueRoles, detectByRules } from '../core/safety/crisis.ts';
import { crisisTrainingData, trainingFingerprint, type TrainingMessage } from './crisis-training-data.ts';
import { readJsonl } from './fit-eval.ts';

const BITS = 18;
const KIND_BITS = 16;
const EPOCHS = 8;
const RATE = 0.05;
const L2 = 1e-5;
/** Out-of-fold shares of near-misses and of ordinary questions the model may flag (ordinary questions are most of the traffic). */
const MAX_NEAR_MISS_ALARMS = 0.02;
const MAX_ORDINARY_ALARMS = 0.005;
const FOLDS = 5;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

type Example = { x: Uint32Array; y: number; nearMiss?: boolean; chat?: string };

/** A fixed pseudo-random order (xorshift-multiply), so training is reproducible. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  let seed = 7;
  const random = () => ((seed = Math.imul(seed ^ (seed >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 4294967296;
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Logistic regression by SGD, urgent examples weighted up to balance the classes. */
function probability(x: Uint32Array, model: { w: Float64Array; bias: number }): number {
  let z = model.bias;
  for (const f of x) z += model.w[f];
  return 1 / (1 + Math.exp(-z));
}

function trainUrgent(train: readonly Example[]): { w: Float64Array; bias: number } {
  const w = new Float64Array(1 << BITS);
  let bias = 0;
  const positives = train.filter((e) => e.y).length;
  const positiveWeight = (train.length - positives) / Math.max(1, positives);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = RATE / (1 + epoch);
    for (const e of train) {
      let z = bias;
      for (const f of e.x) z += w[f];
      const g = (1 / (1 + Math.exp(-z)) - e.y) * (e.y ? positiveWeight : 1) * rate;
      for (const f of e.x) w[f] -= g + L2 * w[f];
      bias -= g;
    }
  }
  return { w, bias };
}

type KindExample = { x: Uint32Array; y: number };
type KindModel = { w: Float64Array; bias: number[] };
const KIND_SIZE = 1 << KIND_BITS;

function kindExamples(messages: readonly TrainingMessage[]): KindExample[] {
  return shuffled(messages.filter((m) => m.kind))
    .map((m) => ({ x: crisisFeatures(m.text, BITS, cueRoles(m.text)).map((f) => f & (KIND_SIZE - 1)), y: CRISIS_KINDS.indexOf(m.kind!) }));
}

function kindScores(model: KindModel, x: Uint32Array): number[] {
  return model.bias.map((b, c) => { let s = b; for (const f of x) s += model.w[c * KIND_SIZE + f]; return s; });
}

/** Softmax regression over the kinds, on urgent messages with a kind. */
function trainKinds(examples: readonly KindExample[]): KindModel {
  const k = CRISIS_KINDS.length;
  const model: KindModel = { w: new Float64Array(k * KIND_SIZE), bias: new Array<number>(k).fill(0) };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = RATE / (1 + epoch);
    for (const e of examples) {
      const z = kindScores(model, e.x);
      const max = Math.max(...z);
      const exp = z.map((v) => Math.exp(v - max));
      const sum = exp.reduce((a, b) => a + b, 0);
      for (let c = 0; c < k; c++) {
        const g = (exp[c] / sum - (c === e.y ? 1 : 0)) * rate;
        for (const f of e.x) model.w[c * KIND_SIZE + f] -= g + L2 * model.w[c * KIND_SIZE + f];
        model.bias[c] -= g;
      }
    }
  }
  return model;
}

/** Share of kinds right, each message judged by a kind head trained on the other folds. */
function outOfFoldKindAccuracy(examples: readonly KindExample[]): number {
  let right = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = trainKinds(examples.filter((_, i) => i % FOLDS !== fold));
    examples.forEach((e, i) => {
      if (i % FOLDS !== fold) return;
      const z = kindScores(model, e.x);
      if (z.indexOf(Math.max(...z)) === e.y) right++;
    });
  }
  return right / examples.length;
}

/** Weights as signed bytes and the scale that restores them. */
function quantize(w: Float64Array, into: Int8Array, at: number): number {
  let max = 0;
  for (const v of w) if (Math.abs(v) > max) max = Math.abs(v);
  const scale = max / 127 || 1;
  for (let i = 0; i < w.length; i++) into[at + i] = Math.round(w[i] / scale);
  return scale;
}

/**
 * Out-of-fold probabilities (each example scored by a model trained on the
 * other folds) and the average of the fold models, which is the model shipped.
 */
function crossValidate(order: readonly Example[]): { outOfFold: Float64Array; averaged: { w: Float64Array; bias: number } } {
  const outOfFold = new Float64Array(order.length);
  const averaged = { w: new Float64Array(1 << BITS), bias: 0 };
  for (let fold = 0; fold < FOLDS; fold++) {
    const inFold = (i: number) => i % FOLDS === fold;
    const model = trainUrgent(order.filter((_, i) => !inFold(i)));
    order.forEach((e, i) => { if (inFold(i)) outOfFold[i] = probability(e.x, model); });
    for (let f = 0; f < model.w.length; f++) averaged.w[f] += model.w[f] / FOLDS;
    averaged.bias += model.bias / FOLDS;
  }
  return { outOfFold, averaged };
}

function train(): void {
  const messages = crisisTrainingData();
  const order = shuffled(messages.map((m): Example => ({ x: crisisFeatures(m.text, BITS, cueRoles(m.text)), y: m.urgent ? 1 : 0, nearMiss: m.nearMiss, chat: m.chat })));
  const { outOfFold, averaged } = crossValidate(order);
  const scoresOf = (keep: (e: Example) => boolean) => order.flatMap((e, i) => (keep(e) ? [outOfFold[i]] : []));
  /** The lowest threshold that flags at most `share` of `scores`. */
  const thresholdFor = (scores: number[], share: number) => {
    const sorted = scores.sort((a, b) => b - a);
    return Math.max(0.5, sorted[Math.floor(sorted.length * share)] ?? 0.5) + 1e-9;
  };
  const threshold = Math.max(
    thresholdFor(scoresOf((e) => !e.y && e.nearMiss === true), MAX_NEAR_MISS_ALARMS),
    thresholdFor(scoresOf((e) => e.chat !== undefined), MAX_ORDINARY_ALARMS),
  );
  const share = (scores: number[]) => round(scores.filter((v) => v >= threshold).length / scores.length);
  const heldOut = {
    urgentRecall: share(scoresOf((e) => e.y === 1)),
    nearMissAlarms: share(scoresOf((e) => !e.y && e.nearMiss === true)),
    ordinaryAlarms: share(scoresOf((e) => e.chat !== undefined)),
  };

  const kindData = kindExamples(messages);
  const kinds = trainKinds(kindData);
  const kindAccuracy = round(outOfFoldKindAccuracy(kindData));
  const weights = new Int8Array((1 << BITS) + CRISIS_KINDS.length * (1 << KIND_BITS));
  const header: CrisisModelHeader = {
    bits: BITS, kindBits: KIND_BITS, kinds: [...CRISIS_KINDS],
    scale: quantize(averaged.w, weights, 0), kindScale: quantize(kinds.w, weights, 1 << BITS),
    bias: averaged.bias, kindBias: kinds.bias, threshold,
    trainedOn: { fingerprint: trainingFingerprint(messages), messages: messages.length, urgent: messages.filter((m) => m.urgent).length, heldOut: { ...heldOut, kindAccuracy } },
  };
  writeFileSync(CRISIS_MODEL_FILES.header, `${JSON.stringify(header, null, 2)}\n`);
  writeFileSync(CRISIS_MODEL_FILES.weights, weights);
  console.log(`trained on ${messages.length} messages (${header.trainedOn.urgent} urgent); threshold ${threshold} `
    + `(out of fold, the model alone: urgent ${pct(heldOut.urgentRecall)} %, near-misses flagged ${pct(heldOut.nearMissAlarms)} %, chat questions flagged ${pct(heldOut.ordinaryAlarms)} %; kind right ${pct(kindAccuracy)} % of urgent messages)`);
  console.log(`wrote ${path.relative(root, CRISIS_MODEL_FILES.header)} and ${path.relative(root, CRISIS_MODEL_FILES.weights)} (${weights.length} bytes)`);
}

function measure(): void {
  const model = shippedCrisisModel();
  const sets: Array<[string, string]> = [
    ['safety-blind', 'bench/data/safety-blind.jsonl'], ['safety-blind-2', 'bench/data/safety-blind-2.jsonl'], ['safety-blind-3', 'bench/data/safety-blind-3.jsonl'],
    ['shared safety', '../shared/eval/safety/questions.jsonl'], ['shared dev', '../shared/eval/dev/questions.jsonl'], ['shared hard', '../shared/eval/dev/questions-hard.jsonl'],
  ];
  for (const [name, file] of sets) {
    const set = readJsonl(path.join(root, file)) as Array<{ text: string; urgent?: boolean }>;
    const counts = { rules: [0, 0], model: [0, 0], detectCrisis: [0, 0] };
    const urgent = set.filter((q) => q.urgent).length;
    for (const q of set) {
      const said = { rules: detectByRules(q.text) !== undefined, model: model.judge(q.text, cueRoles(q.text)).urgent, detectCrisis: detectCrisis(q.text) !== undefined };
      for (const key of ['rules', 'model', 'detectCrisis'] as const) if (said[key]) counts[key][q.urgent ? 0 : 1]++;
    }
    const figures = (c: number[]) => `${urgent ? pct(c[0] / urgent) : '-'} / ${pct(c[1] / (set.length - urgent))}`;
    console.log(`${name}: urgent recall / false alarms — rules ${figures(counts.rules)}, model ${figures(counts.model)}, detectCrisis ${figures(counts.detectCrisis)}`);
  }
}

const round = (v: number) => Math.round(v * 1000) / 1000;
const pct = (v: number) => (100 * v).toFixed(1);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--measure')) measure();
  else train();
}
