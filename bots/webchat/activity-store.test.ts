import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import type { OutboundMessage } from '../../core/conversation/messages.ts';
import { userActivity } from './activities.ts';
import { botActivityId, userActivityId } from './activity-ids.ts';
import { ActivityStore, type PublishedActivities, type PublishedEvent } from './activity-store.ts';
import { newConversationId, userIdFor } from './direct-line-token.ts';
import { DirectLineHarness } from './testing/direct-line-harness.ts';

/**
 * The activity store on real Redis: idempotent appends (a re-run delivery
 * job, a client retry) and sequence numbers that survive a lost log.
 */
let harness: DirectLineHarness;
let store: ActivityStore;
let conversationId: string;
let userId: string;
let published: PublishedEvent[];
let subscriber: Redis;

beforeEach(async () => {
  harness = new DirectLineHarness();
  store = new ActivityStore(harness.redis, { keyPrefix: harness.prefix });
  conversationId = newConversationId();
  userId = userIdFor(conversationId);
  published = [];
  subscriber = harness.connection();
  subscriber.on('message', (_channel: string, message: string) => published.push(JSON.parse(message) as PublishedEvent));
  await subscriber.subscribe(store.channel(conversationId));
});
afterEach(() => harness.cleanup());

const reply = (text: string, messageId: string): OutboundMessage => ({
  channel: 'webchat', channelUserId: userId, conversationId: 'core-1', text, choices: [], links: [], messageId,
});

async function publishedCount(n: number): Promise<PublishedEvent[]> {
  await expect.poll(() => published.length).toBeGreaterThanOrEqual(n);
  // Nothing more arrives after a short while.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return published;
}

function userMessage(clientActivityId: string, text: string) {
  const id = userActivityId(conversationId, clientActivityId);
  return userActivity(
    { kind: 'message', clientActivityId, text, postBack: false, hasMedia: false },
    { id, conversationId, userId, botName: 'Infobot', timestamp: new Date() },
  );
}

describe('idempotent appends', () => {
  it("appends a turn's replies once however often the delivery runs, and only the new ones of an overlapping turn", async () => {
    const sender = harness.sender();
    const turn = [reply('Welcome', 'm-1'), reply('Pick a language', 'm-2')];
    const ids = ['m-1', 'm-2'].map((m) => botActivityId(conversationId, m));
    const expected = ids.map((externalId) => ({ status: 'sent', externalId }));
    expect(await sender.sendAll(turn)).toEqual(expected);
    // The job re-run after a crash between the append and its completion.
    expect(await sender.sendAll(turn)).toEqual(expected);
    expect((await store.read(conversationId, 0)).activities.map((a) => [a.id, a.text])).toEqual([
      [ids[0], 'Welcome'],
      [ids[1], 'Pick a language'],
    ]);
    expect(await publishedCount(1)).toHaveLength(1);

    // A re-run that resumes with the last one and adds a third: only the third is new.
    const third = botActivityId(conversationId, 'm-3');
    expect(await sender.sendAll([turn[1], reply('Menu', 'm-3')])).toEqual([expected[1], { status: 'sent', externalId: third }]);
    const log = await store.read(conversationId, 0);
    expect(log.activities.map((a) => a.id)).toEqual([...ids, third]);
    const events = await publishedCount(2);
    expect(events).toHaveLength(2);
    expect((events[1] as PublishedActivities).activities.map((a) => a.id)).toEqual([third]);
  });

  it('appends a user message once per activity id', async () => {
    const activity = userMessage('c-1', 'Hallo');
    expect(await store.append(conversationId, activity, { userId, clientActivityId: 'c-1' })).toEqual({ id: activity.id, duplicate: false });
    expect(await store.append(conversationId, activity, { userId, clientActivityId: 'c-1' })).toEqual({ id: activity.id, duplicate: true });
    expect((await store.read(conversationId, 0)).activities).toEqual([activity]);
    expect(await store.reserve(conversationId, activity.id, 'c-1')).toEqual({ state: 'stored', id: activity.id });
    expect(await publishedCount(1)).toHaveLength(1);
  });

  it('lets one request at a time deliver a client activity, and the next one after a release', async () => {
    const id = userActivityId(conversationId, 'c-2');
    expect((await store.reserve(conversationId, id, 'c-2')).state).toBe('reserved');
    expect((await store.reserve(conversationId, id, 'c-2')).state).toBe('busy');
    await store.release(conversationId, 'c-2');
    expect((await store.reserve(conversationId, id, 'c-2')).state).toBe('reserved');
  });
});

describe('sequence numbers', () => {
  it('keep growing across a lost log, so a watermark from the lost log reads every new activity', async () => {
    await store.append(conversationId, userMessage('c-1', 'one'), { userId });
    await harness.sender().sendAll([reply('first answer', 'm-1')]);
    const before = await store.read(conversationId, 0);
    expect(before.activities).toHaveLength(2);

    // Redis forgets the conversation (restart without persistence, expiry, FLUSHALL).
    await harness.redis.del(...(await harness.keys()));
    await store.append(conversationId, userMessage('c-2', 'two'), { userId });
    await harness.sender().sendAll([reply('second answer', 'm-2')]);

    const after = await store.read(conversationId, before.watermark);
    expect(after.activities.map((a) => a.text)).toEqual(['two', 'second answer']);
    expect(after.watermark).toBeGreaterThan(before.watermark);
    // The new log's first publish says it follows nothing, so a stream knows it has not missed anything.
    const events = (await publishedCount(4)) as PublishedActivities[];
    expect(events.map((e) => e.previous)).toEqual([0, events[0].watermark, 0, events[2].watermark]);
    expect(events[2].watermark).toBeGreaterThan(events[1].watermark);
  });

  it('are consecutive within a turn and end at the watermark', async () => {
    await harness.sender().sendAll([reply('a', 'm-1'), reply('b', 'm-2'), reply('c', 'm-3')]);
    const { watermark } = await store.read(conversationId, 0);
    expect((await store.read(conversationId, watermark - 1)).activities.map((a) => a.text)).toEqual(['c']);
    expect((await store.read(conversationId, watermark - 2)).activities.map((a) => a.text)).toEqual(['b', 'c']);
    expect(await store.read(conversationId, watermark)).toEqual({ activities: [], watermark });
  });
});
