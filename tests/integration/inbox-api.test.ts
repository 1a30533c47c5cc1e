import { randomUUID } from 'node:crypto';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../admin/app.ts';
import { signIn } from '../../admin/auth/testing/staff-auth-harness.ts';
import { STAFF_PAGE_CSP } from '../../admin/web/index.ts';
import { AnswerService } from '../../core/answers/index.ts';
import { createTileSource, importTiles } from '../../core/content/index.ts';
import { contactKeys, type ChannelSender, type InboundMessage, type OutboundMessage } from '../../core/conversation/index.ts';
import { HandoffService, InboxEventHub, RedisInboxEvents } from '../../core/handoff/index.ts';
import { config } from '../../core/platform/config.ts';
import { createStaffUser, type MembershipRole } from '../../core/staff/index.ts';
import { TranslationService, createTranslator } from '../../core/translation/index.ts';
import { FIXED_TEXTS } from '../../flows/index.ts';
import { DeepLFake } from '../fakes/deepl-fake.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { createTestConversationStack, type TestConversationStack } from '../support/conversation-stack.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/**
 * The inbox API through `app.inject()` on the real app (buildApp with staff
 * sign-in and the inbox), PostgreSQL, Redis, BullMQ and the real
 * conversation core; DeepL faked at the network edge, the person's channel
 * a recording sender. The event stream is read from a listening server.
 */

const PASSWORD = 'correct-horse-battery-staple';
const DEEPL_KEY = 'inbox-test-key:fx';
const db = createTestDb();
let deepl: DeepLFake;
let core: TestConversationStack;
let channel: RecordingChannel;
let app: FastifyInstance;
let hub: InboxEventHub;
let handoff: HandoffService;
let clock: Date;
let prefix: string;
let redis: Redis;
let subscriber: Redis;
let orgs: Record<'testdorp' | 'otherdorp' | 'agrifarm', string>;
let staff: Record<'anna' | 'bram' | 'bea' | 'emp' | 'ed', string>;

class RecordingChannel implements ChannelSender {
  readonly channel = 'telegram' as const;
  readonly sent: OutboundMessage[] = [];
  async send(message: OutboundMessage) {
    this.sent.push(message);
    return { status: 'sent' as const };
  }
}

const say = (text: string, overrides: Partial<InboundMessage> = {}) =>
  core.stack.service.receive({ channel: 'telegram', channelUserId: '777', externalId: randomUUID(), text, receivedAt: new Date(), ...overrides });
const latest = () => db.conversation.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });

/** A conversation waiting in testdorp's inbox (the person asked for a person in Romanian). */
async function waitingConversation(): Promise<string> {
  await say('Vreau să vorbesc cu o persoană');
  await expect.poll(async () => (await db.conversation.findFirst())?.state, { timeout: 10_000 }).toBe('waiting');
  return (await latest()).id;
}

async function account(email: string, name: string, memberships: Array<[string, MembershipRole]>, languages = ['nl']): Promise<string> {
  const { userId } = await createStaffUser(db, {
    email, name, password: PASSWORD, languages, memberships: memberships.map(([organization, role]) => ({ organization, role })),
  });
  return userId;
}

interface Session {
  cookie: string;
  csrf: string;
}

async function login(email: string): Promise<Session> {
  const { res, cookie, csrfToken } = await signIn(app, email, PASSWORD);
  expect(res.statusCode).toBe(200);
  return { cookie, csrf: csrfToken };
}

const get = (s: Session | undefined, url: string) => app.inject({ method: 'GET', url, headers: s ? { cookie: s.cookie } : {} });
const post = (s: Session | undefined, url: string, payload?: object, csrf = true) =>
  app.inject({ method: 'POST', url, payload, headers: s ? { cookie: s.cookie, ...(csrf ? { 'x-csrf-token': s.csrf } : {}) } : {} });
const conv = (id: string, action = '') => `/api/inbox/conversations/${id}${action ? `/${action}` : ''}`;

