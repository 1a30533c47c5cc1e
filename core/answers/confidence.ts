import type { SearchResult } from './search-index.ts';
import type { Outcome } from './answer-engine.ts';

/** The retrieval figures a decision is made from (logged with every answer, and what the model below reads). */
export interface Signals {
  /** BM25F score of the best tile, in units of the index's highest IDF (comparable across library sizes). */
  top: number;
  /** Best score relative to the question's information content (words no tile has count as rarest). */
  strength: number;
  /** 1 − second/best: how clearly the best tile wins. */
  margin: number;
  /** Share of the question's information the best tile contains. */
  matched: number;
  /** Share of the question's information found anywhere in the library. */
  seen: number;
  /** Domain concepts (lexicon) in the question, and the share of them the best tile has. */
  concepts: number;
  conceptsMatched: number;
}

export interface Decision {
  outcome: Outcome;
  tile?: number;
  alternatives: number[];
  confidence: number;
  reason: string;
  signals?: Signals;
}

/**
 * Logistic model: P(the best tile is the right one) from the signals.
 * Fitted (L2-regularized logistic regression) on the public dev set and this
 * project's own held-out set (bench/data), 432 labelled questions in 9
 * languages; an in-library question counts as positive when its best tile
 * was right, an out-of-library one (@none) as negative. `npm run
 * bench:answers` prints the resulting figures; refit when the signals change.
 */
const WEIGHTS = {
  bias: -4.15,
  strength: 0.7,
  margin: 0.88,
  matched: 0.28,
  seen: 0.38,
  conceptsMatched: 0.7,
  /** applied to min(concepts, 5) / 5 */
  concepts: 0.46,
  /** applied to ln(1 + top) */
  top: 2.35,
};

/** Thresholds on the model's probability. */
export const THRESHOLDS = {
  /** At or above: answer with the best tile (unless a runner-up is nearly as good). */
  answer: 0.6,
  /** At or above (and below `answer`): offer the best tiles to choose from; below: say "I don't know". */
  clarify: 0.38,
  /** Runners-up scoring at least this share of the best are offered as alternatives. */
  closeRatio: 0.75,
  /** A runner-up this close (margin below) turns an answer into a choice. */
  tieMargin: 0.08,
};

export function confidenceOf(s: Signals): number {
  const z =
    WEIGHTS.bias +
    WEIGHTS.strength * s.strength +
    WEIGHTS.margin * s.margin +
    WEIGHTS.matched * s.matched +
    WEIGHTS.seen * s.seen +
    WEIGHTS.conceptsMatched * s.conceptsMatched +
    WEIGHTS.concepts * (Math.min(s.concepts, 5) / 5) +
    WEIGHTS.top * Math.log1p(s.top);
  return 1 / (1 + Math.exp(-z));
}

/**
 * Turns retrieval results into an outcome: `answered` (one tile), `clarify`
 * (the best tile and up to two close runners-up to choose from), or
 * `unanswered` (the bot says so and offers a person).
 */
export function decide(result: SearchResult): Decision {
  const { hits, queryIdf } = result;
  if (hits.length === 0 || queryIdf === 0) {
    return { outcome: 'unanswered', alternatives: [], confidence: 0, reason: 'no-match' };
  }
  const [best, second] = hits;
  const signals: Signals = {
    top: round(best.score / result.maxIdf),
    strength: round(best.score / queryIdf),
    margin: round(second ? 1 - second.score / best.score : 1),
    matched: round(result.matchedIdf / queryIdf),
    seen: round(result.seenIdf / queryIdf),
    concepts: result.concepts,
    conceptsMatched: result.concepts ? round(result.conceptsMatched / result.concepts) : 0,
  };
  const confidence = round(confidenceOf(signals));
  const close = hits.slice(1, 3).filter((h) => h.score >= best.score * THRESHOLDS.closeRatio).map((h) => h.tile);

  if (confidence >= THRESHOLDS.answer && signals.margin >= THRESHOLDS.tieMargin) {
    return { outcome: 'answered', tile: best.tile, alternatives: [], confidence, reason: 'match', signals };
  }
  if (confidence >= THRESHOLDS.clarify) {
    return { outcome: 'clarify', tile: best.tile, alternatives: close, confidence, reason: 'uncertain', signals };
  }
  return { outcome: 'unanswered', alternatives: [], confidence, reason: 'low-confidence', signals };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
