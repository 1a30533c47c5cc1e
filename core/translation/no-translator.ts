import { settleTrivially, unavailable, UNAVAILABLE_WARNINGS } from './request-checks.ts';
import type { TranslationRequest, TranslationResult, Translator, TranslatorStatus } from './types.ts';

/**
 * The `Translator` when translation is switched off (no DEEPL_AUTH_KEY):
 * every text comes back as it is, status `unavailable`, warning
 * "translation is off: DEEPL_AUTH_KEY is not set". Same-language requests
 * still answer `same_language`, and unknown languages still throw.
 */
export class NoTranslator implements Translator {
  async translate(request: TranslationRequest): Promise<TranslationResult> {
    return settleTrivially(request) ?? unavailable(request.text, 'not_configured');
  }

  status(): TranslatorStatus {
    return { enabled: false, warning: UNAVAILABLE_WARNINGS.not_configured };
  }
}
