import { AppError } from '../platform/errors.ts';
import { normalizeEntryCode } from './entry-codes.ts';

/**
 * The deep links staff print (as QR codes) for an entry code, and the inverse:
 * reading the code back from the first message those links produce. Pure, no I/O.
 */

export interface EntryLinkOptions {
  /** Where the web chat is served, e.g. `https://chat.example.nl`; a trailing slash is ignored. */
  webBaseUrl: string;
  /** The Telegram bot's username, with or without `@`; no Telegram link when unset or empty. */
  telegramBot?: string;
  /** The WhatsApp number in international format (`+31 6 1234 5678`, `0031…`); no WhatsApp link when unset or empty. */
  whatsappNumber?: string;
}

export interface EntryLinks {
  /** `<webBaseUrl>/chat/<municipality>?entry=<code>` */
  web: string;
  /** `https://t.me/<bot>?start=<code>`: Telegram sends `/start <code>` when the person presses Start. */
  telegram?: string;
  /** `https://wa.me/<number>?text=START%20<code>`: WhatsApp pre-fills `START <code>` for the person to send. */
  whatsapp?: string;
}

/** The word a WhatsApp link pre-fills before the code. */
export const WHATSAPP_START_WORD = 'START';

/** Telegram usernames: 5–32 letters, digits and underscores, starting with a letter. */
const TELEGRAM_USERNAME = /^[A-Za-z][A-Za-z0-9_]{4,31}$/;
/** E.164 without the plus: country code and number, 8–15 digits. */
const WHATSAPP_NUMBER = /^[1-9]\d{7,14}$/;

function invalid(details: string): AppError {
  return new AppError('VALIDATION_FAILED', { details });
}

function webBase(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid(`webBaseUrl: "${value}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalid('webBaseUrl: must be an http(s) URL');
  if (url.search || url.hash) throw invalid('webBaseUrl: must not have a query or fragment');
  return value.replace(/\/+$/, '');
}

function telegramUsername(value: string): string {
  const name = value.trim().replace(/^@/, '');
  if (!TELEGRAM_USERNAME.test(name)) throw invalid(`telegramBot: "${value}" is not a Telegram username`);
  return name;
}

function whatsappDigits(value: string): string {
  const digits = value.replace(/[\s().-]/g, '').replace(/^(\+|00)/, '');
  if (!WHATSAPP_NUMBER.test(digits)) throw invalid(`whatsappNumber: "${value}" is not an international phone number`);
  return digits;
}

/**
 * The links for one entry code, for the channels configured in `options`
 * (the web link always). Takes an `EntryCode` from `listEntryCodes` or
 * `createEntryCode`.
 * @throws AppError ENTRY_CODE_INVALID for a malformed code; VALIDATION_FAILED naming the bad option.
 */
export function entryLinks(entry: { code: string; municipality: { slug: string } }, options: EntryLinkOptions): EntryLinks {
  const code = normalizeEntryCode(entry.code);
  if (!code) throw new AppError('ENTRY_CODE_INVALID', { code: entry.code, reason: 'not a well-formed entry code' });
  const links: EntryLinks = {
    web: `${webBase(options.webBaseUrl)}/chat/${encodeURIComponent(entry.municipality.slug)}?entry=${code}`,
  };
  if (options.telegramBot) links.telegram = `https://t.me/${telegramUsername(options.telegramBot)}?start=${code}`;
  if (options.whatsappNumber) {
    links.whatsapp = `https://wa.me/${whatsappDigits(options.whatsappNumber)}?text=${encodeURIComponent(`${WHATSAPP_START_WORD} ${code}`)}`;
  }
  return links;
}

/** `START agrifarm`, `/start agrifarm`, `/start@SomeBot agrifarm`, any case. */
const START_TEXT = /^\/?start(?:@\w+)?\s+(\S+)$/i;

/**
 * The entry code in the first message an entry link produces (`START <code>`
 * from WhatsApp, `/start <code>` from Telegram), normalised; undefined when
 * the text is not such a message or the code is malformed. Whether the code
 * exists is `resolveEntryCode`'s business.
 */
export function entryCodeFromStartText(text: string): string | undefined {
  const match = START_TEXT.exec(text.trim());
  return match ? normalizeEntryCode(match[1]) : undefined;
}
