import type { Language } from '../languages/index.ts';

/** What to translate: one text, into `to`; `from` omitted means "let the service detect it". */
export interface TranslationRequest {
  text: string;
  /** Source language; omitted: detected by the service (and reported as `detectedSource`). */
  from?: Language;
  to: Language;
  /**
   * Terms to leave untranslated (whole word, case-insensitive), e.g. the
   * organization's glossary from `organizationGlossary`. Omitted: none.
   */
  glossary?: readonly string[];
}

/**
 * - `translated`: `text` is the translation, fresh from the service.
 * - `cached`: `text` is a translation made earlier (no request was made).
 * - `same_language`: `text` is the original: it already is in `to` (or is blank).
 * - `unavailable`: `text` is the ORIGINAL, untranslated; `warning` says why.
 */
export type TranslationStatus = 'translated' | 'same_language' | 'cached' | 'unavailable';

/**
 * Why a translation is unavailable; a UI may choose its own wording per
 * reason. While the circuit breaker holds DeepL off, results keep the reason
 * that opened it (and no request is made).
 */
export type UnavailableReason =
  /** DEEPL_AUTH_KEY is not set. */
  | 'not_configured'
  /** The DeepL account's character quota for this billing period is used up (HTTP 456). */
  | 'quota_exceeded'
  /** DeepL asked us to slow down (HTTP 429). */
  | 'rate_limited'
  /** DeepL refused the key (HTTP 403). */
  | 'auth_failed'
  /** DeepL answered with a server error (5xx) or an unexpected status. */
  | 'service_error'
  /** DeepL could not be reached or did not answer in time. */
  | 'unreachable'
  /** DeepL rejected this particular text (HTTP 400). */
  | 'rejected'
  /** The text is longer than `MAX_TRANSLATION_LENGTH`. */
  | 'too_long';

/** The answer of a `Translator`. Never throws for service trouble: see `status`. */
export interface TranslationResult {
  /** The translation, or the original text when `status` is `same_language` or `unavailable`. */
  text: string;
  status: TranslationStatus;
  /** The language the service detected when `from` was omitted (undefined when it is not one of ours). */
  detectedSource?: Language;
  /** Set when `status` is `unavailable`. */
  reason?: UnavailableReason;
  /** A sentence a staff member can read, e.g. "translation service over quota; showing the original". */
  warning?: string;
}

/**
 * The translation port. Implementations: `DeepLTranslator` (the service),
 * `CachedTranslator` (Redis cache around another translator), `NoTranslator`
 * (translation switched off). Contract: throws only AppError UNKNOWN_LANGUAGE
 * for a language outside core/languages; every service failure is a result
 * with status `unavailable` and the original text, so nothing is lost.
 */
export interface Translator {
  translate(request: TranslationRequest): Promise<TranslationResult>;
  /** Whether translation works right now, for /health and the admin UI. */
  status(): TranslatorStatus;
}

/** A translator's state: off (and why), or on with the circuit breaker's state. */
export type TranslatorStatus =
  | { enabled: false; warning: string }
  | { enabled: true; circuit: 'closed' | 'open' | 'half_open'; reason?: UnavailableReason; retryAt?: Date };

/** The answer of `SegmentTranslator.translateSegments`: all translations in order, or why there are none. */
export type SegmentBatch =
  | { ok: true; texts: string[]; characters: number }
  | { ok: false; reason: UnavailableReason };

/**
 * Machine translation of prepared XML segments (markdown-segments.ts:
 * `segmentMarkdown`, `lineSegment`) in one go, for tiles. `characters` is
 * the number of characters of the segments sent (what a budget counts; 0 when
 * nothing was sent). Throws only AppError UNKNOWN_LANGUAGE; every service
 * failure is `{ ok: false, reason }`.
 */
export interface SegmentTranslator {
  translateSegments(segments: readonly string[], from: Language, to: Language): Promise<SegmentBatch>;
  status(): TranslatorStatus;
}
