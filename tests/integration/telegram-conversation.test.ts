import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TelegramChannel, telegramWebhookPlugin } from '../../bots/telegram/index.ts';
import { createEntryCode, importTiles } from '../../core/content/index.ts';
import { SUPPORTED_LANGUAGES } from '../../core/languages/index.ts';
import { TELEGRAM_TEXTS } from '../../flows/channel-texts/index.ts';
import { FIXED_TEXTS } from '../../flows/index.ts';
import { FakeTelegramApi, type SentMessage } from '../fakes/telegram-bot-api.ts';
import { TelegramTestUser } from '../fakes/telegram-test-user.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { createTestConversationStack, type TestConversationStack } from '../support/conversation-stack.ts';
import { buildTile, buildTileFile } from '../support/factories.ts';
import { createTestDb, organizationId, truncateAll } from '../support/test-db.ts';

/**
 * The Telegram channel on the real core: telegraf → our webhook route (or
 * long polling) → conversation core (PostgreSQL, BullMQ on Redis) → answer
 * engine → delivery queue → TelegramSender → the Bot API. Only the Bot API
 * is a fake (tests/fakes/telegram-bot-api.ts), on 127.0.0.1.
 */
const db = createTestDb();
const silent = pino({ level: 'silent' });
const SECRET = 'webhook-secret_0123456789';
const WAIT = { timeout: 15_000 };

let api: FakeTelegramApi;
let redis: Redis;
let core: TestConversationStack;
let app: FastifyInstance | undefined;
let channel: TelegramChannel | undefined;

beforeEach(async () => {
  await truncateAll(db);
  await importTiles(db, engineLibraryFile(), 'test');
  // Chats without an entry code land in anderdorp: a conversation in testdorp proves the deep link worked.
  await importTiles(db, buildTileFile({
    organization: { slug: 'anderdorp', name: 'Gemeente Anderdorp', kind: 'municipality' },
    tiles: [buildTile({ key: 'anderdorp-town-hall', theme: 'practical' })],
  }), 'test');
  await createEntryCode(db, { code: 'voorbeeld', municipalitySlug: 'testdorp' }, 'test');
  api = await new FakeTelegramApi().start();
  redis = new Redis({ maxRetriesPerRequest: 2 });
  core = createTestConversationStack(db, { defaultOrganization: 'anderdorp' });
});

afterEach(async () => {
  await channel?.stop();
  await app?.close();
  await core.destroy();
  const keys = await redis.keys('test:telegram:*');
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  await api.stop();
  channel = undefined;
  app = undefined;
});

function newChannel(webhookUrl?: string): TelegramChannel {
  return new TelegramChannel({
    token: api.token,
    apiRoot: api.apiRoot,
    inbound: core.stack.service,
    redis,
    keyPrefix: `test:telegram:${randomUUID()}:`,
    webhook: webhookUrl ? { url: webhookUrl, secret: SECRET } : undefined,
    log: silent,
    restartDelayMs: 60_000,
  });
}

