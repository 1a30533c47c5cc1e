import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { AnswerService } from '../../core/answers/index.ts';
import { SAMPLE_LIBRARY } from '../../core/answers/testing/sample-library.ts';
import { config } from '../../core/platform/config.ts';
import { buildApp } from '../../server/app.ts';

/** POST /api/ask limited per client address, counted in (real) Redis so every process counts together. */
const redis = new Redis(config().REDIS_URL, { maxRetriesPerRequest: 2 });
const keyPrefix = `test-ask-${randomUUID()}:`;
const answers = new AnswerService({ load: async () => ({ tiles: SAMPLE_LIBRARY, languages: ['en', 'pl'] }), version: async () => 'v1' });
const app = buildApp({ answers, disabled: {}, ask: { redis, perMinute: 3, keyPrefix } });

afterAll(async () => {
  await app.close();
  const keys = await redis.keys(`${keyPrefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

const ask = (remoteAddress: string) =>
  app.inject({ method: 'POST', url: '/api/ask', remoteAddress, payload: { org: 'testdorp', text: 'Jak dostać numer BSN?' } });

describe('POST /api/ask rate limit', () => {
  it('answers N requests from one address, refuses the N+1-th with 429 RATE_LIMITED, and leaves another address alone', async () => {
    for (let i = 0; i < 3; i++) expect((await ask('192.0.2.10')).statusCode).toBe(200);
    const refused = await ask('192.0.2.10');
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await ask('192.0.2.11')).statusCode).toBe(200);
    expect(await redis.keys(`${keyPrefix}*`)).not.toHaveLength(0);
  });
});
