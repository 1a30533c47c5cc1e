import { Redis } from 'ioredis';
import { pino } from 'pino';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRedis } from '../../core/platform/redis.ts';
import { CachedTranslator, DEFAULT_GLOSSARY, DeepLTranslator } from '../../core/translation/index.ts';
import { useTranslationWorld } from '../support/translation-world.ts';

/** CachedTranslator on the real Redis, in front of DeepLTranslator and the DeepL fake. */

const KEY = 'cache-test-key:fx';
const silent = pino({ level: 'silent' });
const world = useTranslationWorld(KEY);
const { redis } = world;
let clock: { now: number };

beforeEach(() => {
  clock = { now: 1_700_000_000_000 };
});

function deepl(): DeepLTranslator {
  return new DeepLTranslator({ authKey: KEY, serverUrl: world.fake.url, breaker: { cooldownMs: 60_000, now: () => clock.now }, log: silent });
}

function cached(inner = deepl(), connection: Redis = redis): CachedTranslator {
  return new CachedTranslator(inner, { redis: connection, prefix: world.prefix, ttlSeconds: 3600, log: silent });
}

describe('CachedTranslator', () => {
  it('answers a repeated request from Redis without calling DeepL, also in another process', async () => {
    const request = { text: 'Ik heb een afspraak met de huisarts', from: 'nl' as const, to: 'en' as const };
    const first = await cached().translate(request);
    expect(first).toEqual({ text: '[nl→en-gb] I have a appointment with the GP', status: 'translated' });
    expect(await cached().translate(request)).toEqual({ text: first.text, status: 'cached' });

    const otherConnection = createRedis();
    try {
      expect(await cached(deepl(), otherConnection).translate(request)).toEqual({ text: first.text, status: 'cached' });
    } finally {
      otherConnection.disconnect();
    }
    expect(world.fake.translateCount).toBe(1);
  });

  it('keeps the detected source, and remembers "already in that language"', async () => {
    const t = cached();
    const detected = await t.translate({ text: 'Dzień dobry', to: 'en' });
    expect(await t.translate({ text: 'Dzień dobry', to: 'en' })).toEqual({ text: detected.text, status: 'cached', detectedSource: 'pl' });
    await t.translate({ text: 'Ik heb een vraag', to: 'nl' });
    expect(await t.translate({ text: 'Ik heb een vraag', to: 'nl' })).toEqual({ text: 'Ik heb een vraag', status: 'same_language', detectedSource: 'nl' });
    expect(world.fake.translateCount).toBe(2);
  });

  it('keys on the language pair and the glossary', async () => {
    const t = cached();
    const text = 'Ik heb een BSN nodig van de gemeente';
    await t.translate({ text, from: 'nl', to: 'en' });
    await t.translate({ text, from: 'nl', to: 'pl' });
    await t.translate({ text, to: 'en' });
    const kept = await t.translate({ text, from: 'nl', to: 'en', glossary: DEFAULT_GLOSSARY });
    expect(kept.text).toContain('gemeente');
    expect(world.fake.translateCount).toBe(4);
    expect(await t.translate({ text, from: 'nl', to: 'en', glossary: [...DEFAULT_GLOSSARY].reverse() })).toEqual({ text: kept.text, status: 'cached' });
    expect(world.fake.translateCount).toBe(4);
  });

  it('stores a hash of the text, never the text, with the TTL', async () => {
    const t = cached();
    const text = 'Mijn BSN is 123456782';
    await t.translate({ text, from: 'nl', to: 'en' });
    const all = await redis.keys(`${world.prefix}:*`);
    // The entry, and the index of the text's entries ("delete my data" finds them by it): both a hash only.
    expect(all.filter((k) => k.includes(':texts:'))).toEqual([`${world.prefix}:v1:texts:${all[0].slice(-64)}`]);
    const keys = all.filter((k) => !k.includes(':texts:'));
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(new RegExp(`^${world.prefix}:v1:nl:en:none:[0-9a-f]{64}$`));
    expect(keys[0]).toBe(t.cacheKey({ text, from: 'nl', to: 'en' }));
    const ttl = await redis.ttl(keys[0]);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(3600);
  });

  it('never caches a failure: after an outage the text is translated', async () => {
    const t = cached();
    const request = { text: 'Waar is de gemeente?', from: 'nl' as const, to: 'en' as const };
    world.fake.mode = { kind: 'quota_exceeded' };
    expect(await t.translate(request)).toMatchObject({ text: request.text, status: 'unavailable', reason: 'quota_exceeded' });
    expect(await redis.keys(`${world.prefix}:*`)).toEqual([]);
    expect(await t.translate(request)).toMatchObject({ status: 'unavailable' });
    expect(world.fake.translateCount).toBe(1);

    world.fake.mode = { kind: 'ok' };
    clock.now += 2 * 3_600_000;
    expect(await t.translate(request)).toEqual({ text: '[nl→en-gb] Waar is the municipality?', status: 'translated' });
    expect(await t.translate(request)).toMatchObject({ status: 'cached' });
    expect(world.fake.translateCount).toBe(2);
  });

  it('sends concurrent identical requests to DeepL once', async () => {
    const t = cached();
    const results = await Promise.all(Array.from({ length: 10 }, () => t.translate({ text: 'Hallo', from: 'nl', to: 'en' })));
    expect(new Set(results.map((r) => r.text))).toEqual(new Set(['[nl→en-gb] Hello']));
    expect(world.fake.translateCount).toBe(1);
  });

  it('translates without the cache when Redis is down', async () => {
    const down = new Redis('redis://127.0.0.1:1', { maxRetriesPerRequest: 0, enableOfflineQueue: false, lazyConnect: true, retryStrategy: () => null });
    down.on('error', () => {});
    try {
      const t = cached(deepl(), down);
      expect(await t.translate({ text: 'Hallo', from: 'nl', to: 'en' })).toEqual({ text: '[nl→en-gb] Hello', status: 'translated' });
      expect(await t.translate({ text: 'Hallo', from: 'nl', to: 'en' })).toEqual({ text: '[nl→en-gb] Hello', status: 'translated' });
      expect(world.fake.translateCount).toBe(2);
    } finally {
      down.disconnect();
    }
  });

  it('does not touch Redis or DeepL for requests that need no translation', async () => {
    const t = cached();
    expect(await t.translate({ text: 'Hallo', from: 'nl', to: 'nl' })).toEqual({ text: 'Hallo', status: 'same_language' });
    expect(world.fake.translateCount).toBe(0);
    expect(await redis.keys(`${world.prefix}:*`)).toEqual([]);
  });
});
