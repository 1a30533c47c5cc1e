import {
  cloudMessages,
  keyboardButtons,
  keyboardRows,
  telegramHtmlParts,
  webChatContent,
  webSessionParts,
  type CloudMessage,
  type WebChatContent,
  type WhatsAppTexts,
} from '../channel-format/index.ts';
import type { Reply } from '../conversation/index.ts';

/**
 * The bot's replies as each channel will send them, for editors: the same
 * functions the channel adapters send with (core/channel-format), so what
 * the studio shows is what a person receives, minus what only exists at send
 * time (Telegram callback data, a recipient).
 */

/** One Telegram `sendMessage`: HTML parse mode; the inline keyboard (button labels by row) under the last message of a reply. */
export interface TelegramPreviewMessage {
  text: string;
  parse_mode: 'HTML';
  keyboard?: string[][];
}

export interface ChannelPreviews {
  /** Cloud API message objects (without `to`), in order; and the same replies as the WhatsApp Web session sends them (plain texts). */
  whatsapp: { messages: CloudMessage[]; webSession: string[] };
  telegram: { messages: TelegramPreviewMessage[] };
  /** The bot's Direct Line message activities (text and suggested actions), in order. */
  webchat: { activities: WebChatContent[] };
}

/** The replies of one turn for every channel; `whatsappTexts` are the WhatsApp channel's words in the reply's language. */
export function channelPreviews(replies: readonly Reply[], whatsappTexts: WhatsAppTexts): ChannelPreviews {
  const message = (reply: Reply) => ({ text: reply.text, links: reply.links, choices: reply.choices });
  return {
    whatsapp: {
      messages: replies.flatMap((reply) => cloudMessages(message(reply), whatsappTexts)),
      webSession: replies.flatMap((reply) => webSessionParts(message(reply), whatsappTexts.replyWithNumber)),
    },
    telegram: {
      messages: replies.flatMap((reply) => {
        const parts = telegramHtmlParts(message(reply));
        const rows = keyboardRows(keyboardButtons(reply.choices)).map((row) => row.map((button) => button.text));
        return parts.map((text, i): TelegramPreviewMessage => ({
          text,
          parse_mode: 'HTML',
          ...(i === parts.length - 1 && rows.length > 0 ? { keyboard: rows } : {}),
        }));
      }),
    },
    webchat: { activities: replies.map((reply) => webChatContent(message(reply))) },
  };
}
