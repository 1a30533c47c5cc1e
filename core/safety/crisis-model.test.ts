import { describe, expect, it } from 'vitest';
import { CRISIS_KINDS } from './crisis-kind.ts';
import { crisisFeatures, modelWords } from './crisis-features.ts';
import { CrisisModel, shippedCrisisModel, type CrisisModelHeader } from './crisis-model.ts';
import { cueRoles, detectByRules, detectCrisis } from './crisis.ts';
import { MODEL_ONLY_CASES } from './testing/model-only-cases.ts';

/** A model over 2^4 features whose urgent weights are all `urgent` and whose kind weights favour the kinds in `kindWeights`. */
function tinyModel(urgent: number, kindWeights: Partial<Record<(typeof CRISIS_KINDS)[number], number>> = {}): CrisisModel {
  const header: CrisisModelHeader = {
    bits: 4, kindBits: 2, kinds: [...CRISIS_KINDS], scale: 0.5, kindScale: 1, bias: -3, kindBias: CRISIS_KINDS.map(() => 0), threshold: 0.9,
    trainedOn: { fingerprint: 'test', messages: 0, urgent: 0, heldOut: { urgentRecall: 0, nearMissAlarms: 0, ordinaryAlarms: 0, kindAccuracy: 0 } },
  };
  const weights = new Int8Array(16 + CRISIS_KINDS.length * 4).fill(0);
  weights.fill(urgent, 0, 16);
  CRISIS_KINDS.forEach((kind, k) => weights.fill(kindWeights[kind] ?? 0, 16 + k * 4, 16 + (k + 1) * 4));
  return new CrisisModel(header, weights);
}

describe('crisis model features', () => {
  it('reads Cyrillic and Latin-typed Bulgarian, and Greek and greeklish, as the same words', () => {
    expect(modelWords('Пожар в кухнята')).toEqual(modelWords('pozhar v kuhnyata'));
    expect(modelWords('pozar')).toEqual(modelWords('пожар'));
    expect(modelWords('δεν αναπνέει')).toEqual(modelWords('den anapnei'));
    expect(modelWords('Požár!')).toEqual(modelWords('pozar'));
  });

  it('hashes n-grams, words and word pairs into the given width, each once', () => {
    const features = crisisFeatures('fire in the kitchen', 10);
    expect(features.length).toBe(new Set(features).size);
    expect(Math.max(...features)).toBeLessThan(1 << 10);
    expect(crisisFeatures('fire in the kitchen', 10)).toEqual(features);
    expect([...crisisFeatures('FIRE in the kitchen!', 10)].sort()).toEqual([...features].sort());
  });

  it('reads at most the first 2000 characters, like the rules, and survives empty and odd input', () => {
    expect(crisisFeatures(`${'a '.repeat(1000)}fire`, 16)).toEqual(crisisFeatures('a '.repeat(1000), 16));
    expect(crisisFeatures('', 16).length).toBe(0);
    expect(crisisFeatures('\u0000\u0000', 16).length).toBe(0);
    expect(detectCrisis('\u0000'.repeat(5000))).toBeUndefined();
  });
});

describe('crisis model', () => {
  it('adds the weights of the features present, scaled, to the bias, and compares the probability with the threshold', () => {
    const text = 'smoke';
    const n = crisisFeatures(text, 4).length;
    const sure = tinyModel(100);
    expect(sure.probability(text)).toBeCloseTo(1 / (1 + Math.exp(-(-3 + n * 100 * 0.5))), 10);
    expect(sure.judge(text).urgent).toBe(true);
    const unsure = tinyModel(0);
    expect(unsure.probability(text)).toBeCloseTo(1 / (1 + Math.exp(3)), 10);
    expect(unsure.judge(text).urgent).toBe(false);
  });

  it('names the kind with the highest score, and the runner-up only when it gets a fair share', () => {
    expect(tinyModel(0, { suicide: 50 }).kinds('x y')).toEqual({ kind: 'suicide' });
    const close = tinyModel(0, { suicide: 10, acute: 10 }).kinds('x y');
    expect([close.kind, close.also].sort()).toEqual(['acute', 'suicide']);
  });

  it('refuses weights that do not fit its header', () => {
    const header = tinyModel(0).header;
    expect(() => new CrisisModel(header, new Int8Array(3))).toThrow(/weights/);
  });

  it('is the second opinion: it hears urgent messages the rules miss, with the cue `model` and a kind that fits', () => {
    for (const { text } of MODEL_ONLY_CASES) expect(detectByRules(text)).toBeUndefined();
    const heard = MODEL_ONLY_CASES.map((c) => ({ ...c, signal: detectCrisis(c.text) })).filter((c) => c.signal);
    // Its threshold is set for few false alarms (0.5 % of chat questions), so it hears only some of them.
    expect(heard.length).toBeGreaterThanOrEqual(2);
    for (const { kind, signal } of heard) {
      expect(signal!.cues).toEqual(['model']);
      // Pills taken are an overdose (acute) as much as a suicide attempt: either kind puts 112 on the card.
      expect([signal!.kind, signal!.also]).toContain(kind === 'suicide' && signal!.kind === 'acute' ? 'acute' : kind);
    }
  });

  it('stays quiet on ordinary questions, and the rules keep deciding where they see a crisis', () => {
    for (const text of ['what is the phone number of the gemeente', 'how much does a smoke detector cost', 'kiedy dostane wyplate za nadgodziny']) {
      expect(shippedCrisisModel().judge(text, cueRoles(text)).urgent).toBe(false);
      expect(detectCrisis(text)).toBeUndefined();
    }
    expect(detectCrisis('my husband hits me when he drinks')).toMatchObject({ kind: 'domestic' });
    expect(detectCrisis('my husband hits me when he drinks')?.cues).not.toContain('model');
  });
});
