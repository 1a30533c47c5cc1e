import type { OutboundMessage } from '../../core/conversation/messages.ts';
import type { ChannelSender, DeliveryResult } from '../../core/conversation/ports.ts';
import { isBotServiceUserId } from './bot-service-activities.ts';

/**
 * The one sender for channel `webchat` when Azure Bot Service is on. The
 * core has one sender per channel, and two transports serve web chat users:
 * the built-in Direct Line (WebChatSender) and an Azure Bot Service
 * registration (BotServiceSender). The user id says which: ids starting with
 * `azure:` were made by /api/messages, every other id by the built-in web
 * chat, so a reply goes back the way its person came.
 *
 * It passes on what the chosen sender can do: a turn's replies go to the
 * built-in web chat in one step (`sendAll`, one append and one publish, as
 * without Azure), and a message counts as deduplicated exactly when the
 * sender it goes to deduplicates it. The Bot Connector cannot deduplicate
 * (its API has no idempotency key), so Bot Service users' replies are
 * guarded by the delivery worker's before/after record.
 */
export class WebChatRoutingSender implements ChannelSender {
  readonly channel = 'webchat' as const;

  constructor(private readonly senders: { botService: ChannelSender; webChat: ChannelSender }) {}

  private route(message: OutboundMessage): ChannelSender {
    return isBotServiceUserId(message.channelUserId) ? this.senders.botService : this.senders.webChat;
  }

  send(message: OutboundMessage): Promise<DeliveryResult> {
    return this.route(message).send(message);
  }

  /** A turn's replies (one person, so one route): in one go where that sender can, else one by one until one is not sent. */
  async sendAll(messages: OutboundMessage[]): Promise<DeliveryResult[]> {
    if (messages.length === 0) return [];
    const sender = this.route(messages[0]);
    const stranger = messages.find((m) => m.channelUserId !== messages[0].channelUserId);
    if (stranger) return [{ status: 'failed', error: 'WebChatRoutingSender sends one person\'s messages at a time' }];
    if (sender.sendAll) return sender.sendAll(messages);
    const results: DeliveryResult[] = [];
    for (const message of messages) {
      const result = await sender.send(message);
      results.push(result);
      if (result.status !== 'sent') break;
    }
    return results;
  }

  deduplicates(message: OutboundMessage): boolean {
    return this.route(message).deduplicates?.(message) ?? false;
  }
}