beforeAll(async () => {
  deepl = await DeepLFake.start({ authKey: DEEPL_KEY });
});
afterAll(async () => {
  await deepl.close();
  await db.$disconnect();
});

beforeEach(async () => {
  await truncateAll(db);
  await importTiles(db, engineLibraryFile(), 'test');
  await db.organization.update({ where: { slug: 'testdorp' }, data: { enabledLanguages: ['en', 'pl', 'bg', 'uk', 'ro'] } });
  const other = await db.organization.create({ data: { slug: 'otherdorp', name: 'Gemeente Otherdorp', kind: 'municipality', enabledLanguages: ['en', 'ro'] } });
  const employer = await db.organization.create({ data: { slug: 'agrifarm', name: 'Agrifarm', kind: 'employer', enabledLanguages: ['en'] } });
  orgs = { testdorp: (await db.organization.findUniqueOrThrow({ where: { slug: 'testdorp' } })).id, otherdorp: other.id, agrifarm: employer.id };
  staff = {
    anna: await account('anna@testdorp.example', 'Anna', [['testdorp', 'outreach_worker']]),
    bram: await account('bram@testdorp.example', 'Bram', [['testdorp', 'outreach_worker']], ['nl', 'en']),
    bea: await account('bea@otherdorp.example', 'Bea', [['otherdorp', 'outreach_worker']]),
    emp: await account('hr@agrifarm.example', 'Agrifarm HR', [['agrifarm', 'outreach_worker']]),
    ed: await account('ed@testdorp.example', 'Ed', [['testdorp', 'editor']]),
  };
  deepl.mode = { kind: 'ok' };

  prefix = `test-inbox-${randomUUID()}:`;
  redis = new Redis(config().REDIS_URL, { maxRetriesPerRequest: 2 });
  subscriber = new Redis(config().REDIS_URL, { maxRetriesPerRequest: 2 });
  const events = new RedisInboxEvents(redis, prefix);
  hub = new InboxEventHub(subscriber, prefix);
  core = createTestConversationStack(db, { events });
  channel = new RecordingChannel();
  await core.stack.startWorkers([channel]);
  clock = new Date();
  handoff = new HandoffService({
    db, keys: contactKeys('test'),
    translation: new TranslationService({ db, translator: createTranslator({ DEEPL_AUTH_KEY: DEEPL_KEY, DEEPL_SERVER_URL: deepl.url }, { log: pino({ level: 'silent' }) }) }),
    delivery: core.stack.delivery,
    events,
    backToBotText: (lang) => FIXED_TEXTS[lang].handoff.backToBot,
    claimTimeoutMinutes: 15,
    now: () => clock,
  });
  app = buildApp({
    answers: new AnswerService(createTileSource(db)),
    disabled: {},
    staffAuth: { db, redis, keyPrefix: prefix, sessionSecret: 'inbox-test-session-secret-of-32-chars!', cookieSecure: false },
    inbox: { handoff, hub },
  });
  await app.ready();
});

afterEach(async () => {
  await app.close();
  await hub.close();
  await core.destroy();
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  subscriber.disconnect();
  expect(deepl.unexpected).toEqual([]);
});

