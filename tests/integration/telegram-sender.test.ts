import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { Telegram } from 'telegraf';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CallbackDataCodec, TelegramHealth, TelegramSender } from '../../bots/telegram/index.ts';
import { importTiles } from '../../core/content/index.ts';
import type { OutboundMessage } from '../../core/conversation/index.ts';
import { DIALOG } from '../../flows/index.ts';
import { BLOCKED, CHAT_NOT_FOUND, FakeTelegramApi, tooManyRequests } from '../fakes/telegram-bot-api.ts';
import { TelegramTestUser } from '../fakes/telegram-test-user.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { createTestConversationStack, type TestConversationStack } from '../support/conversation-stack.ts';
import { telegramChannelOnFake } from '../support/telegram-world.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/**
 * TelegramSender against the fake Bot API (which parses HTML and checks
 * limits as Telegram does), and the delivery queue honouring Telegram's
 * retry_after on the real core.
 */
let api: FakeTelegramApi;
let redis: Redis;
let codec: CallbackDataCodec;
let sender: TelegramSender;
let health: TelegramHealth;

const CHAT = 5551234;
const message = (overrides: Partial<OutboundMessage> = {}): OutboundMessage => ({
  channel: 'telegram', channelUserId: String(CHAT), conversationId: randomUUID(), text: 'Hello', choices: [], links: [], ...overrides,
});

function newSender(apiRoot: string): TelegramSender {
  return new TelegramSender({ telegram: new Telegram(api.token, { apiRoot, webhookReply: false }), codec, token: api.token, health });
}

beforeAll(async () => {
  api = await new FakeTelegramApi().start();
  redis = new Redis({ maxRetriesPerRequest: 2 });
});

afterAll(async () => {
  const keys = await redis.keys('test:telegram:*');
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  await api.stop();
});

beforeEach(() => {
  api.sent.length = 0;
  codec = new CallbackDataCodec({ redis, keyPrefix: `test:telegram:${randomUUID()}:`, knownKinds: Object.keys(DIALOG.buttons) });
  health = new TelegramHealth('webhook');
  health.connected(api.botUser.username);
  sender = newSender(api.apiRoot);
});

describe('TelegramSender: what arrives', () => {
  it('HTML and scripts in a message arrive as text; markdown as Telegram HTML', async () => {
    const result = await sender.send(message({ text: '<script>alert("x")</script> & <b>hi</b>\n**Bold** and [the link](https://example.org/a?b=1&c=2)' }));
    expect(result).toEqual({ status: 'sent', externalId: `${api.sent[0].chat.id}:${api.sent[0].message_id}` });
    const [sent] = api.sent;
    expect(sent.parse_mode).toBe('HTML');
    expect(sent.text).toBe('<script>alert("x")</script> & <b>hi</b>\nBold and the link');
    expect(sent.source).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;hi&lt;/b&gt;');
    expect(sent.bold).toEqual(['Bold']);
    expect(sent.links).toEqual([{ label: 'the link', href: 'https://example.org/a?b=1&c=2' }]);
  });

  it('choices become an inline keyboard; links not in the text are added as anchors', async () => {
    await sender.send(message({
      text: 'Choose:',
      choices: [{ label: 'Yes', payload: 'feedbackYes:' }, { label: 'No', payload: 'feedbackNo:' }],
      links: [{ label: 'Town hall (gemeente)', url: 'https://example.org/gemeente' }],
    }));
    const [sent] = api.sent;
    expect(sent.reply_markup).toEqual({ inline_keyboard: [[{ text: 'Yes', callback_data: 'feedbackYes:' }], [{ text: 'No', callback_data: 'feedbackNo:' }]] });
    expect(sent.links).toEqual([{ label: 'Town hall (gemeente)', href: 'https://example.org/gemeente' }]);
  });

  it('a payload longer than 64 bytes travels as a short token and decodes back to the payload', async () => {
    const longKey = `tile:${'werk-en-inkomen-'.repeat(6)}`;
    await sender.send(message({ choices: [{ label: 'Long tile', payload: longKey }, { label: 'Menu', payload: 'menu:' }] }));
    const [long, short] = api.sent[0].reply_markup!.inline_keyboard.flat();
    expect(Buffer.byteLength(long.callback_data!)).toBeLessThanOrEqual(64);
    expect(long.callback_data).toMatch(/^~/);
    expect(short.callback_data).toBe('menu:');
    expect(await codec.decode(long.callback_data)).toEqual({ kind: 'payload', payload: longKey });
    // The same payload gets the same token (no growth in Redis when a menu is sent again).
    expect(await codec.encode(longKey)).toBe(long.callback_data);
  });

  it('a text longer than 4096 characters is split; the keyboard comes under the last part', async () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => `**Part ${i}** ${'lorem ipsum & dolor '.repeat(30)}`);
    const result = await sender.send(message({ text: paragraphs.join('\n\n'), choices: [{ label: 'Menu', payload: 'menu:' }] }));
    expect(api.sent.length).toBeGreaterThan(1);
    expect(result).toEqual({ status: 'sent', externalId: `${api.sent.at(-1)!.chat.id}:${api.sent.at(-1)!.message_id}` });
    expect(api.sent.slice(0, -1).every((m) => m.reply_markup === undefined)).toBe(true);
    expect(api.sent.at(-1)!.reply_markup).toBeDefined();
    expect(api.sent.flatMap((m) => m.bold)).toEqual(paragraphs.map((_, i) => `Part ${i}`));
  });

  it('sends the text without markup when Telegram refuses the HTML', async () => {
    api.failNext('sendMessage', { status: 400, body: { ok: false, error_code: 400, description: "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 0" } });
    expect(await sender.send(message({ text: '**Title** [link](https://example.org)' }))).toMatchObject({ status: 'sent' });
    expect(api.sent[0]).toMatchObject({ text: 'Title link (https://example.org)' });
    expect(api.sent[0].parse_mode).toBeUndefined();
  });
});

