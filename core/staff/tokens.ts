import { createHash, randomBytes } from 'node:crypto';

/** A fresh random 256-bit token, base64url (43 characters). */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 of `value` in hex: how session ids are stored (a Redis dump holds no usable id). */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export { secretsEqual } from '../platform/secrets.ts';
