/**
 * Why a language of a tile has no current translation, kept on the tile
 * (`Tile.translationProblems`) so the studio's matrix can say it: DeepL is
 * off, the month's budget is used up, DeepL's own quota is used up, or DeepL
 * failed. A language's entry goes when it gets a current translation.
 */
export const TRANSLATION_PROBLEMS = ['deepl_off', 'over_budget', 'quota_exceeded', 'failed'] as const;
export type TranslationProblemReason = typeof TRANSLATION_PROBLEMS[number];

export interface TranslationProblem {
  reason: TranslationProblemReason;
  /** ISO time of the attempt. */
  at: string;
}

export type TranslationProblems = Record<string, TranslationProblem>;

/** Reads the JSON column, keeping only well-formed entries. */
export function parseProblems(value: unknown): TranslationProblems {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const problems: TranslationProblems = {};
  for (const [lang, raw] of Object.entries(value as Record<string, unknown>)) {
    const p = raw as { reason?: unknown; at?: unknown } | null;
    if (p && typeof p.at === 'string' && (TRANSLATION_PROBLEMS as readonly unknown[]).includes(p.reason)) {
      problems[lang] = { reason: p.reason as TranslationProblemReason, at: p.at };
    }
  }
  return problems;
}

/** The reason for an unavailable machine translation (core/translation's UnavailableReason). */
export function problemFor(reason: string): TranslationProblemReason {
  if (reason === 'not_configured') return 'deepl_off';
  if (reason === 'quota_exceeded') return 'quota_exceeded';
  if (reason === 'over_budget') return 'over_budget';
  return 'failed';
}
