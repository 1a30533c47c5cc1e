import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * Channel user ids (phone numbers, chat ids) are personal data. They are
 * stored encrypted (AES-256-GCM, random IV per value) so a database dump
 * does not reveal them, and found again through a keyed hash (HMAC-SHA256),
 * which cannot be reversed or matched against a phone-number list without
 * the key. Both derive from one secret, CONTACT_ENCRYPTION_KEY.
 */
export interface ContactKeys {
  encryption: Buffer;
  lookup: Buffer;
}

/**
 * Derives the two 32-byte keys from the configured secret (any string; hex
 * or base64 of 32 random bytes is recommended).
 */
export function contactKeys(secret: string): ContactKeys {
  if (!secret) throw new Error('contact key secret is empty');
  const master = createHash('sha256').update(secret).digest();
  return {
    encryption: createHmac('sha256', master).update('contact-id-encryption').digest(),
    lookup: createHmac('sha256', master).update('contact-id-lookup').digest(),
  };
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** iv ‖ tag ‖ ciphertext */
export function encryptChannelUserId(keys: ContactKeys, channelUserId: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keys.encryption, iv);
  const ciphertext = Buffer.concat([cipher.update(channelUserId, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
}

/** @throws when the value was not made with these keys or was altered */
export function decryptChannelUserId(keys: ContactKeys, sealed: Uint8Array): string {
  const buf = Buffer.from(sealed);
  const decipher = createDecipheriv('aes-256-gcm', keys.encryption, buf.subarray(0, IV_BYTES));
  decipher.setAuthTag(buf.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(buf.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}

/** Deterministic lookup key for (channel, user id), hex. */
export function channelUserIdHash(keys: ContactKeys, channel: string, channelUserId: string): string {
  return createHmac('sha256', keys.lookup).update(`${channel}\u0000${channelUserId}`).digest('hex');
}
