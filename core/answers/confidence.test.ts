import { describe, expect, it } from 'vitest';
import { confidenceOf, decide, FEATURE_NAMES, features, THRESHOLDS } from './confidence.ts';
import type { SearchResult } from './search-index.ts';

const result = (overrides: Partial<SearchResult>): SearchResult => ({
  hits: [{ tile: 0, score: 12 }, { tile: 1, score: 4 }, { tile: 2, score: 3.5 }],
  queryIdf: 14,
  seenIdf: 12,
  matchedIdf: 10,
  concepts: 2,
  conceptsMatched: 2,
  conceptsUnseen: 0,
  offTopicIdf: 0,
  conceptScore: 4,
  linkedUnseenIdf: 0,
  maxIdf: 4,
  ...overrides,
});

describe('decide', () => {
  it('answers when the best tile clearly wins and covers the question', () => {
    expect(decide(result({}))).toMatchObject({ outcome: 'answered', tile: 0, alternatives: [] });
  });

  it('offers a choice when the runner-up is nearly as good', () => {
    const d = decide(result({ hits: [{ tile: 0, score: 12 }, { tile: 1, score: 11.8 }, { tile: 2, score: 2 }] }));
    expect(d).toMatchObject({ outcome: 'clarify', tile: 0, alternatives: [1] });
  });

  it('offers the next two tiles in a choice even when the third trails far behind', () => {
    // The right tile of an uncertain question is often second or third however low its raw score:
    // a third at a third of the best is still offered (a ratio rule of 0.75 dropped it).
    const d = decide(result({ hits: [{ tile: 0, score: 12 }, { tile: 1, score: 11.5 }, { tile: 2, score: 4 }, { tile: 3, score: 3 }] }));
    expect(d).toMatchObject({ outcome: 'clarify', tile: 0, alternatives: [1, 2] });
  });

  it('leaves a runner-up that barely matches out of a choice', () => {
    const d = decide(result({ hits: [{ tile: 0, score: 12 }, { tile: 1, score: 11.5 }, { tile: 2, score: 12 * THRESHOLDS.listFloor * 0.5 }] }));
    expect(d).toMatchObject({ outcome: 'clarify', alternatives: [1] });
  });

  it('says it does not know when the question is mostly words no tile has', () => {
    const d = decide(result({ hits: [{ tile: 0, score: 1.2 }, { tile: 1, score: 1.1 }], queryIdf: 40, seenIdf: 4, matchedIdf: 1, concepts: 0, conceptsMatched: 0 }));
    expect(d.outcome).toBe('unanswered');
    expect(d.confidence).toBeLessThan(THRESHOLDS.clarify);
  });

  it('offers no choice for an everyday topic the best tile does not cover, but still answers a clear match', () => {
    const unsure = { hits: [{ tile: 0, score: 12 }, { tile: 1, score: 11.8 }, { tile: 2, score: 2 }] };
    expect(decide(result(unsure)).outcome).toBe('clarify');
    // Car and loan words: 4 of the question's 14 (a share above THRESHOLDS.offTopicShare); a passing word (1 of 14) is not enough.
    expect(decide(result({ ...unsure, offTopicIdf: 4 }))).toMatchObject({ outcome: 'unanswered', reason: 'low-confidence', alternatives: [] });
    expect(decide(result({ ...unsure, offTopicIdf: 1 })).outcome).toBe('clarify');
    expect(decide(result({ offTopicIdf: 4 })).outcome).toBe('answered');
  });

  it('says it does not know when nothing matched', () => {
    expect(decide(result({ hits: [], matchedIdf: 0 }))).toMatchObject({ outcome: 'unanswered', reason: 'no-match' });
  });

  it('is monotonic: a stronger match never lowers confidence', () => {
    const base = { top: 2, strength: 0.3, margin: 0.3, matched: 0.3, seen: 0.6, concepts: 2, conceptsMatched: 0.5, unexplained: 3, unseen: 1, conceptShare: 0.3, conceptsUnseen: 0, gap: 0.5 };
    expect(confidenceOf({ ...base, top: 3 })).toBeGreaterThan(confidenceOf(base));
    expect(confidenceOf({ ...base, margin: 0.6 })).toBeGreaterThan(confidenceOf(base));
    expect(confidenceOf({ ...base, conceptsMatched: 1 })).toBeGreaterThan(confidenceOf(base));
  });

  it('reports how much of the question the best tile leaves unexplained, in units of the highest IDF', () => {
    const d = decide(result({ queryIdf: 14, seenIdf: 12, matchedIdf: 10, maxIdf: 4 }));
    expect(d.signals).toMatchObject({ unexplained: 1, unseen: 0.5 });
  });

  it('reports the concepts\' share of the best score and the gap to the second in units of the highest IDF', () => {
    const d = decide(result({ conceptScore: 3, conceptsUnseen: 1 }));
    expect(d.signals).toMatchObject({ conceptShare: 0.25, conceptsUnseen: 1, gap: 2 });
  });

  it('leaves situation words whose links some tile has out of the question\'s unexplained part', () => {
    const plain = decide(result({ queryIdf: 20, seenIdf: 12, matchedIdf: 10 })).signals!;
    const linked = decide(result({ queryIdf: 20, seenIdf: 12, matchedIdf: 10, linkedUnseenIdf: 6 })).signals!;
    expect(linked.unseen).toBeLessThan(plain.unseen);
    expect(linked.strength).toBeGreaterThan(plain.strength);
  });

  it('feeds the model one value per named feature', () => {
    const signals = decide(result({})).signals!;
    expect(features(signals)).toHaveLength(FEATURE_NAMES.length);
    expect(features(signals).every(Number.isFinite)).toBe(true);
  });
});
