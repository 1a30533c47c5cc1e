import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { config } from '../../core/platform/config.ts';
import { ChoiceMemory } from './choice-memory.ts';
import { phoneHasher } from './phone.ts';
import { CustomerServiceWindow, customerServiceWindow, SERVICE_WINDOW_MS } from './service-window.ts';

const redis = new Redis(config().REDIS_URL);
const keyPrefix = `test-wa-${randomUUID()}:`;
const hash = phoneHasher('unit-test-key');
const PHONE = '40721234567';
const HOUR = 60 * 60 * 1000;

afterEach(async () => {
  const keys = await redis.keys(`${keyPrefix}*`);
  if (keys.length > 0) await redis.del(...keys);
});
afterAll(() => redis.disconnect());

describe('CustomerServiceWindow', () => {
  it('is open for 24 hours after the person\'s last message, then closed', async () => {
    let now = Date.parse('2026-03-01T12:00:00Z');
    const window = new CustomerServiceWindow(redis, { hash, keyPrefix, now: () => new Date(now) });
    expect(await window.state(PHONE)).toEqual({ open: false });
    await window.recordInbound(PHONE, new Date(now - HOUR));
    expect(await window.state(PHONE)).toEqual({ open: true, lastInboundAt: new Date(now - HOUR), closesAt: new Date(now - HOUR + SERVICE_WINDOW_MS) });
    now += 23 * HOUR - 1;
    expect((await window.state(PHONE)).open).toBe(true);
    now += 1;
    expect(await window.state(PHONE)).toEqual({ open: false });
  });

  it('keeps the newest message when webhooks arrive out of order, and never records the future', async () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    const window = new CustomerServiceWindow(redis, { hash, keyPrefix, now: () => new Date(now) });
    await window.recordInbound(PHONE, new Date(now - HOUR));
    await window.recordInbound(PHONE, new Date(now - 5 * HOUR));
    expect((await window.state(PHONE)).lastInboundAt).toEqual(new Date(now - HOUR));
    await window.recordInbound(PHONE, new Date(now + 5 * HOUR));
    expect((await window.state(PHONE)).lastInboundAt).toEqual(new Date(now));
  });

  it('lets one template out per closed window, again after the person wrote', async () => {
    const window = new CustomerServiceWindow(redis, { hash, keyPrefix });
    expect(await window.claimTemplate(PHONE)).toBe(true);
    expect(await window.claimTemplate(PHONE)).toBe(false);
    await window.recordInbound(PHONE, new Date());
    expect(await window.claimTemplate(PHONE)).toBe(true);
    await window.releaseTemplate(PHONE);
    expect(await window.claimTemplate(PHONE)).toBe(true);
  });

  it('is readable by the inbox through customerServiceWindow, with the keys hashed', async () => {
    await new CustomerServiceWindow(redis, { hash, keyPrefix }).recordInbound(PHONE, new Date());
    expect(await customerServiceWindow(redis, PHONE, { hashKey: 'unit-test-key', keyPrefix })).toMatchObject({ open: true });
    expect(await customerServiceWindow(redis, PHONE, { hashKey: 'another-key', keyPrefix })).toEqual({ open: false });
    const keys = await redis.keys(`${keyPrefix}*`);
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain(PHONE);
  });
});

describe('ChoiceMemory', () => {
  it('maps a number to the payload of the last list, forgets it on a reply without choices', async () => {
    const memory = new ChoiceMemory(redis, { hash, keyPrefix });
    await memory.remember(PHONE, [{ label: 'Yes', payload: 'feedbackYes:' }, { label: 'No', payload: 'feedbackNo:' }]);
    expect(await memory.payloadFor(PHONE, 2)).toBe('feedbackNo:');
    expect(await memory.payloadFor(PHONE, 3)).toBeUndefined();
    expect(await memory.payloadFor(PHONE, 0)).toBeUndefined();
    expect(await memory.payloadFor('48601234567', 1)).toBeUndefined();
    expect(await redis.ttl((await redis.keys(`${keyPrefix}choices:*`))[0])).toBeGreaterThan(0);
    await memory.remember(PHONE, []);
    expect(await memory.payloadFor(PHONE, 1)).toBeUndefined();
  });
});
