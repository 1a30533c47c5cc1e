import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsync } from 'fastify';
import type { Redis } from 'ioredis';
import { toAnswerJson, MAX_QUESTION_CHARS, type AnswerService } from '../../../core/answers/index.ts';
import { SUPPORTED_LANGUAGES } from '../../../core/languages/index.ts';
import { config } from '../../../core/platform/config.ts';
import { AppError } from '../../../core/platform/errors.ts';
import { ANSWER_TEXTS } from '../../../flows/texts/index.ts';

const body = {
  type: 'object',
  required: ['org', 'text'],
  additionalProperties: false,
  properties: {
    org: { type: 'string', minLength: 1, maxLength: 100, pattern: '^[a-z0-9][a-z0-9-]*$' },
    text: { type: 'string', maxLength: MAX_QUESTION_CHARS },
    previous: { type: 'string', enum: [...SUPPORTED_LANGUAGES] },
    locale: { type: 'string', enum: [...SUPPORTED_LANGUAGES] },
  },
} as const;

const MINUTE_MS = 60_000;

/** Options of {@link askRoutes}. */
export interface AskRouteOptions {
  answers: AnswerService;
  /**
   * Where the per-address counts live, so every server process counts
   * together (a connection that fails commands, not BullMQ's). Without it
   * each process counts in memory.
   */
  redis?: Redis;
  /** Requests one client address may make per minute; default ASK_RATE_LIMIT. */
  perMinute?: number;
  /** Prefix of the counters' Redis keys; default `ask:rate:`. */
  keyPrefix?: string;
}

/**
 * POST /api/ask: the answer engine over HTTP, for editors testing their
 * content (the same JSON as `npm run ask`). Anonymous, so limited per client
 * address (`perMinute`, 429 RATE_LIMITED with Retry-After past it). When
 * the counters' Redis is down the route still answers, unlimited, rather
 * than fail: it changes nothing and costs only CPU. Encapsulated: the rate
 * limiter applies to this route only.
 */
export const askRoutes: FastifyPluginAsync<AskRouteOptions> = async (app, options) => {
  const { answers } = options;
  await app.register(rateLimit, {
    global: false,
    ...(options.redis ? { redis: options.redis } : {}),
    nameSpace: options.keyPrefix ?? 'ask:rate:',
    skipOnError: true,
    errorResponseBuilder: (_request, context) => new AppError('RATE_LIMITED', { after: context.after }),
  });
  const perMinute = options.perMinute ?? config().ASK_RATE_LIMIT;

  app.post<{ Body: { org: string; text: string; previous?: never; locale?: never } }>(
    '/api/ask',
    { schema: { body }, config: { rateLimit: { max: perMinute, timeWindow: MINUTE_MS } } },
    async (request) => {
      const { org, text, previous, locale } = request.body;
      const engine = await answers.engine(org);
      return toAnswerJson(engine.ask(text, { previous, locale }), ANSWER_TEXTS);
    },
  );
};
