import { LanguageDetector } from '../../core/answers/index.ts';
import type { WhatsAppTexts } from '../../core/channel-format/index.ts';
import type { OutboundMessage } from '../../core/conversation/index.ts';
import { isLanguage, type Language } from '../../core/languages/index.ts';
import { FIXED_TEXTS } from '../../flows/index.ts';
import texts from '../../flows/channel-texts/whatsapp.json' with { type: 'json' };

/**
 * The few words the WhatsApp channel adds to the core's replies, in every
 * language (flows/channel-texts/whatsapp.json), and how the channel knows
 * which language a reply is in.
 */
export type { WhatsAppTexts };

/** Typed against the JSON: a missing language or key fails the type check (and the test). */
export const WHATSAPP_TEXTS: Readonly<Record<Language, WhatsAppTexts>> = texts;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every text of a language's fixed texts as a whole-message pattern (`{name}` matches anything). */
function fixedTextPatterns(node: unknown): RegExp[] {
  if (typeof node === 'string') {
    if (node.replace(/\{\w+\}/g, '').trim().length < 8) return []; // "No", "Polski": too short to tell languages apart
    return [new RegExp(`^${node.split(/\{\w+\}/).map(escapeRegExp).join('[\\s\\S]*?')}$`)];
  }
  if (node && typeof node === 'object') return Object.values(node).flatMap(fixedTextPatterns);
  return [];
}

const PATTERNS: ReadonlyArray<[Language, RegExp[]]> = Object.entries(FIXED_TEXTS).map(([lang, t]) => [lang as Language, fixedTextPatterns(t)]);

let detector: LanguageDetector | undefined;

/**
 * The language of a reply that does not state one (a job queued before
 * OutboundMessage had `language`), so the channel's own words match it:
 * the bot's fixed texts are recognised exactly; anything else goes through
 * the core's language detection, `hint` (the person's phone-country
 * language) deciding close calls. Never throws; English last.
 */
export function replyLanguage(text: string, hint?: Language): Language {
  const trimmed = text.trim();
  const matches = PATTERNS.filter(([, patterns]) => patterns.some((p) => p.test(trimmed))).map(([lang]) => lang);
  if (matches.length > 0) return hint && matches.includes(hint) ? hint : matches[0];
  if (!/\p{L}/u.test(trimmed)) return hint ?? 'en';
  detector ??= new LanguageDetector();
  const detected = detector.detect(trimmed, { locale: hint ?? null }).lang;
  return isLanguage(detected) ? detected : 'en';
}

/** The channel's words for a reply: in the reply's language, else the language its text is in. */
export function textsForReply(message: Pick<OutboundMessage, 'text' | 'language'>, hint?: Language): WhatsAppTexts {
  return WHATSAPP_TEXTS[isLanguage(message.language) ? message.language : replyLanguage(message.text, hint)];
}