describe('inbox API: the handoff from waiting to the bot again', () => {
  it('lists, claims, replies translated on the person\'s channel, notes, hands back; the bot answers again', async () => {
    const id = await waitingConversation();
    await say('Am o problemă cu angajatorul meu');
    const anna = await login('anna@testdorp.example');
    await expect.poll(async () => (await get(anna, '/api/inbox/conversations')).json().items[0]?.lastQuestion, { timeout: 10_000 })
      .toBe('Am o problemă cu angajatorul meu');

    const list = await get(anna, '/api/inbox/conversations');
    expect(list.statusCode).toBe(200);
    expect(list.headers['cache-control']).toBe('no-store');
    const [item] = list.json().items;
    expect(item).toMatchObject({ id, state: 'waiting', language: 'ro', channel: 'telegram', organizationId: orgs.testdorp, assignee: null });
    expect(Date.parse(item.waitingSince)).not.toBeNaN();
    expect(list.body).not.toContain('777'); // no channel identity leaves the server

    const before = (await get(anna, conv(id))).json();
    expect(before.conversation).toMatchObject({ id, state: 'waiting', language: 'ro', channel: 'telegram' });
    const question = before.entries.find((e: { text: string }) => e.text === 'Am o problemă cu angajatorul meu');
    expect(question).toMatchObject({ kind: 'message', role: 'contact', language: 'ro', translation: { language: 'nl', text: '[ro→nl] Am o problemă cu angajatorul meu' } });
    const waitingText = FIXED_TEXTS.ro.handoff.waiting.replace('{organization}', 'Gemeente Testdorp');
    expect(before.entries.find((e: { role?: string; text: string }) => e.role === 'bot' && e.text === waitingText)).toBeDefined();
    expect(JSON.stringify(before)).not.toContain('channelUserId');

    const early = await post(anna, conv(id, 'reply'), { text: 'Hallo' });
    expect([early.statusCode, early.json().code]).toEqual([409, 'CONVERSATION_NOT_HELD']);

    expect((await post(anna, conv(id, 'claim'))).statusCode).toBe(204);
    expect(await latest()).toMatchObject({ state: 'agent', assignedWorkerId: staff.anna });
    const claimedAgain = await post(anna, conv(id, 'claim'));
    expect([claimedAgain.statusCode, claimedAgain.json().code]).toEqual([409, 'INVALID_TRANSITION']);

    const preview = await post(anna, conv(id, 'preview'), { text: 'Hallo, ik heb een afspraak voor u' });
    expect(preview.json()).toEqual({ status: 'translated', language: 'ro', text: '[nl→ro] Hallo, ik heb een afspraak voor u' });
    const sentBefore = channel.sent.length;
    const replied = await post(anna, conv(id, 'reply'), { text: 'Hallo, ik heb een afspraak voor u' });
    expect(replied.statusCode).toBe(200);
    const { messageId } = replied.json();
    await expect.poll(() => channel.sent.length, { timeout: 10_000 }).toBe(sentBefore + 1);
    expect(channel.sent.at(-1)).toMatchObject({ channelUserId: '777', text: '[nl→ro] Hallo, ik heb een afspraak voor u' });
    expect(await db.message.findUniqueOrThrow({ where: { id: messageId } })).toMatchObject({
      author: 'worker', authorUserId: staff.anna, text: 'Hallo, ik heb een afspraak voor u', language: 'nl',
      translatedText: '[nl→ro] Hallo, ik heb een afspraak voor u', translatedLanguage: 'ro',
    });

    expect((await post(anna, conv(id, 'note'), { text: 'Werkgever: Agrifarm, bellen maandag' })).statusCode).toBe(204);
    const after = (await get(anna, conv(id))).json();
    expect(after.entries.find((e: { id: string }) => e.id === messageId)).toMatchObject({
      role: 'worker', author: 'Anna', text: 'Hallo, ik heb een afspraak voor u', translation: { language: 'ro', text: '[nl→ro] Hallo, ik heb een afspraak voor u' },
    });
    expect(after.entries.find((e: { kind: string }) => e.kind === 'note')).toMatchObject({ author: 'Anna', text: 'Werkgever: Agrifarm, bellen maandag' });
    expect(channel.sent.some((m) => m.text.includes('Agrifarm'))).toBe(false);

    expect((await post(anna, conv(id, 'hand-back'))).statusCode).toBe(204);
    await expect.poll(() => channel.sent.at(-1)?.text, { timeout: 10_000 }).toBe(FIXED_TEXTS.ro.handoff.backToBot);
    expect(await latest()).toMatchObject({ id, state: 'bot', assignedWorkerId: null });
    expect((await get(anna, '/api/inbox/conversations')).json().items).toEqual([]);

    const afterHandBack = channel.sent.length;
    await say('Cum obțin numărul BSN?');
    await expect.poll(() => channel.sent.slice(afterHandBack).some((m) => m.text.includes('BSN') || m.choices.some((c) => c.payload === 'tile:bsn')), { timeout: 10_000 }).toBe(true);
    const timeline = await db.conversationEvent.findMany({ where: { conversationId: id }, orderBy: { createdAt: 'asc' } });
    expect(timeline.map((e) => e.type)).toEqual(['conversation.handed_off', 'conversation.claimed', 'conversation.note_added', 'conversation.handed_back']);
  });

  it('closes with an outcome, waiting or held; the outcome must be one of the list', async () => {
    const id = await waitingConversation();
    const anna = await login('anna@testdorp.example');
    const bogus = await post(anna, conv(id, 'close'), { outcome: 'whatever' });
    expect([bogus.statusCode, bogus.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await post(anna, conv(id, 'claim'))).statusCode).toBe(204);
    expect((await post(anna, conv(id, 'close'), { outcome: 'referred' })).statusCode).toBe(204);
    expect(await db.conversation.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: 'closed', outcome: 'referred' });
    expect((await get(anna, '/api/inbox/conversations')).json().items).toEqual([]);
    // Closed conversations stay readable for the municipality's workers.
    expect((await get(anna, conv(id))).json().conversation.state).toBe('closed');
  });

  it('assigns to a colleague of the same municipality, who may then answer; never to anyone else', async () => {
    const id = await waitingConversation();
    const anna = await login('anna@testdorp.example');
    const colleagues = await get(anna, '/api/inbox/colleagues');
    expect(colleagues.json().items).toEqual([{ id: staff.bram, name: 'Bram', languages: ['nl', 'en'], organizationIds: [orgs.testdorp] }]);

    for (const userId of [staff.bea, staff.emp, staff.ed, 'no-such-user']) {
      const res = await post(anna, conv(id, 'assign'), { userId });
      expect([res.statusCode, res.json()], userId).toEqual([404, { code: 'NOT_FOUND', message: 'Colleague not found' }]);
    }
    expect((await latest()).state).toBe('waiting');

    expect((await post(anna, conv(id, 'assign'), { userId: staff.bram })).statusCode).toBe(204);
    expect(await latest()).toMatchObject({ state: 'agent', assignedWorkerId: staff.bram });
    expect((await get(anna, '/api/inbox/conversations')).json().items[0].assignee).toEqual({ id: staff.bram, name: 'Bram' });
    expect((await post(anna, conv(id, 'reply'), { text: 'Hallo' })).statusCode).toBe(409);
    const bram = await login('bram@testdorp.example');
    expect((await post(bram, conv(id, 'reply'), { text: 'Goedemiddag' })).statusCode).toBe(200);
    // Bram gives it back: release returns it to the queue; only the holder may release.
    expect((await post(anna, conv(id, 'release'))).statusCode).toBe(409);
    expect((await post(bram, conv(id, 'release'))).statusCode).toBe(204);
    expect(await latest()).toMatchObject({ state: 'waiting', assignedWorkerId: null });
  });

  it('returns an idle claim to the queue after the timeout (injected clock)', async () => {
    const id = await waitingConversation();
    const anna = await login('anna@testdorp.example');
    expect((await post(anna, conv(id, 'claim'))).statusCode).toBe(204);
    clock = new Date(Date.now() + 14 * 60_000);
    expect(await handoff.releaseIfIdle(id)).toBe(false);
    clock = new Date(Date.now() + 16 * 60_000);
    expect(await handoff.releaseIfIdle(id)).toBe(true);
    expect((await get(anna, '/api/inbox/conversations')).json().items).toMatchObject([{ id, state: 'waiting', assignee: null }]);
    expect((await post(anna, conv(id, 'reply'), { text: 'Hallo' })).json().code).toBe('CONVERSATION_NOT_HELD');
  });
});

