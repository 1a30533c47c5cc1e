import type { TileLink } from '../content/types.ts';
import { MAX_QUESTION_CHARS } from '../answers/index.ts';

/**
 * The one internal message model. Channel adapters (bots/*) turn their native
 * updates into InboundMessage and send OutboundMessage in their own way; the
 * core never sees a channel SDK type.
 */
export const CHANNELS = ['webchat', 'telegram', 'whatsapp'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface InboundMessage {
  channel: Channel;
  /** The person's id on that channel (chat id, phone number, web chat user id). Personal data: never logged. */
  channelUserId: string;
  /** The channel's id of this message; with `channel` unique, so a redelivered update is answered once. */
  externalId: string;
  /** What the person typed (may be empty when they pressed a button or sent a photo). */
  text?: string;
  /** The payload of a pressed choice button. */
  payload?: string;
  /** The channel's locale hint (Telegram language_code, browser language, phone country). */
  locale?: string;
  /** Entry code from a QR code or deep link (municipality / employer layer). */
  entryCode?: string;
  /** The municipality the channel itself points at (web chat page /chat/<slug>), used when there is no entry code. */
  organizationSlug?: string;
  /** True when the message carried something other than text (photo, voice, sticker). */
  hasMedia?: boolean;
  receivedAt: Date;
}

/** A button; `payload` comes back in InboundMessage.payload when pressed. */
export interface Choice {
  label: string;
  payload: string;
}

export interface OutboundMessage {
  channel: Channel;
  channelUserId: string;
  conversationId: string;
  /** Small markdown subset: **bold**, _italic_, [label](url), line breaks, "- " lists. */
  text: string;
  /** At most MAX_CHOICES. */
  choices: Choice[];
  links: TileLink[];
  /** The language of `text` (the person's), when known: channels word their own additions ("reply with a number") in it. */
  language?: string;
  /**
   * The stored outbound message's id, set by the delivery worker: a sender
   * that can deduplicate (web chat, Bot Connector routing) uses it so that a
   * re-run of a delivery job never shows the person the same reply twice.
   */
  messageId?: string;
  /**
   * Who the person sees as the writer, when not the bot: an outreach worker's
   * message (and the notice that they took over). Channels show it their way:
   * web chat as the sender's name and avatar, text channels as a name prefix.
   */
  from?: MessageAuthor;
}

/** A person writing through the bot, as the person reading sees them. */
export interface MessageAuthor {
  kind: 'worker';
  /** First name only (never the email or the full name). */
  name: string;
  /** The municipality's display name ("Gemeente Demostad"). */
  organization: string;
}

export const MAX_CHOICES = 10;
export const MAX_CHOICE_LABEL = 40;

/** How the core classifies what arrived before any flow runs. */
export type InputKind = 'text' | 'button' | 'empty' | 'too_long' | 'unsupported';

/**
 * Classifies an inbound message: a pressed button, usable text, or one of
 * the cases that get a polite fixed reply (nothing readable, far too long,
 * media only). Never throws.
 */
export function classifyInput(message: Pick<InboundMessage, 'text' | 'payload' | 'hasMedia'>): InputKind {
  if (message.payload) return 'button';
  const text = message.text ?? '';
  if (text.length > MAX_QUESTION_CHARS) return 'too_long';
  if (/[\p{L}\p{N}]/u.test(text)) return 'text';
  return message.hasMedia ? 'unsupported' : 'empty';
}

/** A markdown link whose label and URL cannot break out of `[label](url)`. */
function markdownLink(label: string, url: string): string {
  const safeLabel = label.replace(/([\\[\]])/g, '\\$1');
  const safeUrl = url.replace(/[\s()<>]/g, (c) => (c === '(' ? '%28' : c === ')' ? '%29' : encodeURIComponent(c)));
  return `[${safeLabel}](${safeUrl})`;
}

/**
 * The message text with the links it does not already contain appended as
 * a markdown list (`- [label](url)`), for channels that show links inside
 * the text rather than as buttons.
 */
export function textWithLinks(message: Pick<OutboundMessage, 'text' | 'links'>): string {
  const missing = message.links.filter((link) => !message.text.includes(link.url));
  if (missing.length === 0) return message.text;
  return `${message.text}\n\n${missing.map((link) => `- ${markdownLink(link.label, link.url)}`).join('\n')}`;
}

/** Keeps at most MAX_CHOICES choices, labels cut to MAX_CHOICE_LABEL characters. */
export function limitChoices(choices: readonly Choice[]): Choice[] {
  return choices.slice(0, MAX_CHOICES).map((c) => ({
    payload: c.payload,
    label: c.label.length > MAX_CHOICE_LABEL ? `${c.label.slice(0, MAX_CHOICE_LABEL - 1)}…` : c.label,
  }));
}
