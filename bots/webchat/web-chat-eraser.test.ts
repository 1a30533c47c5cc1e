import { describe, expect, it } from 'vitest';
import type { InboundHandler } from '../../core/conversation/ports.ts';
import { ActivityStore } from './activity-store.ts';
import { verifyDirectLineToken } from './index.ts';
import { FakeBot, postMessage, startConversation, TEST_SECRET } from './testing/direct-line-harness.ts';
import { listenForStreams, StreamClient } from './testing/stream-client.ts';
import { useStreamHarness } from './testing/use-stream-harness.ts';

/** "Delete my data" on web chat: nothing of the conversation stays in Redis, and the confirmation does not bring it back. */
const harness = useStreamHarness();

/** Every key under the harness prefix whose name or value mentions one of `needles`, with what it holds. */
async function mentioning(needles: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const key of await harness().keys()) {
    const type = await harness().redis.type(key);
    let value: unknown;
    if (type === 'string') value = await harness().redis.get(key);
    else if (type === 'hash') value = await harness().redis.hgetall(key);
    else if (type === 'zset') value = await harness().redis.zrange(key, 0, -1);
    else if (type === 'list') value = await harness().redis.lrange(key, 0, -1);
    else if (type === 'set') value = await harness().redis.smembers(key);
    const text = `${key} ${JSON.stringify(value)}`;
    if (needles.some((needle) => text.includes(needle))) found.push(text);
  }
  return found;
}

describe('WebChatEraser', () => {
  it('removes the conversation from Redis; the confirmation is shown on the open stream but not stored, and the stream ends', async () => {
    const sender = harness().sender();
    const eraser = harness().eraser();
    const bot = new FakeBot(sender, (m) => ({ text: m.text === 'delete my data' ? 'Your data has been deleted.' : `You said: ${m.text}` }));
    // As the core does: the erasure happens while the request is being handled, before its echo is appended.
    const inbound: InboundHandler = {
      async receive(message) {
        if (message.text === 'delete my data') await eraser.forget(message.channelUserId);
        return bot.receive(message);
      },
    };
    const app = await harness().app({ inbound, erasedStreamGraceMs: 500 });
    const base = await listenForStreams(app);
    const { conversationId, token } = await startConversation(app);
    const { userId } = verifyDirectLineToken(token, { secret: TEST_SECRET });
    const stream = await StreamClient.connect(`${base}/${conversationId}/stream?t=${token}`);
    await stream.frameCount(1);
    const post = (text: string, clientActivityID: string) => postMessage(app, { conversationId, token }, text, clientActivityID);

    expect((await post('Ik heet Jan en woon in Tiel', 'p-1')).statusCode).toBe(200);
    await bot.settled();
    // A request still holding its lease, as one in flight would.
    const store = new ActivityStore(harness().redis, { keyPrefix: harness().prefix });
    await store.reserve(conversationId, `${conversationId}|in-flight`, 'p-in-flight');
    expect(await mentioning([conversationId, userId])).not.toEqual([]);

    expect((await post('delete my data', 'p-2')).statusCode).toBe(200);
    await bot.settled();
    // The open stream showed the request and the confirmation...
    await stream.frameCount(5);
    expect(stream.activities().map((a) => a.text)).toEqual([
      'Ik heet Jan en woon in Tiel', 'You said: Ik heet Jan en woon in Tiel', 'delete my data', 'Your data has been deleted.',
    ]);
    // ...but Redis keeps nothing that names the conversation or the person, and nothing of what they wrote.
    expect(await mentioning([conversationId, userId, 'Jan', 'Tiel', 'delete my data', 'deleted'])).toEqual([]);
    expect(await store.read(conversationId, 0)).toEqual({ activities: [], watermark: 0 });
    // A re-run of the confirmation's delivery changes nothing either.
    await sender.send({ channel: 'webchat', channelUserId: userId, conversationId: 'core-1', text: 'Your data has been deleted.', choices: [], links: [], messageId: `reply-to-${stream.activities()[2].id}` });
    expect(await mentioning([conversationId, userId, 'deleted'])).toEqual([]);

    // Every process's streams of the conversation end, after a grace for the confirmation.
    expect(await stream.closed).toEqual({ code: 1000, reason: 'ConversationErased' });

    // The person writes again: a new log, with only what came after the erasure.
    expect((await post('Hallo opnieuw', 'p-3')).statusCode).toBe(200);
    await bot.settled();
    expect((await store.read(conversationId, 0)).activities.map((a) => a.text)).toEqual(['Hallo opnieuw', 'You said: Hallo opnieuw']);
  });

  it('is idempotent, and forgets the binding of a user id that does not name its conversation', async () => {
    const store = new ActivityStore(harness().redis, { keyPrefix: harness().prefix });
    const eraser = harness().eraser();
    await store.bindUser('dl_legacy-user-1', 'legacyConversation1');
    expect(await store.conversationOf('dl_legacy-user-1')).toBe('legacyConversation1');
    await eraser.forget('dl_legacy-user-1');
    await eraser.forget('dl_legacy-user-1');
    await eraser.forget('dl_never-seen-user');
    expect(await mentioning(['legacy', 'never-seen', 'legacyConversation1'])).toEqual([]);
    expect(await store.conversationOf('dl_legacy-user-1')).toBeNull();
  });
});
