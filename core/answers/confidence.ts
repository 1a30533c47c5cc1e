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
  /**
   * Information of the question the best tile does not have, and the part no
   * tile has, in units of the index's highest IDF (so: roughly "how many rare
   * words are left unexplained"). Shares alone hide this: a question about a
   * car and a Romanian bank can match half its words in the bank tile.
   */
  unexplained: number;
  unseen: number;
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
 * Fitted (L2-regularized logistic regression, bench/fit-confidence.ts) on the
 * public dev set, this project's held-out set and its two chat-style tuning sets
 * (bench/data/tuning-natural.jsonl, tuning-natural-2.jsonl), 1,200 labelled questions in 9 languages;
 * an in-library question counts as positive when its best tile was right, an
 * out-of-library one (@none) as negative and three times (`--none-weight=3`:
 * answering one is worse than asking back, and out-of-library questions are
 * where chat-style sets fail most). The thresholds below were chosen from the
 * per-set grid that script prints (wrong answers at most 5 % on the tuning
 * sets, then as many right answers given directly as that allows). Refit when
 * the analyzer, the lexicon or the signals change: `npx tsx bench/fit-eval.ts
 * --dump FILE`, then `npx tsx bench/fit-confidence.ts FILE --none-weight=3`.
 */
const WEIGHTS: Record<'bias' | (typeof FEATURE_NAMES)[number], number> = {
  bias: -5.36,
  strength: 1.23,
  margin: 0.88,
  matched: 0.44,
  seen: 0.43,
  conceptsMatched: 1.13,
  /** applied to min(concepts, 5) / 5 */
  concepts: 0.60,
  /** applied to ln(1 + top) */
  top: 2.03,
  /** applied to ln(1 + unexplained) */
  unexplained: -0.01,
  /** applied to ln(1 + unseen) */
  unseen: 0.08,
};

/** Thresholds on the model's probability. */
export const THRESHOLDS = {
  /** At or above: answer with the best tile (unless a runner-up is nearly as good). */
  answer: 0.75,
  /** At or above (and below `answer`): offer the best tiles to choose from; below: say "I don't know". */
  clarify: 0.4,
  /** In a choice, runners-up scoring at least this share of the best are offered (at most two). */
  listFloor: 0.2,
  /** A runner-up this close (margin below) turns an answer into a choice. */
  tieMargin: 0.08,
};

/** The model's inputs, in the order of FEATURE_NAMES (also what bench/fit-confidence.ts fits on). */
export const FEATURE_NAMES = ['strength', 'margin', 'matched', 'seen', 'conceptsMatched', 'concepts', 'top', 'unexplained', 'unseen'] as const;

export function features(s: Signals): number[] {
  return [
    s.strength, s.margin, s.matched, s.seen, s.conceptsMatched, Math.min(s.concepts, 5) / 5,
    Math.log1p(s.top), Math.log1p(s.unexplained), Math.log1p(s.unseen),
  ];
}

export function confidenceOf(s: Signals): number {
  const x = features(s);
  let z = WEIGHTS.bias;
  FEATURE_NAMES.forEach((name, i) => (z += WEIGHTS[name] * x[i]));
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
    unexplained: round(Math.max(0, result.queryIdf - result.matchedIdf) / result.maxIdf),
    unseen: round(Math.max(0, result.queryIdf - result.seenIdf) / result.maxIdf),
  };
  const confidence = round(confidenceOf(signals));
  // A choice is offered because the best tile may be wrong: the right one is then most often
  // second or third, however far its raw score trails (a ratio rule left it out of a third of the
  // lists). So a choice holds the next two tiles that score at all against the question.
  const close = hits.slice(1, 3).filter((h) => h.score >= best.score * THRESHOLDS.listFloor).map((h) => h.tile);

  if (confidence >= THRESHOLDS.answer && signals.margin >= THRESHOLDS.tieMargin) {
    return { outcome: 'answered', tile: best.tile, alternatives: [], confidence, reason: 'match', signals };
  }
  if (confidence >= THRESHOLDS.clarify) {
    return { outcome: 'clarify', tile: best.tile, alternatives: close, confidence, reason: 'uncertain', signals };
  }
  return { outcome: 'unanswered', alternatives: [], confidence, reason: 'low-confidence', signals };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
