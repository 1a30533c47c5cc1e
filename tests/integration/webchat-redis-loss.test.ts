import { execFileSync } from 'node:child_process';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DirectLinePluginOptions } from '../../bots/webchat/index.ts';
import { DirectLineHarness, postMessage, startConversation } from '../../bots/webchat/testing/direct-line-harness.ts';
import { listenForStreams, StreamClient } from '../../bots/webchat/testing/stream-client.ts';
import { importTiles } from '../../core/content/index.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { createTestConversationStack, type TestConversationStack } from '../support/conversation-stack.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/**
 * Web chat loses no message when Redis loses the conversation (issue 10):
 * the real core on PostgreSQL and BullMQ, the Direct Line API with the real
 * WebChatSender, and a real WebSocket client. Between two messages Redis
 * forgets the conversation (its keys deleted; FLUSHALL on a Redis of the
 * test's own; the keys expired while the tab refreshed its token). Every
 * message must be stored once and answered once, and the client must get
 * every reply through the watermark it holds.
 */
const db = createTestDb();
const WAIT = { timeout: 15_000 };
/** A Redis server of this test's own, for FLUSHALL (the port reserved for this test file). */
const OWN_REDIS_PORT = 6391;

let core: TestConversationStack;
let harness: DirectLineHarness | undefined;

beforeEach(async () => {
  await truncateAll(db);
  await importTiles(db, engineLibraryFile(), 'test');
  core = createTestConversationStack(db);
});
afterEach(async () => {
  StreamClient.terminateAll();
  await core.destroy();
  await harness?.cleanup();
  harness = undefined;
});
afterAll(() => db.$disconnect());

/** The web chat on `harness`, its sender in the core's delivery worker; the app listens for streams. */
async function webChat(h: DirectLineHarness, options: Partial<DirectLinePluginOptions> = {}): Promise<{ app: FastifyInstance; base: string }> {
  harness = h;
  await core.stack.startWorkers([h.sender(undefined, { conversationTtlSeconds: options.conversationTtlSeconds })]);
  const app = await h.app({ inbound: core.stack.service, ...options });
  return { app, base: await listenForStreams(app) };
}

function post(app: FastifyInstance, conversationId: string, token: string, text: string, clientActivityID: string) {
  return postMessage(app, { conversationId, token }, text, clientActivityID, 'en-US');
}

/** The stored messages of the web chat: every inbound one with the external ids of its replies, once they are all sent. */
async function answered(count: number): Promise<Array<{ externalId: string; replies: string[] }>> {
  let result: Array<{ externalId: string; replies: string[] }> = [];
  await expect.poll(async () => {
    const inbound = await db.message.findMany({ where: { channel: 'webchat', direction: 'inbound' }, orderBy: { createdAt: 'asc' } });
    const outbound = await db.message.findMany({ where: { channel: 'webchat', direction: 'outbound' }, orderBy: { createdAt: 'asc' } });
    if (inbound.length !== count) return `${inbound.length} inbound`;
    const pending = outbound.filter((m) => m.deliveryStatus !== 'sent');
    if (pending.length > 0) return `${pending.length} replies not sent`;
    result = inbound.map((m) => ({
      externalId: m.channelExternalId ?? '',
      replies: outbound.filter((o) => o.replyToId === m.id).map((o) => o.channelExternalId ?? ''),
    }));
    return result.every((r) => r.replies.length > 0) ? 'answered' : 'unanswered';
  }, WAIT).toBe('answered');
  return result;
}

/**
 * What a Web Chat client shows: every activity received, deduplicated by id
 * as Web Chat does; and the bot activity ids as received, to tell a reply
 * sent twice from one resent by a resync.
 */
function shown(clients: StreamClient[]): { ids: string[]; botIds: string[] } {
  const activities = clients.flatMap((c) => c.activities());
  return {
    ids: [...new Set(activities.map((a) => a.id))],
    botIds: activities.filter((a) => a.from.role === 'bot').map((a) => a.id),
  };
}

/** Asserts that every stored message was answered once and the client was shown each reply exactly once. */
async function expectAnsweredOnce(clients: StreamClient[], posted: string[]): Promise<void> {
  const messages = await answered(posted.length);
  expect(messages.map((m) => m.externalId)).toEqual(posted);
  const replies = messages.flatMap((m) => m.replies);
  expect(new Set(replies).size).toBe(replies.length);
  await expect.poll(() => shown(clients).botIds.length, WAIT).toBeGreaterThanOrEqual(replies.length);
  const { ids, botIds } = shown(clients);
  expect(botIds.sort()).toEqual([...replies].sort());
  expect(ids).toEqual(expect.arrayContaining([...posted, ...replies]));
}

/**
 * A conversation in testdorp with an open stream, whose first message
 * (`clientActivityID`) is stored and answered and the answer shown on the
 * stream; `watermark` is the stream's watermark after it.
 */
