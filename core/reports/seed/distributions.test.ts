import { describe, expect, it } from 'vitest';
import { apportion, categorical, dayWeight, daySchedule, languageWeights, seedNumber, thresholds } from './distributions.ts';

describe('synthetic report distributions', () => {
  it('turns weights into the lower bounds of their slices of [0, 1)', () => {
    expect(thresholds([1, 1, 2])).toEqual([0, 0.25, 0.5]);
    expect(categorical({ a: 3, b: 1 })).toEqual({ keys: ['a', 'b'], thresholds: [0, 0.75] });
    expect(() => thresholds([0, 0])).toThrow();
  });

  it('splits rows exactly, by largest remainder', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [0.5, 0.3, 0.2])).toEqual([4, 2, 1]);
    expect(apportion(1_000_000, Array.from({ length: 50 }, (_, i) => 1 / (i + 1) ** 0.6)).reduce((a, b) => a + b)).toBe(1_000_000);
    expect(apportion(5, [0, 0])).toEqual([0, 0]);
  });

  it('weights only the organization\'s languages, Polish, Romanian and Bulgarian most', () => {
    const weights = languageWeights(['en', 'nl', 'pl', 'ro', 'bg', 'sl']);
    expect(Object.keys(weights)).toEqual(['en', 'nl', 'pl', 'ro', 'bg', 'sl']);
    expect(weights.pl).toBeGreaterThan(weights.ro);
    expect(weights.ro).toBeGreaterThan(weights.bg);
    expect(weights.bg).toBeGreaterThan(weights.en);
    expect(weights.sl).toBeLessThan(0.1);
    expect(languageWeights([])).toEqual({ en: 5 });
  });

  it('spreads use over 730 days ending on the last day, more in summer, less at Christmas, growing', () => {
    const { days, thresholds: t } = daySchedule(new Date('2026-11-30T15:00:00Z'));
    expect(days).toHaveLength(730);
    expect(days[0]).toBe('2024-12-01');
    expect(days[729]).toBe('2026-11-30');
    expect(t[0]).toBe(0);
    expect(t.every((v, i) => i === 0 || v >= t[i - 1])).toBe(true);
    const at = (day: string, time = 0.5) => dayWeight(new Date(`${day}T00:00:00Z`), time);
    expect(at('2025-06-25')).toBeGreaterThan(at('2025-12-24') * 2);
    expect(at('2025-06-25', 1)).toBeGreaterThan(at('2025-06-25', 0) * 2);
  });

  it('derives a stable hash seed from any string', () => {
    expect(seedNumber('demo')).toBe(seedNumber('demo'));
    expect(seedNumber('demo')).not.toBe(seedNumber('demo2'));
    expect(seedNumber('x')).toBeLessThan(2 ** 31);
  });
});
