import { secretsEqual } from '../../core/platform/secrets.ts';
import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { TelegramChannel } from './telegram-channel.ts';

/** Options of {@link telegramWebhookPlugin}. */
export interface TelegramWebhookPluginOptions {
  /** Handles the verified updates. */
  channel: Pick<TelegramChannel, 'handleUpdate'>;
  /** TELEGRAM_WEBHOOK_SECRET: the `secret_token` given to setWebhook. Required: an unauthenticated webhook is never served. */
  secret: string;
  /** Route path; default `/telegram/webhook` (the path of TELEGRAM_WEBHOOK_URL). */
  path?: string;
}

/** The header Telegram sends the webhook's `secret_token` in. */
export const SECRET_HEADER = 'x-telegram-bot-api-secret-token';
export const DEFAULT_WEBHOOK_PATH = '/telegram/webhook';

/** Largest update body accepted; real updates are a few kilobytes. */
const BODY_LIMIT = 256 * 1024;


const updateSchema = {
  type: 'object',
  required: ['update_id'],
  properties: { update_id: { type: 'integer', minimum: 0 } },
} as const;

/**
 * `POST /telegram/webhook`: Telegram's updates in webhook mode. A request
 * without the right `X-Telegram-Bot-Api-Secret-Token` gets 401 before its
 * body is read; a body that is not JSON or not an update (no integer
 * `update_id`) gets 400; a valid update is handed to the channel, and the
 * answer waits until it is stored, so 200 means "safely received" and a 500
 * (database or Redis down) makes Telegram deliver it again. Update content
 * the bot does not read is acknowledged with 200 and ignored.
 * Encapsulated: its error handler applies to this route only.
 */
export const telegramWebhookPlugin: FastifyPluginAsync<TelegramWebhookPluginOptions> = async (app, options) => {
  if (!options.secret) throw new Error('telegramWebhookPlugin needs the webhook secret (TELEGRAM_WEBHOOK_SECRET)');
  const log = app.log.child({ module: 'telegram' });

  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error.statusCode && error.statusCode < 500) {
      void reply.status(error.statusCode).send({ ok: false, error: error.validation ? 'not a Telegram update' : error.message });
      return;
    }
    log.error({ code: error.code, reqId: request.id }, 'Telegram update could not be stored; Telegram will deliver it again');
    void reply.status(500).send({ ok: false, error: 'internal error' });
  });

  app.post(options.path ?? DEFAULT_WEBHOOK_PATH, {
    bodyLimit: BODY_LIMIT,
    schema: { body: updateSchema },
    onRequest: async (request, reply) => {
      const given = request.headers[SECRET_HEADER];
      if (typeof given !== 'string' || !secretsEqual(given, options.secret)) {
        log.warn({ reqId: request.id }, 'Telegram webhook request without the right secret token refused');
        await reply.status(401).send({ ok: false, error: 'unauthorized' });
      }
    },
  }, async (request, reply) => {
    await options.channel.handleUpdate(request.body as object, { strict: true });
    return reply.status(200).send({ ok: true });
  });
};
