import type { Redis } from 'ioredis';
import type { ChannelDataEraser } from '../../core/conversation/ports.ts';
import { ActivityStore } from './activity-store.ts';

/** Options of {@link WebChatEraser}; `keyPrefix` and `tombstoneTtlSeconds` must match the plugin's and the sender's. */
export interface WebChatEraserOptions {
  redis: Redis;
  keyPrefix?: string;
  tombstoneTtlSeconds?: number;
}

/**
 * What "delete my data" (and retention) removes of a web chat user in
 * Redis: the conversation's activity log, its appended-id and lease hashes
 * and the user binding; every process's open streams of it end after a
 * short grace (they hear it on the conversation's channel). A tombstone
 * named by a digest of the conversation id, so no key names the person,
 * lives for `tombstoneTtlSeconds`: meanwhile the bot's replies (the
 * confirmation of the erasure) are shown on open streams but not stored,
 * so the confirmation does not recreate the log. A message the person sends
 * after the erasure starts a new log. Rate-limit counters are keyed by a
 * digest as well and expire within a minute.
 */
export class WebChatEraser implements ChannelDataEraser {
  readonly channel = 'webchat' as const;
  private readonly store: ActivityStore;

  constructor(options: WebChatEraserOptions) {
    this.store = new ActivityStore(options.redis, options);
  }

  /** Idempotent; nothing to do for a user whose conversation is unknown, except their binding. */
  async forget(channelUserId: string): Promise<void> {
    const conversationId = await this.store.conversationOf(channelUserId);
    if (conversationId) await this.store.erase(conversationId, channelUserId);
    else await this.store.forgetBinding(channelUserId);
  }
}
