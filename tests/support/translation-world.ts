import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeEach, expect } from 'vitest';
import { createRedis } from '../../core/platform/redis.ts';
import { DeepLFake } from '../fakes/deepl-fake.ts';

/** What {@link useTranslationWorld} gives a test file; `fake` and `prefix` are new for each test. */
export interface TranslationWorld {
  /** One Redis connection for the file. */
  redis: Redis;
  /** The running test's DeepL fake. */
  readonly fake: DeepLFake;
  /** The running test's Redis key prefix (`test-translation-<uuid>`, keys below it are `<prefix>:…`). */
  readonly prefix: string;
}

/**
 * For a translation test file: a Redis connection, and for each test a
 * DeepL fake accepting `authKey` and a fresh key prefix. After each test
 * the test fails if DeepL got a request it did not expect, the fake is
 * closed and the prefix's keys are deleted; the connection is closed after
 * the file.
 */
export function useTranslationWorld(authKey: string): TranslationWorld {
  const redis = createRedis();
  let fake: DeepLFake;
  let prefix: string;
  beforeEach(async () => {
    fake = await DeepLFake.start({ authKey });
    prefix = `test-translation-${randomUUID()}`;
  });
  afterEach(async () => {
    expect(fake.unexpected).toEqual([]);
    await fake.close();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
  });
  afterAll(() => redis.quit());
  return {
    redis,
    get fake() { return fake; },
    get prefix() { return prefix; },
  };
}
