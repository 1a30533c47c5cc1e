/**
 * One process of the fault scenario's stack (bench/faults-scenario.ts), as
 * in production but split in two so that the workers can be killed while
 * the HTTP server keeps taking messages:
 *
 * - `server`: Fastify with the Direct Line API (web chat); stores each
 *   message and queues its processing. No queue workers. Prints
 *   `ready <port>` once it listens on 127.0.0.1.
 * - `worker`: the inbound and delivery workers of the conversation core,
 *   replying through WebChatSender. Prints `ready` once both take jobs.
 *
 * Usage: node --import tsx bench/faults-stack.ts server|worker
 * Environment: DATABASE_URL, REDIS_URL, CONTACT_ENCRYPTION_KEY (as the
 * server reads them), FAULTS_QUEUE_PREFIX, FAULTS_DIRECTLINE_PREFIX,
 * FAULTS_ORG (the municipality), FAULTS_LOCK_MS (how soon a dead worker's
 * jobs are taken over). Exits cleanly on SIGTERM; the scenario kills the
 * worker with SIGKILL.
 */
import { Redis } from 'ioredis';
import { buildApp } from '../server/app.ts';
import { ConversationStack } from '../server/conversation-stack.ts';
import { WebChatSender } from '../bots/webchat/index.ts';
import { AnswerService } from '../core/answers/index.ts';
import { createTileSource } from '../core/content/index.ts';
import { contactKeys } from '../core/conversation/index.ts';
import { config } from '../core/platform/config.ts';
import { createDb } from '../core/platform/db.ts';
import { logger } from '../core/platform/logger.ts';
import { createRedis } from '../core/platform/redis.ts';

const role = process.argv[2];
if (role !== 'server' && role !== 'worker') {
  process.stderr.write('usage: faults-stack.ts server|worker\n');
  process.exit(2);
}
const env = (name: string): string => {
  const value = process.env[name];
  if (!value) {
    process.stderr.write(`faults-stack.ts needs ${name}\n`);
    process.exit(2);
  }
  return value;
};
const cfg = config();
const prefix = env('FAULTS_QUEUE_PREFIX');
const keyPrefix = env('FAULTS_DIRECTLINE_PREFIX');
const org = env('FAULTS_ORG');
const lockMs = Number(process.env.FAULTS_LOCK_MS ?? 2000);
const log = logger();

const db = createDb(cfg.DATABASE_URL);
const answers = new AnswerService(createTileSource(db));
// As server/server.ts: BullMQ's connection waits out outages; what a request waits on fails fast.
const queueRedis = createRedis(cfg.REDIS_URL);
const fastRedis = new Redis(cfg.REDIS_URL, { maxRetriesPerRequest: 2 });
for (const connection of [queueRedis, fastRedis]) connection.on('error', () => undefined);
const stack = new ConversationStack({
  db, connection: queueRedis, prefix, keys: contactKeys(env('CONTACT_ENCRYPTION_KEY')), answers, defaultOrganization: org,
  log: log.child({ module: 'queues', role }),
  backoffMs: 200,
  inboundConcurrency: 16,
  deliveryConcurrency: 16,
  inboundLockDurationMs: lockMs,
  inboundStalledIntervalMs: Math.max(250, Math.round(lockMs / 2)),
  deliveryLockDurationMs: lockMs,
  deliveryStalledIntervalMs: Math.max(250, Math.round(lockMs / 2)),
  // Work Redis lost is picked up again within seconds (production: 30 s).
  stranded: { graceMs: 3000, intervalMs: 1000 },
});

let close: () => Promise<unknown>;
if (role === 'worker') {
  (await answers.engine(org)).warmUp();
  await stack.startWorkers([new WebChatSender({ redis: fastRedis, keyPrefix })]);
  close = () => stack.close();
  process.stdout.write('ready\n');
} else {
  const app = buildApp({
    answers,
    disabled: {},
    webchat: { redis: fastRedis, inbound: stack.service, keyPrefix, lookupOrganization: async () => ({ name: 'Faults' }) },
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  close = async () => {
    await app.close();
    await stack.close();
  };
  process.stdout.write(`ready ${typeof address === 'object' && address ? address.port : 0}\n`);
}

process.once('SIGTERM', () => {
  void close()
    .catch(() => undefined)
    .then(() => Promise.all([queueRedis.quit(), fastRedis.quit()]))
    .catch(() => undefined)
    .then(() => db.$disconnect())
    .finally(() => process.exit(0));
});
