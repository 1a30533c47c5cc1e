import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SECRET_HEADER, TelegramChannel, telegramWebhookPlugin } from '../../bots/telegram/index.ts';
import { TELEGRAM_TEXTS } from '../../flows/channel-texts/index.ts';
import { FIXED_TEXTS } from '../../flows/index.ts';
import type { SentMessage } from '../fakes/telegram-bot-api.ts';
import { TelegramTestUser } from '../fakes/telegram-test-user.ts';
import { telegramChannelOnFake, useTelegramWorld } from '../support/telegram-world.ts';

/**
 * The webhook route as Telegram (and an attacker) reach it, through
 * `app.inject`: authentication by secret token, malformed bodies, update
 * types the bot does not read, and buttons that cannot be used. The core
 * is real; the Bot API (for answerCallbackQuery and replies) is the fake.
 */
const world = useTelegramWorld();
const { db, api, redis, keyPrefix } = world;
const SECRET = 'correct-horse_battery-staple';
const WAIT = { timeout: 15_000 };

let channel: TelegramChannel;
let app: FastifyInstance;
let anna: TelegramTestUser;

beforeEach(async () => {
  channel = telegramChannelOnFake(api, { inbound: world.core.stack.service, redis, keyPrefix: `${keyPrefix}${randomUUID()}:` });
  await world.core.stack.startWorkers([channel.sender]);
  app = Fastify({ logger: false });
  await app.register(telegramWebhookPlugin, { channel, secret: SECRET });
  await app.ready();
  anna = new TelegramTestUser(api, { id: 880000 + Math.floor(Math.random() * 10_000), languageCode: 'pl' });
});

afterEach(async () => {
  await app.close();
});

