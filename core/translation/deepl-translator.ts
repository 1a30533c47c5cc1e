import {
  AuthorizationError, ConnectionError, DeepLClient, DeepLError, QuotaExceededError, TooManyRequestsError,
} from 'deepl-node';
import type { Logger } from 'pino';
import { isLanguage, type Language } from '../languages/index.ts';
import { AppError } from '../platform/errors.ts';
import { logger } from '../platform/logger.ts';
import { CircuitBreaker, type CircuitBreakerOptions, type ServiceFailure } from './circuit-breaker.ts';
import { deeplSource, deeplTarget, languageFromDeepl } from './deepl-languages.ts';
import { settleTrivially, unavailable } from './request-checks.ts';
import { KEEP_TAG, protectTerms, restoreText } from './term-protection.ts';
import type {
  SegmentBatch, SegmentTranslator, TranslationRequest, TranslationResult, Translator, TranslatorStatus, UnavailableReason,
} from './types.ts';

/** Most texts deepl-node sends in one request to POST /v2/translate (DeepL's own limit). */
export const SEGMENTS_PER_REQUEST = 50;

export interface DeepLTranslatorOptions {
  /** DEEPL_AUTH_KEY. Never logged, never put into an error. */
  authKey: string;
  /** DEEPL_SERVER_URL; default: DeepL's free or pro API, chosen by deepl-node from the key. */
  serverUrl?: string;
  /**
   * Timeout of one request in ms (deepl-node's `minTimeout`; deepl-node
   * itself never waits less than about 1 s). Default 5000.
   */
  timeoutMs?: number;
  /**
   * deepl-node's own retries. Default 0: deepl-node would back off for
   * seconds inside the caller's request; the circuit breaker decides instead.
   */
  maxRetries?: number;
  /** The breaker itself (to share or inspect it) or its options. */
  breaker?: CircuitBreaker | CircuitBreakerOptions;
  log?: Logger;
}

/** The account's usage this billing period, from GET /v2/usage. */
export interface DeepLUsage {
  characterCount: number;
  characterLimit: number;
}

/** What went wrong, from a deepl-node error; `rejected` (HTTP 400) is about the text, not the service. */
function classify(err: unknown): ServiceFailure | 'rejected' {
  if (err instanceof QuotaExceededError) return 'quota_exceeded';
  if (err instanceof AuthorizationError) return 'auth_failed';
  if (err instanceof TooManyRequestsError) return 'rate_limited';
  if (err instanceof ConnectionError) return 'unreachable';
  if (err instanceof DeepLError && err.message.startsWith('Bad request')) return 'rejected';
  return 'service_error';
}

/**
 * The `Translator` on DeepL (deepl-node's DeepLClient), behind a circuit
 * breaker: while DeepL is over quota, refuses the key, rate-limits or keeps
 * failing, requests are answered `unavailable` at once, without a call.
 * Glossary terms are kept via XML tag handling (see term-protection.ts).
 *
 * Errors from deepl-node end here: they become `unavailable` results, and
 * only their class and message — with the key scrubbed — reach the log (the
 * SDK's errors carry the request, Authorization header included).
 * deepl-node does not expose response headers, so a 429's Retry-After is not
 * seen; the breaker's own cool-down applies.
 */
export class DeepLTranslator implements Translator, SegmentTranslator {
  readonly breaker: CircuitBreaker;
  private readonly client: DeepLClient;
  private readonly log: Logger;
  private readonly authKey: string;

