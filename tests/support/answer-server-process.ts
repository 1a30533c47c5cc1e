/**
 * A server process for tests that need several of them: the real HTTP app
 * (server/app.ts: POST /api/ask, staff sign-in, the studio's tile library)
 * over the test database, with the answer engines' cache, the content-changed
 * notices and their listener wired as server/server.ts wires them, on the
 * local Redis under the key prefix the test gives (sessions, queues and the
 * pub/sub channel alike). Listens on a free loopback port and prints
 * `ready <port>` on stdout; exits cleanly on SIGTERM.
 *
 * Usage: node --import tsx tests/support/answer-server-process.ts <prefix>
 * Environment: TEST_DATABASE_URL, REDIS_URL as for the tests.
 */
import { Redis } from 'ioredis';
import { AnswerService, ContentChangeListener, RedisContentChanges } from '../../core/answers/index.ts';
import { createTileSource, TileScheduler } from '../../core/content/index.ts';
import { createDb } from '../../core/platform/db.ts';
import { config } from '../../core/platform/config.ts';
import { createRedis } from '../../core/platform/redis.ts';
import { buildApp } from '../../server/app.ts';
import { testDatabaseUrl } from './test-database-url.ts';

const [prefix] = process.argv.slice(2);
if (!prefix) {
  process.stderr.write('usage: answer-server-process.ts <prefix>\n');
  process.exit(2);
}

const db = createDb(testDatabaseUrl());
const subscriber = new Redis(config().REDIS_URL, { maxRetriesPerRequest: null });
const redis = new Redis(config().REDIS_URL, { maxRetriesPerRequest: 2 });
const queues = createRedis();
// The production default re-check interval: the notice, not the safety net, must make the bound.
const answers = new AnswerService(createTileSource(db));
const listener = new ContentChangeListener(subscriber, answers, prefix);
await listener.start();
const contentChanges = new RedisContentChanges(redis, prefix);
const schedule = new TileScheduler({ db, connection: queues, prefix: `${prefix}bull`, changes: contentChanges });
const app = buildApp({
  answers,
  contentChanges,
  disabled: {},
  ask: { perMinute: 1_000_000 },
  staffAuth: { db, redis, keyPrefix: `${prefix}staff:`, sessionSecret: 'answer-server-test-session-secret-32-chars', cookieSecure: false },
  library: { schedule },
});
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
process.stdout.write(`ready ${typeof address === 'object' && address ? address.port : 0}\n`);

process.once('SIGTERM', () => {
  void (async () => {
    await app.close();
    await schedule.close();
    await listener.close();
    subscriber.disconnect();
    redis.disconnect();
    queues.disconnect();
    await db.$disconnect();
    process.exit(0);
  })();
});
