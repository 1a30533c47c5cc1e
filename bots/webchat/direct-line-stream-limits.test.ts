import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createDirectLineToken, verifyDirectLineToken } from './index.ts';
import { FakeBot, postMessage, startConversation, TEST_SECRET } from './testing/direct-line-harness.ts';
import { listenForStreams, StreamClient } from './testing/stream-client.ts';
import { useStreamHarness } from './testing/use-stream-harness.ts';

/** The stream's hardening: caps per conversation and per address, the token's expiry, a lost log. */
const harness = useStreamHarness();

describe('stream caps', () => {
  it('refuses a conversation\'s streams over its cap with 1013 TooManyStreams, and takes one again once another closed', async () => {
    const app = await harness().app({ inbound: new FakeBot(harness().sender()), maxStreamsPerConversation: 2 });
    const base = await listenForStreams(app);
    const { conversationId, token } = await startConversation(app);
    // Every token of the conversation counts: a refreshed one does not get around the cap.
    const refreshed = (await app.inject({ method: 'POST', url: '/v3/directline/tokens/refresh', headers: { authorization: `Bearer ${token}` } })).json<{ token: string }>().token;
    const url = (t: string) => `${base}/${conversationId}/stream?t=${t}`;

    const first = await StreamClient.connect(url(token));
    const second = await StreamClient.connect(url(refreshed));
    await Promise.all([first.frameCount(1), second.frameCount(1)]);
    const third = new StreamClient(new WebSocket(url(refreshed)));
    expect(await third.closed).toEqual({ code: 1013, reason: 'TooManyStreams' });
    expect(third.frames).toEqual([]);

    // Another conversation from the same address is not affected.
    const other = await startConversation(app);
    await (await StreamClient.connect(url(other.token).replace(conversationId, other.conversationId))).frameCount(1);

    first.socket.close();
    await first.closed;
    // The server notices the close asynchronously: retry briefly.
    await expect.poll(async () => {
      const next = await StreamClient.connect(url(token));
      const outcome = await Promise.race([next.frameCount(1).then(() => 'open'), next.closed.then((c) => c.reason)]);
      if (outcome !== 'open') return outcome;
      next.socket.close();
      return 'open';
    }).toBe('open');
  });

  it('refuses streams from one address over its cap, whichever conversation they are for', async () => {
    const app = await harness().app({ inbound: new FakeBot(harness().sender()), maxStreamsPerAddress: 3 });
    const base = await listenForStreams(app);
    const conversations = await Promise.all([1, 2, 3, 4].map(() => startConversation(app)));
    const url = ({ conversationId, token }: { conversationId: string; token: string }) => `${base}/${conversationId}/stream?t=${token}`;
    for (const conversation of conversations.slice(0, 3)) await (await StreamClient.connect(url(conversation))).frameCount(1);
    const refused = await StreamClient.connect(url(conversations[3]));
    expect(await refused.closed).toEqual({ code: 1013, reason: 'TooManyStreams' });
  });
});

describe('token expiry', () => {
  it('closes an open stream with 1008 TokenExpired when its token expires; the client reconnects with the refreshed token and misses nothing', async () => {
    const app = await harness().app({ inbound: new FakeBot(harness().sender()) });
    const base = await listenForStreams(app);
    const { conversationId, token } = await startConversation(app);
    const { token: short, claims: shortClaims } = createDirectLineToken(verifyDirectLineToken(token, { secret: TEST_SECRET }), { secret: TEST_SECRET, ttlSeconds: 2 });
    const stream = await StreamClient.connect(`${base}/${conversationId}/stream?t=${short}`);
    await stream.frameCount(1);
    // What Web Chat does while the token is still valid: refresh it.
    const refreshed = await app.inject({ method: 'POST', url: '/v3/directline/tokens/refresh', headers: { authorization: `Bearer ${short}` } });
    expect(refreshed.statusCode).toBe(200);
    const fresh = refreshed.json<{ token: string }>().token;

    const posted = await app.inject({
      method: 'POST', url: `/v3/directline/conversations/${conversationId}/activities`, headers: { authorization: `Bearer ${fresh}` },
      payload: { type: 'message', text: 'before expiry', channelData: { clientActivityID: 'e-1' } },
    });
    expect(posted.statusCode).toBe(200);
    await stream.frameCount(3);
    const watermark = stream.frames.at(-1)!.watermark;

    const closed = await stream.closed;
    expect(closed).toEqual({ code: 1008, reason: 'TokenExpired' });
    expect(Date.now()).toBeGreaterThanOrEqual(shortClaims.expiresAt * 1000);

    // Meanwhile the bot said something more.
    const { userId } = verifyDirectLineToken(fresh, { secret: TEST_SECRET });
    await harness().sender().send({ channel: 'webchat', channelUserId: userId, conversationId: 'core-1', text: 'while you were away', choices: [], links: [], messageId: 'm-away' });
    // DirectLineJS's reconnect: a new stream URL for the current token and its watermark.
    const reconnect = await app.inject({ url: `/v3/directline/conversations/${conversationId}?watermark=${watermark}`, headers: { authorization: `Bearer ${fresh}` } });
    const streamUrl = reconnect.json<{ streamUrl: string }>().streamUrl.replace(/^ws:\/\/[^/]+\/v3\/directline\/conversations/, base);
    const resumed = await StreamClient.connect(streamUrl);
    const [frame] = await resumed.frameCount(1);
    expect(frame.activities.map((a) => a.text)).toEqual(['while you were away']);
  });
});

describe('a lost log', () => {
  it('keeps an open stream going when Redis forgets the conversation, and a reconnect with the old watermark gets what is new', async () => {
    const bot = new FakeBot(harness().sender());
    const app = await harness().app({ inbound: bot });
    const base = await listenForStreams(app);
    const { conversationId, token } = await startConversation(app);
    const stream = await StreamClient.connect(`${base}/${conversationId}/stream?t=${token}`);
    await stream.frameCount(1);
    const post = (text: string, clientActivityID: string) => postMessage(app, { conversationId, token }, text, clientActivityID);
    expect((await post('one', 'l-1')).statusCode).toBe(200);
    await stream.frameCount(3);
    const oldWatermark = stream.frames.at(-1)!.watermark;

    await harness().redis.del(...(await harness().keys()));
    expect((await post('two', 'l-2')).statusCode).toBe(200);
    await stream.frameCount(5);
    expect(stream.activities().map((a) => a.text)).toEqual(['one', 'You said: one', 'two', 'You said: two']);
    expect(bot.received.map((m) => m.text)).toEqual(['one', 'two']);

    const resumed = await StreamClient.connect(`${base}/${conversationId}/stream?t=${token}&watermark=${oldWatermark}`);
    expect((await resumed.frameCount(1))[0].activities.map((a) => a.text)).toEqual(['two', 'You said: two']);
  });
});
