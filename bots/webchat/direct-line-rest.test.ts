import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { InboundMessage } from '../../core/conversation/messages.ts';
import type { ActivitySet, DirectLineActivity } from './index.ts';
import { createDirectLineToken, verifyDirectLineToken } from './index.ts';
import { botActivityId, userActivityId } from './activity-ids.ts';
import { DirectLineHarness, FakeBot, startConversation, TEST_SECRET, type FakeReply } from './testing/direct-line-harness.ts';

let harness: DirectLineHarness;
let bot: FakeBot;
let app: FastifyInstance;

async function setUp(reply?: (m: InboundMessage) => FakeReply | undefined, options: { postsPerMinute?: number; tokensPerMinute?: number } = {}): Promise<void> {
  bot = new FakeBot(harness.sender(), reply);
  app = await harness.app({ inbound: bot, ...options });
}

beforeEach(async () => {
  harness = new DirectLineHarness();
  await setUp();
});
afterEach(() => harness.cleanup());

const auth = (token: string) => ({ authorization: `Bearer ${token}` });

function post(conversationId: string, token: string, activity: unknown) {
  return app.inject({ method: 'POST', url: `/v3/directline/conversations/${conversationId}/activities`, headers: auth(token), payload: activity as object });
}

async function poll(conversationId: string, token: string, watermark?: string): Promise<ActivitySet> {
  const query = watermark === undefined ? '' : `?watermark=${watermark}`;
  const res = await app.inject({ method: 'GET', url: `/v3/directline/conversations/${conversationId}/activities${query}`, headers: auth(token) });
  expect(res.statusCode).toBe(200);
  return res.json();
}

describe('tokens', () => {
  it('generates a signed token bound to a new conversation, organization and entry code', async () => {
    // Azure's body may also carry a `user`; the user id is always the server's choice.
    const payload = { org: 'demostad', entry: 'farm-9', user: { id: 'chosen-by-page' } };
    const res = await app.inject({ method: 'POST', url: '/v3/directline/tokens/generate', payload });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['conversationId', 'expires_in', 'token']);
    expect(body.expires_in).toBe(1800);
    const claims = verifyDirectLineToken(body.token, { secret: TEST_SECRET });
    expect(claims).toMatchObject({ conversationId: body.conversationId, org: 'demostad', entry: 'farm-9' });
    expect(claims.userId).toBe(`dlc_${claims.conversationId}`);
  });

  it.each([
    [{}, 'no org'],
    [{ org: 'Demo Stad' }, 'upper case and space'],
    [{ org: '-demo' }, 'leading dash'],
    [{ org: 'a'.repeat(65) }, 'too long'],
    [{ org: 'demostad', entry: 'QR_1' }, 'bad entry'],
  ])('rejects %j (%s) with 400 BadArgument', async (payload, _why) => {
    const res = await app.inject({ method: 'POST', url: '/v3/directline/tokens/generate', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('BadArgument');
  });

  it('refreshes a token for the same conversation and user', async () => {
    const { conversationId, token } = await startConversation(app);
    const res = await app.inject({ method: 'POST', url: '/v3/directline/tokens/refresh', headers: auth(token) });
    expect(res.statusCode).toBe(200);
    const refreshed = res.json();
    expect(refreshed.conversationId).toBe(conversationId);
    const before = verifyDirectLineToken(token, { secret: TEST_SECRET });
    expect(verifyDirectLineToken(refreshed.token, { secret: TEST_SECRET })).toMatchObject({ conversationId, userId: before.userId, org: before.org });
  });

  it('answers 403 TokenExpired for an expired token and 403 BadArgument for a tampered, foreign or missing one', async () => {
    const { conversationId, token } = await startConversation(app);
    const claims = verifyDirectLineToken(token, { secret: TEST_SECRET });
    const expired = createDirectLineToken(claims, { secret: TEST_SECRET, ttlSeconds: 60, now: Date.now() - 120_000 }).token;
    const foreign = createDirectLineToken(claims, { secret: 'another-secret-0123456789abcdefghijkl' }).token;
    const [segment, signature] = token.split('.');
    const wire = JSON.parse(Buffer.from(segment, 'base64url').toString());
    const tampered = `${Buffer.from(JSON.stringify({ ...wire, o: 'otherstad' })).toString('base64url')}.${signature}`;
    const cases: [Record<string, string>, string][] = [
      [auth(expired), 'TokenExpired'],
      [auth(foreign), 'BadArgument'],
      [auth(tampered), 'BadArgument'],
      [{}, 'BadArgument'],
    ];
    for (const [headers, code] of cases) {
      for (const request of [
        { method: 'POST' as const, url: '/v3/directline/tokens/refresh' },
        { method: 'POST' as const, url: '/v3/directline/conversations' },
        { method: 'GET' as const, url: `/v3/directline/conversations/${conversationId}/activities` },
        { method: 'POST' as const, url: `/v3/directline/conversations/${conversationId}/activities`, payload: { type: 'message', text: 'hi' } },
      ]) {
        const res = await app.inject({ ...request, headers });
        expect({ url: request.url, status: res.statusCode, body: res.json() }).toMatchObject({ status: 403, body: { error: { code } } });
      }
    }
    expect(bot.calls).toBe(0);
  });

  it('limits token generation per IP with 429 and Retry-After', async () => {
    await app.close();
    await setUp(undefined, { tokensPerMinute: 3 });
    const generate = () => app.inject({ method: 'POST', url: '/v3/directline/tokens/generate', payload: { org: 'demostad' } });
    for (let i = 0; i < 3; i += 1) expect((await generate()).statusCode).toBe(200);
    const limited = await generate();
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json().error.code).toBe('TooManyRequests');
  });
});