describe('inbox API: translation unavailable', () => {
  it('refuses to send without a translation unless told to send untranslated; the transcript shows originals with a warning', async () => {
    const id = await waitingConversation();
    await say('Am o problemă cu angajatorul meu');
    const anna = await login('anna@testdorp.example');
    expect((await post(anna, conv(id, 'claim'))).statusCode).toBe(204);
    deepl.mode = { kind: 'quota_exceeded' };

    await expect.poll(async () => (await get(anna, conv(id))).json().entries.some((e: { text: string }) => e.text === 'Am o problemă cu angajatorul meu'), { timeout: 10_000 }).toBe(true);
    const transcript = (await get(anna, conv(id))).json();
    const question = transcript.entries.find((e: { text: string }) => e.text === 'Am o problemă cu angajatorul meu');
    expect(question.translation.text).toBe('Am o problemă cu angajatorul meu');
    expect(question.translation.warning).toMatch(/over quota/);

    const preview = (await post(anna, conv(id, 'preview'), { text: 'Hallo, ik bel u morgen' })).json();
    expect(preview).toMatchObject({ status: 'unavailable', reason: 'quota_exceeded', text: 'Hallo, ik bel u morgen', language: 'ro' });
    const sentBefore = channel.sent.length;
    const refused = await post(anna, conv(id, 'reply'), { text: 'Hallo, ik bel u morgen' });
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toEqual({ code: 'TRANSLATION_UNAVAILABLE', message: expect.stringMatching(/^Not sent: .*over quota/) });
    expect(await db.message.count({ where: { author: 'worker' } })).toBe(0);

    const forced = await post(anna, conv(id, 'reply'), { text: 'Hallo, ik bel u morgen', untranslated: true });
    expect(forced.statusCode).toBe(200);
    await expect.poll(() => channel.sent.length, { timeout: 10_000 }).toBe(sentBefore + 1);
    expect(channel.sent.at(-1)?.text).toBe('Hallo, ik bel u morgen');
    expect(await db.message.findUniqueOrThrow({ where: { id: forced.json().messageId } })).toMatchObject({
      text: 'Hallo, ik bel u morgen', translatedText: 'Hallo, ik bel u morgen', translatedLanguage: 'nl',
    });
  });
});

