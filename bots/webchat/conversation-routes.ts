import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RateLimitOptions } from '@fastify/rate-limit';
import type { InboundHandler } from '../../core/conversation/ports.ts';
import { isAppError } from '../../core/platform/errors.ts';
import { parseClientActivity, toInboundMessage, userActivity } from './activities.ts';
import { randomActivityId, userActivityId } from './activity-ids.ts';
import type { ActivityStore } from './activity-store.ts';
import { DirectLineError, toDirectLineError } from './direct-line-errors.ts';
import {
  bearerToken,
  createDirectLineToken,
  newConversationId,
  userIdFor,
  secondsLeft,
  verifyDirectLineToken,
  SLUG_PATTERN,
  type DirectLineTokenClaims,
} from './direct-line-token.ts';
import type { ActivitySet } from './stream-route.ts';

/** Dependencies of the REST routes, resolved by the plugin. */
export interface ConversationRoutesOptions {
  inbound: InboundHandler;
  store: ActivityStore;
  secret: string;
  botName: string;
  tokenTtlSeconds: number;
  tokenRateLimit: RateLimitOptions;
  postRateLimit: RateLimitOptions;
}

/** Body of `tokens/generate`, `tokens/refresh` and `conversations` responses (Direct Line's Conversation object). */
export interface DirectLineConversation {
  conversationId: string;
  token: string;
  /** Seconds until the token expires. */
  expires_in: number;
  streamUrl?: string;
}

const ID_PARAM = { type: 'string', pattern: '^[A-Za-z0-9_-]{8,64}$' } as const;
const conversationParams = { type: 'object', required: ['id'], properties: { id: ID_PARAM } } as const;
/** Watermarks are sequence numbers (µs since 1970, 16 digits); older clients may hold small ones. */
const watermarkQuery = { type: 'object', properties: { watermark: { type: 'string', pattern: '^[0-9]{0,16}$' } } } as const;
/** Other fields (Azure's `user`, `trustedOrigins`) are stripped by Fastify's validator: the user id is always the server's choice. */
const generateBody = {
  type: 'object',
  required: ['org'],
  additionalProperties: false,
  properties: { org: { type: 'string', pattern: SLUG_PATTERN }, entry: { type: 'string', pattern: SLUG_PATTERN } },
} as const;
const activityBody = {
  type: 'object',
  required: ['type'],
  properties: { type: { type: 'string', minLength: 1, maxLength: 64 } },
} as const;
/** Bytes: generous for MAX_ACTIVITY_TEXT characters of escaped non-Latin text, small enough to bound abuse. */
const ACTIVITY_BODY_LIMIT = 64 * 1024;

function streamUrl(app: FastifyInstance, request: FastifyRequest, conversationId: string, token: string, watermark?: string): string {
  const scheme = request.protocol === 'https' ? 'wss' : 'ws';
  const path = `${app.prefix}/v3/directline/conversations/${encodeURIComponent(conversationId)}/stream`;
  const query = `t=${encodeURIComponent(token)}${watermark ? `&watermark=${encodeURIComponent(watermark)}` : ''}`;
  return `${scheme}://${request.host}${path}?${query}`;
}

/** Wraps a Redis failure as STORE_UNAVAILABLE (503); lets protocol errors through. */
async function stored<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    throw err instanceof DirectLineError ? err : new DirectLineError('STORE_UNAVAILABLE', {}, { cause: err });
  }
}

/** A verified bearer token and its claims. */
interface Authorization {
  token: string;
  claims: DirectLineTokenClaims;
}

/**
 * The Direct Line REST routes: tokens (generate, refresh), conversations
 * (start, reconnect), activities (post, poll). Each route runs rate limit
 * (onRequest) → token (preValidation: valid, unexpired, and for the path's
 * conversation) → schema validation → handler.
 */
