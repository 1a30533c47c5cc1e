/**
 * The translation module: machine translation (DeepL) for the handoff inbox
 * (worker ↔ migrant messages, canned replies) and later for tiles, with
 * per-organization glossary terms kept as they are, a shared Redis cache
 * and an explicit fallback: when DeepL is off, unreachable or over quota
 * the original text comes back with status `unavailable` and a warning.
 * Other modules use this index only.
 */
export type {
  SegmentBatch,
  SegmentTranslator,
  Translator,
  TranslationRequest,
  TranslationResult,
  TranslationStatus,
  TranslatorStatus,
  UnavailableReason,
} from './types.ts';
export { MAX_TRANSLATION_LENGTH, UNAVAILABLE_WARNINGS } from './request-checks.ts';
export { DEFAULT_GLOSSARY, GLOSSARY_LIMITS, glossaryVersion, normalizeGlossary, validateGlossary } from './glossary.ts';
export { organizationGlossary, setOrganizationGlossary } from './glossary-repository.ts';
export { CircuitBreaker, type CircuitBreakerOptions, type CircuitSnapshot, type ServiceFailure } from './circuit-breaker.ts';
export { DeepLTranslator, SEGMENTS_PER_REQUEST, type DeepLTranslatorOptions, type DeepLUsage } from './deepl-translator.ts';
export { CachedTranslationEraser, CachedTranslator, type CachedTranslatorOptions } from './cached-translator.ts';
export { NoTranslator } from './no-translator.ts';
export { joinSegments, lineSegment, restoreLine, segmentMarkdown, type SegmentedText } from './markdown-segments.ts';
export {
  TranslationService,
  createSegmentTranslator,
  createTranslator,
  type OrganizationTranslationRequest,
  type TranslatorDependencies,
} from './translation-service.ts';
