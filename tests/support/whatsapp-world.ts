import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterEach, beforeEach } from 'vitest';
import { importTiles } from '../../core/content/index.ts';
import { config } from '../../core/platform/config.ts';
import type { Db } from '../../core/platform/db.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { createTestConversationStack, type TestConversationStack } from './conversation-stack.ts';
import { createTestDb, truncateAll } from './test-db.ts';

/** What {@link useWhatsAppWorld} gives a test file; `core`, `redis` and `keyPrefix` are new for each test. */
export interface WhatsAppWorld {
  db: Db;
  /** The running test's conversation core (workers not started: the test starts them with its channel). */
  readonly core: TestConversationStack;
  /** The running test's Redis connection for the channel's own keys (window, choices). */
  readonly redis: Redis;
  /** The running test's key prefix (`test-wa-<uuid>:`); its keys are deleted afterwards. */
  readonly keyPrefix: string;
}

/** Teardown steps of the test file, around the core's. */
export interface WhatsAppWorldTeardown {
  /** Stops the channel (app, session) before the core goes. */
  stopChannel?: () => Promise<unknown>;
  /** Runs once the core is gone (closing network-edge fakes, checking what they saw). */
  afterCore?: () => Promise<unknown>;
}

/**
 * For a WhatsApp integration test file: the test database, and before each
 * test an emptied database with the engine library, a conversation core, a
 * Redis connection and a fresh key prefix (registered first, so the file's
 * own beforeEach can use them). After each test: `stopChannel`, the core
 * destroyed, `afterCore`, then the prefix's keys deleted and the connection
 * ended (also when a step failed).
 */
export function useWhatsAppWorld(teardown: WhatsAppWorldTeardown = {}): WhatsAppWorld {
  const db = createTestDb();
  let core: TestConversationStack;
  let redis: Redis;
  let keyPrefix: string;
  beforeEach(async () => {
    await truncateAll(db);
    await importTiles(db, engineLibraryFile(), 'test');
    core = createTestConversationStack(db);
    redis = new Redis(config().REDIS_URL);
    keyPrefix = `test-wa-${randomUUID()}:`;
  });
  afterEach(async () => {
    try {
      await teardown.stopChannel?.();
      await core.destroy();
      await teardown.afterCore?.();
    } finally {
      const keys = await redis.keys(`${keyPrefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    }
  });
  return {
    db,
    get core() { return core; },
    get redis() { return redis; },
    get keyPrefix() { return keyPrefix; },
  };
}
