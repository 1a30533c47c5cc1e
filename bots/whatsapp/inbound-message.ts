import { entryCodeFromStartText } from '../../core/content/index.ts';
import type { InboundMessage } from '../../core/conversation/index.ts';
import { languageFromPhone } from './country-language.ts';

/**
 * What both transports know of a message, before it becomes the core's
 * InboundMessage.
 */
export interface WhatsAppInbound {
  /** International number, digits only. */
  phone: string;
  externalId: string;
  text?: string;
  payload?: string;
  hasMedia?: boolean;
  receivedAt: Date;
}

/**
 * The text the core gets for an entry link's first message: the start
 * command, which greets and shows the menu (the code itself is no question).
 */
export const START_COMMAND_TEXT = '/start';

/**
 * Builds the core's message: the phone number is the channel user id; its
 * country is the locale hint; `START <code>` (what a
 * `wa.me/<number>?text=START%20<code>` link pre-fills, any case) carries the
 * entry code and reaches the core as the start command.
 */
export function toInboundMessage(inbound: WhatsAppInbound): InboundMessage {
  const message: InboundMessage = {
    channel: 'whatsapp',
    channelUserId: inbound.phone,
    externalId: inbound.externalId,
    receivedAt: inbound.receivedAt,
  };
  const locale = languageFromPhone(inbound.phone);
  if (locale) message.locale = locale;
  if (inbound.payload) message.payload = inbound.payload;
  if (inbound.hasMedia) message.hasMedia = true;
  const entryCode = inbound.text && !inbound.payload ? entryCodeFromStartText(inbound.text) : undefined;
  if (entryCode) {
    message.entryCode = entryCode;
    message.text = START_COMMAND_TEXT;
  } else if (inbound.text !== undefined) {
    message.text = inbound.text;
  }
  return message;
}
