/**
 * `npm start`: the HTTP server. Reads the configuration once, says which
 * integrations are off (and why), serves until SIGINT/SIGTERM, then closes
 * the HTTP server, the web chat's Redis connection and the database pool in
 * that order.
 */
import { Redis } from 'ioredis';
import { AnswerService } from '../core/answers/index.ts';
import { createTileSource, resolveEntryCode } from '../core/content/index.ts';
import type { InboundHandler } from '../core/conversation/ports.ts';
import { config, disabledIntegrations } from '../core/platform/config.ts';
import { createDb, type Db } from '../core/platform/db.ts';
import { isAppError } from '../core/platform/errors.ts';
import { logger } from '../core/platform/logger.ts';
import type { LookupOrganization } from '../bots/webchat/chat-page.ts';
import { buildApp, type WebChatDependencies } from './app.ts';

/**
 * The conversation core's handler for web chat messages. Undefined until the
 * conversation core is wired into the server (its own change, which also
 * registers `WebChatSender` as the core's sender for channel `webchat`); the
 * web chat stays off until then rather than answering from a stand-in.
 */
const webChatInbound: InboundHandler | undefined = undefined;

/**
 * The municipality a chat link names, through the content module's public
 * API: resolving with no entry code and the slug as the default finds the
 * municipality by slug (an unknown slug or another kind of organization is
 * no chat). Brand colour and languages are not in that API yet.
 */
function municipalityLookup(db: Db): LookupOrganization {
  return async (slug) => {
    try {
      const { municipality } = await resolveEntryCode(db, undefined, slug);
      return { name: municipality.name };
    } catch (err) {
      if (isAppError(err, 'ORGANIZATION_NOT_FOUND') || isAppError(err, 'CONFIG_INVALID')) return undefined;
      throw err;
    }
  };
}

const cfg = config();
const log = logger();
const db = createDb();
const answers = new AnswerService(createTileSource(db), {
  onRefreshError: (org, err) => log.warn({ module: 'answers', org, err }, 'content refresh failed; answering from the previous content'),
});
const disabled = disabledIntegrations(cfg);

let webchat: WebChatDependencies | undefined;
if (webChatInbound) {
  // Its own connection: BullMQ's (maxRetriesPerRequest: null) would make a chat request wait forever on a Redis outage.
  const redis = new Redis(cfg.REDIS_URL, { maxRetriesPerRequest: 2 });
  redis.on('error', (err) => log.warn({ module: 'webchat', err }, 'web chat Redis connection error'));
  webchat = { redis, inbound: webChatInbound, lookupOrganization: municipalityLookup(db) };
} else {
  disabled.webchat = 'waiting for the conversation core';
  log.info({ integration: 'webchat' }, 'web chat: waiting for the conversation core');
}
for (const [integration, reason] of Object.entries(disabled)) {
  if (integration !== 'webchat') log.info({ integration }, `${integration} is off: ${reason}`);
}

const app = buildApp({ answers, disabled, logger: log, webchat });
await app.listen({ host: cfg.HOST, port: cfg.PORT });
log.info(`ready: http://localhost:${cfg.PORT}/health — ask the demo municipality with POST /api/ask {"org":"${cfg.DEFAULT_ORGANIZATION}","text":"..."}`);
if (webchat) log.info(`web chat: http://localhost:${cfg.PORT}/chat/${cfg.DEFAULT_ORGANIZATION}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log.info({ signal }, 'shutting down');
    void app
      .close()
      .then(() => webchat?.redis.quit())
      .then(() => db.$disconnect())
      .then(() => process.exit(0));
  });
}
