import { isLanguage } from '../languages/index.ts';
import { AppError } from '../platform/errors.ts';
import type { TranslationRequest, TranslationResult, UnavailableReason } from './types.ts';

/**
 * Longest text sent for translation, in characters. DeepL takes 128 KiB per
 * request; chat messages and tiles stay far below this, so a longer text is
 * shown untranslated rather than split.
 */
export const MAX_TRANSLATION_LENGTH = 20_000;

/** The staff-facing sentence for each reason a translation is unavailable. */
export const UNAVAILABLE_WARNINGS: Record<UnavailableReason, string> = {
  not_configured: 'translation is off: DEEPL_AUTH_KEY is not set',
  quota_exceeded: 'translation service over quota; showing the original text',
  rate_limited: 'translation service is busy (too many requests); showing the original text',
  auth_failed: 'translation service rejected the DeepL key (check DEEPL_AUTH_KEY); showing the original text',
  service_error: 'translation service failed; showing the original text',
  unreachable: 'translation service is unreachable; showing the original text',
  rejected: 'translation service could not translate this text; showing the original',
  too_long: `text is longer than ${MAX_TRANSLATION_LENGTH} characters and was not translated`,
};

/** The fallback result: the original text, status `unavailable`, and why. */
export function unavailable(text: string, reason: UnavailableReason): TranslationResult {
  return { text, status: 'unavailable', reason, warning: UNAVAILABLE_WARNINGS[reason] };
}

/**
 * The checks every translator makes before any work: languages must be ours
 * (else AppError UNKNOWN_LANGUAGE); blank text and `from === to` come back
 * unchanged (`same_language`); over-long text comes back `unavailable`.
 * @returns the result when no translation is needed, otherwise undefined.
 */
export function settleTrivially(request: TranslationRequest): TranslationResult | undefined {
  const { text, from, to } = request;
  if (!isLanguage(to)) throw new AppError('UNKNOWN_LANGUAGE', { lang: String(to) });
  if (from !== undefined && !isLanguage(from)) throw new AppError('UNKNOWN_LANGUAGE', { lang: String(from) });
  if (typeof text !== 'string') throw new AppError('VALIDATION_FAILED', { details: 'text must be a string' });
  if (text.trim() === '' || from === to) return { text, status: 'same_language' };
  if (text.length > MAX_TRANSLATION_LENGTH) return unavailable(text, 'too_long');
  return undefined;
}
