import type { PhoneHasher } from './phone.ts';

/** Default prefix of the WhatsApp channel's Redis keys. */
export const DEFAULT_KEY_PREFIX = 'whatsapp:';

/**
 * Where the channel keeps what it must remember about a person between
 * messages. Keys hold a keyed hash of the phone number, never the number.
 */
export interface PersonKeyOptions {
  /** Turns a phone number into its key part (see `phoneHasher`). */
  hash: PhoneHasher;
  /** Default `whatsapp:`. */
  keyPrefix?: string;
}

/** `<prefix><kind>:<hash>` */
export function personKey(options: PersonKeyOptions, kind: string, phone: string): string {
  return `${options.keyPrefix ?? DEFAULT_KEY_PREFIX}${kind}:${options.hash(phone)}`;
}
