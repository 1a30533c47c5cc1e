import type { Redis } from 'ioredis';

/** Default Redis key prefix of {@link PartProgress}. */
export const DEFAULT_PART_PROGRESS_PREFIX = 'delivery:parts:';
/** Kept as long as a failed delivery job: a week. */
const TTL_SECONDS = 7 * 24 * 3600;

/**
 * How many parts of one outbound message a channel has already sent, for
 * channels that send a long message as several (Telegram over 4,096
 * characters, WhatsApp text plus buttons, the web session's numbered
 * list). When a later part fails and the delivery queue tries again, the
 * sender starts after the parts that went out, so the person never gets the
 * first part twice. Keyed by `OutboundMessage.messageId`; messages without
 * one, or of a single part, never touch Redis.
 */
export class PartProgress {
  private readonly prefix: string;

  constructor(private readonly redis: Redis, options: { keyPrefix?: string } = {}) {
    this.prefix = options.keyPrefix ?? DEFAULT_PART_PROGRESS_PREFIX;
  }

  /** Parts of `messageId` sent by earlier attempts (0 when none). Rejects when Redis fails. */
  async sent(messageId: string): Promise<number> {
    const value = Number(await this.redis.get(this.prefix + messageId));
    return Number.isSafeInteger(value) && value > 0 ? value : 0;
  }

  /** Records that the first `count` parts of `messageId` went out. Rejects when Redis fails. */
  async record(messageId: string, count: number): Promise<void> {
    await this.redis.set(this.prefix + messageId, String(count), 'EX', TTL_SECONDS);
  }

  /** Forgets `messageId` once all its parts went out. */
  async done(messageId: string): Promise<void> {
    await this.redis.del(this.prefix + messageId);
  }
}

/** What {@link sendPartsOnce} needs. */
export interface PartsToSend<P, R> {
  parts: readonly P[];
  progress: PartProgress | undefined;
  /** The stored message's id (`OutboundMessage.messageId`). */
  messageId: string | undefined;
  /** Sends one part; may throw (the failure goes to the caller). */
  send: (part: P, index: number) => Promise<R>;
  /** Whether `send`'s result means the part went out; default: it did if `send` returned. */
  wentOut?: (result: R) => boolean;
}

/**
 * Sends the parts in order, starting after those an earlier attempt
 * recorded as sent, and records each one (but the last) as it goes out.
 * Stops at the first part that did not go out and returns its result;
 * otherwise returns the last part's result (undefined when there is none
 * to send). Without `progress` or a message id, or with a single part, it
 * simply sends them all. A progress store that fails is no reason to stop:
 * a part not recorded is at worst sent again on a retry, as without it.
 */
export async function sendPartsOnce<P, R>(request: PartsToSend<P, R>): Promise<R | undefined> {
  const { parts, progress, messageId, send, wentOut = () => true } = request;
  const tracked = progress && messageId && parts.length > 1 ? { progress, messageId } : undefined;
  const from = tracked ? Math.min(await tracked.progress.sent(tracked.messageId).catch(() => 0), parts.length - 1) : 0;
  let last: R | undefined;
  for (let i = from; i < parts.length; i++) {
    last = await send(parts[i], i);
    if (!wentOut(last)) return last;
    if (tracked && i < parts.length - 1) await tracked.progress.record(tracked.messageId, i + 1).catch(() => undefined);
  }
  if (tracked) await tracked.progress.done(tracked.messageId).catch(() => undefined);
  return last;
}
