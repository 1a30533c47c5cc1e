/**
 * Fixed texts that belong to one channel rather than to the dialog: bot
 * command descriptions, the bot's profile text, answers to a pressed button
 * that cannot be used. One JSON file per channel (`telegram.json`, ...),
 * keyed by language, each language with exactly the keys English has.
 * Pure, no I/O: the files are imported as modules and checked once at load.
 */
import { SUPPORTED_LANGUAGES, type Language } from '../../core/languages/index.ts';
import telegram from './telegram.json' with { type: 'json' };
import whatsapp from './whatsapp.json' with { type: 'json' };

/** A channel's texts: nested objects of strings, the same shape in every language. */
export interface ChannelTextTree {
  [key: string]: string | ChannelTextTree;
}

/** A problem found in a channel's texts, e.g. `telegram pl: buttons.expired: missing`. */
export type ChannelTextProblem = string;

/** Flattens nested text objects to dotted keys: `{ a: { b: 'x' } }` → `['a.b']`. */
export function textKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? textKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`]);
}

/** The value at a dotted key, or undefined. */
export function textAt(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), tree);
}

/** The `{name}` placeholders of a text, sorted, without repeats. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}

/**
 * Every problem in one channel's texts: a language missing, a key missing
 * or extra compared with English, a value that is not a non-empty string,
 * HTML-like markup (channels escape text, so it would show literally), or
 * placeholders that differ from English's. Empty when the texts are sound.
 */
export function channelTextProblems(channel: string, data: Partial<Record<string, unknown>>): ChannelTextProblem[] {
  const problems: ChannelTextProblem[] = [];
  const english = data.en;
  if (typeof english !== 'object' || english === null) return [`${channel}: the English texts are missing`];
  const reference = textKeys(english).sort();
  for (const lang of SUPPORTED_LANGUAGES) {
    const texts = data[lang];
    if (typeof texts !== 'object' || texts === null) {
      problems.push(`${channel} ${lang}: language missing`);
      continue;
    }
    const own = new Set(textKeys(texts));
    for (const key of reference) {
      const value = textAt(texts, key);
      if (!own.has(key)) problems.push(`${channel} ${lang}: ${key}: missing`);
      else if (typeof value !== 'string' || value.trim() === '') problems.push(`${channel} ${lang}: ${key}: must be a non-empty string`);
      else if (/<[a-z/!]/i.test(value)) problems.push(`${channel} ${lang}: ${key}: contains markup`);
      else if (placeholders(value).join() !== placeholders(textAt(english, key) as string).join()) {
        problems.push(`${channel} ${lang}: ${key}: placeholders differ from English`);
      }
    }
    for (const key of own) if (!reference.includes(key)) problems.push(`${channel} ${lang}: ${key}: not in English`);
  }
  for (const lang of Object.keys(data)) {
    if (!(SUPPORTED_LANGUAGES as readonly string[]).includes(lang)) problems.push(`${channel} ${lang}: not a supported language`);
  }
  return problems;
}

/**
 * Checks a channel's texts (see {@link channelTextProblems}) and returns
 * them typed by English's shape. Throws at module load on any problem, so a
 * missing translation stops the process and the test suite, not a chat.
 */
export function channelTexts<T extends object>(channel: string, data: Record<Language, T>): Readonly<Record<Language, T>> {
  const problems = channelTextProblems(channel, data);
  if (problems.length > 0) throw new Error(`Channel texts are incomplete:\n${problems.join('\n')}`);
  return data;
}

/** Telegram: command descriptions (setMyCommands), the bot description, answers to unusable buttons. */
export type TelegramTexts = (typeof telegram)['en'];

/** The Telegram channel's texts in all 18 languages. */
export const TELEGRAM_TEXTS: Readonly<Record<Language, TelegramTexts>> = channelTexts('telegram', telegram);

/** WhatsApp: the words the channel adds to replies (how to answer a numbered list, the list button, "choose an option"). */
export type WhatsAppChannelTexts = (typeof whatsapp)['en'];

/** The WhatsApp channel's texts in all 18 languages (the studio's preview shows replies with them). */
export const WHATSAPP_TEXTS: Readonly<Record<Language, WhatsAppChannelTexts>> = channelTexts('whatsapp', whatsapp);