  constructor(options: DeepLTranslatorOptions) {
    this.authKey = options.authKey;
    this.client = new DeepLClient(options.authKey, {
      ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}),
      maxRetries: options.maxRetries ?? 0,
      minTimeout: options.timeoutMs ?? 5000,
      sendPlatformInfo: false,
      appInfo: { appName: 'migrant-info-bot', appVersion: '0.1.0' },
    });
    this.breaker = options.breaker instanceof CircuitBreaker ? options.breaker : new CircuitBreaker(options.breaker);
    this.log = options.log ?? logger().child({ module: 'translation' });
  }

  async translate(request: TranslationRequest): Promise<TranslationResult> {
    const settled = settleTrivially(request);
    if (settled) return settled;
    const { text, from, to } = request;
    const held = this.breaker.tryAcquire();
    if (held) return unavailable(text, held);
    let answer;
    try {
      answer = await this.client.translateText(
        protectTerms(text, request.glossary ?? []),
        from ? deeplSource(from) : null,
        deeplTarget(to),
        { tagHandling: 'xml', ignoreTags: [KEEP_TAG] },
      );
    } catch (err) {
      return unavailable(text, this.failed(err, { from, to }));
    }
    this.breaker.recordSuccess();
    if (from) return { text: restoreText(answer.text), status: 'translated' };
    const detectedSource = languageFromDeepl(answer.detectedSourceLang);
    const detected = detectedSource ? { detectedSource } : {};
    if (detectedSource === to) return { text, status: 'same_language', ...detected };
    return { text: restoreText(answer.text), status: 'translated', ...detected };
  }

  /**
   * Tile segments (prepared XML, see markdown-segments.ts) from `from` into
   * `to`, at most {@link SEGMENTS_PER_REQUEST} per request, one request after
   * the other; all or nothing: the first failing request ends the batch with
   * its reason (the circuit breaker counts it as for `translate`). `from === to`
   * or no segments: the segments as they are, nothing sent.
   */
  async translateSegments(segments: readonly string[], from: Language, to: Language): Promise<SegmentBatch> {
    for (const lang of [from, to]) if (!isLanguage(lang)) throw new AppError('UNKNOWN_LANGUAGE', { lang: String(lang) });
    if (from === to || segments.length === 0) return { ok: true, texts: [...segments], characters: 0 };
    const texts: string[] = [];
    for (let i = 0; i < segments.length; i += SEGMENTS_PER_REQUEST) {
      const held = this.breaker.tryAcquire();
      if (held) return { ok: false, reason: held };
      const chunk = segments.slice(i, i + SEGMENTS_PER_REQUEST);
      try {
        const answers = await this.client.translateText(chunk, deeplSource(from), deeplTarget(to), { tagHandling: 'xml', ignoreTags: [KEEP_TAG] });
        if (answers.length !== chunk.length) throw new Error(`DeepL answered ${answers.length} texts for ${chunk.length}`);
        texts.push(...answers.map((answer) => answer.text));
      } catch (err) {
        return { ok: false, reason: this.failed(err, { from, to, segments: chunk.length }) };
      }
      this.breaker.recordSuccess();
    }
    return { ok: true, texts, characters: segments.reduce((sum, segment) => sum + segment.length, 0) };
  }

  /**
   * Characters used and allowed this billing period, or undefined when DeepL
   * cannot say (the circuit is open or the request failed; failures count).
   */
  async usage(): Promise<DeepLUsage | undefined> {
    if (this.breaker.tryAcquire()) return undefined;
    try {
      const usage = await this.client.getUsage();
      this.breaker.recordSuccess();
      return usage.character ? { characterCount: usage.character.count, characterLimit: usage.character.limit } : undefined;
    } catch (err) {
      this.failed(err, {});
      return undefined;
    }
  }

  /** On, with the breaker's state (open: why, and when the next trial goes out). */
  status(): TranslatorStatus {
    const { state, reason, retryAt } = this.breaker.snapshot();
    return { enabled: true, circuit: state, ...(reason ? { reason } : {}), ...(retryAt ? { retryAt: new Date(retryAt) } : {}) };
  }

  /** Records a failure with the breaker and logs it (class and scrubbed message only). */
  private failed(err: unknown, context: Record<string, unknown>): UnavailableReason {
    const failure = classify(err);
    if (failure === 'rejected') this.breaker.recordSuccess();
    else this.breaker.recordFailure(failure);
    this.log.warn(
      { ...context, failure, error: this.describe(err), circuit: this.breaker.snapshot().state },
      'DeepL request failed; the original text is shown',
    );
    return failure;
  }

  private describe(err: unknown): string {
    const name = err instanceof Error ? err.constructor.name : typeof err;
    const message = err instanceof Error ? err.message : String(err);
    return `${name}: ${message}`.split(this.authKey).join('[redacted]').slice(0, 500);
  }
}
