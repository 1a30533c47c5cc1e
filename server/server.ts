/**
 * `npm start`: the HTTP server. Reads the configuration once, says which
 * integrations are off (and why), serves until SIGINT/SIGTERM, then closes
 * the HTTP server, the channels, the queue workers, the Redis connections
 * and the database pool in that order.
 */
import { Redis } from 'ioredis';
import { AnswerService, ContentChangeListener, RedisContentChanges } from '../core/answers/index.ts';
import { DeploymentSettings, InstantTileTranslation, TileScheduler, TileTranslationQueue, TileTranslations, createTileSource } from '../core/content/index.ts';
import { contactKeys } from '../core/conversation/index.ts';
import { ClaimTimeouts, HandoffService, InboxEventHub, RedisInboxEvents } from '../core/handoff/index.ts';
import { CONTACT_DEV_KEY, config, disabledIntegrations, startupProblems } from '../core/platform/config.ts';
import { createDb } from '../core/platform/db.ts';
import { createRedis } from '../core/platform/redis.ts';
import { RetentionScheduler, RetentionService } from '../core/retention/index.ts';
import { ContentGapStore, ReportDocumentService, ReportScheduler, ReportsService, ServiceReportContent } from '../core/reports/index.ts';
import { redisHealth } from '../core/platform/redis-health.ts';
import { logger } from '../core/platform/logger.ts';
import { CachedTranslationEraser, TranslationService, createSegmentTranslator, createTranslator } from '../core/translation/index.ts';
import { municipalityLookup } from '../bots/webchat/chat-page.ts';
import { FIXED_TEXTS } from '../flows/index.ts';
import { buildApp } from './app.ts';
import { createChannels } from './channels.ts';
import { ConversationStack } from './conversation-stack.ts';

const cfg = config();
const log = logger();
const unsafe = startupProblems(cfg);
if (unsafe.length > 0) {
  log.fatal({ problems: unsafe, nodeEnv: cfg.NODE_ENV ?? null },
    `refusing to start: ${unsafe.join('; ')}. On a developer machine set NODE_ENV=development (npm run demo does); in production set these variables`);
  process.exit(1);
}
const db = createDb();
const answers = new AnswerService(createTileSource(db), {
  onRefreshError: (org, err) => log.warn({ module: 'answers', org, err }, 'content refresh failed; answering from the previous content'),
  onPrepareError: (err) => log.warn({ module: 'answers', err }, 'preparing an answer engine in idle time failed; it builds on first questions instead'),
});
const disabled = disabledIntegrations(cfg);

// Redis: BullMQ's connection waits out outages (maxRetriesPerRequest: null); everything a request waits on fails fast instead.
const queueRedis = createRedis(cfg.REDIS_URL);
const fastRedis = new Redis(cfg.REDIS_URL, { maxRetriesPerRequest: 2 });
const subscriberRedis = new Redis(cfg.REDIS_URL, { maxRetriesPerRequest: null });
// One warning when a connection goes away, one note when it is back (core/platform/redis-health.ts), however long the outage.
for (const [name, connection] of Object.entries({ queues: queueRedis, requests: fastRedis, 'inbox-events': subscriberRedis })) {
  redisHealth().watchConnection(name, connection);
}

if (!cfg.CONTACT_ENCRYPTION_KEY) log.warn('CONTACT_ENCRYPTION_KEY is not set: channel user ids are encrypted with a development key');
const keys = contactKeys(cfg.CONTACT_ENCRYPTION_KEY ?? CONTACT_DEV_KEY);
const inboxEvents = new RedisInboxEvents(fastRedis);

// The default municipality: national administrators change it (deployment_settings); DEFAULT_ORGANIZATION is the fallback.
const deployment = new DeploymentSettings(db, { fallbackMunicipality: cfg.DEFAULT_ORGANIZATION });

// The conversation core, the channels around it, and the outreach workers' inbox.
// Tile translations by DeepL (off without DEEPL_AUTH_KEY): after publishes (the queue below) and at once for a chat.
const segmentTranslator = createSegmentTranslator(cfg, { log: log.child({ module: 'translation' }) });
const tileTranslations = new TileTranslations({ db, translator: segmentTranslator, log: log.child({ module: 'tile-translation' }) });
const core = new ConversationStack({
  db, connection: queueRedis, keys, answers, defaultOrganization: () => deployment.defaultMunicipalitySlug(), events: inboxEvents, log: log.child({ module: 'queues' }),
  translations: new CachedTranslationEraser({ redis: fastRedis }),
  missingTranslations: new InstantTileTranslation(tileTranslations),
  // Unanswered and "not helpful" questions, scrubbed of personal data, kept 90 days for editors (core/reports/gaps).
  contentGaps: new ContentGapStore({ db, secret: cfg.CONTENT_GAP_SECRET, log: log.child({ module: 'content-gaps' }) }),
});
const channels = await createChannels({ cfg, log, redis: fastRedis, inbound: core.service, keys });
await core.startWorkers(channels.senders, channels.erasers);

