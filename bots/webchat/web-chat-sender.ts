import type { Redis } from 'ioredis';
import type { OutboundMessage } from '../../core/conversation/messages.ts';
import type { ChannelSender, DeliveryResult } from '../../core/conversation/ports.ts';
import { botActivity, DEFAULT_BOT_NAME } from './activities.ts';
import { ActivityStore } from './activity-store.ts';

/** Options of {@link WebChatSender}; `keyPrefix` and `conversationTtlSeconds` must match the plugin's. */
export interface WebChatSenderOptions {
  redis: Redis;
  keyPrefix?: string;
  botName?: string;
  conversationTtlSeconds?: number;
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
    this.store = new ActivityStore(options.redis, { keyPrefix: options.keyPrefix, conversationTtlSeconds: options.conversationTtlSeconds });
    this.botName = options.botName ?? DEFAULT_BOT_NAME;
  }

  /**
   * `sent` with the activity id; `failed` when the user has no conversation
   * (never started, or expired: a web chat cannot be reached later);
   * `retry` when Redis fails.
   */
  async send(message: OutboundMessage): Promise<DeliveryResult> {
    if (message.channel !== 'webchat') return { status: 'failed', error: `WebChatSender cannot send to channel ${message.channel}` };
    let conversationId: string | null;
    try {
      conversationId = await this.store.conversationOf(message.channelUserId);
    } catch (err) {
      return { status: 'retry', error: `web chat store unavailable: ${(err as Error).message}` };
    }
    if (!conversationId) return { status: 'failed', error: 'web chat conversation not found or expired' };
    try {
      const id = await this.store.nextId(conversationId);
      const activity = botActivity(message, { id, conversationId, botName: this.botName, timestamp: new Date() });
      await this.store.append(conversationId, activity, { userId: message.channelUserId });
      return { status: 'sent', externalId: id };
    } catch (err) {
      return { status: 'retry', error: `web chat store unavailable: ${(err as Error).message}` };
    }
  }
}
