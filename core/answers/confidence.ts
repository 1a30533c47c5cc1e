import type { VisibleTile } from '../content/types.ts';
import type { ScoredTile } from './search-index.ts';
import type { Outcome } from './answer-engine.ts';

/** The retrieval figures a decision was made from (logged, and used to tune the thresholds). */
export interface Signals {
  /** BM25F score of the best tile. */
  top: number;
  /** Best score relative to the question's information content (unseen words count as rarest). */
  strength: number;
  /** 1 − second/best: how clearly the best tile wins. */
  margin: number;
}

export interface Decision {
  outcome: Outcome;
  tile?: number;
  alternatives: number[];
  confidence: number;
  reason: string;
  signals?: Signals;
}

/** Thresholds on the calibrated confidence. */
export const THRESHOLDS = {
  answer: 0.5,
  clarify: 0.3,
  /** A runner-up within this ratio of the best makes the answer a clarify. */
  closeRatio: 0.8,
};

/**
 * Turns retrieval scores into an outcome. Confidence combines the absolute
 * strength of the best match (its score relative to the query's own
 * information content) with its margin over the runner-up.
 */
export function decide(hits: ScoredTile[], queryIdf: number, queryLength: number, tiles: readonly VisibleTile[]): Decision {
  if (hits.length === 0 || queryIdf === 0) {
    return { outcome: 'unanswered', alternatives: [], confidence: 0, reason: 'no-match' };
  }
  const [best, second] = hits;
  const signals: Signals = {
    top: round(best.score),
    strength: round(best.score / queryIdf),
    margin: round(second ? 1 - second.score / best.score : 1),
  };
  const confidence = Math.max(0, Math.min(1, signals.strength * (0.6 + 0.4 * signals.margin)));
  const close = hits.slice(1, 3).filter((h) => h.score >= best.score * THRESHOLDS.closeRatio).map((h) => h.tile);

  if (confidence >= THRESHOLDS.answer && close.length === 0) {
    return { outcome: 'answered', tile: best.tile, alternatives: [], confidence, reason: 'match', signals };
  }
  if (confidence >= THRESHOLDS.clarify) {
    return { outcome: close.length ? 'clarify' : 'answered', tile: best.tile, alternatives: close, confidence, reason: close.length ? 'close-runner-up' : 'match', signals };
  }
  return { outcome: 'unanswered', alternatives: [], confidence, reason: 'low-score', signals };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
