/**
 * `npm start`: the HTTP server. Reads the configuration once, says which
 * integrations are off (and why), serves until SIGINT/SIGTERM, then closes
 * the HTTP server, the queue workers, the Redis connections and the database
 * pool in that order.
 */
import { Redis } from 'ioredis';
import { AnswerService } from '../core/answers/index.ts';
import { createTileSource } from '../core/content/index.ts';
import { contactKeys } from '../core/conversation/index.ts';
import { config, disabledIntegrations } from '../core/platform/config.ts';
import { createDb } from '../core/platform/db.ts';
import { createRedis } from '../core/platform/redis.ts';
import { logger } from '../core/platform/logger.ts';
import { municipalityLookup } from '../bots/webchat/chat-page.ts';
import { WebChatSender } from '../bots/webchat/index.ts';
import { buildApp, type WebChatDependencies } from './app.ts';
import { ConversationStack } from './conversation-stack.ts';

/** Development-only key for channel user ids; production must set CONTACT_ENCRYPTION_KEY. */
const DEV_CONTACT_KEY = 'development-only-contact-key-change-me';

const cfg = config();
const log = logger();
const db = createDb();
const answers = new AnswerService(createTileSource(db), {
  onRefreshError: (org, err) => log.warn({ module: 'answers', org, err }, 'content refresh failed; answering from the previous content'),
});
const disabled = disabledIntegrations(cfg);

// The conversation core: inbound processing and outbound delivery on BullMQ.
const queueRedis = createRedis(cfg.REDIS_URL);
queueRedis.on('error', (err) => log.warn({ module: 'queues', err }, 'queue Redis connection error'));
// Web chat gets its own connection: BullMQ's (maxRetriesPerRequest: null) would make a chat request wait forever on a Redis outage.
const chatRedis = new Redis(cfg.REDIS_URL, { maxRetriesPerRequest: 2 });
chatRedis.on('error', (err) => log.warn({ module: 'webchat', err }, 'web chat Redis connection error'));

if (!cfg.CONTACT_ENCRYPTION_KEY) {
  (cfg.NODE_ENV === 'production' ? log.error.bind(log) : log.warn.bind(log))('CONTACT_ENCRYPTION_KEY is not set: channel user ids are encrypted with a development key');
}
const core = new ConversationStack({
  db,
  connection: queueRedis,
  keys: contactKeys(cfg.CONTACT_ENCRYPTION_KEY ?? DEV_CONTACT_KEY),
  answers,
  defaultOrganization: cfg.DEFAULT_ORGANIZATION,
});
await core.startWorkers([new WebChatSender({ redis: chatRedis })]);
const webchat: WebChatDependencies = { redis: chatRedis, inbound: core.service, lookupOrganization: municipalityLookup(db) };

for (const [integration, reason] of Object.entries(disabled)) log.info({ integration }, `${integration} is off: ${reason}`);

const app = buildApp({ answers, disabled, logger: log, webchat });
await app.listen({ host: cfg.HOST, port: cfg.PORT });
log.info(`ready: http://localhost:${cfg.PORT}/health — ask the demo municipality with POST /api/ask {"org":"${cfg.DEFAULT_ORGANIZATION}","text":"..."}`);
log.info(`web chat: http://localhost:${cfg.PORT}/chat/${cfg.DEFAULT_ORGANIZATION} (with an employer layer: ?entry=agrifarm)`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log.info({ signal }, 'shutting down');
    void app
      .close()
      .then(() => core.close())
      .then(() => Promise.all([chatRedis.quit(), queueRedis.quit()]))
      .then(() => db.$disconnect())
      .then(() => process.exit(0));
  });
}
