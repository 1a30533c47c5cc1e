import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares two secrets (webhook tokens, CSRF tokens) in constant time,
 * whatever their lengths: both are hashed first, so neither the content nor
 * the length leaks through timing.
 */
export function secretsEqual(a: string, b: string): boolean {
  const da = createHash('sha256').update(a).digest();
  const db = createHash('sha256').update(b).digest();
  return timingSafeEqual(da, db);
}
