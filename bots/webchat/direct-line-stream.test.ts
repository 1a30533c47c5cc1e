import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { WebSocket } from 'ws';
import { createDirectLineToken, verifyDirectLineToken } from './index.ts';
import { botActivityId } from './activity-ids.ts';
import { newConversationId, userIdFor } from './direct-line-token.ts';
import { FakeBot, startConversation, TEST_SECRET } from './testing/direct-line-harness.ts';
import { StreamClient } from './testing/stream-client.ts';
import { useStreamHarness } from './testing/use-stream-harness.ts';

const harness = useStreamHarness();

async function listening(app: FastifyInstance): Promise<void> {
  await app.listen({ port: 0, host: '127.0.0.1' });
}

describe('WebSocket stream', () => {
  it('sends the history on connect, then pushes the reply to a posted message', async () => {
    const bot = new FakeBot(harness().sender());
    const app = await harness().app({ inbound: bot });
    await listening(app);
    const { conversationId, token, streamUrl } = await startConversation(app);
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('not listening');
    // The stream URL is built from the request's Host; inject used "localhost:80".
    const url = streamUrl.replace(/^ws:\/\/[^/]+/, `ws://127.0.0.1:${address.port}`);

    const client = await StreamClient.connect(url);
    expect(await client.frameCount(1)).toEqual([{ activities: [], watermark: '0' }]);

    const res = await fetch(`http://127.0.0.1:${address.port}/v3/directline/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'Hallo', channelData: { clientActivityID: 'ws-1' } }),
    });
    expect(res.status).toBe(200);
    const frames = await client.frameCount(3);
    expect(frames.slice(1).map((f) => f.activities.map((a) => [a.from.role, a.text]))).toEqual([
      [['user', 'Hallo']],
      [['bot', 'You said: Hallo']],
    ]);
    expect(Number(frames[2].watermark)).toBeGreaterThan(Number(frames[1].watermark));

    // A reconnect with the watermark gets only what came after it; without one, everything.
    const resumed = await StreamClient.connect(`${url}&watermark=${frames[1].watermark}`);
    expect((await resumed.frameCount(1))[0]).toEqual({ activities: [frames[2].activities[0]], watermark: frames[2].watermark });
    const fresh = await StreamClient.connect(url);
    expect((await fresh.frameCount(1))[0].activities.map((a) => a.text)).toEqual(['Hallo', 'You said: Hallo']);
  });

  it('pushes an activity appended by another process (another app and Redis connection) through pub/sub', async () => {
    const appA = await harness().app({ inbound: new FakeBot(harness().sender()) });
    await listening(appA);
    const otherRedis = harness().connection();
    const appB = await harness().app({ inbound: new FakeBot(harness().sender(otherRedis), () => undefined), redis: otherRedis });
    const { conversationId, token } = await startConversation(appB);

    const address = appA.server.address();
    if (!address || typeof address === 'string') throw new Error('not listening');
    const client = await StreamClient.connect(`ws://127.0.0.1:${address.port}/v3/directline/conversations/${conversationId}/stream?t=${token}`);
    await client.frameCount(1);

    // Process B takes a user message (its bot stays silent) and, separately, its sender replies.
    const posted = await appB.inject({
      method: 'POST',
      url: `/v3/directline/conversations/${conversationId}/activities`,
      headers: { authorization: `Bearer ${token}` },
      payload: { type: 'message', text: 'via B', channelData: { clientActivityID: 'b-1' } },
    });
    expect(posted.statusCode).toBe(200);
    const { userId } = verifyDirectLineToken(token, { secret: TEST_SECRET });
    const sent = await harness().sender(otherRedis).send({
      channel: 'webchat',
      channelUserId: userId,
      conversationId: 'core-1',
      text: 'Reply from process B',
      choices: [{ label: 'More', payload: 'more' }],
      links: [],
      messageId: 'message-b',
    });
    expect(sent).toEqual({ status: 'sent', externalId: botActivityId(conversationId, 'message-b') });

    const frames = await client.frameCount(3);
    expect(frames[1].activities[0]).toMatchObject({ id: posted.json().id, text: 'via B', from: { id: userId, role: 'user' } });
    expect(Number(frames[2].watermark)).toBeGreaterThan(Number(frames[1].watermark));
    expect(frames[2]).toMatchObject({
      activities: [{ id: sent.status === 'sent' ? sent.externalId : '', text: 'Reply from process B', suggestedActions: { actions: [{ type: 'postBack', value: 'more' }] } }],
    });
  });

  it("delivers a turn's replies as one ActivitySet, in order, with consecutive sequence numbers", async () => {
    const app = await harness().app({ inbound: new FakeBot(harness().sender(), () => undefined) });
    await listening(app);
    const { conversationId, token } = await startConversation(app);
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('not listening');
    const client = await StreamClient.connect(`ws://127.0.0.1:${address.port}/v3/directline/conversations/${conversationId}/stream?t=${token}`);
    await client.frameCount(1);

    const { userId } = verifyDirectLineToken(token, { secret: TEST_SECRET });
    const reply = (text: string, messageId: string) => ({ channel: 'webchat' as const, channelUserId: userId, conversationId: 'core-1', text, choices: [], links: [], messageId });
    const results = await harness().sender().sendAll([reply('Welcome', 'm1'), reply('Pick a language', 'm2'), reply('<b>not bold</b>', 'm3')]);
    const ids = ['m1', 'm2', 'm3'].map((m) => botActivityId(conversationId, m));
    expect(results).toEqual(ids.map((externalId) => ({ status: 'sent', externalId })));

    const [, frame] = await client.frameCount(2);
    expect(frame.activities.map((a) => [a.id, a.text, a.conversation.id])).toEqual([
      [ids[0], 'Welcome', conversationId],
      [ids[1], 'Pick a language', conversationId],
      [ids[2], '<b>not bold</b>', conversationId],
    ]);
    // Polling sees the same activities; their sequence numbers are consecutive, the last one the watermark.
    const first = String(Number(frame.watermark) - 2);
    const polled = await app.inject({ url: `/v3/directline/conversations/${conversationId}/activities?watermark=${first}`, headers: { authorization: `Bearer ${token}` } });
    expect(polled.json()).toEqual({ activities: frame.activities.slice(1), watermark: frame.watermark });
  });

  it('reports a user whose conversation is unknown as failed, and another user in the same batch too', async () => {
    const sender = harness().sender();
    const base = { channel: 'webchat' as const, conversationId: 'core-1', text: 'hi', choices: [], links: [] };
    const gone = [{ status: 'failed', error: 'web chat conversation not found or expired' }];
    // A user id of the older form (`dl_`) names no conversation, and has no binding.
    expect(await sender.sendAll([{ ...base, channelUserId: 'dl_never-started' }])).toEqual(gone);
    // A `dlc_` id names its conversation: the reply is kept even when Redis has nothing of it (a lost log is recreated).
    const conversationId = newConversationId();
    expect(await sender.sendAll([{ ...base, channelUserId: userIdFor(conversationId), messageId: 'm-9' }])).toEqual([{ status: 'sent', externalId: botActivityId(conversationId, 'm-9') }]);
    const [mixed] = await sender.sendAll([{ ...base, channelUserId: 'a' }, { ...base, channelUserId: 'b' }]);
    expect(mixed.status).toBe('failed');
  });

  it('closes with 1008 for a missing, bad or expired token, or another conversation\'s token', async () => {
    const app = await harness().app({ inbound: new FakeBot(harness().sender()) });
    await listening(app);
    const mine = await startConversation(app);
    const theirs = await startConversation(app);
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('not listening');
    const base = `ws://127.0.0.1:${address.port}/v3/directline/conversations`;
    const expired = createDirectLineToken(verifyDirectLineToken(mine.token, { secret: TEST_SECRET }), { secret: TEST_SECRET, ttlSeconds: 1, now: Date.now() - 10_000 }).token;

    const cases: [string, string][] = [
      [`${base}/${mine.conversationId}/stream`, 'BadArgument'],
      [`${base}/${mine.conversationId}/stream?t=${mine.token}x`, 'BadArgument'],
      [`${base}/${mine.conversationId}/stream?t=${expired}`, 'TokenExpired'],
      [`${base}/${theirs.conversationId}/stream?t=${mine.token}`, 'BadArgument'],
    ];
    for (const [url, reason] of cases) {
      const client = new StreamClient(new WebSocket(url));
      expect(await client.closed).toEqual({ code: 1008, reason });
      expect(client.frames).toEqual([]);
    }
  });

  it('pings to keep the connection alive and drops a client that stops answering', async () => {
    const app = await harness().app({ inbound: new FakeBot(harness().sender()), keepaliveMs: 50 });
    await listening(app);
    const { conversationId, token } = await startConversation(app);
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('not listening');
    const client = await StreamClient.connect(`ws://127.0.0.1:${address.port}/v3/directline/conversations/${conversationId}/stream?t=${token}`);
    let pings = 0;
    client.socket.on('ping', () => {
      pings += 1;
    });
    client.socket.send(''); // Direct Line clients' own keepalive: ignored
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pings).toBeGreaterThanOrEqual(2);
    expect(client.socket.readyState).toBe(WebSocket.OPEN);
    expect(client.frames).toHaveLength(1);

    // A client that no longer answers pings (paused socket: no pong goes out) is terminated.
    const connections = () => new Promise<number>((resolve, reject) => app.server.getConnections((err, n) => (err ? reject(err) : resolve(n))));
    expect(await connections()).toBe(1);
    client.socket.pause();
    const deadline = Date.now() + 2000;
    while ((await connections()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await connections()).toBe(0);
  });

  it('keeps the token out of the request log', async () => {
    let log = '';
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        log += chunk.toString();
        done();
      },
    });
    const app = await harness().app({ inbound: new FakeBot(harness().sender()) }, { logger: { level: 'info', stream } });
    await listening(app);
    const { conversationId, token } = await startConversation(app);
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('not listening');
    const client = await StreamClient.connect(`ws://127.0.0.1:${address.port}/v3/directline/conversations/${conversationId}/stream?t=${token}&watermark=0`);
    await client.frameCount(1);
    expect(log).toContain(`/v3/directline/conversations/${conversationId}/stream?t=[redacted]&watermark=0`);
    expect(log).not.toContain(token);
  });
});