describe('TelegramSender: failures as delivery results', () => {
  it('429 → retry after Telegram\'s retry_after; the error text has no token', async () => {
    api.failNext('sendMessage', tooManyRequests(7));
    const result = await sender.send(message());
    expect(result).toEqual({ status: 'retry', retryAfterMs: 7000, error: 'Telegram 429: Too Many Requests: retry after 7' });
  });

  it('403 blocked and 400 chat not found → failed (never retried)', async () => {
    api.failNext('sendMessage', BLOCKED, CHAT_NOT_FOUND);
    expect(await sender.send(message())).toEqual({ status: 'failed', error: 'Telegram 403: Forbidden: bot was blocked by the user' });
    expect(await sender.send(message())).toEqual({ status: 'failed', error: 'Telegram 400: Bad Request: chat not found' });
    expect(health.status().state).toBe('connected');
  });

  it('a network error → retry, without the token in the error; noted in the status', async () => {
    const closed = await new FakeTelegramApi(api.token).start();
    const root = closed.apiRoot;
    await closed.stop();
    const result = await newSender(root).send(message());
    expect(result.status).toBe('retry');
    expect(result.status !== 'sent' && result.error).toMatch(/ECONNREFUSED/);
    expect(JSON.stringify(result)).not.toContain(api.token.split(':')[1]);
    expect(health.status()).toMatchObject({ state: 'connected', lastError: { message: expect.stringMatching(/ECONNREFUSED/) } });
    expect(JSON.stringify(health.status())).not.toContain(api.token.split(':')[1]);
  });

  it('a revoked token (401) → retry, and the channel shows as failing', async () => {
    api.failNext('sendMessage', { status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } });
    expect(await sender.send(message())).toEqual({ status: 'retry', error: 'Telegram 401: Unauthorized' });
    expect(health.status()).toMatchObject({ state: 'failing', error: 'Telegram 401: Unauthorized' });
  });

  it('refuses what is not a Telegram chat', async () => {
    expect(await sender.send(message({ channelUserId: 'abc' }))).toMatchObject({ status: 'failed' });
    expect(await sender.send(message({ channel: 'whatsapp' }))).toMatchObject({ status: 'failed' });
    expect(api.sent).toHaveLength(0);
  });
});

describe('delivery queue and Telegram rate limits (real core)', () => {
  const db = createTestDb();
  let core: TestConversationStack;

  beforeEach(async () => {
    await truncateAll(db);
    await importTiles(db, engineLibraryFile(), 'test');
    core = createTestConversationStack(db, { backoffMs: 20 });
  });

  afterEach(() => core.destroy());
  afterAll(() => db.$disconnect());

  it('waits as long as Telegram\'s retry_after says before sending again', async () => {
    const channel = telegramChannelOnFake(api, { inbound: core.stack.service, redis, keyPrefix: `test:telegram:${randomUUID()}:` });
    await core.stack.startWorkers([channel.sender]);
    const before = api.callsOf('sendMessage').length;
    api.failNext('sendMessage', tooManyRequests(1));
    const user = new TelegramTestUser(api, { id: 6660001, languageCode: 'en' });
    await channel.handleUpdate(user.textUpdate('What is the minimum wage per hour?'), { strict: true });

    await expect.poll(() => db.message.count({ where: { direction: 'outbound', deliveryStatus: 'sent' } }), { timeout: 15_000 }).toBeGreaterThan(0);
    const [limited, retried] = api.callsOf('sendMessage').slice(before);
    // Without retry_after the queue's own backoff (20 ms here) would have tried again at once.
    expect(retried.at - limited.at).toBeGreaterThanOrEqual(950);
    expect(retried.params.text).toBe(limited.params.text);
    expect(user.received().length).toBeGreaterThan(0);
  }, 30_000);
});