async function answeredFirst(app: FastifyInstance, base: string, clientActivityID: string) {
  const { conversationId, token } = await startConversation(app, { org: 'testdorp' });
  const stream = await StreamClient.connect(`${base}/${conversationId}/stream?t=${token}`);
  await stream.frameCount(1);
  const first = await post(app, conversationId, token, 'How do I get a BSN number?', clientActivityID);
  expect(first.statusCode).toBe(200);
  await answered(1);
  await expect.poll(() => shown([stream]).botIds.length, WAIT).toBeGreaterThan(0);
  return { conversationId, token, stream, first, watermark: stream.frames.at(-1)!.watermark };
}

describe('web chat after Redis lost the conversation', () => {
  it("deleted keys: both messages are stored and answered once, a retry of the first is not, and the client's watermark still works", async () => {
    const { app, base } = await webChat(new DirectLineHarness());
    const { conversationId, token, stream, first, watermark } = await answeredFirst(app, base, 'loss-1');

    await harness!.redis.del(...(await harness!.keys()));
    const second = await post(app, conversationId, token, 'Where do I register my address?', 'loss-2');
    expect(second.statusCode).toBe(200);
    expect(second.json().id).not.toBe(first.json().id);
    // The client retries the first message (it never saw the answer to its POST): same id, not stored or answered again.
    const retried = await post(app, conversationId, token, 'How do I get a BSN number?', 'loss-1');
    expect(retried.json().id).toBe(first.json().id);

    await expectAnsweredOnce([stream], [first.json().id, second.json().id]);
    // A poll with the watermark the client held before the loss gets the second message and its answer.
    const polled = await app.inject({ url: `/v3/directline/conversations/${conversationId}/activities?watermark=${watermark}`, headers: { authorization: `Bearer ${token}` } });
    const texts = polled.json<{ activities: Array<{ id: string; text: string }> }>().activities;
    expect(texts[0]).toMatchObject({ text: 'Where do I register my address?' });
    expect(texts.length).toBeGreaterThan(1);
  });

  describe('FLUSHALL', () => {
    let started = false;
    beforeAll(() => {
      execFileSync('redis-server', ['--port', String(OWN_REDIS_PORT), '--save', '', '--appendonly', 'no', '--daemonize', 'yes']);
      started = true;
    });
    afterAll(() => {
      if (started) execFileSync('redis-cli', ['-p', String(OWN_REDIS_PORT), 'shutdown', 'nosave']);
    });

    it('on a Redis of its own: both messages are stored and answered once; the open stream and a reconnect with the old watermark get everything', async () => {
      const own = new DirectLineHarness({ redisUrl: `redis://127.0.0.1:${OWN_REDIS_PORT}` });
      await expect.poll(() => own.redis.ping().catch(() => 'down'), WAIT).toBe('PONG');
      const { app, base } = await webChat(own);
      const { conversationId, token, stream, first, watermark } = await answeredFirst(app, base, 'flush-1');

      expect(await own.redis.flushall()).toBe('OK');
      const second = await post(app, conversationId, token, 'Where do I register my address?', 'flush-2');
      expect(second.statusCode).toBe(200);
      await expectAnsweredOnce([stream], [first.json().id, second.json().id]);

      const resumed = await StreamClient.connect(`${base}/${conversationId}/stream?t=${token}&watermark=${watermark}`);
      const [frame] = await resumed.frameCount(1);
      expect(frame.activities[0]).toMatchObject({ id: second.json().id });
      expect(frame.activities.filter((a) => a.from.role === 'bot').length).toBeGreaterThan(0);
    });
  });

  it('expired keys while the tab refreshed its token: the message after the refresh is stored and answered once, on the reconnected stream', async () => {
    const { app, base } = await webChat(new DirectLineHarness(), { conversationTtlSeconds: 2 });
    const { conversationId, token, stream, first, watermark } = await answeredFirst(app, base, 'ttl-1');
    stream.socket.close();
    await stream.closed;

    // The conversation's keys expire...
    await expect.poll(async () => (await harness!.keys()).filter((k) => k.includes(`conv:${conversationId}`)), WAIT).toEqual([]);
    // ...while the tab refreshes its token and reconnects with the watermark it holds.
    const refreshed = await app.inject({ method: 'POST', url: '/v3/directline/tokens/refresh', headers: { authorization: `Bearer ${token}` } });
    expect(refreshed.statusCode).toBe(200);
    const fresh = refreshed.json<{ token: string }>().token;
    const reconnect = await app.inject({ url: `/v3/directline/conversations/${conversationId}?watermark=${watermark}`, headers: { authorization: `Bearer ${fresh}` } });
    const streamUrl = reconnect.json<{ streamUrl: string }>().streamUrl.replace(/^ws:\/\/[^/]+\/v3\/directline\/conversations/, base);
    const resumed = await StreamClient.connect(streamUrl);
    expect((await resumed.frameCount(1))[0]).toEqual({ activities: [], watermark });

    const second = await post(app, conversationId, fresh, 'Where do I register my address?', 'ttl-2');
    expect(second.statusCode).toBe(200);
    await expectAnsweredOnce([stream, resumed], [first.json().id, second.json().id]);
    expect(resumed.activities()[0]).toMatchObject({ id: second.json().id });
  });
});
