import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { pino } from 'pino';
// The package's default export is typed as ESM but is module.exports at run time; the named class is both.
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TelegramChannel } from '../../bots/telegram/index.ts';
import type { InboundMessage } from '../../core/conversation/index.ts';
import { createEntryCode, importTiles } from '../../core/content/index.ts';
import { FIXED_TEXTS } from '../../flows/index.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { createTestConversationStack, type TestConversationStack } from '../support/conversation-stack.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/**
 * The channel in long-polling mode against telegram-test-api, an
 * independent Bot API emulator: telegraf's own polling loop, our handling
 * and sender, the real core. The emulator has no setMyCommands (the
 * channel logs that and carries on), sends no webhook secret and does not
 * long-poll, so the other Telegram tests use tests/fakes/telegram-bot-api.ts.
 */
const db = createTestDb();
const TOKEN = '7000002:AAE-telegram-test-api-token-abcdefghij';
const CHAT = 4_242_001;

/** telegram-test-api needs its port before it starts (it builds its URL from it). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let server: TelegramServer;
let redis: Redis;
let core: TestConversationStack;
let channel: TelegramChannel;
/** Calls of receive() that fail as if the database were down. */
let outage: number;

beforeEach(async () => {
  await truncateAll(db);
  await importTiles(db, engineLibraryFile(), 'test');
  await createEntryCode(db, { code: 'voorbeeld', municipalitySlug: 'testdorp' }, 'test');
  server = new TelegramServer({ port: await freePort(), host: '127.0.0.1', storeTimeout: 60 });
  await server.start();
  redis = new Redis({ maxRetriesPerRequest: 2 });
  core = createTestConversationStack(db);
  outage = 0;
  const inbound = {
    receive: async (message: InboundMessage) => {
      if (outage > 0) {
        outage -= 1;
        throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
      }
      return core.stack.service.receive(message);
    },
  };
  channel = new TelegramChannel({
    token: TOKEN, apiRoot: server.config.apiURL, inbound, redis,
    keyPrefix: `test:telegram:${randomUUID()}:`, log: pino({ level: 'silent' }), restartDelayMs: 60_000,
  });
  await core.stack.startWorkers([channel.sender]);
});

afterEach(async () => {
  await channel.stop();
  await core.destroy();
  redis.disconnect();
  await server.stop();
});

/** Texts the bot has sent to the chat so far. */
async function botTexts(): Promise<string[]> {
  // The history holds the person's updates too; the bot's messages are the ones with a chat_id (sendMessage parameters).
  const history = (await server.getClient(TOKEN, { chatId: CHAT }).getUpdatesHistory()) as Array<{ message?: { chat_id?: unknown; text?: unknown } }>;
  return history.flatMap((u) => (String(u.message?.chat_id) === String(CHAT) && typeof u.message?.text === 'string' ? [u.message.text] : []));
}

describe('Telegram channel against telegram-test-api (long polling)', () => {
  it('answers a deep link and a language button through telegraf\'s polling', async () => {
    await channel.start();
    expect(channel.status()).toMatchObject({ state: 'connected', mode: 'polling' });
    const client = server.getClient(TOKEN, { chatId: CHAT, userId: CHAT, firstName: 'Anna' });

    await client.sendCommand(client.makeCommand('/start voorbeeld', { from: { language_code: 'pl' } }));
    await expect.poll(async () => (await botTexts()).some((t) => t.includes('Gemeente Testdorp')), { timeout: 15_000 }).toBe(true);

    await client.sendCallback(client.makeCallbackQuery('language:pl', { from: { language_code: 'pl' }, message: { message_id: 1 } }));
    const switched = FIXED_TEXTS.pl.welcome.languageChanged.replace('{language}', FIXED_TEXTS.pl.languageName);
    await expect.poll(async () => (await botTexts()).includes(switched), { timeout: 15_000 }).toBe(true);
    expect(await db.conversation.count()).toBe(1);
  }, 30_000);

  it('keeps polling\'s update while the database is down, and answers it once it is back', async () => {
    await channel.start();
    outage = 2;
    const client = server.getClient(TOKEN, { chatId: CHAT, userId: CHAT, firstName: 'Anna' });
    await client.sendCommand(client.makeCommand('/start voorbeeld', { from: { language_code: 'pl' } }));
    // Stored on the third try (after 1 s and 2 s), then answered.
    await expect.poll(async () => (await botTexts()).some((t) => t.includes('Gemeente Testdorp')), { timeout: 15_000 }).toBe(true);
    expect(outage).toBe(0);
    expect(await db.message.count({ where: { direction: 'inbound' } })).toBe(1);
  }, 30_000);
});
