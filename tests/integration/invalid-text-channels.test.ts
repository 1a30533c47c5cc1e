import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { SECRET_HEADER } from '../../bots/telegram/index.ts';
import { startConversation } from '../../bots/webchat/testing/direct-line-harness.ts';
import { CustomerServiceWindow, phoneHasher, signBody } from '../../bots/whatsapp/index.ts';
import { AnswerService } from '../../core/answers/index.ts';
import { createTileSource } from '../../core/content/index.ts';
import { TelegramTestUser } from '../fakes/telegram-test-user.ts';
import { telegramChannelOnFake, useTelegramWorld } from '../support/telegram-world.ts';

/**
 * Invalid text (NUL, control characters, lone surrogates) arriving through
 * the channels, on the whole app as the server builds it: the channel
 * webhooks (Telegram, WhatsApp Cloud API) accept the update and store the
 * message without the characters, because their senders cannot correct a
 * person's message; the Direct Line API answers its client 400 BadArgument
 * like every other API route. Workers are not started: only what is stored
 * matters here.
 */
const world = useTelegramWorld();
const { db, api, redis, keyPrefix: prefix } = world;
const SECRET = 'invalid-text_webhook-secret';
const APP_SECRET = 'invalid-text-app-secret';
const PHONE_NUMBER_ID = '1098765432';

let app: FastifyInstance;

beforeEach(async () => {
  const { core } = world;
  const telegram = telegramChannelOnFake(api, { inbound: core.stack.service, redis, keyPrefix: `${prefix}tg:` });
  const window = new CustomerServiceWindow(redis, { hash: phoneHasher('invalid-text'), keyPrefix: `${prefix}wa:` });
  app = buildApp({
    answers: new AnswerService(createTileSource(db)),
    disabled: {},
    webchat: { redis, inbound: core.stack.service, keyPrefix: `${prefix}dl:`, lookupOrganization: async () => undefined },
    telegramWebhook: { channel: telegram, secret: SECRET },
    whatsappWebhook: { inbound: core.stack.service, window, appSecret: APP_SECRET, verifyToken: 'verify', phoneNumberId: PHONE_NUMBER_ID },
  });
  await app.ready();
});
afterEach(async () => {
  await app.close();
});

const inboundTexts = async () => (await db.message.findMany({ where: { direction: 'inbound' }, select: { text: true } })).map((m) => m.text);

describe('invalid text from the channels', () => {
  it('Telegram: the update is accepted (200) and the message stored without the NUL and control characters', async () => {
    const update = new TelegramTestUser(api, { id: 4711, languageCode: 'pl' }).textUpdate('Jak dostać\u0000 numer\u0007 BSN?') as unknown as {
      message: { from: { first_name: string } };
    };
    update.message.from.first_name = 'An\u0000na\uD800';
    const res = await app.inject({
      method: 'POST', url: '/telegram/webhook', headers: { 'content-type': 'application/json', [SECRET_HEADER]: SECRET }, payload: JSON.stringify(update),
    });
    expect(res.statusCode).toBe(200);
    expect(await inboundTexts()).toEqual(['Jak dostać numer BSN?']);
  });

  it('WhatsApp: the signed webhook is accepted (200) and the message stored without the NUL', async () => {
    const raw = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [{ id: 'WABA', changes: [{ field: 'messages', value: {
        messaging_product: 'whatsapp', metadata: { display_phone_number: '31850000000', phone_number_id: PHONE_NUMBER_ID },
        contacts: [{ profile: { name: 'J\u0000an' }, wa_id: '48601234567' }],
        messages: [{ from: '48601234567', id: `wamid.${randomUUID()}`, timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body: 'Jak dostać\u0000 numer BSN?' } }],
      } }] }],
    });
    const res = await app.inject({
      method: 'POST', url: '/webhooks/whatsapp', payload: raw,
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody(raw, APP_SECRET) },
    });
    expect(res.statusCode).toBe(200);
    expect(await inboundTexts()).toEqual(['Jak dostać numer BSN?']);
  });

  it('Direct Line (an API its client reads): 400 BadArgument naming the field, nothing stored; the clean message goes through', async () => {
    const conversation = await startConversation(app, { org: 'testdorp' });
    const post = (text: string) => app.inject({
      method: 'POST', url: `/v3/directline/conversations/${conversation.conversationId}/activities`,
      headers: { authorization: `Bearer ${conversation.token}` },
      payload: { type: 'message', from: { id: 'web-user' }, text },
    });
    const refused = await post('Jak dostać\u0000 numer BSN?');
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ error: { code: 'BadArgument' } });
    expect(refused.json().error.message).toContain('"text"');
    expect(await inboundTexts()).toEqual([]);
    expect((await post('Jak dostać numer BSN?')).statusCode).toBe(200);
    expect(await inboundTexts()).toEqual(['Jak dostać numer BSN?']);
  });
});
