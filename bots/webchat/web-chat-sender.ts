import type { Redis } from 'ioredis';
import type { OutboundMessage } from '../../core/conversation/messages.ts';
import type { ChannelSender, DeliveryResult } from '../../core/conversation/ports.ts';
import { botActivity, DEFAULT_BOT_NAME } from './activities.ts';
import { ActivityStore } from './activity-store.ts';
import { botActivityId, randomActivityId } from './activity-ids.ts';

/** Options of {@link WebChatSender}; `keyPrefix` and `conversationTtlSeconds` must match the plugin's. */
export interface WebChatSenderOptions {
  redis: Redis;
  keyPrefix?: string;
  botName?: string;
  conversationTtlSeconds?: number;
  /** How long an erased conversation's confirmation stays unstored; default 15 minutes. */
  tombstoneTtlSeconds?: number;
}

/**
 * Delivers the core's replies to web chat users: appends a bot activity to
 * the Direct Line conversation bound to `channelUserId` (by the token the
 * user started it with) and publishes it to the open streams of every
 * process. Works from any process with the same Redis; needs no HTTP server.
 */
export class WebChatSender implements ChannelSender {
  readonly channel = 'webchat' as const;
  private readonly store: ActivityStore;
  private readonly botName: string;

  constructor(options: WebChatSenderOptions) {
    this.store = new ActivityStore(options.redis, options);
    this.botName = options.botName ?? DEFAULT_BOT_NAME;
  }

  /** Always: a reply's activity id is derived from its message id and appended once (see `sendAll`). */
  deduplicates(): boolean {
    return true;
  }

  /**
   * `sent` with the activity id; `failed` when the user's conversation is
   * unknown (a user id that does not name its conversation and whose binding
   * has expired); `retry` when Redis fails.
   */
  async send(message: OutboundMessage): Promise<DeliveryResult> {
    const [result] = await this.sendAll([message]);
    return result;
  }

  /**
   * A turn's replies to one user, appended (and published) together: all
   * `sent`, or a single `retry`/`failed` result, since nothing was appended.
   * Idempotent per `messageId`: a reply's activity id is derived from it, and
   * ids already in the log are not appended again (a delivery job re-run
   * after a crash). A conversation whose log Redis has lost gets a new one.
   */
  async sendAll(messages: OutboundMessage[]): Promise<DeliveryResult[]> {
    if (messages.length === 0) return [];
    const [{ channelUserId }] = messages;
    const stranger = messages.find((m) => m.channel !== 'webchat' || m.channelUserId !== channelUserId);
    if (stranger) return [{ status: 'failed', error: `WebChatSender sends one web chat user's messages at a time, not ${stranger.channel} ${stranger.channelUserId}` }];
    try {
      const conversationId = await this.store.conversationOf(channelUserId);
      if (!conversationId) return [{ status: 'failed', error: 'web chat conversation not found or expired' }];
      const timestamp = new Date();
      const activities = messages.map((message) => {
        const id = message.messageId ? botActivityId(conversationId, message.messageId) : randomActivityId(conversationId);
        return botActivity(message, { id, conversationId, botName: this.botName, timestamp });
      });
      await this.store.appendBot(conversationId, channelUserId, activities);
      return activities.map(({ id }) => ({ status: 'sent', externalId: id }));
    } catch (err) {
      return [{ status: 'retry', error: `web chat store unavailable: ${(err as Error).message}` }];
    }
  }
}
