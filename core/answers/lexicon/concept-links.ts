import links from './data/links.json' with { type: 'json' };

/**
 * Situation knowledge, curated by hand in data/links.json ("_comment" keys are notes):
 *
 * - links: concept → the concepts it leads to. Someone who writes about back
 *   pain needs a doctor; someone whose contract stopped needs to know about
 *   income after the job.
 * - combinations (`_combinations`): concepts that together mean a third
 *   ("money" + "health insurance" → the care allowance; a job that ended +
 *   housing → eviction; a nationality + insults → discrimination).
 *
 * A question's concepts add their linked concepts at a lower weight
 * (analyzer.ts), one step only, so a link never chains into an unrelated topic.
 */
export interface ConceptCombination {
  readonly when: readonly string[];
  readonly add: readonly string[];
}

const data = links as Record<string, unknown>;

export const CONCEPT_LINKS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(data).filter((entry): entry is [string, string[]] => !entry[0].startsWith('_') && Array.isArray(entry[1])),
);

export const CONCEPT_COMBINATIONS: readonly ConceptCombination[] = (data._combinations ?? []) as ConceptCombination[];

/** The concepts `concept` leads to (empty when it has no links). */
export function linkedConcepts(concept: string): readonly string[] {
  return CONCEPT_LINKS.get(concept) ?? [];
}

/** The concepts that the concepts in `present` mean together (each combination whose `when` are all present). */
export function combinedConcepts(present: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const { when, add } of CONCEPT_COMBINATIONS) {
    if (when.every((concept) => present.has(concept))) found.push(...add);
  }
  return found;
}
