import { createHmac } from 'node:crypto';

/**
 * Phone numbers are the person's id on WhatsApp on both transports: the
 * international number as digits (`48601234567`), so someone who writes to
 * the pilot's web session and later to the Cloud API number is one contact.
 * They are personal data: never logged, and Redis keys use a keyed hash.
 */

/** E.164 without the plus: 8–15 digits, no leading zero. */
const PHONE_DIGITS = /^[1-9]\d{7,14}$/;

/** True for an international number as digits (what the Cloud API calls `wa_id`). */
export function isPhoneDigits(value: string): boolean {
  return PHONE_DIGITS.test(value);
}

/**
 * The phone digits of a whatsapp-web.js person chat id (`48601234567@c.us`),
 * or undefined for anything else: groups (`@g.us`), status and broadcast
 * lists (`status@broadcast`), channels (`@newsletter`) and linked-device ids
 * (`@lid`, which need a look-up).
 */
export function phoneFromChatId(chatId: string): string | undefined {
  const match = /^(\d+)@c\.us$/.exec(chatId);
  return match && isPhoneDigits(match[1]) ? match[1] : undefined;
}

/** The whatsapp-web.js chat id of a phone number. */
export function chatIdOf(phone: string): string {
  return `${phone}@c.us`;
}

/** Turns a phone number into the hex key part Redis stores it under. */
export type PhoneHasher = (phone: string) => string;

/**
 * A keyed hash (HMAC-SHA256) of phone numbers: unlike a plain hash it cannot
 * be reversed by hashing every possible number. `key` is a server secret
 * (the server passes the contact lookup key derived from CONTACT_ENCRYPTION_KEY).
 */
export function phoneHasher(key: string | Uint8Array): PhoneHasher {
  if (key.length === 0) throw new Error('phone hash key is empty');
  return (phone) => createHmac('sha256', key).update(`whatsapp\u0000${phone}`).digest('hex').slice(0, 32);
}
