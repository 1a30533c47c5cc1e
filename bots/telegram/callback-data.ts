import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * Choice payloads as Telegram `callback_data` (1–64 bytes) and back.
 *
 * A payload that fits (`language:pl`, `feedbackYes:`, a short `tile:<key>`)
 * is sent as it is. A longer one (tile keys may have 100 characters) is
 * stored in Redis under a short token derived from it, and the button
 * carries `~<token>`; the same payload always gets the same token, so
 * sending it again only refreshes the key's lifetime. Reading back, a token
 * that Redis no longer has is *stale*, and data that is neither a token nor
 * a payload of a kind the dialog knows is *invalid*: both are answered
 * politely by the adapter and never reach the core.
 */

/** Telegram's limit for `callback_data`, in UTF-8 bytes. */
export const CALLBACK_DATA_MAX_BYTES = 64;

/** First character of a token; never the first of a payload (`<kind>:<value>`). */
const TOKEN_MARK = '~';
const TOKEN = /^~[A-Za-z0-9_-]{22}$/;
/** `<kind>:<value>`: a kind of letters, a value of printable characters. */
const PAYLOAD = /^([A-Za-z]{1,32}):([^\p{Cc}]*)$/u;

/** What a pressed button's data turned out to be. */
export type DecodedCallback =
  | { kind: 'payload'; payload: string }
  /** A token whose payload expired from Redis: the button is too old. */
  | { kind: 'stale' }
  /** Malformed, or a kind the dialog does not know. */
  | { kind: 'invalid' };

export interface CallbackDataOptions {
  /** Stores the payloads of long buttons. */
  redis: Redis;
  /** Button kinds the dialog understands (the `<kind>` of `<kind>:<value>`). */
  knownKinds: Iterable<string>;
  /** Redis key prefix; default `telegram:`. */
  keyPrefix?: string;
  /** How long a long button keeps working after it was last sent, in seconds; default 90 days. */
  ttlSeconds?: number;
}

/** UTF-8 length of a string. */
function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Encodes choice payloads into callback data and decodes pressed buttons' data. */
export class CallbackDataCodec {
  private readonly redis: Redis;
  private readonly kinds: ReadonlySet<string>;
  private readonly prefix: string;
  private readonly ttlSeconds: number;

  constructor(options: CallbackDataOptions) {
    this.redis = options.redis;
    this.kinds = new Set(options.knownKinds);
    this.prefix = `${options.keyPrefix ?? 'telegram:'}cb:`;
    this.ttlSeconds = options.ttlSeconds ?? 90 * 24 * 3600;
  }

  /** True when `payload` goes into callback data as it is (no Redis needed). */
  fitsInline(payload: string): boolean {
    return payload.length > 0 && bytes(payload) <= CALLBACK_DATA_MAX_BYTES && PAYLOAD.test(payload);
  }

  /**
   * The callback data for a payload: itself when it fits, else a token
   * stored in Redis. Rejects when Redis fails (the delivery is retried).
   */
  async encode(payload: string): Promise<string> {
    if (this.fitsInline(payload)) return payload;
    const token = TOKEN_MARK + createHash('sha256').update(payload).digest('base64url').slice(0, 22);
    await this.redis.set(this.prefix + token.slice(1), payload, 'EX', this.ttlSeconds);
    return token;
  }

  /**
   * A pressed button's data as a payload the core understands, or why not.
   * Never throws on any input; rejects only when Redis fails.
   */
  async decode(data: unknown): Promise<DecodedCallback> {
    if (typeof data !== 'string' || data.length === 0 || bytes(data) > CALLBACK_DATA_MAX_BYTES) return { kind: 'invalid' };
    if (data.startsWith(TOKEN_MARK)) {
      if (!TOKEN.test(data)) return { kind: 'invalid' };
      const payload = await this.redis.get(this.prefix + data.slice(1));
      if (payload === null) return { kind: 'stale' };
      return this.known(payload) ? { kind: 'payload', payload } : { kind: 'invalid' };
    }
    return this.known(data) ? { kind: 'payload', payload: data } : { kind: 'invalid' };
  }

  private known(payload: string): boolean {
    const match = PAYLOAD.exec(payload);
    return match !== null && this.kinds.has(match[1]);
  }
}
