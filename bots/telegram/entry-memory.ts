import { createHmac } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * The entry code a Telegram chat started with. A deep link sends
 * `/start <code>` once; every later message of that person has no code,
 * and the core opens the conversation in the municipality (and employer
 * layer) the message names. So the adapter remembers the code per chat and
 * sends it along with every message. Keys are an HMAC of the chat id (the
 * chat id itself is personal data and never stored here); a new deep link
 * replaces the code; unused codes expire.
 */
export interface EntryMemoryOptions {
  redis: Redis;
  /** Key for the chat-id HMAC (the bot token: secret, and stable for the bot). */
  secret: string;
  /** Redis key prefix; default `telegram:`. */
  keyPrefix?: string;
  /** Seconds a remembered code lives after the chat's last message; default 180 days. */
  ttlSeconds?: number;
}

export class EntryMemory {
  private readonly prefix: string;
  private readonly ttlSeconds: number;

  constructor(private readonly options: EntryMemoryOptions) {
    this.prefix = `${options.keyPrefix ?? 'telegram:'}entry:`;
    this.ttlSeconds = options.ttlSeconds ?? 180 * 24 * 3600;
  }

  private key(chatId: string): string {
    return this.prefix + createHmac('sha256', this.options.secret).update(chatId).digest('base64url');
  }

  /** Remembers the code a chat (re)started with. */
  async remember(chatId: string, code: string): Promise<void> {
    await this.options.redis.set(this.key(chatId), code, 'EX', this.ttlSeconds);
  }

  /** The chat's code, if any; renews its lifetime. */
  async recall(chatId: string): Promise<string | undefined> {
    return (await this.options.redis.getex(this.key(chatId), 'EX', this.ttlSeconds)) ?? undefined;
  }
}