describe('inbox API: who may see what', () => {
  it('a worker of another municipality gets 404 without data for everything, and an empty list', async () => {
    const id = await waitingConversation();
    const bea = await login('bea@otherdorp.example');
    expect((await get(bea, '/api/inbox/conversations')).json()).toEqual({ items: [] });
    const notFound = { code: 'NOT_FOUND', message: 'Conversation not found' };
    expect([(await get(bea, conv(id))).statusCode, (await get(bea, conv(id))).json()]).toEqual([404, notFound]);
    const attempts: Array<[string, object | undefined]> = [
      ['claim', undefined], ['reply', { text: 'Hallo' }], ['note', { text: 'gezien' }], ['preview', { text: 'Hallo' }],
      ['hand-back', undefined], ['close', { outcome: 'resolved' }], ['release', undefined], ['assign', { userId: staff.bea }],
    ];
    for (const [action, payload] of attempts) {
      const res = await post(bea, conv(id, action), payload);
      expect([res.statusCode, res.json()], action).toEqual([404, notFound]);
    }
    const viaColleague = await post(bea, conv(id, 'assign'), { userId: staff.bram });
    expect([viaColleague.statusCode, viaColleague.json()]).toEqual([404, notFound]);
    expect((await get(bea, '/api/inbox/colleagues')).json()).toEqual({ items: [] });
    expect(await latest()).toMatchObject({ state: 'waiting', assignedWorkerId: null });
    expect(await db.conversationEvent.count({ where: { type: 'conversation.note_added' } })).toBe(0);
  });

  it('employer staff never see conversations, even with the outreach-worker role', async () => {
    const id = await waitingConversation();
    const hr = await login('hr@agrifarm.example');
    expect((await get(hr, '/api/inbox/conversations')).json()).toEqual({ items: [] });
    expect((await get(hr, conv(id))).statusCode).toBe(404);
    expect((await post(hr, conv(id, 'claim'))).statusCode).toBe(404);
    expect((await post(hr, conv(id, 'reply'), { text: 'Hallo' })).statusCode).toBe(404);
    expect((await get(hr, '/api/inbox/canned-replies')).json()).toEqual({ items: [] });
    expect((await latest()).state).toBe('waiting');
  });

  it('401 without a session, 403 without the role, 403 without the CSRF token', async () => {
    const id = await waitingConversation();
    const routes: Array<['GET' | 'POST', string]> = [
      ['GET', '/api/inbox/conversations'], ['GET', conv(id)], ['GET', '/api/inbox/canned-replies'], ['GET', '/api/inbox/colleagues'],
      ['GET', '/api/inbox/events'], ['POST', conv(id, 'claim')], ['POST', conv(id, 'reply')], ['POST', conv(id, 'note')],
      ['POST', conv(id, 'hand-back')], ['POST', conv(id, 'close')], ['POST', conv(id, 'assign')], ['POST', conv(id, 'release')],
      ['POST', conv(id, 'preview')],
    ];
    const ed = await login('ed@testdorp.example');
    const anna = await login('anna@testdorp.example');
    for (const [method, url] of routes) {
      const anonymous = method === 'GET' ? await get(undefined, url) : await post(undefined, url, { text: 'x' });
      expect([anonymous.statusCode, anonymous.json().code], `${method} ${url}`).toEqual([401, 'AUTH_REQUIRED']);
      const editor = method === 'GET' ? await get(ed, url) : await post(ed, url, { text: 'x' });
      expect([editor.statusCode, editor.json().code], `${method} ${url}`).toEqual([403, 'FORBIDDEN']);
      if (method === 'POST') {
        const noToken = await post(anna, url, { text: 'x' }, false);
        expect([noToken.statusCode, noToken.json().code], url).toEqual([403, 'CSRF_INVALID']);
      }
    }
    expect(await latest()).toMatchObject({ state: 'waiting', assignedWorkerId: null });
  });

  it('validates input: text length, blank text, malformed ids', async () => {
    const id = await waitingConversation();
    const anna = await login('anna@testdorp.example');
    expect((await post(anna, conv(id, 'claim'))).statusCode).toBe(204);
    const cases: Array<[string, object | undefined]> = [
      [conv(id, 'reply'), { text: 'x'.repeat(4001) }],
      [conv(id, 'reply'), { text: '   ' }],
      [conv(id, 'reply'), {}],
      [conv(id, 'reply'), { text: 'Hallo', untranslated: 'maybe' }],
      [conv(id, 'note'), { text: 'x'.repeat(4001) }],
      [conv(id, 'preview'), { text: '' }],
      [conv(id, 'assign'), { userId: '../../etc' }],
      ['/api/inbox/conversations/bad%20id/claim', undefined],
    ];
    for (const [url, payload] of cases) {
      const res = await post(anna, url, payload);
      expect([res.statusCode, res.json().code], `${url} ${String(JSON.stringify(payload)).slice(0, 60)}`).toEqual([400, 'VALIDATION_FAILED']);
    }
    const html = await post(anna, conv(id, 'reply'), { text: '<img src=x onerror=alert(1)>' });
    expect(html.statusCode).toBe(200);
    expect((await get(anna, conv(id))).json().entries.some((e: { text: string }) => e.text === '<img src=x onerror=alert(1)>')).toBe(true);
    expect((await post(anna, conv(id, 'reply'), { text: 'x'.repeat(4000) })).statusCode).toBe(200);
  });

  it('lists canned replies of the worker\'s municipalities only', async () => {
    await db.cannedReply.create({ data: { organizationId: orgs.testdorp, title: 'Afspraak', text: 'U kunt een afspraak maken bij het loket.', language: 'nl' } });
    await db.cannedReply.create({ data: { organizationId: orgs.otherdorp, title: 'Other', text: 'Otherdorp only', language: 'nl' } });
    const anna = await login('anna@testdorp.example');
    expect((await get(anna, '/api/inbox/canned-replies')).json().items).toEqual([
      expect.objectContaining({ organizationId: orgs.testdorp, title: 'Afspraak', text: 'U kunt een afspraak maken bij het loket.', language: 'nl' }),
    ]);
  });
});