function post(body: unknown, headers: Record<string, string> = { [SECRET_HEADER]: SECRET }) {
  return app.inject({
    method: 'POST', url: '/telegram/webhook',
    headers: { 'content-type': 'application/json', ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A message of the bot with buttons, as the person has it on screen. */
function botMessage(buttons: Array<{ text: string; callback_data: string }>): SentMessage {
  return {
    message_id: 77, chat: { id: anna.chat.id, type: 'private' }, date: 0, text: 'x', source: 'x', links: [], bold: [],
    reply_markup: { inline_keyboard: buttons.map((b) => [b]) },
  };
}

describe('Telegram webhook: who may post', () => {
  it('refuses a request without the secret token: 401, nothing stored, nothing sent', async () => {
    const response = await post(anna.textUpdate('Jak dostać numer BSN?'), {});
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ ok: false, error: 'unauthorized' });
    expect(await db.message.count()).toBe(0);
    expect(await db.contact.count()).toBe(0);
  });

  it('refuses a wrong secret token (also one of the same length, and one differing in case)', async () => {
    for (const wrong of ['nope', SECRET.replace('c', 'd'), SECRET.toUpperCase(), `${SECRET} `, '']) {
      expect((await post(anna.textUpdate('hello'), { [SECRET_HEADER]: wrong })).statusCode, wrong).toBe(401);
    }
    expect(await db.message.count()).toBe(0);
  });

  it('refuses to be registered without a secret', async () => {
    const open = Fastify({ logger: false });
    await expect(open.register(telegramWebhookPlugin, { channel, secret: '' }).ready()).rejects.toThrow(/TELEGRAM_WEBHOOK_SECRET/);
    await open.close();
  });

  it('accepts the right secret: stored once, also when Telegram delivers the update again', async () => {
    const update = anna.textUpdate('Jak dostać numer BSN?');
    expect((await post(update)).statusCode).toBe(200);
    expect((await post(update)).statusCode).toBe(200);
    expect(await db.message.count({ where: { direction: 'inbound' } })).toBe(1);
    await expect.poll(() => anna.received().some((m) => m.bold.includes('Zameldowanie w gminie i numer BSN')), WAIT).toBe(true);
  });
});

describe('Telegram webhook: bodies that are no usable update', () => {
  it('answers 400 to malformed bodies and stores nothing', async () => {
    for (const body of ['{"update_id": 1, "message": {', 'null', '[]', '"text"', '{}', '{"update_id":"abc"}', '{"update_id":-1}']) {
      expect((await post(body)).statusCode, body).toBe(400);
    }
    const text = await app.inject({ method: 'POST', url: '/telegram/webhook', headers: { [SECRET_HEADER]: SECRET, 'content-type': 'text/plain' }, payload: 'hello' });
    expect(text.statusCode).toBe(400);
    const form = await app.inject({ method: 'POST', url: '/telegram/webhook', headers: { [SECRET_HEADER]: SECRET, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'update_id=1' });
    expect(form.statusCode).toBe(415);
    const huge = await post({ update_id: 1, message: { text: 'x'.repeat(300 * 1024) } });
    expect(huge.statusCode).toBe(413);
    expect(await db.message.count()).toBe(0);
  });

  it('acknowledges and ignores updates it does not read: edits, groups, bots, odd shapes', async () => {
    const id = () => api.updateId();
    const ignored = [
      { update_id: id(), edited_message: { message_id: 5, from: anna.from, chat: anna.chat, date: 1, edit_date: 2, text: 'edited' } },
      { update_id: id(), message: { message_id: 6, from: anna.from, chat: { id: -1001, type: 'supergroup', title: 'x' }, date: 1, text: 'hi group' } },
      { update_id: id(), message: { message_id: 7, from: { ...anna.from, is_bot: true }, chat: anna.chat, date: 1, text: 'bot' } },
      { update_id: id(), message: 'not an object' },
      { update_id: id(), message: { message_id: 8, chat: anna.chat, date: 1, new_chat_title: 'x' } },
      { update_id: id(), my_chat_member: { chat: anna.chat } },
      { update_id: id(), inline_query: { id: '1', from: anna.from, query: 'x' } },
    ];
    for (const update of ignored) expect((await post(update)).statusCode, JSON.stringify(update)).toBe(200);
    expect(await db.message.count()).toBe(0);
  });

  it('a photo or sticker gets the core\'s polite "text only" reply', async () => {
    expect((await post({ update_id: api.updateId(), message: { message_id: 9, from: anna.from, chat: anna.chat, date: 1, sticker: { file_id: 'x', type: 'regular' } } })).statusCode).toBe(200);
    const inbound = await db.message.findFirstOrThrow({ where: { direction: 'inbound' } });
    expect(inbound.text).toBe('');
    await expect.poll(() => anna.received().some((m) => m.text === FIXED_TEXTS.pl.input.unsupported || m.text === FIXED_TEXTS.en.input.unsupported), WAIT).toBe(true);
  });

  it('answers 500 when the update cannot be stored (the core is down), so that Telegram delivers it again', async () => {
    const down = { receive: async () => Promise.reject(new Error('database unavailable')) };
    const broken = new TelegramChannel({ token: api.token, apiRoot: api.apiRoot, inbound: down, redis: world.core.connection, log: pino({ level: 'silent' }) });
    const brokenApp = Fastify({ logger: false });
    await brokenApp.register(telegramWebhookPlugin, { channel: broken, secret: SECRET });
    const response = await brokenApp.inject({
      method: 'POST', url: '/telegram/webhook', headers: { [SECRET_HEADER]: SECRET, 'content-type': 'application/json' }, payload: anna.textUpdate('hello'),
    });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ ok: false, error: 'internal error' });
    expect(await db.message.count()).toBe(0);
    await brokenApp.close();
  });
});

describe('Telegram webhook: buttons that cannot be used', () => {
  const texts = TELEGRAM_TEXTS.pl.buttons;

  it('a stale button (its stored payload expired) gets a polite answer and reaches nobody', async () => {
    const update = anna.pressUpdate(botMessage([{ text: 'Old', callback_data: '~AAAAAAAAAAAAAAAAAAAAAA' }]), 'Old');
    expect((await post(update)).statusCode).toBe(200);
    expect(api.answers.at(-1)).toEqual({ id: (update.callback_query as { id: string }).id, text: texts.expired });
    expect(await db.message.count()).toBe(0);
  });

  it('unknown or malformed data gets a polite answer, never an exception', async () => {
    const cases = ['hack:x', 'no-colon', '~short', `tile:${'x'.repeat(80)}`, 'tile:\u0000bad', ''];
    for (const data of cases) {
      const update = anna.pressUpdate(botMessage([{ text: 'B', callback_data: 'x' }]), 'B', data);
      expect((await post(update)).statusCode, data).toBe(200);
      expect(api.answers.at(-1), data).toEqual({ id: (update.callback_query as { id: string }).id, text: texts.unknown });
    }
    const noData = anna.pressUpdate(botMessage([{ text: 'B', callback_data: 'x' }]), 'B');
    delete (noData.callback_query as { data?: string }).data;
    expect((await post(noData)).statusCode).toBe(200);
    expect(api.answers.at(-1)?.text).toBe(texts.unknown);
    expect(await db.message.count()).toBe(0);
  });

  it('a button pressed outside a private chat with its presser is answered, not processed', async () => {
    const update = anna.pressUpdate(botMessage([{ text: 'Polski', callback_data: 'language:pl' }]), 'Polski');
    const query = update.callback_query as Record<string, unknown>;
    delete query.message;
    query.inline_message_id = 'AgAAAB';
    expect((await post(update)).statusCode).toBe(200);
    expect(api.answers.at(-1)).toEqual({ id: query.id, text: texts.unknown });
    expect(await db.message.count()).toBe(0);
  });

  it('a known button goes to the core and is answered without text', async () => {
    const update = anna.pressUpdate(botMessage([{ text: 'Polski', callback_data: 'language:pl' }]), 'Polski');
    expect((await post(update)).statusCode).toBe(200);
    expect(api.answers.at(-1)).toEqual({ id: (update.callback_query as { id: string }).id });
    expect(await db.message.count({ where: { direction: 'inbound' } })).toBe(1);
  });

  it('answering a query Telegram already expired does not fail the update', async () => {
    const update = anna.pressUpdate(botMessage([{ text: 'Polski', callback_data: 'language:pl' }]), 'Polski');
    api.failNext('answerCallbackQuery', { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: query is too old and response timeout expired or query ID is invalid' } });
    expect((await post(update)).statusCode).toBe(200);
    expect(await db.message.count({ where: { direction: 'inbound' } })).toBe(1);
  });
});
