import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { ConversationReference } from './bot-service-activities.ts';

/** Redis key prefix of the Bot Service adapter. */
export const DEFAULT_KEY_PREFIX = 'azurebot:';
/** A reference is forgotten this long after the person's last message: 7 days, so a worker's late reply still arrives. */
export const DEFAULT_REFERENCE_TTL_SECONDS = 7 * 24 * 3600;

/** Options of {@link ConversationReferenceStore}; the plugin and the sender must use the same `keyPrefix`. */
export interface ConversationReferenceStoreOptions {
  keyPrefix?: string;
  ttlSeconds?: number;
}

/**
 * Where a Bot Service user's replies go (their conversation reference),
 * kept in Redis so any process's delivery worker can answer: written by
 * /api/messages on every message, read by BotServiceSender. Keys hold a hash
 * of the `channelUserId`, never the id itself.
 */
export class ConversationReferenceStore {
  private readonly prefix: string;
  private readonly ttlSeconds: number;

  constructor(private readonly redis: Redis, options: ConversationReferenceStoreOptions = {}) {
    this.prefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
    this.ttlSeconds = options.ttlSeconds ?? DEFAULT_REFERENCE_TTL_SECONDS;
  }

  private key(channelUserId: string): string {
    return `${this.prefix}ref:${createHash('sha256').update(channelUserId).digest('base64url')}`;
  }

  /** Remembers (or refreshes) the reference of `channelUserId`. Rejects when Redis fails. */
  async save(channelUserId: string, reference: ConversationReference): Promise<void> {
    await this.redis.set(this.key(channelUserId), JSON.stringify(reference), 'EX', this.ttlSeconds);
  }

  /** The reference of `channelUserId`; null when unknown, expired or unreadable. Rejects when Redis fails. */
  async get(channelUserId: string): Promise<ConversationReference | null> {
    const raw = await this.redis.get(this.key(channelUserId));
    if (raw === null) return null;
    try {
      const reference = JSON.parse(raw) as Partial<ConversationReference>;
      const valid = typeof reference.serviceUrl === 'string' && typeof reference.conversationId === 'string'
        && typeof reference.channelId === 'string' && typeof reference.userId === 'string' && typeof reference.bot?.id === 'string';
      return valid ? (reference as ConversationReference) : null;
    } catch {
      return null;
    }
  }
}