/** Reads the stream until `done(received)` holds. */
function readUntil(response: IncomingMessage, done: (received: string) => boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    const onData = (chunk: Buffer) => {
      received += chunk.toString('utf8');
      if (done(received)) {
        response.off('data', onData);
        resolve(received);
      }
    };
    response.on('data', onData);
    response.once('error', reject);
    response.once('end', () => reject(new Error(`stream ended; received: ${received}`)));
  });
}

describe('inbox live events (SSE)', () => {
  it('streams events of the worker\'s municipality published by any Redis connection, and nobody else\'s', async () => {
    const anna = await login('anna@testdorp.example');
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      httpRequest({ host: '127.0.0.1', port, path: '/api/inbox/events', headers: { cookie: anna.cookie, accept: 'text/event-stream' } }, resolve)
        .on('error', reject)
        .end();
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
    await readUntil(response, (r) => r.includes(': connected'));

    // Another process: its own connection, the same prefix.
    const otherProcess = new Redis(config().REDIS_URL, { maxRetriesPerRequest: 2 });
    try {
      const publisher = new RedisInboxEvents(otherProcess, prefix);
      await publisher.publish({ type: 'conversation.handed_off', organizationId: orgs.otherdorp, conversationId: 'otherdorp-conversation' });
      await publisher.publish({ type: 'conversation.handed_off', organizationId: orgs.testdorp, conversationId: 'testdorp-conversation' });
      const first = await readUntil(response, (r) => r.includes('testdorp-conversation'));
      expect(first).toContain(`event: inbox\ndata: {"type":"conversation.handed_off","conversationId":"testdorp-conversation","organizationId":"${orgs.testdorp}"}`);
      expect(first).not.toContain('otherdorp-conversation');
    } finally {
      otherProcess.disconnect();
    }

    // The real path: a person asks for a person; the core announces it.
    const live = readUntil(response, (r) => r.includes('conversation.handed_off'));
    const id = await waitingConversation();
    expect(await live).toContain(`"conversationId":"${id}"`);

    // Shutting down ends open streams instead of waiting for the browsers.
    const ended = new Promise((resolve) => response.once('end', resolve));
    await app.close();
    await ended;
  });
});

