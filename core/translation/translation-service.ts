import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from '../platform/config.ts';
import type { DbClient } from '../platform/db.ts';
import { CachedTranslator, type CachedTranslatorOptions } from './cached-translator.ts';
import type { CircuitBreakerOptions } from './circuit-breaker.ts';
import { DeepLTranslator } from './deepl-translator.ts';
import { organizationGlossary } from './glossary-repository.ts';
import { NoTranslator } from './no-translator.ts';
import type { SegmentTranslator, TranslationRequest, TranslationResult, Translator, TranslatorStatus } from './types.ts';

/** What `createTranslator` needs besides the configuration. */
export interface TranslatorDependencies {
  /** Shared translation cache; without it every request goes to DeepL. */
  redis?: Redis;
  /** Cache key prefix and lifetime. */
  cache?: Omit<CachedTranslatorOptions, 'redis' | 'log'>;
  breaker?: CircuitBreakerOptions;
  /** Per-request timeout in ms (default 5000). */
  timeoutMs?: number;
  log?: Logger;
}

/**
 * The translator for a configuration: `NoTranslator` when DEEPL_AUTH_KEY is
 * unset (the server starts without it; every result says translation is
 * off), else DeepL at DEEPL_SERVER_URL behind the circuit breaker, cached in
 * Redis when a connection is given.
 */
export function createTranslator(
  config: Pick<Config, 'DEEPL_AUTH_KEY' | 'DEEPL_SERVER_URL'>,
  deps: TranslatorDependencies = {},
): Translator {
  if (!config.DEEPL_AUTH_KEY) return new NoTranslator();
  const deepl = new DeepLTranslator({
    authKey: config.DEEPL_AUTH_KEY,
    serverUrl: config.DEEPL_SERVER_URL,
    timeoutMs: deps.timeoutMs,
    breaker: deps.breaker,
    log: deps.log,
  });
  return deps.redis ? new CachedTranslator(deepl, { ...deps.cache, redis: deps.redis, log: deps.log }) : deepl;
}

/**
 * The translator of tile segments for a configuration: `NoTranslator` when
 * DEEPL_AUTH_KEY is unset (every batch answers `not_configured`), else DeepL
 * at DEEPL_SERVER_URL behind its own circuit breaker. Not cached in Redis:
 * the tile translation run caches segments itself (`deps.redis`, `deps.cache`
 * are ignored).
 */
export function createSegmentTranslator(
  config: Pick<Config, 'DEEPL_AUTH_KEY' | 'DEEPL_SERVER_URL'>,
  deps: Omit<TranslatorDependencies, 'redis' | 'cache'> = {},
): SegmentTranslator {
  if (!config.DEEPL_AUTH_KEY) return new NoTranslator();
  return new DeepLTranslator({
    authKey: config.DEEPL_AUTH_KEY,
    serverUrl: config.DEEPL_SERVER_URL,
    timeoutMs: deps.timeoutMs,
    breaker: deps.breaker,
    log: deps.log,
  });
}

/** A translation request on behalf of an organization, whose glossary applies. */
export interface OrganizationTranslationRequest extends Omit<TranslationRequest, 'glossary'> {
  organizationId: string;
}

/**
 * What the rest of the application uses: translation with the
 * organization's glossary applied (`organizationGlossary`: its own terms or
 * the default list). Results follow the `Translator` contract — on any
 * service trouble the original text comes back with status `unavailable`
 * and a warning.
 */
export class TranslationService {
  constructor(private readonly deps: { translator: Translator; db: DbClient }) {}

  /** Translates with the organization's glossary. */
  async translate(request: OrganizationTranslationRequest): Promise<TranslationResult> {
    const { organizationId, ...rest } = request;
    const glossary = await organizationGlossary(this.deps.db, organizationId);
    return this.deps.translator.translate({ ...rest, glossary });
  }

  /** Translates several texts for one organization (its glossary read once), in order. */
  async translateAll(organizationId: string, texts: readonly string[], languages: Pick<TranslationRequest, 'from' | 'to'>): Promise<TranslationResult[]> {
    const glossary = await organizationGlossary(this.deps.db, organizationId);
    return Promise.all(texts.map((text) => this.deps.translator.translate({ text, ...languages, glossary })));
  }

  /** Whether translation is on and DeepL usable, for /health. */
  status(): TranslatorStatus {
    return this.deps.translator.status();
  }
}
