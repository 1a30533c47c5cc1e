import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { isLanguage, type Language } from '../languages/index.ts';
import { logger } from '../platform/logger.ts';
import { glossaryVersion } from './glossary.ts';
import { settleTrivially } from './request-checks.ts';
import type { SegmentBatch, SegmentTranslator, TranslationRequest, TranslationResult, Translator, TranslatorStatus } from './types.ts';

export interface CachedTranslatorOptions {
  /** Any ioredis connection; a short `maxRetriesPerRequest` keeps a Redis outage from stalling translation. */
  redis: Redis;
  /** Key prefix (tests use a unique one). Default `translation`. */
  prefix?: string;
  /**
   * How long a translation is kept, in seconds. Default 7 days: translations of people's messages are
   * personal data, kept no longer than a conversation usually lasts ("delete my data" cannot find them by person).
   */
  ttlSeconds?: number;
  /** A cache read slower than this (ms) is treated as a miss. Default 250. */
  readTimeoutMs?: number;
  log?: Logger;
}

/** What the cache stores per key. */
interface CachedEntry {
  text: string;
  detected?: string;
  same?: boolean;
}

/** Bumped when the stored entry or the protection scheme changes, so old entries are never read. */
const CACHE_FORMAT = 'v1';

const textHash = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The set of a text's cache keys (every language pair and glossary it was
 * translated with), so "delete my data" can find them by the text alone;
 * it names nothing but the hash and expires with the entries.
 */
function textIndexKey(prefix: string, text: string): string {
  return `${prefix}:${CACHE_FORMAT}:texts:${textHash(text)}`;
}

/**
 * Removes cached translations by their source text, whatever languages and
 * glossary they were made with ("delete my data": the texts of the person's
 * messages, before the rows go). Works without DeepL configured, so entries
 * cached while it was on are found as well.
 */
export class CachedTranslationEraser {
  constructor(private readonly options: { redis: Redis; prefix?: string }) {}

  /** Idempotent; texts never translated cost one read each. */
  async forgetTexts(texts: Iterable<string>): Promise<void> {
    const prefix = this.options.prefix ?? 'translation';
    const indexes = [...new Set(texts)].map((text) => textIndexKey(prefix, text));
    for (let i = 0; i < indexes.length; i += 100) {
      const chunk = indexes.slice(i, i + 100);
      const members = await Promise.all(chunk.map((index) => this.options.redis.smembers(index)));
      const keys = [...chunk, ...members.flat()];
      await this.options.redis.unlink(...keys);
    }
  }
}

/**
 * A `Translator` that remembers: translations are kept in Redis, shared by
 * every process, under sha256(text) + source + target + glossary version.
 * A hit is answered with status `cached` and no call to the inner
 * translator. Only successful answers are stored — never `unavailable` —
 * so a translation missed during an outage is made once DeepL is back.
 * Concurrent requests for the same key share one inner call. Redis trouble
 * only costs the cache: the inner translator answers.
 */
export class CachedTranslator implements Translator, SegmentTranslator {
  private readonly inflight = new Map<string, Promise<TranslationResult>>();
  private readonly redis: Redis;
  private readonly prefix: string;
  private readonly ttlSeconds: number;
  private readonly readTimeoutMs: number;
  private readonly log: Logger;

  constructor(private readonly inner: Translator, options: CachedTranslatorOptions) {
    this.redis = options.redis;
    this.prefix = options.prefix ?? 'translation';
    this.ttlSeconds = options.ttlSeconds ?? 7 * 24 * 3600;
    this.readTimeoutMs = options.readTimeoutMs ?? 250;
    this.log = options.log ?? logger().child({ module: 'translation' });
  }

  /** The Redis key of a request: nothing of the text but its hash. */
  cacheKey(request: TranslationRequest): string {
    const hash = textHash(request.text);
    return `${this.prefix}:${CACHE_FORMAT}:${request.from ?? 'auto'}:${request.to}:${glossaryVersion(request.glossary)}:${hash}`;
  }

  async translate(request: TranslationRequest): Promise<TranslationResult> {
    const settled = settleTrivially(request);
    if (settled) return settled;
    const key = this.cacheKey(request);
    const running = this.inflight.get(key);
    if (running) return running;
    const work = this.lookUpOrTranslate(key, request).finally(() => this.inflight.delete(key));
    this.inflight.set(key, work);
    return work;
  }

  status(): TranslatorStatus {
    return this.inner.status();
  }

  /**
   * Tile segments go straight to the inner translator (not cached here: the
   * tile translation run keeps its own segment cache); `not_configured` when
   * the inner translator cannot translate segments.
   */
  async translateSegments(segments: readonly string[], from: Language, to: Language): Promise<SegmentBatch> {
    const inner = this.inner as Translator & Partial<SegmentTranslator>;
    if (typeof inner.translateSegments !== 'function') return { ok: false, reason: 'not_configured' };
    return inner.translateSegments(segments, from, to);
  }

  private async lookUpOrTranslate(key: string, request: TranslationRequest): Promise<TranslationResult> {
    const hit = await this.read(key);
    if (hit) {
      const detected = isLanguage(hit.detected) ? { detectedSource: hit.detected } : {};
      return hit.same ? { text: request.text, status: 'same_language', ...detected } : { text: hit.text, status: 'cached', ...detected };
    }
    const result = await this.inner.translate(request);
    if (result.status === 'translated' || (result.status === 'same_language' && result.detectedSource)) {
      const entry: CachedEntry = result.status === 'translated'
        ? { text: result.text, detected: result.detectedSource }
        : { text: '', detected: result.detectedSource, same: true };
      const index = textIndexKey(this.prefix, request.text);
      this.redis.multi().set(key, JSON.stringify(entry), 'EX', this.ttlSeconds).sadd(index, key).expire(index, this.ttlSeconds).exec()
        .catch((err: unknown) => this.cacheFailed('write', err));
    }
    return result;
  }

  private async read(key: string): Promise<CachedEntry | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), this.readTimeoutMs);
    });
    try {
      const raw = await Promise.race([this.redis.get(key), timeout]);
      if (!raw) return undefined;
      const entry = JSON.parse(raw) as CachedEntry;
      return typeof entry?.text === 'string' ? entry : undefined;
    } catch (err) {
      this.cacheFailed('read', err);
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  private cacheFailed(action: 'read' | 'write', err: unknown): void {
    this.log.warn({ action, error: err instanceof Error ? err.message : String(err) }, 'translation cache unavailable; translating without it');
  }
}
