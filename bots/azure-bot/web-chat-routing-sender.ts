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
 */
export class WebChatRoutingSender implements ChannelSender {
  readonly channel = 'webchat' as const;

  constructor(private readonly senders: { botService: ChannelSender; webChat: ChannelSender }) {}

  send(message: OutboundMessage): Promise<DeliveryResult> {
    const sender = isBotServiceUserId(message.channelUserId) ? this.senders.botService : this.senders.webChat;
    return sender.send(message);
  }
}