/** Our HTTP server with the webhook route, listening on a free port; the channel is created once the URL is known. */
async function startWebhookMode(): Promise<void> {
  app = Fastify({ logger: false });
  await app.register(telegramWebhookPlugin, { channel: { handleUpdate: (update, options) => channel!.handleUpdate(update, options) }, secret: SECRET });
  await app.listen({ host: '127.0.0.1', port: 0 });
  channel = newChannel(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}/telegram/webhook`);
  await core.stack.startWorkers([channel.sender]);
  await channel.start();
}

/** Waits until the person has received a message for which `match` holds; returns it. */
async function waitFor(user: TelegramTestUser, match: (m: SentMessage) => boolean): Promise<SentMessage> {
  await expect.poll(() => user.received().some(match), WAIT).toBe(true);
  return user.received().find(match)!;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k]);

describe('Telegram: a whole conversation on the real core', () => {
  it('deep link, language button, Polish question, tile, helpful: logged for testdorp', async () => {
    await startWebhookMode();
    expect(channel!.status()).toMatchObject({ state: 'connected', mode: 'webhook', bot: api.botUser.username });
    expect(api.webhook).toEqual({
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/telegram\/webhook$/),
      secret_token: SECRET,
      allowed_updates: ['message', 'callback_query'],
    });
    const anna = new TelegramTestUser(api, { languageCode: 'pl' });

    // 1. The QR code's deep link: /start voorbeeld → welcome of testdorp (not the default anderdorp), language proposal, menu.
    expect(await anna.send('/start voorbeeld')).toBe(200);
    const greeting = await waitFor(anna, (m) => m.text.includes('Gemeente Testdorp'));
    expect(greeting.parse_mode).toBe('HTML');
    await waitFor(anna, (m) => m.reply_markup !== undefined && m.reply_markup.inline_keyboard.flat().some((b) => b.text === 'Polski'));

    // 2. Polish by button: the press is acknowledged, the bot switches language.
    expect(await anna.press(anna.messageWithButton('Polski')!, 'Polski')).toBe(200);
    const switched = fill(FIXED_TEXTS.pl.welcome.languageChanged, { language: FIXED_TEXTS.pl.languageName });
    await waitFor(anna, (m) => m.text === switched);

    // 3. A question in Polish: the tile (title in bold, HTML mode) and "was this helpful?" as buttons.
    expect(await anna.send('Jak dostać numer BSN?')).toBe(200);
    const tile = await waitFor(anna, (m) => m.bold.includes('Zameldowanie w gminie i numer BSN'));
    expect(tile.text).toContain('Zamelduj się w urzędzie gminy');
    const feedback = await waitFor(anna, (m) => m.text === FIXED_TEXTS.pl.feedback.question);
    expect(feedback.reply_markup?.inline_keyboard.flat().map((b) => b.text)).toEqual([FIXED_TEXTS.pl.feedback.yes, FIXED_TEXTS.pl.feedback.no]);

    // 4. "Tak": thanks, and the anonymous log says the answer helped.
    expect(await anna.press(feedback, FIXED_TEXTS.pl.feedback.yes)).toBe(200);
    await waitFor(anna, (m) => m.text === FIXED_TEXTS.pl.feedback.thanks);

    const testdorp = await organizationId(db, 'testdorp');
    await expect.poll(() => db.questionLog.findMany(), WAIT).toEqual([
      expect.objectContaining({ organizationId: testdorp, channel: 'telegram', language: 'pl', tileKey: 'bsn', outcome: 'answered', feedback: 'helpful' }),
    ]);
    const conversations = await db.conversation.findMany();
    expect(conversations.map((c) => c.organizationId)).toEqual([testdorp]);
    expect((await db.contact.findFirstOrThrow()).preferredLanguage).toBe('pl');
    // Every press answered (no spinner left), silently: the reply is the answer.
    expect(api.answers).toEqual([{ id: 'q1' }, { id: 'q2' }]);
    await expect.poll(() => db.message.count({ where: { direction: 'outbound', deliveryStatus: { not: 'sent' } } }), WAIT).toBe(0);
    expect(api.unexpected).toEqual([]);
  }, 60_000);

  it('registers /start /menu /language /human /privacy /mydata and the description in all 18 languages', async () => {
    await startWebhookMode();
    expect([...api.commands.keys()].sort()).toEqual(['', ...SUPPORTED_LANGUAGES].sort());
    for (const lang of SUPPORTED_LANGUAGES) {
      expect(api.commands.get(lang)).toEqual(
        (['start', 'menu', 'language', 'human', 'privacy', 'mydata'] as const).map((command) => ({ command, description: TELEGRAM_TEXTS[lang].commands[command] })),
      );
      expect(api.descriptions.get(lang)).toBe(TELEGRAM_TEXTS[lang].description);
    }
    expect(api.commands.get('')).toEqual(api.commands.get('en'));
    expect(api.callsOf('setMyCommands').every((c) => (c.params.scope as { type: string }).type === 'all_private_chats')).toBe(true);
  });

  it('the command menu reaches the core: /language offers the languages, /human hands over to a person', async () => {
    await startWebhookMode();
    const anna = new TelegramTestUser(api, { languageCode: 'en' });
    await anna.send('hello');
    await waitFor(anna, (m) => m.text.includes('Testdorp') || m.text.includes('Anderdorp'));
    await anna.send('/language');
    await waitFor(anna, (m) => m.text === FIXED_TEXTS.en.welcome.chooseLanguage);
    await anna.send('/human');
    await expect.poll(async () => (await db.conversation.findFirstOrThrow()).state, WAIT).toBe('waiting');
  }, 30_000);

  it('long polling in development: the same handling, and stop() ends it', async () => {
    channel = newChannel();
    await core.stack.startWorkers([channel.sender]);
    await channel.start();
    expect(channel.status()).toMatchObject({ state: 'connected', mode: 'polling' });
    await expect.poll(() => api.callsOf('getUpdates').length, WAIT).toBeGreaterThan(0);
    expect(api.callsOf('deleteWebhook')).toHaveLength(1);
    expect(api.callsOf('getUpdates')[0].params).toMatchObject({ allowed_updates: ['message', 'callback_query'] });

    const anna = new TelegramTestUser(api, { languageCode: 'pl' });
    await anna.send('/start voorbeeld');
    await waitFor(anna, (m) => m.text.includes('Gemeente Testdorp'));
    await anna.send('Jak dostać numer BSN?');
    await waitFor(anna, (m) => m.bold.includes('Zameldowanie w gminie i numer BSN'));
    expect((await db.conversation.findMany()).map((c) => c.organizationId)).toEqual([await organizationId(db, 'testdorp')]);

    await channel.stop();
    const polls = api.callsOf('getUpdates').length;
    await anna.send('still there?');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(api.callsOf('getUpdates').length).toBe(polls);
    expect(api.unexpected).toEqual([]);
  }, 30_000);

  it('starts without Telegram: failing with the reason (token removed), then connects on a later try', async () => {
    api.failNext('getMe', { status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } });
    channel = new TelegramChannel({
      token: api.token, apiRoot: api.apiRoot, inbound: core.stack.service, redis, keyPrefix: `test:telegram:${randomUUID()}:`, log: silent, restartDelayMs: 50,
    });
    await channel.start();
    expect(channel.status()).toMatchObject({ state: 'failing', mode: 'polling', error: 'Telegram 401: Unauthorized' });
    await expect.poll(() => channel!.status().state, WAIT).toBe('connected');
  });
});
