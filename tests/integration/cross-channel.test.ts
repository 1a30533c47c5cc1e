import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TelegramChannel } from '../../bots/telegram/index.ts';
import { DirectLineHarness, startConversation } from '../../bots/webchat/testing/direct-line-harness.ts';
import { CustomerServiceWindow, WhatsAppCloudSender, phoneHasher, signBody, whatsappCloudPlugin } from '../../bots/whatsapp/index.ts';
import { importTiles } from '../../core/content/index.ts';
import { config } from '../../core/platform/config.ts';
import { GraphApiFake } from '../fakes/graph-api.ts';
import { FakeTelegramApi } from '../fakes/telegram-bot-api.ts';
import { TelegramTestUser } from '../fakes/telegram-test-user.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { createTestConversationStack, type TestConversationStack } from '../support/conversation-stack.ts';
import { telegramChannelOnFake } from '../support/telegram-world.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/**
 * One core, three channels: the same Polish question asked on web chat
 * (Direct Line), Telegram (webhook update) and WhatsApp (Cloud API webhook)
 * gets the same tile in the same language; only the rendering differs.
 * Real PostgreSQL and Redis; the Bot API and the Graph API are fakes on
 * loopback.
 */
const db = createTestDb();
const QUESTION = 'Jak dostać numer BSN? Gdzie się zameldować?';
const TILE_TITLE = 'Zameldowanie w gminie i numer BSN';
const PHONE_NUMBER_ID = '1098765432';
const APP_SECRET = 'cross-channel-app-secret';
const WAIT = { timeout: 15_000 };

let core: TestConversationStack;
let harness: DirectLineHarness;
let telegramApi: FakeTelegramApi;
let graph: GraphApiFake;
let redis: Redis;
let whatsappApp: FastifyInstance;
let telegram: TelegramChannel;
const prefix = `test-x-${randomUUID()}:`;

beforeEach(async () => {
  await truncateAll(db);
  await importTiles(db, engineLibraryFile(), 'test');
  core = createTestConversationStack(db);
  harness = new DirectLineHarness();
  redis = new Redis(config().REDIS_URL, { maxRetriesPerRequest: 2 });
  telegramApi = await new FakeTelegramApi().start();
  graph = new GraphApiFake(PHONE_NUMBER_ID);
  await graph.start();

  telegram = telegramChannelOnFake(telegramApi, { inbound: core.stack.service, redis, keyPrefix: `${prefix}tg:` });
  const window = new CustomerServiceWindow(redis, { hash: phoneHasher('cross-channel'), keyPrefix: `${prefix}wa:` });
  whatsappApp = Fastify({ logger: false });
  await whatsappApp.register(whatsappCloudPlugin, { inbound: core.stack.service, window, appSecret: APP_SECRET, verifyToken: 'v', phoneNumberId: PHONE_NUMBER_ID });
  await core.stack.startWorkers([
    harness.sender(),
    telegram.sender,
    new WhatsAppCloudSender({ graph: { baseUrl: graph.baseUrl, token: 'graph-token', phoneNumberId: PHONE_NUMBER_ID }, window }),
  ]);
});

afterEach(async () => {
  await whatsappApp.close();
  await core.destroy();
  await harness.cleanup();
  await telegramApi.stop();
  await graph.close();
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

describe('the same question on every channel', () => {
  it('web chat, Telegram and WhatsApp get the same tile in Polish', async () => {
    // Web chat: the page's Direct Line conversation.
    const webchat = await harness.app({ inbound: core.stack.service });
    const conversation = await startConversation(webchat, { org: 'testdorp' });
    const auth = { authorization: `Bearer ${conversation.token}` };
    const posted = await webchat.inject({
      method: 'POST', url: `/v3/directline/conversations/${conversation.conversationId}/activities`, headers: auth,
      payload: { type: 'message', from: { id: 'web-user' }, text: QUESTION },
    });
    expect(posted.statusCode).toBe(200);

    // Telegram: an update as the webhook or polling hands it over.
    await telegram.handleUpdate(new TelegramTestUser(telegramApi, { id: 4711 }).textUpdate(QUESTION));

    // WhatsApp: a signed Cloud API webhook.
    const body = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [{ id: 'WABA', changes: [{ field: 'messages', value: {
        messaging_product: 'whatsapp', metadata: { display_phone_number: '31850000000', phone_number_id: PHONE_NUMBER_ID },
        contacts: [{ profile: { name: 'Jan' }, wa_id: '48601234567' }],
        messages: [{ from: '48601234567', id: `wamid.${randomUUID()}`, timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body: QUESTION } }],
      } }] }],
    });
    const hooked = await whatsappApp.inject({
      method: 'POST', url: '/webhooks/whatsapp', payload: body,
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody(body, APP_SECRET) },
    });
    expect(hooked.statusCode).toBe(200);

    // One question-log row per channel: same tile, same language, same outcome.
    await expect.poll(() => db.questionLog.count(), WAIT).toBe(3);
    const logs = await db.questionLog.findMany({ orderBy: { channel: 'asc' } }); // the enum's order: webchat, telegram, whatsapp
    expect(logs.map((l) => [l.channel, l.language, l.tileKey, l.outcome])).toEqual([
      ['webchat', 'pl', 'bsn', 'answered'],
      ['telegram', 'pl', 'bsn', 'answered'],
      ['whatsapp', 'pl', 'bsn', 'answered'],
    ]);

    // Each channel rendered that tile in its own way.
    await expect.poll(async () => {
      const page = await webchat.inject({ method: 'GET', url: `/v3/directline/conversations/${conversation.conversationId}/activities`, headers: auth });
      return page.json<{ activities: Array<{ text?: string }> }>().activities.some((a) => a.text?.includes(TILE_TITLE));
    }, WAIT).toBe(true);
    await expect.poll(() => telegramApi.sent.some((m) => m.bold.includes(TILE_TITLE)), WAIT).toBe(true);
    await expect.poll(() => graph.requests.some((r) => (r.body.text?.body ?? r.body.interactive?.body.text ?? '').includes(TILE_TITLE)), WAIT).toBe(true);
    expect(graph.unexpected).toEqual([]);
  });
});
