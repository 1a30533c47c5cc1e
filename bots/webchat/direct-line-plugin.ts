import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import websocket from '@fastify/websocket';
import type { Redis } from 'ioredis';
import type { InboundHandler } from '../../core/conversation/ports.ts';
import { config, DIRECTLINE_DEV_SECRET } from '../../core/platform/config.ts';
import { DEFAULT_BOT_NAME } from './activities.ts';
import { ActivityFeed } from './activity-feed.ts';
import { conversationDigest } from './activity-ids.ts';
import { ActivityStore } from './activity-store.ts';
import { conversationRoutes } from './conversation-routes.ts';
import { DirectLineError, directLineErrorHandler } from './direct-line-errors.ts';
import { DEFAULT_TOKEN_TTL_SECONDS, verifyDirectLineToken } from './direct-line-token.ts';
import { StreamLimits } from './stream-limits.ts';
import { streamRoute } from './stream-route.ts';

/** Options of {@link directLinePlugin}. Everything but `inbound` and `redis` has a default. */
export interface DirectLinePluginOptions {
  /** Where user messages go (the conversation core). */
  inbound: InboundHandler;
  /** Activity store, pub/sub and rate-limit counters; the plugin duplicates it for its subscriber connection. */
  redis: Redis;
  /** Prefix of every Redis key and channel; default `directline:`. WebChatSender must use the same. */
  keyPrefix?: string;
  /** Display name of the bot in activities; default "Bot". */
  botName?: string;
  /** Token lifetime in seconds; default 1800. */
  tokenTtlSeconds?: number;
  /** Conversations are forgotten this long after their last activity; default 24 h. */
  conversationTtlSeconds?: number;
  /** Token signing secret; default DIRECTLINE_SECRET. */
  secret?: string;
  /** Messages per minute per conversation token; default DIRECTLINE_RATE_LIMIT. */
  postsPerMinute?: number;
  /** Token generations and refreshes per minute per client IP; default DIRECTLINE_TOKEN_RATE_LIMIT. */
  tokensPerMinute?: number;
  /** WebSocket ping interval in ms; default 30 000. */
  keepaliveMs?: number;
  /** `Access-Control-Allow-Origin` for pages embedding Web Chat elsewhere; default `*` (tokens are bearer, no cookies). */
  corsOrigin?: string;
  /** Open WebSocket streams per conversation (all its tokens) in this process; default DIRECTLINE_STREAMS_PER_CONVERSATION (5). */
  maxStreamsPerConversation?: number;
  /** Open WebSocket streams per client address in this process; default DIRECTLINE_STREAMS_PER_ADDRESS (50). */
  maxStreamsPerAddress?: number;
  /** How long an erased conversation's open streams stay open (ms), to show the bot's confirmation; default 10 000. */
  erasedStreamGraceMs?: number;
  /** How long an erased conversation's tombstone keeps the bot's confirmation out of the log (seconds); default 900. WebChatEraser and WebChatSender must use the same. */
  tombstoneTtlSeconds?: number;
}

const MINUTE_MS = 60_000;

/**
 * Registers the JSON parser of the Direct Line routes: Fastify's own (with
 * its prototype-poisoning protection), except that an empty body is no body,
 * as clients start conversations with an empty POST that may still say JSON.
 */
function jsonParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body.toString();
    if (text === '') {
      done(null, undefined);
      return;
    }
    parseJson(request, text, done);
  });
}

function cors(app: FastifyInstance, origin: string): void {
  app.addHook('onRequest', async (_request, reply) => {
    void reply.header('access-control-allow-origin', origin);
  });
  app.options('/v3/directline/*', async (request, reply) => {
    void reply
      .header('access-control-allow-methods', 'GET, POST, OPTIONS')
      .header('access-control-allow-headers', request.headers['access-control-request-headers'] ?? 'authorization, content-type, x-ms-bot-agent')
      .header('access-control-max-age', '600')
      .status(204)
      .send();
  });
}

/**
 * A Direct Line 3.0-compatible API served by this application (no Azure),
 * for the botframework-webchat client: tokens, conversations, activities
 * (REST polling with watermarks) and the WebSocket stream, under
 * `/v3/directline`. User messages go to `inbound.receive()`; bot replies
 * come in through {@link WebChatSender} on the same Redis. Knows nothing of
 * the database, the flows or the answer engine. Encapsulated: its error
 * handler (Direct Line error bodies), JSON parser, rate limits and CORS
 * header apply to its routes only.
 */
export const directLinePlugin: FastifyPluginAsync<DirectLinePluginOptions> = async (app, options) => {
  const cfg = config();
  const log = app.log.child({ module: 'webchat' });
  const secret = options.secret ?? cfg.DIRECTLINE_SECRET;
  if (secret === DIRECTLINE_DEV_SECRET && cfg.NODE_ENV === 'production') {
    log.warn('DIRECTLINE_SECRET is the development default: anyone can forge web chat tokens; set a random secret of at least 32 characters');
  }
  const store = new ActivityStore(options.redis, options);
  const feed = new ActivityFeed(options.redis, store, log);
  app.addHook('onClose', async () => feed.close());

  if (!app.hasDecorator('websocketServer')) await app.register(websocket, { options: { maxPayload: 4096 } });
  if (!app.hasDecorator('rateLimit')) {
    await app.register(rateLimit, {
      global: false,
      redis: options.redis,
      nameSpace: `${store.prefix}rate:`,
      skipOnError: true,
      errorResponseBuilder: (_request, context) => new DirectLineError('RATE_LIMITED', { after: context.after }),
    });
  }
  app.setErrorHandler(directLineErrorHandler);
  jsonParser(app);
  cors(app, options.corsOrigin ?? '*');

  const tokensPerMinute = options.tokensPerMinute ?? cfg.DIRECTLINE_TOKEN_RATE_LIMIT;
  const postsPerMinute = options.postsPerMinute ?? cfg.DIRECTLINE_RATE_LIMIT;
  conversationRoutes(app, {
    inbound: options.inbound,
    store,
    secret,
    botName: options.botName ?? DEFAULT_BOT_NAME,
    tokenTtlSeconds: options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS,
    tokenRateLimit: { max: tokensPerMinute, timeWindow: MINUTE_MS },
    postRateLimit: {
      max: postsPerMinute,
      timeWindow: MINUTE_MS,
      // Per conversation (every token of it), by IP when the token is bad (the route then answers 403).
      keyGenerator: (request: FastifyRequest) => {
        try {
          const token = /^Bearer\s+(\S+)/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
          // A digest: no Redis key names the conversation (erasure leaves none behind).
          return `conversation:${conversationDigest(verifyDirectLineToken(token, { secret }).conversationId)}`;
        } catch {
          return `ip:${request.ip}`;
        }
      },
    },
  });
  streamRoute(app, {
    store,
    feed,
    secret,
    keepaliveMs: options.keepaliveMs ?? 30_000,
    limits: new StreamLimits({
      perConversation: options.maxStreamsPerConversation ?? cfg.DIRECTLINE_STREAMS_PER_CONVERSATION,
      perAddress: options.maxStreamsPerAddress ?? cfg.DIRECTLINE_STREAMS_PER_ADDRESS,
    }),
    erasedGraceMs: options.erasedStreamGraceMs ?? 10_000,
  });
};
