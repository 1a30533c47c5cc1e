import { createHash } from 'node:crypto';
import type { TileContent } from '../types.ts';

/**
 * The fingerprint of a tile's source text: title, body, example questions
 * and link labels. A translation records the hash of the source it was made
 * from; it is stale exactly when that differs from the live source's hash.
 * Timestamps and counters play no part, so saving a draft, moving a tile,
 * restoring a revision with the same text or publishing "minor change, keep
 * translations" (which re-stamps the translations) never makes one stale.
 */
export function sourceHashOf(content: Pick<TileContent, 'title' | 'body' | 'examples'>, linkLabels: readonly string[]): string {
  const canonical = JSON.stringify([content.title.trim(), content.body.trim(), content.examples.map((e) => e.trim()), linkLabels.map((l) => l.trim())]);
  return createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}
