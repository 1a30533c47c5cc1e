import { entryCodeFromStartText } from '../../core/content/index.ts';
import type { InboundMessage } from '../../core/conversation/index.ts';

/**
 * A Telegram update as the core sees it. Pure, never throws: the update
 * comes from the network (a webhook body is any JSON), so every field is
 * checked before it is used.
 *
 * What the bot reads, and what it leaves alone (documented decisions):
 * - private chats only; groups, channels and other bots are ignored;
 * - a text message: its text; `/start <code>` (deep link) also carries the
 *   entry code; the user's `language_code` is the locale hint;
 * - a photo, sticker, voice note, video, document, location, contact, poll
 *   (…): `hasMedia` with the caption as text, so the core answers a
 *   question in a caption or says politely that it reads text only;
 * - an edited message is ignored (the original was answered; answering an
 *   edit again would repeat the conversation), as are service messages
 *   and every other update type;
 * - a pressed button (callback query) is handed back with its raw data for
 *   the adapter to decode and answer.
 */

/** The Bot API update types the bot asks for (`allowed_updates`). */
export const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

/** Message fields that make a message "media": the core answers those with InputKind `unsupported` unless the caption is a question. */
const MEDIA_FIELDS = [
  'photo', 'sticker', 'voice', 'video', 'video_note', 'audio', 'document', 'animation',
  'location', 'venue', 'contact', 'poll', 'dice', 'story',
] as const;

/** `pl`, `pt-br`, `en_US`: what Telegram puts in `language_code`. */
const LOCALE = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,3}$/;

export type TelegramEvent =
  /** A message for the core. */
  | { kind: 'message'; message: InboundMessage }
  /**
   * A pressed button. `message` is the core message without its payload
   * (undefined when the button was not pressed in a private chat with a
   * person); `data` is the raw callback data, still to be decoded;
   * `locale` is the presser's language, for the answer.
   */
  | { kind: 'callback'; queryId: string; data: unknown; locale?: string; message?: Omit<InboundMessage, 'payload'> }
  /** Nothing for the core; `reason` is for the debug log. */
  | { kind: 'ignored'; reason: string };

type Fields = Record<string, unknown>;

function fields(value: unknown): Fields | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;
}

function chatId(value: unknown): string | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : undefined;
}

/** The sender when it is a person (not a bot), with the locale hint. */
function person(from: unknown): { id: string; locale?: string } | undefined {
  const user = fields(from);
  const id = chatId(user?.id);
  if (!user || !id || user.is_bot === true) return undefined;
  const locale = typeof user.language_code === 'string' && LOCALE.test(user.language_code) ? user.language_code : undefined;
  return { id, locale };
}

/** The id of a private chat, or undefined for any other chat. */
function privateChat(chat: unknown): string | undefined {
  const c = fields(chat);
  return c?.type === 'private' ? chatId(c.id) : undefined;
}

function readMessage(raw: Fields, now: Date): TelegramEvent {
  const chat = privateChat(raw.chat);
  if (!chat) return { kind: 'ignored', reason: 'not a private chat' };
  const from = person(raw.from);
  if (!from) return { kind: 'ignored', reason: 'not sent by a person' };
  if (typeof raw.message_id !== 'number' || !Number.isSafeInteger(raw.message_id)) return { kind: 'ignored', reason: 'message without message_id' };
  const message: InboundMessage = {
    channel: 'telegram',
    channelUserId: chat,
    externalId: `${chat}:${raw.message_id}`,
    receivedAt: now,
  };
  if (from.locale) message.locale = from.locale;
  if (typeof raw.text === 'string') {
    message.text = raw.text;
    const entryCode = entryCodeFromStartText(raw.text);
    if (entryCode) message.entryCode = entryCode;
    return { kind: 'message', message };
  }
  if (MEDIA_FIELDS.some((field) => raw[field] !== undefined && raw[field] !== null)) {
    message.hasMedia = true;
    if (typeof raw.caption === 'string') message.text = raw.caption;
    return { kind: 'message', message };
  }
  return { kind: 'ignored', reason: 'service message or unknown content' };
}

function readCallback(raw: Fields, now: Date): TelegramEvent {
  if (typeof raw.id !== 'string' || raw.id.length === 0 || raw.id.length > 256) return { kind: 'ignored', reason: 'callback query without id' };
  const event: TelegramEvent = { kind: 'callback', queryId: raw.id, data: raw.data };
  const from = person(raw.from);
  if (from?.locale) event.locale = from.locale;
  const chat = privateChat(fields(raw.message)?.chat);
  // In a private chat the chat id is the person's id; a mismatch is not a button we sent them.
  if (from && chat && chat === from.id) {
    event.message = { channel: 'telegram', channelUserId: chat, externalId: `cb:${raw.id}`, receivedAt: now };
    if (from.locale) event.message.locale = from.locale;
  }
  return event;
}

/** The event an update carries for the core; `now` becomes `receivedAt`. */
export function readUpdate(update: unknown, now: Date = new Date()): TelegramEvent {
  const raw = fields(update);
  if (!raw) return { kind: 'ignored', reason: 'update is not an object' };
  const message = fields(raw.message);
  if (message) return readMessage(message, now);
  const callback = fields(raw.callback_query);
  if (callback) return readCallback(callback, now);
  const type = Object.keys(raw).find((key) => key !== 'update_id') ?? 'empty';
  return { kind: 'ignored', reason: `update type ${type} is not handled` };
}
