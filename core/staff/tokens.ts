import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh random 256-bit token, base64url (43 characters). */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 of `value` in hex: how session ids are stored (a Redis dump holds no usable id). */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/**
 * Compares two secrets in constant time. Both are hashed first, so the time
 * depends on neither content nor length.
 */
export function secretsEqual(a: string, b: string): boolean {
  const da = createHash('sha256').update(a).digest();
  const db = createHash('sha256').update(b).digest();
  return timingSafeEqual(da, db);
}