describe('conversations and activities', () => {
  it('starts a conversation with a stream URL built from the request', async () => {
    const generated = (await app.inject({ method: 'POST', url: '/v3/directline/tokens/generate', payload: { org: 'demostad' } })).json();
    const res = await app.inject({
      method: 'POST',
      url: '/v3/directline/conversations',
      headers: { ...auth(generated.token), host: 'chat.example.org', 'content-type': 'application/json' },
      payload: '',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      conversationId: generated.conversationId,
      token: generated.token,
      expires_in: expect.any(Number),
      streamUrl: `ws://chat.example.org/v3/directline/conversations/${generated.conversationId}/stream?t=${encodeURIComponent(generated.token)}`,
    });
    const reconnect = await app.inject({
      method: 'GET',
      url: `/v3/directline/conversations/${generated.conversationId}?watermark=4`,
      headers: { ...auth(generated.token), host: 'chat.example.org' },
    });
    expect(reconnect.statusCode).toBe(200);
    expect(reconnect.json().streamUrl).toMatch(/\/stream\?t=[^&]+&watermark=4$/);
  });

  it('stores the user message, hands it to the core and serves it and the reply after the watermark, in order', async () => {
    const { conversationId, token } = await startConversation(app, { org: 'demostad', entry: 'farm-9' });
    expect((await poll(conversationId, token)).activities).toEqual([]);
    const posted = await post(conversationId, token, {
      type: 'message',
      text: 'Hoe krijg ik een BSN?',
      locale: 'nl-NL',
      from: { id: 'spoofed-user' },
      channelData: { clientActivityID: 'web-1' },
    });
    expect(posted.statusCode).toBe(200);
    const { id } = posted.json();
    // Derived from the client's id: a retry, even after Redis lost everything, gets the same one.
    expect(id).toBe(userActivityId(conversationId, 'web-1'));
    const replyId = botActivityId(conversationId, `reply-to-${id}`);
    expect(await bot.settled()).toEqual([{ status: 'sent', externalId: replyId }]);

    const { userId } = verifyDirectLineToken(token, { secret: TEST_SECRET });
    expect(bot.received).toEqual([
      { channel: 'webchat', channelUserId: userId, externalId: id, text: 'Hoe krijg ik een BSN?', locale: 'nl-NL', entryCode: 'farm-9', organizationSlug: expect.any(String), receivedAt: expect.any(Date) },
    ]);

    const all = await poll(conversationId, token);
    // The watermark is the last activity's sequence number: Redis time in µs.
    expect(Math.abs(Number(all.watermark) - Date.now() * 1000)).toBeLessThan(60e6);
    expect(all.activities.map((a) => [a.id, a.from.role, a.text])).toEqual([
      [id, 'user', 'Hoe krijg ik een BSN?'],
      [replyId, 'bot', 'You said: Hoe krijg ik een BSN?'],
    ]);
    expect(all.activities[0]).toMatchObject({ from: { id: userId }, channelData: { clientActivityID: 'web-1' }, conversation: { id: conversationId } });
    expect(Date.parse(all.activities[0].timestamp)).not.toBeNaN();

    expect(await poll(conversationId, token, String(Number(all.watermark) - 1))).toEqual({ activities: [all.activities[1]], watermark: all.watermark });
    expect(await poll(conversationId, token, all.watermark)).toEqual({ activities: [], watermark: all.watermark });
    expect(await poll(conversationId, token, '')).toEqual(all);
    // A watermark from an older log (ids and positions of the counter days) is below every sequence number: everything.
    expect(await poll(conversationId, token, '2')).toEqual(all);

    await post(conversationId, token, { type: 'message', text: 'Dank je', channelData: { clientActivityID: 'web-2' } });
    await bot.settled();
    const next = await poll(conversationId, token, all.watermark);
    expect(Number(next.watermark)).toBeGreaterThan(Number(all.watermark));
    expect(next.activities.map((a) => a.text)).toEqual(['Dank je', 'You said: Dank je']);
  });

  it('answers 403 when the path conversation is not the token\'s', async () => {
    const mine = await startConversation(app);
    const theirs = await startConversation(app);
    expect((await post(theirs.conversationId, mine.token, { type: 'message', text: 'hi' })).statusCode).toBe(403);
    const read = await app.inject({ method: 'GET', url: `/v3/directline/conversations/${theirs.conversationId}/activities`, headers: auth(mine.token) });
    expect(read.statusCode).toBe(403);
    expect(read.json()).toEqual({ error: { code: 'BadArgument', message: 'Token is not valid for this conversation' } });
    expect(bot.calls).toBe(0);
  });

  it('acknowledges conversationUpdate, event and typing without storing them or calling the core', async () => {
    const { conversationId, token } = await startConversation(app);
    for (const activity of [{ type: 'conversationUpdate', membersAdded: [{ id: 'u' }] }, { type: 'event', name: 'webchat/join' }, { type: 'typing' }]) {
      const res = await post(conversationId, token, activity);
      expect(res.statusCode).toBe(200);
      expect(res.json().id).toMatch(new RegExp(`^${conversationId}\\|r[0-9a-z]{9}[\\w-]{11}$`));
    }
    expect(bot.calls).toBe(0);
    expect((await poll(conversationId, token)).activities).toEqual([]);
  });

  it('delivers the same client activity once, whether sent twice with the same clientActivityID or the same id', async () => {
    const { conversationId, token } = await startConversation(app);
    const first = await post(conversationId, token, { type: 'message', text: 'once', channelData: { clientActivityID: 'dup-1' } });
    const again = await post(conversationId, token, { type: 'message', text: 'once', channelData: { clientActivityID: 'dup-1' } });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    const byId = await post(conversationId, token, { type: 'message', id: 'client-7', text: 'also once' });
    const byIdAgain = await post(conversationId, token, { type: 'message', id: 'client-7', text: 'also once' });
    expect(byIdAgain.json().id).toBe(byId.json().id);
    await bot.settled();
    expect(bot.calls).toBe(2);
    expect(bot.received.map((m) => m.text)).toEqual(['once', 'also once']);
    expect((await poll(conversationId, token)).activities.filter((a) => a.from.role === 'user').map((a) => a.text)).toEqual(['once', 'also once']);
  });

  it('answers 502 and stores nothing when the core rejects the message; the retry goes through under the same id', async () => {
    const { conversationId, token } = await startConversation(app);
    bot.failures = 1;
    const activity = { type: 'message', text: 'are you there?', channelData: { clientActivityID: 'retry-1' } };
    const failed = await post(conversationId, token, activity);
    expect(failed.statusCode).toBe(502);
    expect(failed.json().error.code).toBe('BotError');
    expect(await poll(conversationId, token)).toEqual({ activities: [], watermark: '0' });

    const retried = await post(conversationId, token, activity);
    expect(retried.statusCode).toBe(200);
    await bot.settled();
    expect(bot.received).toHaveLength(1);
    expect(bot.received[0].externalId).toBe(retried.json().id);
    expect((await poll(conversationId, token)).activities.map((a) => a.text)).toEqual(['are you there?', 'You said: are you there?']);
  });

  it('turns choices into postBack suggested actions and a pressed one into InboundMessage.payload', async () => {
    await app.close();
    await setUp((m) =>
      m.payload
        ? { text: `Theme ${m.payload}` }
        : { text: 'Pick a theme', choices: [{ label: 'Housing', payload: 'theme:housing' }, { label: 'Work', payload: 'theme:work' }] },
    );
    const { conversationId, token } = await startConversation(app);
    await post(conversationId, token, { type: 'message', text: 'menu', channelData: { clientActivityID: 'm-1' } });
    await bot.settled();
    const [, menu] = (await poll(conversationId, token)).activities;
    expect(menu.suggestedActions).toEqual({
      to: [],
      actions: [
        { type: 'postBack', title: 'Housing', value: 'theme:housing' },
        { type: 'postBack', title: 'Work', value: 'theme:work' },
      ],
    });
    // What Web Chat posts when the "Housing" button is pressed.
    const pressed = await post(conversationId, token, { type: 'message', text: 'theme:housing', channelData: { postBack: true, clientActivityID: 'm-2' } });
    expect(pressed.statusCode).toBe(200);
    await bot.settled();
    expect(bot.received[1]).toMatchObject({ payload: 'theme:housing' });
    expect(bot.received[1]).not.toHaveProperty('text');
    const echo = (await poll(conversationId, token)).activities[2];
    expect(echo.channelData).toEqual({ clientActivityID: 'm-2', postBack: true });
  });

  it('passes HTML and script in text through unaltered, as plain text', async () => {
    await app.close();
    await setUp((m) => ({ text: `Echo: ${m.text}` }));
    const { conversationId, token } = await startConversation(app);
    const text = '<script>document.cookie</script><b onclick="x()">hi</b> &amp; ${7*7} {{7*7}}';
    expect((await post(conversationId, token, { type: 'message', text, channelData: { clientActivityID: 'h-1' } })).statusCode).toBe(200);
    await bot.settled();
    expect(bot.received[0].text).toBe(text);
    const [user, reply] = (await poll(conversationId, token)).activities as DirectLineActivity[];
    expect(user).toMatchObject({ text, textFormat: 'plain' });
    expect(reply.text).toBe(`Echo: ${text}`);
  });

  it('answers 413 for text over 4096 characters and 400 for malformed JSON or a missing type', async () => {
    const { conversationId, token } = await startConversation(app);
    const long = await post(conversationId, token, { type: 'message', text: 'x'.repeat(4097) });
    expect(long.statusCode).toBe(413);
    expect(long.json()).toEqual({ error: { code: 'MessageSizeTooBig', message: 'Message is longer than 4096 characters' } });
    const malformed = await app.inject({
      method: 'POST',
      url: `/v3/directline/conversations/${conversationId}/activities`,
      headers: { ...auth(token), 'content-type': 'application/json' },
      payload: '{"type":"message","text":',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('BadSyntax');
    const untyped = await post(conversationId, token, { text: 'no type' });
    expect(untyped.statusCode).toBe(400);
    expect(untyped.json().error.code).toBe('BadArgument');
    expect(bot.calls).toBe(0);
  });

  it('limits posts per conversation with 429 and Retry-After', async () => {
    await app.close();
    await setUp(undefined, { postsPerMinute: 2 });
    const { conversationId, token } = await startConversation(app);
    const other = await startConversation(app);
    for (let i = 0; i < 2; i += 1) expect((await post(conversationId, token, { type: 'typing' })).statusCode).toBe(200);
    const limited = await post(conversationId, token, { type: 'message', text: 'one too many' });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect((await post(other.conversationId, other.token, { type: 'typing' })).statusCode).toBe(200);
  });

  it('answers CORS preflights for pages that embed the chat', async () => {
    const res = await app.inject({ method: 'OPTIONS', url: '/v3/directline/conversations/x/activities', headers: { origin: 'https://gemeente.example', 'access-control-request-method': 'POST' } });
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-headers']).toContain('authorization');
  });
});

describe('WebChatSender', () => {
  it('fails for a user without a conversation and for another channel', async () => {
    const sender = harness.sender();
    const message = { channel: 'webchat' as const, channelUserId: 'dl_unknown-user-1', conversationId: 'c', text: 'hi', choices: [], links: [] };
    expect(await sender.send(message)).toEqual({ status: 'failed', error: 'web chat conversation not found or expired' });
    expect((await sender.send({ ...message, channel: 'telegram' })).status).toBe('failed');
  });

  it('asks for a retry when Redis is unreachable', async () => {
    const { token } = await startConversation(app);
    const broken = harness.connection();
    broken.disconnect();
    const { userId } = verifyDirectLineToken(token, { secret: TEST_SECRET });
    const result = await harness.sender(broken).send({ channel: 'webchat', channelUserId: userId, conversationId: 'c', text: 'hi', choices: [], links: [] });
    expect(result.status).toBe('retry');
  });
});