export function conversationRoutes(app: FastifyInstance, options: ConversationRoutesOptions): void {
  const { inbound, store, secret, botName, tokenTtlSeconds } = options;
  const authorizations = new WeakMap<FastifyRequest, Authorization>();

  const authenticate = async (request: FastifyRequest): Promise<void> => {
    const token = bearerToken(request.headers.authorization);
    const claims = verifyDirectLineToken(token, { secret });
    const { id } = request.params as { id?: string };
    if (id !== undefined && claims.conversationId !== id) throw new DirectLineError('CONVERSATION_MISMATCH');
    authorizations.set(request, { token, claims });
  };
  const authorized = (request: FastifyRequest): Authorization => {
    const authorization = authorizations.get(request);
    if (!authorization) throw new DirectLineError('TOKEN_MISSING');
    return authorization;
  };

  app.post<{ Body: { org: string; entry?: string } }>(
    '/v3/directline/tokens/generate',
    { schema: { body: generateBody }, config: { rateLimit: options.tokenRateLimit } },
    async (request): Promise<DirectLineConversation> => {
      const { org, entry } = request.body;
      const conversationId = newConversationId();
      const { token } = createDirectLineToken({ conversationId, org, entry, userId: userIdFor(conversationId) }, { secret, ttlSeconds: tokenTtlSeconds });
      return { conversationId, token, expires_in: tokenTtlSeconds };
    },
  );

  app.post(
    '/v3/directline/tokens/refresh',
    { config: { rateLimit: options.tokenRateLimit }, preValidation: authenticate },
    async (request): Promise<DirectLineConversation> => {
      const { conversationId, org, entry, userId } = authorized(request).claims;
      const { token } = createDirectLineToken({ conversationId, org, entry, userId }, { secret, ttlSeconds: tokenTtlSeconds });
      return { conversationId, token, expires_in: tokenTtlSeconds };
    },
  );

  app.post('/v3/directline/conversations', { preValidation: authenticate }, async (request, reply): Promise<DirectLineConversation> => {
    const { token, claims } = authorized(request);
    await stored(store.bindUser(claims.userId, claims.conversationId));
    void reply.status(201);
    return {
      conversationId: claims.conversationId,
      token,
      expires_in: secondsLeft(claims),
      streamUrl: streamUrl(app, request, claims.conversationId, token),
    };
  });

  app.get<{ Params: { id: string }; Querystring: { watermark?: string } }>(
    '/v3/directline/conversations/:id',
    { preValidation: authenticate, schema: { params: conversationParams, querystring: watermarkQuery } },
    async (request): Promise<DirectLineConversation> => {
      const { token, claims } = authorized(request);
      return {
        conversationId: claims.conversationId,
        token,
        expires_in: secondsLeft(claims),
        streamUrl: streamUrl(app, request, claims.conversationId, token, request.query.watermark),
      };
    },
  );

  app.get<{ Params: { id: string }; Querystring: { watermark?: string } }>(
    '/v3/directline/conversations/:id/activities',
    { preValidation: authenticate, schema: { params: conversationParams, querystring: watermarkQuery } },
    async (request): Promise<ActivitySet> => {
      const after = Number(request.query.watermark || 0);
      const { activities, watermark } = await stored(store.read(request.params.id, after));
      return { activities, watermark: String(watermark) };
    },
  );

  app.post<{ Params: { id: string }; Body: unknown }>(
    '/v3/directline/conversations/:id/activities',
    {
      preValidation: authenticate,
      schema: { params: conversationParams, body: activityBody },
      bodyLimit: ACTIVITY_BODY_LIMIT,
      config: { rateLimit: options.postRateLimit },
    },
    async (request): Promise<{ id: string }> => {
      const conversationId = request.params.id;
      const { claims } = authorized(request);
      const message = parseClientActivity(request.body);
      if (message.kind === 'signal') return { id: randomActivityId(conversationId) };

      const receivedAt = new Date();
      const key = message.clientActivityId;
      // Derived from the client's id, not from Redis: a retry gets the same id, which the core deduplicates whatever Redis remembers.
      const id = key === undefined ? randomActivityId(conversationId) : userActivityId(conversationId, key);
      if (key !== undefined) {
        const reservation = await stored(store.reserve(conversationId, id, key));
        if (reservation.state === 'stored') return { id };
        if (reservation.state === 'busy') throw new DirectLineError('ACTIVITY_IN_FLIGHT');
      }
      const release = async (): Promise<void> => {
        if (key !== undefined) await store.release(conversationId, key).catch(() => undefined);
      };

      try {
        await inbound.receive(toInboundMessage(message, claims, id, receivedAt));
      } catch (err) {
        await release();
        if (isAppError(err) && err.status < 500) throw toDirectLineError(err);
        throw new DirectLineError('BOT_UNAVAILABLE', {}, { cause: err });
      }
      const activity = userActivity(message, { id, conversationId, userId: claims.userId, botName, timestamp: receivedAt });
      try {
        await store.append(conversationId, activity, { userId: claims.userId, clientActivityId: key, receivedAt });
        return { id };
      } catch (err) {
        // The handler has the message; the client's retry (same client id) redelivers it under the same id and appends it.
        await release();
        throw new DirectLineError('STORE_UNAVAILABLE', {}, { cause: err });
      }
    },
  );
}
