import { describe, expect, it } from 'vitest';
import { crisisTrainingData, trainingFingerprint } from '../../bench/crisis-training-data.ts';
import { shippedCrisisModel } from '../../core/safety/crisis-model.ts';
import { cueRoles } from '../../core/safety/crisis.ts';

describe('the shipped crisis model', () => {
  it('was trained on the crisis cases and training sets as they are now (else: npm run train:crisis)', () => {
    const data = crisisTrainingData();
    const { trainedOn } = shippedCrisisModel().header;
    expect({ fingerprint: trainedOn.fingerprint, messages: trainedOn.messages })
      .toEqual({ fingerprint: trainingFingerprint(data), messages: data.length });
  });

  it('leaves ordinary questions and near-misses alone as its threshold promises, and still hears most urgent ones', () => {
    const model = shippedCrisisModel();
    const data = crisisTrainingData();
    const share = (messages: typeof data) => messages.filter((m) => model.judge(m.text, cueRoles(m.text)).urgent).length / messages.length;
    // The threshold allows 0.5 % of ordinary questions and 2 % of near-misses out of fold (bench/train-crisis-model.ts).
    expect(share(data.filter((m) => !m.urgent && !m.nearMiss))).toBeLessThanOrEqual(0.005);
    expect(share(data.filter((m) => m.nearMiss))).toBeLessThanOrEqual(0.02);
    expect(share(data.filter((m) => m.urgent))).toBeGreaterThan(0.5);
  });
});