// Retention: each municipality's policy applied once a day; admins see what the next run would delete.
const retention = new RetentionService({ db, connection: queueRedis, keys, erasers: channels.erasers, log: log.child({ module: 'retention' }) });
const retentionScheduler = new RetentionScheduler(retention, { connection: queueRedis, log: log.child({ module: 'retention' }) });
await retentionScheduler.start();
// Half-yearly reports: each municipality's PDF in Dutch and English, made at 00:30 on 1 January and 1 July (core/reports/pdf).
const reportDocuments = new ReportDocumentService({ db, source: new ServiceReportContent(db, new ReportsService(db, { k: cfg.REPORT_MIN_COUNT })), log: log.child({ module: 'reports' }) });
const reportScheduler = new ReportScheduler(reportDocuments, { connection: queueRedis, log: log.child({ module: 'reports' }) });
await reportScheduler.start();

const translation = new TranslationService({ db, translator: createTranslator(cfg, { redis: fastRedis, log: log.child({ module: 'translation' }) }) });
const claimTimeouts = new ClaimTimeouts({ connection: queueRedis, timeoutMs: cfg.CLAIM_TIMEOUT_MINUTES * 60_000 });
const handoff = new HandoffService({
  db, keys, translation, delivery: core.delivery, events: inboxEvents,
  backToBotText: (language) => FIXED_TEXTS[language].handoff.backToBot,
  workerTexts: (language) => FIXED_TEXTS[language].worker,
  scheduleClaimTimeout: (conversationId) => claimTimeouts.schedule(conversationId),
  claimTimeoutMinutes: cfg.CLAIM_TIMEOUT_MINUTES,
});
await claimTimeouts.start((conversationId) => handoff.releaseIfIdle(conversationId));
const hub = new InboxEventHub(subscriberRedis);
await hub.start();
// A content change published by any process (studio, scheduled publish) re-checks this process's answer engines at once.
const contentChanges = new RedisContentChanges(fastRedis);
const contentListener = new ContentChangeListener(subscriberRedis, answers);
await contentListener.start();
// Tile translations: after every publish the missing and stale languages are made by DeepL (within each
// organization's monthly budget), in a BullMQ queue; without DEEPL_AUTH_KEY the studio's matrix says why they are missing.
const translationQueue = new TileTranslationQueue({
  translations: tileTranslations, connection: queueRedis, changes: contentChanges, log: log.child({ module: 'tile-translation' }),
  organizationOf: async (tileId) => (await db.tile.findUnique({ where: { id: tileId }, select: { organizationId: true } }))?.organizationId,
});
await translationQueue.start();
// Scheduled tile publishes and unpublishes (studio): delayed jobs in Redis, run by whichever process is up.
const tileScheduler = new TileScheduler({
  db, connection: queueRedis, changes: contentChanges, translations: translationQueue, log: log.child({ module: 'tile-schedule' }),
});
await tileScheduler.start();

for (const [integration, reason] of Object.entries(disabled)) log.info({ integration }, `${integration} is off: ${reason}`);

const app = buildApp({
  answers,
  contentChanges,
  disabled,
  logger: log,
  ask: { redis: fastRedis },
  tryIt: { redis: fastRedis },
  webchat: { redis: fastRedis, inbound: core.service, lookupOrganization: municipalityLookup(db) },
  staffAuth: { db, redis: fastRedis },
  inbox: { handoff, hub },
  staffAdmin: { deployment, publicUrl: () => cfg.PUBLIC_URL },
  retention: { retention },
  reports: { documents: reportDocuments, k: cfg.REPORT_MIN_COUNT },
  library: { schedule: tileScheduler, translations: translationQueue },
  tileTranslations: { translations: tileTranslations, translator: segmentTranslator },
  entryLinks: () => ({ webBaseUrl: cfg.PUBLIC_URL ?? `http://localhost:${cfg.PORT}`, telegramBot: channels.telegramBot(), whatsappNumber: cfg.WHATSAPP_PHONE_NUMBER }),
  ...channels.app,
});
await app.listen({ host: cfg.HOST, port: cfg.PORT });
await channels.start();
log.info(`ready: http://localhost:${cfg.PORT}/health — ask the demo municipality with POST /api/ask {"org":"${cfg.DEFAULT_ORGANIZATION}","text":"..."}`);
log.info(`web chat: http://localhost:${cfg.PORT}/chat/${cfg.DEFAULT_ORGANIZATION} (with an employer layer: ?entry=agrifarm)`);
log.info(`outreach inbox: http://localhost:${cfg.PORT}/inbox (sign in at /login with an account printed by npm run setup)`);
log.info(`staff app (studio, inbox, settings): http://localhost:${cfg.PORT}/app/ — API described at /docs`);

/** Closes everything in order; a step that fails is logged and the rest still closes; after 15 s the process exits anyway. */
async function shutdown(signal: string): Promise<void> {
  log.info({ signal }, 'shutting down');
  setTimeout(() => process.exit(1), 15_000).unref();
  const step = (name: string, close: () => Promise<unknown>) => close().catch((err: unknown) => log.error({ err, step: name }, 'shutdown step failed'));
  await step('http', () => app.close());
  await step('channels', () => channels.stop());
  await Promise.all([step('queues', () => core.close()), step('claim timeouts', () => claimTimeouts.close()),
    step('retention', async () => {
      await retentionScheduler.close();
      await retention.close();
    }), step('report documents', () => reportScheduler.close()), step('inbox events', () => hub.close()), step('content changes', () => contentListener.close()), step('tile schedule', () => tileScheduler.close()),
    step('tile translation', () => translationQueue.close())]);
  await Promise.all([fastRedis, queueRedis, subscriberRedis].map((r) => step('redis', () => r.quit())));
  await step('database', () => db.$disconnect());
  process.exit(0);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void shutdown(signal));
