/**
 * A conversation worker process for tests that kill it: runs the inbound and
 * delivery workers of the real conversation core (ConversationStack) on the
 * test database and the local Redis, under the queue prefix the test gives,
 * and delivers replies for channel `telegram` by HTTP to the test's
 * RecordingChannelServer. Prints `ready` on stdout once the workers take
 * jobs; exits cleanly on SIGTERM. A test ends it with SIGKILL to simulate a
 * crash.
 *
 * Usage: node --import tsx tests/support/inbound-worker-process.ts <prefix> <sendUrl>
 * Environment: TEST_DATABASE_URL, REDIS_URL as for the tests.
 */
import { ConversationStack } from '../../server/conversation-stack.ts';
import { AnswerService } from '../../core/answers/index.ts';
import { createTileSource } from '../../core/content/index.ts';
import { contactKeys, type ChannelSender, type DeliveryResult, type OutboundMessage } from '../../core/conversation/index.ts';
import { createDb } from '../../core/platform/db.ts';
import { createRedis } from '../../core/platform/redis.ts';
import { testDatabaseUrl } from './test-database-url.ts';

/** Lock time and stalled-job check of the inbound worker: short, so a killed worker's job is taken up within seconds. */
export const WORKER_LOCK_DURATION_MS = 2000;
export const WORKER_STALLED_INTERVAL_MS = 1000;

/** Sends by HTTP POST to the fake's URL; a non-2xx answer or network error is retried by the delivery queue. */
class HttpChannelSender implements ChannelSender {
  readonly channel = 'telegram' as const;
  constructor(private readonly url: string) {}

  async send(message: OutboundMessage): Promise<DeliveryResult> {
    try {
      const response = await fetch(this.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message) });
      if (!response.ok) return { status: 'retry', error: `HTTP ${response.status}` };
      const { id } = (await response.json()) as { id: string };
      return { status: 'sent', externalId: id };
    } catch (err) {
      return { status: 'retry', error: (err as Error).message };
    }
  }
}

const [prefix, sendUrl] = process.argv.slice(2);
if (!prefix || !sendUrl) {
  process.stderr.write('usage: inbound-worker-process.ts <prefix> <sendUrl>\n');
  process.exit(2);
}

const db = createDb(testDatabaseUrl());
const connection = createRedis();
const stack = new ConversationStack({
  db,
  connection,
  prefix,
  keys: contactKeys('test'),
  answers: new AnswerService(createTileSource(db)),
  defaultOrganization: 'testdorp',
  backoffMs: 20,
  inboundLockDurationMs: WORKER_LOCK_DURATION_MS,
  inboundStalledIntervalMs: WORKER_STALLED_INTERVAL_MS,
});
await stack.startWorkers([new HttpChannelSender(sendUrl)]);
process.stdout.write('ready\n');

process.once('SIGTERM', () => {
  void stack
    .close()
    .then(() => connection.quit())
    .then(() => db.$disconnect())
    .then(() => process.exit(0));
});
