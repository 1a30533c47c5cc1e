import type { Language } from '../../core/languages/index.ts';

/**
 * The phone number's country as a language hint. WhatsApp has no locale, but
 * the calling code says where the SIM card came from: a Polish number is a
 * good first guess for Polish. Only a hint: the core still detects the
 * language of what the person writes, and what they choose wins.
 *
 * Calling codes of countries whose main language the product speaks, plus a
 * few where one of them is widely used. Longest prefix wins, so `1787`
 * (Puerto Rico) is Spanish while `1` is English.
 */
export const CALLING_CODE_LANGUAGES: Readonly<Record<string, Language>> = {
  // EU and neighbours, by language.
  359: 'bg',
  420: 'cs',
  30: 'el', 357: 'el',
  44: 'en', 353: 'en', 356: 'en', 1: 'en', 61: 'en', 64: 'en', 27: 'en',
  34: 'es', 52: 'es', 54: 'es', 56: 'es', 57: 'es', 58: 'es', 51: 'es', 1787: 'es', 1939: 'es',
  372: 'et',
  36: 'hu',
  39: 'it', 378: 'it',
  370: 'lt',
  371: 'lv',
  31: 'nl', 597: 'nl',
  48: 'pl',
  351: 'pt', 55: 'pt', 244: 'pt', 258: 'pt',
  40: 'ro', 373: 'ro',
  421: 'sk',
  386: 'sl',
  90: 'tr',
  380: 'uk',
};

/** Calling codes are 1–4 digits (with NANP area codes as in 1787). */
const MAX_CODE_DIGITS = 4;

/**
 * The language hint for an international phone number (digits, an optional
 * leading `+` or `00`), or undefined when the country is not in the table.
 */
export function languageFromPhone(phone: string): Language | undefined {
  const digits = phone.replace(/^(\+|00)/, '').replace(/\D/g, '');
  for (let n = Math.min(MAX_CODE_DIGITS, digits.length - 1); n >= 1; n--) {
    const language = CALLING_CODE_LANGUAGES[digits.slice(0, n)];
    if (language) return language;
  }
  return undefined;
}
