import { createHash } from 'node:crypto';
import { AppError } from '../platform/errors.ts';

/**
 * Dutch terms a migrant needs to recognise on letters, forms and websites,
 * so machine translation leaves them as they are. Used for an organization
 * whose own glossary is empty.
 */
export const DEFAULT_GLOSSARY: readonly string[] = Object.freeze([
  'BSN', 'DigiD', 'huisarts', 'zorgtoeslag', 'gemeente', 'toeslagen', 'GGD', 'UWV', 'IND', 'SVB',
  'Belastingdienst', 'RNI', 'zorgverzekering', 'eigen risico',
]);

/** Limits on an organization's glossary (it is matched against every translated text). */
export const GLOSSARY_LIMITS = { terms: 200, termLength: 80 } as const;

/**
 * Trimmed, inner whitespace collapsed, blanks dropped, duplicates (ignoring
 * case) removed; first spelling wins.
 */
export function normalizeGlossary(terms: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of terms) {
    const term = raw.trim().replace(/\s+/g, ' ');
    const key = term.toLowerCase();
    if (term === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(term);
  }
  return out;
}

/**
 * A normalized glossary, or AppError VALIDATION_FAILED naming the problem
 * (too many terms, a term too long).
 */
export function validateGlossary(terms: readonly string[]): string[] {
  const normalized = normalizeGlossary(terms);
  if (normalized.length > GLOSSARY_LIMITS.terms) {
    throw new AppError('VALIDATION_FAILED', { details: `A glossary holds at most ${GLOSSARY_LIMITS.terms} terms` });
  }
  const long = normalized.find((t) => t.length > GLOSSARY_LIMITS.termLength);
  if (long !== undefined) {
    throw new AppError('VALIDATION_FAILED', { details: `Glossary term "${long.slice(0, 20)}…" is longer than ${GLOSSARY_LIMITS.termLength} characters` });
  }
  return normalized;
}

/**
 * A short fingerprint of a glossary (order and case of spelling do not
 * matter), part of the cache key: changing the glossary changes the key, so
 * no stale translation is served.
 */
export function glossaryVersion(terms: readonly string[] | undefined): string {
  const normalized = normalizeGlossary(terms ?? []).map((t) => t.toLowerCase()).sort();
  if (normalized.length === 0) return 'none';
  return createHash('sha256').update(normalized.join('\n')).digest('hex').slice(0, 16);
}
