/**
 * A learned second opinion on crisis messages: a logistic regression over
 * hashed character n-grams, words and the lexicon roles found in a message
 * (crisis-features.ts), trained by
 * `npm run train:crisis` on this project's own crisis cases and ordinary
 * questions (bench/crisis-training-data.ts). The rules (crisis-rules.ts) read
 * what a message says; the model recognises what it sounds like, so it also
 * reaches messages whose words the lexicon lacks ("my chest is burning and my
 * arm is numb"), at the price of more false alarms (README, "A learned second
 * opinion").
 *
 * Two heads share the features: `urgent` (one weight per feature, a bias and
 * the threshold chosen on held-out training data) and `kind` (one weight per
 * feature and kind, softmax), which says which safety card fits. Weights are
 * stored as signed bytes with one scale per head in data/crisis-model.bin; the
 * header (data/crisis-model.json) holds everything else. Loaded once, on first
 * use (about 0.6 MB).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CrisisKind } from './crisis-kind.ts';
import { crisisFeatures } from './crisis-features.ts';

export interface CrisisModelHeader {
  /** Hash width of the urgent head's features, and of the kind head's. */
  bits: number; kindBits: number;
  kinds: CrisisKind[];
  /** Int8 weight × scale = the real weight. */
  scale: number; kindScale: number;
  bias: number; kindBias: number[];
  /** Probability from which a message counts as urgent. */
  threshold: number;
  /** The training data's fingerprint (bench/crisis-training-data.ts) and how the model did out of fold (bench/train-crisis-model.ts). */
  trainedOn: { fingerprint: string; messages: number; urgent: number; heldOut: { urgentRecall: number; nearMissAlarms: number; ordinaryAlarms: number; kindAccuracy: number } };
}

export interface ModelVerdict { urgent: boolean; probability: number; kind: CrisisKind; also?: CrisisKind }

/**
 * The model's kind is a guess (right for about 96 % of urgent training
 * messages out of fold, README): when the second kind gets at least this share, the safety card
 * shows its numbers too, so that, say, a suicidal message taken for an acute
 * one still gets 113.
 */
const ALSO_KIND_SHARE = 0.2;

export class CrisisModel {
  private readonly kindSize: number;

  constructor(readonly header: CrisisModelHeader, private readonly weights: Int8Array) {
    this.kindSize = 1 << header.kindBits;
    const expected = (1 << header.bits) + header.kinds.length * this.kindSize;
    if (weights.length !== expected) throw new Error(`crisis model: ${weights.length} weights, expected ${expected}`);
  }

  /** The probability that `text` is urgent; `roles`: the crisis lexicon's roles found in it (crisis.ts `cueRoles`). */
  probability(text: string, roles: Iterable<string> = []): number {
    return this.probabilityOf(crisisFeatures(text, this.header.bits, roles));
  }

  /**
   * The kind of crisis `text` is most like (asked only of urgent messages),
   * and the runner-up when the model gives it at least `ALSO_KIND_SHARE`.
   */
  kinds(text: string, roles: Iterable<string> = []): { kind: CrisisKind; also?: CrisisKind } {
    return this.kindsOf(crisisFeatures(text, this.header.bits, roles));
  }

  judge(text: string, roles: Iterable<string> = []): ModelVerdict {
    const features = crisisFeatures(text, this.header.bits, roles);
    const probability = this.probabilityOf(features);
    return { urgent: probability >= this.header.threshold, probability, ...this.kindsOf(features) };
  }

  private probabilityOf(features: Uint32Array): number {
    let z = 0;
    for (const f of features) z += this.weights[f];
    return 1 / (1 + Math.exp(-(this.header.bias + z * this.header.scale)));
  }

  private kindsOf(features: Uint32Array): { kind: CrisisKind; also?: CrisisKind } {
    const { kinds, kindBias, kindScale, bits } = this.header;
    const base = 1 << bits;
    const mask = this.kindSize - 1;
    const scores = kinds.map((_, k) => kindBias[k]);
    for (const f of features) {
      const at = base + (f & mask);
      for (let k = 0; k < kinds.length; k++) scores[k] += this.weights[at + k * this.kindSize] * kindScale;
    }
    const max = Math.max(...scores);
    const shares = scores.map((z) => Math.exp(z - max));
    const sum = shares.reduce((a, b) => a + b, 0);
    const [first, second] = kinds.map((_, k) => k).sort((a, b) => shares[b] - shares[a]);
    return { kind: kinds[first], ...(shares[second] / sum >= ALSO_KIND_SHARE ? { also: kinds[second] } : {}) };
  }
}

const HEADER_FILE = fileURLToPath(new URL('./data/crisis-model.json', import.meta.url));
const WEIGHTS_FILE = fileURLToPath(new URL('./data/crisis-model.bin', import.meta.url));
let shipped: CrisisModel | undefined;

/** The model shipped in data/, read on first use. */
export function shippedCrisisModel(): CrisisModel {
  if (!shipped) {
    const header = JSON.parse(readFileSync(HEADER_FILE, 'utf8')) as CrisisModelHeader;
    const bytes = readFileSync(WEIGHTS_FILE);
    shipped = new CrisisModel(header, new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length));
  }
  return shipped;
}

export const CRISIS_MODEL_FILES = { header: HEADER_FILE, weights: WEIGHTS_FILE };
