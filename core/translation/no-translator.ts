import { settleTrivially, unavailable, UNAVAILABLE_WARNINGS } from './request-checks.ts';
import { isLanguage, type Language } from '../languages/index.ts';
import { AppError } from '../platform/errors.ts';
import type { SegmentBatch, SegmentTranslator, TranslationRequest, TranslationResult, Translator, TranslatorStatus } from './types.ts';

/**
 * The `Translator` when translation is switched off (no DEEPL_AUTH_KEY):
 * every text comes back as it is, status `unavailable`, warning
 * "translation is off: DEEPL_AUTH_KEY is not set". Same-language requests
 * still answer `same_language`, and unknown languages still throw.
 */
export class NoTranslator implements Translator, SegmentTranslator {
  async translate(request: TranslationRequest): Promise<TranslationResult> {
    return settleTrivially(request) ?? unavailable(request.text, 'not_configured');
  }

  /** Tile segments: never translated here (`not_configured`). */
  async translateSegments(_segments: readonly string[], from: Language, to: Language): Promise<SegmentBatch> {
    for (const lang of [from, to]) if (!isLanguage(lang)) throw new AppError('UNKNOWN_LANGUAGE', { lang: String(lang) });
    return { ok: false, reason: 'not_configured' };
  }

  status(): TranslatorStatus {
    return { enabled: false, warning: UNAVAILABLE_WARNINGS.not_configured };
  }
}
