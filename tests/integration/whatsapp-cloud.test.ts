import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { beforeEach, describe, expect, it } from 'vitest';
import { FIXED_TEXTS } from '../../flows/index.ts';
import {
  CustomerServiceWindow, OUTSIDE_WINDOW_ERROR, WHATSAPP_TEXTS, WhatsAppCloudSender, customerServiceWindow, phoneHasher, signBody,
  whatsappCloudPlugin, type TemplateSetting,
} from '../../bots/whatsapp/index.ts';
import { GraphApiFake } from '../fakes/graph-api.ts';
import { useWhatsAppWorld } from '../support/whatsapp-world.ts';

const APP_SECRET = 'test-app-secret';
const VERIFY_TOKEN = 'test-verify-token';
const PHONE_NUMBER_ID = '1098765432';
const HASH_KEY = 'test-hash-key';
const PERSON = '48601234567';

let graph: GraphApiFake;
let app: FastifyInstance;
const world = useWhatsAppWorld({
  stopChannel: async () => app?.close(),
  afterCore: async () => {
    await graph.close();
    expect(graph.unexpected).toEqual([]);
  },
});
const { db } = world;

/** Webhook app and sender on the real core; `template` configures WHATSAPP_CLOUD_TEMPLATE. */
async function setUp(options: { template?: TemplateSetting } = {}): Promise<void> {
  const window = new CustomerServiceWindow(world.redis, { hash: phoneHasher(HASH_KEY), keyPrefix: world.keyPrefix });
  const sender = new WhatsAppCloudSender({
    graph: { baseUrl: graph.baseUrl, token: 'test-graph-token', phoneNumberId: PHONE_NUMBER_ID },
    window,
    template: options.template,
  });
  app = Fastify({ logger: false });
  await app.register(whatsappCloudPlugin, { inbound: world.core.stack.service, window, appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN, phoneNumberId: PHONE_NUMBER_ID });
  // A route outside the plugin: its raw-body parser must not leak to the rest of the app.
  app.post('/elsewhere', async (request) => ({ parsed: typeof request.body === 'object' && request.body !== null && !Buffer.isBuffer(request.body) }));
  await app.ready();
  await world.core.stack.startWorkers([sender]);
}

beforeEach(async () => {
  graph = new GraphApiFake(PHONE_NUMBER_ID);
  await graph.start();
});

let sequence = 0;

/** A webhook body with one message from PERSON, sent `secondsAgo` before now. */
function webhook(message: Record<string, unknown>, secondsAgo = 0) {
  sequence += 1;
  return {
    object: 'whatsapp_business_account',
    entry: [{
      id: 'WABA',
      changes: [{
        field: 'messages',
        value: {
          messaging_product: 'whatsapp',
          metadata: { display_phone_number: '31850000000', phone_number_id: PHONE_NUMBER_ID },
          contacts: [{ profile: { name: 'Jan' }, wa_id: PERSON }],
          messages: [{ from: PERSON, id: `wamid.in${sequence}-${randomUUID()}`, timestamp: String(Math.floor(Date.now() / 1000) - secondsAgo), ...message }],
        },
      }],
    }],
  };
}

const text = (body: string, secondsAgo = 0) => webhook({ type: 'text', text: { body } }, secondsAgo);

/** `signature`: 'valid' signs with the app secret, null sends none, anything else is sent as it is. */
function post(body: unknown, signature: string | null = 'valid') {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature === 'valid') headers['x-hub-signature-256'] = signBody(raw, APP_SECRET);
  else if (signature !== null) headers['x-hub-signature-256'] = signature;
  return app.inject({ method: 'POST', url: '/webhooks/whatsapp', headers, payload: raw });
}

const outbound = () => db.message.findMany({ where: { direction: 'outbound' }, orderBy: { createdAt: 'asc' }, select: { deliveryStatus: true, deliveryError: true, channelExternalId: true } });

