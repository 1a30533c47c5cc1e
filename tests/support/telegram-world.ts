import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { TelegramChannel, type TelegramChannelOptions } from '../../bots/telegram/index.ts';
import { importTiles } from '../../core/content/index.ts';
import { config } from '../../core/platform/config.ts';
import type { Db } from '../../core/platform/db.ts';
import { FakeTelegramApi } from '../fakes/telegram-bot-api.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { createTestConversationStack, type TestConversationStack } from './conversation-stack.ts';
import { createTestDb, truncateAll } from './test-db.ts';

/**
 * The real TelegramChannel against the fake Bot API `api` (its token and
 * API root), with a silent log; `options` gives where messages go, the
 * Redis connection and the prefix of the channel's keys, and anything else
 * a test sets (a restart delay, webhook mode).
 */
export function telegramChannelOnFake(
  api: FakeTelegramApi,
  options: Omit<TelegramChannelOptions, 'token' | 'apiRoot' | 'log'>,
): TelegramChannel {
  return new TelegramChannel({ token: api.token, apiRoot: api.apiRoot, log: pino({ level: 'silent' }), ...options });
}

/** What {@link useTelegramWorld} gives a test file; `core` is new for each test. */
export interface TelegramWorld {
  db: Db;
  /** The fake Bot API of the file (listening once the file's tests run). */
  api: FakeTelegramApi;
  /** A Redis connection that fails fast, for the channels' own keys. */
  redis: Redis;
  /** The file's key prefix (`test-telegram-<uuid>:`); its keys are deleted after the file. */
  keyPrefix: string;
  /** The running test's conversation core (workers not started: the test starts them with its channels). */
  readonly core: TestConversationStack;
}

/**
 * For a Telegram webhook test file: the test database, the fake Bot API
 * and a Redis connection for the file; before each test an emptied
 * database with the engine library and a conversation core. The world's
 * hooks are registered first, so they run after the file's own: the file's
 * `afterEach` closes its app before the core is destroyed, and after the
 * file the prefix's keys are deleted and the connection, the fake and the
 * database client closed.
 */
export function useTelegramWorld(): TelegramWorld {
  const db = createTestDb();
  const api = new FakeTelegramApi();
  const redis = new Redis(config().REDIS_URL, { maxRetriesPerRequest: 2 });
  const keyPrefix = `test-telegram-${randomUUID()}:`;
  let core: TestConversationStack;

  beforeAll(async () => {
    await api.start();
  });
  afterAll(async () => {
    const keys = await redis.keys(`${keyPrefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await api.stop();
    await db.$disconnect();
  });
  beforeEach(async () => {
    await truncateAll(db);
    await importTiles(db, engineLibraryFile(), 'test');
    core = createTestConversationStack(db);
  });
  afterEach(async () => {
    await core.destroy();
  });

  return { db, api, redis, keyPrefix, get core() { return core; } };
}
