import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { Telegram } from 'telegraf';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CallbackDataCodec, TelegramSender } from '../../bots/telegram/index.ts';
import { CustomerServiceWindow, phoneHasher, WhatsAppCloudSender } from '../../bots/whatsapp/index.ts';
import { PartProgress, type OutboundMessage } from '../../core/conversation/index.ts';
import { config } from '../../core/platform/config.ts';
import { GraphApiFake } from '../fakes/graph-api.ts';
import { FakeTelegramApi, tooManyRequests } from '../fakes/telegram-bot-api.ts';

/**
 * A reply too long for one channel message goes out in parts. When a later
 * part fails and the delivery queue tries again, the senders start after
 * the parts that went out (recorded per stored message id), so the person
 * never gets the first part twice.
 */
let redis: Redis;
let keyPrefix: string;
let progress: PartProgress;
const LONG = `${'Zameldowanie w gminie. '.repeat(250)}Koniec.`; // ~5,700 characters: two Telegram messages, two WhatsApp texts

beforeAll(() => {
  redis = new Redis(config().REDIS_URL);
});
afterAll(() => redis.disconnect());
beforeEach(async () => {
  keyPrefix = `test-parts-${randomUUID()}:`;
  progress = new PartProgress(redis, { keyPrefix });
});

describe('TelegramSender: a long reply whose second part hit a rate limit', () => {
  let api: FakeTelegramApi;
  beforeAll(async () => {
    api = await new FakeTelegramApi().start();
  });
  afterAll(() => api.stop());

  it('sends only the second part on the retry', async () => {
    let calls = 0;
    /** The Bot API client, with Telegram answering 429 to the second sendMessage. */
    class RateLimited extends Telegram {
      override callApi: Telegram['callApi'] = (method, payload, options) => {
        if (method === 'sendMessage' && ++calls === 2) api.failNext('sendMessage', tooManyRequests(3));
        return super.callApi(method, payload, options);
      };
    }
    const sender = new TelegramSender({
      telegram: new RateLimited(api.token, { apiRoot: api.apiRoot, webhookReply: false }),
      codec: new CallbackDataCodec({ redis, keyPrefix, knownKinds: [] }), token: api.token, progress,
    });
    const message: OutboundMessage = { channel: 'telegram', channelUserId: '5551234', conversationId: 'c1', text: LONG, choices: [], links: [], messageId: randomUUID() };
    expect(await sender.send(message)).toMatchObject({ status: 'retry', retryAfterMs: 3000 });
    expect(api.sent).toHaveLength(1);
    const result = await sender.send(message);
    expect(result.status).toBe('sent');
    expect(api.sent).toHaveLength(2);
    expect(api.sent[0].text).not.toBe(api.sent[1].text);
    expect(`${api.sent[0].text}${api.sent[1].text}`.replace(/\s+/g, '')).toBe(LONG.replace(/\s+/g, ''));
    expect(await progress.sent(message.messageId!)).toBe(0); // forgotten once all went out
  });
});

describe('WhatsAppCloudSender: text then buttons, the buttons failing once', () => {
  const phone = '48601234567';
  let graph: GraphApiFake;
  beforeAll(async () => {
    graph = new GraphApiFake('1234567890');
    await graph.start();
  });
  afterAll(() => graph.close());

  it('sends only what did not go out on the retry', async () => {
    const hash = phoneHasher('parts-test');
    const window = new CustomerServiceWindow(redis, { hash, keyPrefix });
    await window.recordInbound(phone, new Date());
    const sender = new WhatsAppCloudSender({ graph: { baseUrl: graph.baseUrl, token: 't', phoneNumberId: '1234567890' }, window, progress });
    const message: OutboundMessage = {
      channel: 'whatsapp', channelUserId: phone, conversationId: 'c1', text: LONG.slice(0, 1500), links: [], messageId: randomUUID(),
      choices: [{ label: 'Tak', payload: 'yes' }, { label: 'Nie', payload: 'no' }],
    };
    graph.answerNext({ status: 200, body: { messaging_product: 'whatsapp', contacts: [{ input: phone, wa_id: phone }], messages: [{ id: 'wamid.text' }] } });
    graph.answerNext({ status: 500, body: GraphApiFake.error(1, 'temporarily unavailable') });
    expect((await sender.send(message)).status).toBe('retry');
    expect(graph.sentTo(phone).map((b) => b.type)).toEqual(['text', 'interactive']);
    expect((await sender.send(message)).status).toBe('sent');
    // The text once; the buttons twice (the failed request, then the retry).
    expect(graph.sentTo(phone).map((b) => b.type)).toEqual(['text', 'interactive', 'interactive']);
  });
});
