import { secretsEqual } from '../../core/platform/secrets.ts';
import type { FastifyError, FastifyPluginAsync } from 'fastify';
import type { InboundHandler } from '../../core/conversation/index.ts';
import { AppError, httpErrorAnswer } from '../../core/platform/errors.ts';
import { parseCloudWebhook, validSignature } from './cloud-webhook.ts';
import { toInboundMessage } from './inbound-message.ts';
import type { CustomerServiceWindow } from './service-window.ts';

/** Options of {@link whatsappCloudPlugin}. */
export interface WhatsAppCloudPluginOptions {
  /** Where the person's messages go (the conversation core). */
  inbound: InboundHandler;
  /** Records each person's last message time: the 24-hour window the sender checks. */
  window: CustomerServiceWindow;
  /** WHATSAPP_CLOUD_APP_SECRET: signs every webhook POST (X-Hub-Signature-256). */
  appSecret: string;
  /** WHATSAPP_CLOUD_VERIFY_TOKEN: what Meta's subscription handshake must present. */
  verifyToken: string;
  /** WHATSAPP_CLOUD_PHONE_NUMBER_ID: messages for other numbers of the same app are ignored. */
  phoneNumberId?: string;
  /** Route of the webhook; default `/webhooks/whatsapp` (the callback URL to give Meta). */
  path?: string;
  /** Largest webhook body in bytes; default 1 MiB (Meta batches several messages). */
  bodyLimit?: number;
  now?: () => Date;
}

export const DEFAULT_WEBHOOK_PATH = '/webhooks/whatsapp';


/**
 * The WhatsApp Cloud API webhook. `GET` answers Meta's subscription
 * handshake; `POST` checks the signature over the raw body (a content-type
 * parser scoped to this plugin keeps the bytes), parses the messages, records
 * the 24-hour window and hands each message to the core, then answers 200.
 * A bad or missing signature is 401 and nothing is processed; malformed JSON
 * with a valid signature is 400. When storing fails the answer is 5xx, so
 * Meta delivers again (the core ignores a message id it already has).
 */
export const whatsappCloudPlugin: FastifyPluginAsync<WhatsAppCloudPluginOptions> = async (app, options) => {
  const path = options.path ?? DEFAULT_WEBHOOK_PATH;
  const bodyLimit = options.bodyLimit ?? 1024 * 1024;
  const now = options.now ?? (() => new Date());
  const log = app.log.child({ module: 'whatsapp', transport: 'cloud' });

  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit }, (_request, body, done) => done(null, body));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const answer = httpErrorAnswer(error);
    if (answer.status >= 500) request.log.error({ module: 'whatsapp', err: error }, 'WhatsApp webhook failed; Meta will deliver it again');
    return reply.status(answer.status).send(answer.body);
  });

  // The query carries the verify token: Fastify's request log (info) must not write the URL down.
  app.get(path, { logLevel: 'warn' }, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const { 'hub.mode': mode, 'hub.verify_token': token, 'hub.challenge': challenge } = query;
    if (mode !== 'subscribe' || typeof token !== 'string' || !secretsEqual(token, options.verifyToken) || typeof challenge !== 'string' || challenge.length > 256) {
      log.warn('WhatsApp webhook verification refused (wrong mode or verify token)');
      throw new AppError('FORBIDDEN');
    }
    log.info('WhatsApp webhook verified by Meta');
    return reply.type('text/plain; charset=utf-8').send(challenge);
  });

  app.post(path, { bodyLimit }, async (request, reply) => {
    const raw = request.body;
    if (!Buffer.isBuffer(raw) || !validSignature(raw, request.headers['x-hub-signature-256'], options.appSecret)) {
      log.warn('WhatsApp webhook with a missing or wrong signature ignored');
      throw new AppError('WEBHOOK_SIGNATURE_INVALID');
    }
    let payload: unknown;
    try {
      payload = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new AppError('VALIDATION_FAILED', { details: 'webhook body is not JSON' });
    }
    let messages;
    try {
      messages = parseCloudWebhook(payload, { phoneNumberId: options.phoneNumberId, receivedAt: now() });
    } catch {
      throw new AppError('VALIDATION_FAILED', { details: 'webhook body is not a WhatsApp Business Account payload' });
    }
    for (const message of messages) {
      // The window first: the reply may be sent before receive() returns.
      await options.window.recordInbound(message.phone, message.sentAt);
      const { duplicate } = await options.inbound.receive(toInboundMessage(message));
      log.debug({ duplicate }, 'WhatsApp message stored');
    }
    return reply.status(200).send();
  });
};
