import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import type { InboundHandler } from '../../core/conversation/ports.ts';
import { AppError, httpErrorAnswer, isAppError } from '../../core/platform/errors.ts';
import { parseBotServiceActivity } from './bot-service-activities.ts';
import {
  assertServiceUrlMatches, botServiceAuthConfig, botServiceAuthenticator, botServiceSettings,
  type BotServiceIdentity, type BotServiceSettings,
} from './bot-service-auth.ts';
import { ConversationReferenceStore } from './conversation-references.ts';

/** Options of {@link botServicePlugin}. */
export interface BotServicePluginOptions {
  /** Where user messages go (the conversation core). */
  inbound: InboundHandler;
  /** Conversation references (where replies go); BotServiceSender reads them from the same Redis. */
  redis: Redis;
  /** Redis key prefix; default `azurebot:`. BotServiceSender must use the same. */
  keyPrefix?: string;
  /** How long a person's conversation reference is kept after their last message, in seconds; default 7 days. */
  referenceTtlSeconds?: number;
  /** The registration; default MicrosoftAppId / MicrosoftAppPassword / MicrosoftAppTenantId from the configuration. */
  settings?: BotServiceSettings;
}

/** Bytes: activities carry entities and channel data besides the text; this bounds abuse. */
const ACTIVITY_BODY_LIMIT = 256 * 1024;

/**
 * The plugin's errors as `{ code, message }`, mapped like the rest of the
 * application ({@link httpErrorAnswer}); 5xx reveal nothing, an AppError
 * 5xx (storage down) is logged as a warning with its cause.
 */
function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const answer = httpErrorAnswer(error);
  if (isAppError(error) && error.status >= 500) request.log.warn({ err: error.cause ?? error, code: error.code }, 'Bot Service activity not accepted');
  if (answer.unexpected) request.log.error({ err: error }, 'unhandled error');
  void reply.status(answer.status).send(answer.body);
}

/**
 * `POST /api/messages`: the messaging endpoint of an Azure Bot Service
 * registration (Azure Web Chat, Direct Line). Each request runs
 * authentication (onRequest: the Bot Framework JWT, checked by the Agents
 * SDK's `authorizeJWT`; 401 BOT_SERVICE_UNAUTHORIZED before the body is
 * read) → activity validation (Bot Framework Activity schema; 400) → the
 * token's serviceUrl must be the activity's (401) → the conversation
 * reference is stored and the message handed to `inbound.receive` → 202.
 * The reply is not part of the response: it comes later from the delivery
 * queue through BotServiceSender. Other activity types are answered 200 and
 * ignored. A storage failure answers 503, so the connector may redeliver
 * (the core receives each activity once). Encapsulated: its error handler
 * applies to its route only.
 */
export const botServicePlugin: FastifyPluginAsync<BotServicePluginOptions> = async (app, options) => {
  const settings = options.settings ?? botServiceSettings();
  if (!settings) throw new AppError('CONFIG_INVALID', { details: 'MicrosoftAppId and MicrosoftAppPassword are required for /api/messages' });
  const authenticate = botServiceAuthenticator(botServiceAuthConfig(settings));
  const references = new ConversationReferenceStore(options.redis, { keyPrefix: options.keyPrefix, ttlSeconds: options.referenceTtlSeconds });
  const identities = new WeakMap<FastifyRequest, BotServiceIdentity>();
  app.setErrorHandler(errorHandler);

  app.post(
    '/api/messages',
    {
      bodyLimit: ACTIVITY_BODY_LIMIT,
      onRequest: async (request) => {
        try {
          identities.set(request, await authenticate({ headers: request.headers, method: request.method }));
        } catch (err) {
          request.log.info({ module: 'azure-bot', reason: isAppError(err) ? err.params.reason : undefined }, 'Bot Service request rejected');
          throw err;
        }
      },
    },
    async (request, reply) => {
      const identity = identities.get(request);
      if (!identity) throw new AppError('BOT_SERVICE_UNAUTHORIZED', { reason: 'not authenticated' });
      const activity = parseBotServiceActivity(request.body);
      if (activity.kind === 'ignored') return reply.status(200).send();
      assertServiceUrlMatches(identity, activity.reference.serviceUrl);
      try {
        // The reference first: the reply may be ready before receive() returns.
        await references.save(activity.inbound.channelUserId, activity.reference);
        await options.inbound.receive(activity.inbound);
      } catch (err) {
        if (isAppError(err) && err.status < 500) throw err;
        throw new AppError('BOT_SERVICE_UNAVAILABLE', {}, { cause: err });
      }
      return reply.status(202).send();
    },
  );
};