describe('webhook verification handshake', () => {
  beforeEach(() => setUp());

  it('answers hub.challenge as text for the right verify token', async () => {
    const res = await app.inject({ method: 'GET', url: `/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toBe('1158201444');
  });

  it.each([
    ['a wrong token', `hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1`],
    ['no token', 'hub.mode=subscribe&hub.challenge=1'],
    ['another mode', `hub.mode=unsubscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1`],
  ])('refuses %s with 403', async (_what, query) => {
    const res = await app.inject({ method: 'GET', url: `/webhooks/whatsapp?${query}` });
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain('1158201444');
  });
});

describe('webhook signature', () => {
  beforeEach(() => setUp());

  it.each([
    ['missing', null],
    ['signed with another secret', signBody(JSON.stringify(text('Jak dostać numer BSN?')), 'not-the-app-secret')],
    ['malformed', 'sha256=xyz'],
  ])('rejects a %s signature with 401 and stores nothing', async (_what, signature) => {
    const res = await post(text('Jak dostać numer BSN?'), signature);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'WEBHOOK_SIGNATURE_INVALID' });
    expect(await db.message.count()).toBe(0);
    expect(await db.contact.count()).toBe(0);
  });

  it('rejects a body changed after signing', async () => {
    const raw = JSON.stringify(text('Jak dostać numer BSN?'));
    const res = await app.inject({
      method: 'POST', url: '/webhooks/whatsapp',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody(raw, APP_SECRET) },
      payload: raw.replace('BSN', 'BSM'),
    });
    expect(res.statusCode).toBe(401);
    expect(await db.message.count()).toBe(0);
  });

  it('answers 400 to malformed JSON with a valid signature and 413 to an oversized body, and keeps working', async () => {
    expect((await post('{"object": "whatsapp_business_account", "entry": [')).statusCode).toBe(400);
    expect((await post('[1, 2, 3]')).statusCode).toBe(400);
    const oversized = JSON.stringify({ ...text('hello'), padding: 'x'.repeat(1024 * 1024) });
    expect((await post(oversized)).statusCode).toBe(413);
    expect(await db.message.count()).toBe(0);
    expect((await post(text('hello'))).statusCode).toBe(200);
  });

  it('keeps its raw-body JSON parser to itself', async () => {
    const res = await app.inject({ method: 'POST', url: '/elsewhere', payload: { a: 1 } });
    expect(res.json()).toEqual({ parsed: true });
  });

  it('takes status updates with 200 and stores nothing', async () => {
    const statuses = text('x');
    const value = statuses.entry[0].changes[0].value as Record<string, unknown>;
    delete value.messages;
    value.statuses = [{ id: 'wamid.out1', status: 'read', timestamp: '1767607200', recipient_id: PERSON }];
    expect((await post(statuses)).statusCode).toBe(200);
    expect(await db.message.count()).toBe(0);
  });
});

describe('conversation through the Cloud API', () => {
  it('answers a Polish question inside the window: greeting, language list, tile, feedback buttons', async () => {
    await setUp();
    const res = await post(text('Jak dostać numer BSN? Gdzie się zameldować?'));
    expect(res.statusCode).toBe(200);

    await expect.poll(() => graph.sentTo(PERSON).length, { timeout: 15_000 }).toBe(4);
    const [greeting, languages, tile, feedback] = graph.sentTo(PERSON);
    expect(graph.requests.every((r) => r.authorization === 'Bearer test-graph-token')).toBe(true);
    expect(greeting).toMatchObject({ messaging_product: 'whatsapp', type: 'text' });
    expect(greeting.text?.body).toContain('Testdorp');

    // Four languages: an interactive list, its button in Polish.
    expect(languages.interactive?.type).toBe('list');
    expect(languages.interactive?.action.button).toBe(WHATSAPP_TEXTS.pl.listButton);
    expect(languages.interactive?.action.sections?.[0].rows.map((r) => r.id)).toEqual(['language:pl', 'language:en', 'language:bg', 'language:uk']);

    expect(tile.type).toBe('text');
    expect(tile.text?.body).toContain('*Zameldowanie w gminie i numer BSN*');
    expect(tile.text?.body).not.toContain('**');

    expect(feedback.interactive?.type).toBe('button');
    expect(feedback.interactive?.body.text).toBe(FIXED_TEXTS.pl.feedback.question);
    expect(feedback.interactive?.action.buttons?.map((b) => b.reply)).toEqual([
      { id: 'feedbackYes:', title: FIXED_TEXTS.pl.feedback.yes },
      { id: 'feedbackNo:', title: FIXED_TEXTS.pl.feedback.no },
    ]);

    await expect.poll(async () => (await outbound()).map((m) => m.deliveryStatus), { timeout: 10_000 }).toEqual(['sent', 'sent', 'sent', 'sent']);
    expect((await outbound()).every((m) => m.channelExternalId?.startsWith('wamid.fake'))).toBe(true);
    const contact = await db.contact.findFirstOrThrow({ include: { conversations: true } });
    expect(contact.conversations[0].language).toBe('pl');
    expect(await customerServiceWindow(world.redis, PERSON, { hashKey: HASH_KEY, keyPrefix: world.keyPrefix })).toMatchObject({ open: true });
    // Redis keys hold a hash, never the number.
    expect((await world.redis.keys(`${world.keyPrefix}*`)).some((k) => k.includes(PERSON))).toBe(false);
  });

  it('passes an interactive reply on as its payload: a list row and a button', async () => {
    await setUp();
    await post(text('hello'));
    await expect.poll(() => graph.sentTo(PERSON).length, { timeout: 15_000 }).toBe(2);

    await post(webhook({ type: 'interactive', interactive: { type: 'list_reply', list_reply: { id: 'language:uk', title: 'Українська' } } }));
    const changed = FIXED_TEXTS.uk.welcome.languageChanged.replace('{language}', FIXED_TEXTS.uk.languageName);
    await expect.poll(() => graph.sentTo(PERSON).map((m) => m.text?.body ?? m.interactive?.body.text), { timeout: 15_000 }).toContain(changed);
    expect((await db.contact.findFirstOrThrow()).preferredLanguage).toBe('uk');

    const before = graph.sentTo(PERSON).length;
    await post(webhook({ type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'person:', title: 'Людина' } } }));
    await expect.poll(async () => (await db.conversation.findFirstOrThrow()).state, { timeout: 15_000 }).toBe('waiting');
    await expect.poll(() => graph.sentTo(PERSON).length, { timeout: 15_000 }).toBeGreaterThan(before);
  });

  it('answers a photo with the polite "text only" reply', async () => {
    await setUp();
    await post(webhook({ type: 'image', image: { id: 'media-1', mime_type: 'image/jpeg' } }));
    await expect.poll(() => graph.sentTo(PERSON).map((m) => m.text?.body), { timeout: 15_000 }).toEqual([FIXED_TEXTS.pl.input.unsupported]);
  });

  it('retries after a Graph 429, waiting as Retry-After says, and delivers', async () => {
    await setUp();
    graph.answerNext({ status: 429, body: GraphApiFake.error(130429, 'Rate limit hit'), headers: { 'retry-after': '1' } });
    await post(text('hello'));
    await expect.poll(async () => (await outbound()).map((m) => m.deliveryStatus), { timeout: 15_000 }).toEqual(['sent', 'sent']);
    const sent = graph.sentTo(PERSON);
    expect(sent).toHaveLength(3);
    expect(sent[1]).toEqual(sent[0]); // the greeting again, after the 429
  });
});

describe('the 24-hour customer-service window', () => {
  const DAY_AND_AN_HOUR = 25 * 60 * 60;

  it('sends no free-form reply outside the window without a template: failed with the clear error on each message', async () => {
    await setUp();
    // A message Meta delivers late: written 25 hours ago, so the window has closed.
    expect((await post(text('hello', DAY_AND_AN_HOUR))).statusCode).toBe(200);
    await expect.poll(async () => (await outbound()).map((m) => m.deliveryStatus), { timeout: 15_000 }).toEqual(['failed', 'failed']);
    expect((await outbound()).map((m) => m.deliveryError)).toEqual([OUTSIDE_WINDOW_ERROR, OUTSIDE_WINDOW_ERROR]);
    expect(graph.requests).toHaveLength(0);
    expect(await customerServiceWindow(world.redis, PERSON, { hashKey: HASH_KEY, keyPrefix: world.keyPrefix })).toEqual({ open: false });
  });

  it('sends the approved template instead, once until the person answers', async () => {
    await setUp({ template: { name: 'reengage', language: 'en' } });
    await post(text('hello', DAY_AND_AN_HOUR));
    await expect.poll(async () => (await outbound()).map((m) => m.deliveryStatus), { timeout: 15_000 }).toEqual(['sent', 'failed']);
    expect(graph.sentTo(PERSON)).toEqual([
      { messaging_product: 'whatsapp', recipient_type: 'individual', to: PERSON, type: 'template', template: { name: 'reengage', language: { code: 'en' } } },
    ]);
    expect((await outbound())[1].deliveryError).toContain('already sent');

    // The person answers: the window is open again and free-form replies go out.
    await post(text('What is the minimum wage?'));
    await expect.poll(() => graph.sentTo(PERSON).some((m) => m.type === 'text' || m.type === 'interactive'), { timeout: 15_000 }).toBe(true);
  });
});
