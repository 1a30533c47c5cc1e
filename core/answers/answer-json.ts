import type { EngineAnswer, Outcome } from './answer-engine.ts';
import type { Language } from '../languages/index.ts';
import { renderReply, type AnswerTextCatalog } from './reply.ts';

/**
 * One answer in the evaluation contract's JSON shape (shared/eval/README.md):
 * what `npm run ask` prints, one object per line.
 */
export interface AnswerJson {
  id?: string;
  lang: Language;
  outcome: Outcome;
  tile: string | null;
  theme: string | null;
  confidence: number;
  alternatives: string[];
  ms: number;
  text: string;
  /** The message describes a danger to life or safety (contract: shared/eval/README.md). */
  urgent: boolean;
  /** ISO 639-1 code of a language the bot does not speak, when the message was in one (outcome `unanswered`, lang `en`). */
  foreign?: string;
}

export function toAnswerJson(answer: EngineAnswer, texts: AnswerTextCatalog, id?: string): AnswerJson {
  return {
    ...(id === undefined ? {} : { id }),
    lang: answer.lang,
    outcome: answer.outcome,
    tile: answer.tile?.key ?? null,
    theme: answer.tile?.theme ?? null,
    confidence: Math.round(answer.confidence * 1000) / 1000,
    alternatives: answer.alternatives.map((t) => t.key),
    ms: Math.round(answer.ms * 1000) / 1000,
    text: renderReply(answer, texts),
    urgent: answer.urgent !== undefined,
    ...(answer.foreign ? { foreign: answer.foreign } : {}),
  };
}