describe('inbox page', () => {
  it('sends visitors without a session to the sign-in page and serves the page under the strict CSP', async () => {
    const anonymous = await get(undefined, '/inbox');
    expect([anonymous.statusCode, anonymous.headers.location]).toEqual([302, '/login?next=/inbox']);
    expect((await get(await login('ed@testdorp.example'), '/inbox')).statusCode).toBe(403);

    const page = await get(await login('anna@testdorp.example'), '/inbox');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toBe(STAFF_PAGE_CSP);
    expect(page.headers['x-frame-options']).toBe('DENY');
    const scripts = [...page.body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((m) => /\bsrc=/.test(m[1]) && m[2] === '')).toBe(true);
    expect(page.body).not.toMatch(/\sstyle=|<style/i);
    for (const [, src] of page.body.matchAll(/(?:src|href)="(\/inbox\/staff-assets\/[^"]+)"/g)) {
      const asset = await get(undefined, src);
      expect(asset.statusCode, src).toBe(200);
      expect(asset.headers['x-content-type-options']).toBe('nosniff');
    }
    for (const module of ['inbox-api.js', 'inbox-view.js', 'inbox-texts.js']) {
      expect((await get(undefined, `/inbox/staff-assets/${module}`)).headers['content-type']).toMatch(/^text\/javascript/);
    }
  });
});
