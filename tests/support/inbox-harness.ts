import { RecordingChannel } from '../../core/conversation/testing/recording-channel.ts';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { AnswerService } from '../../core/answers/index.ts';
import { createTileSource } from '../../core/content/index.ts';
import { contactKeys } from '../../core/conversation/index.ts';
import { HandoffService, InboxEventHub, RedisInboxEvents, type InboxEvents } from '../../core/handoff/index.ts';
import { config } from '../../core/platform/config.ts';
import type { Db } from '../../core/platform/db.ts';
import { createStaffUser, type MembershipRole } from '../../core/staff/index.ts';
import { TranslationService, createTranslator } from '../../core/translation/index.ts';
import { FIXED_TEXTS } from '../../flows/index.ts';
import type { ConversationStack } from '../../server/conversation-stack.ts';
import { buildApp } from '../../server/app.ts';
import { signIn } from '../../admin/auth/testing/staff-auth-harness.ts';

/** Every test account's password. */
export const INBOX_TEST_PASSWORD = 'correct-horse-battery-staple';

/** The conversation core a test runs (tests/support/conversation-stack.ts makes one). */
export interface HarnessCore {
  stack: ConversationStack;
  destroy(): Promise<void>;
}


export { RecordingChannel };

/** The app with staff sign-in and the inbox on real Redis (its own prefix), DeepL at `deeplUrl`. */
export interface InboxHarness {
  app: FastifyInstance;
  core: HarnessCore;
  /** The person's channel (Telegram, user id `777` unless the test says otherwise). */
  channel: RecordingChannel;
  /** A message from the person on Telegram. */
  say(text: string, channelUserId?: string): Promise<unknown>;
  handoff: HandoffService;
  hub: InboxEventHub;
  /** Key prefix of everything this harness puts in Redis (sessions, inbox channels). */
  prefix: string;
  /** The handoff's clock; tests move it. */
  clock: { now: Date };
  /** Closes the app, the hub and the core, deletes the prefix's keys, ends the connections. */
  close(): Promise<void>;
}

/**
 * Builds the inbox for an integration test: inbox events on Redis pub/sub
 * (published on one connection, heard through an InboxEventHub on another),
 * the conversation core `startCore` makes with those events (its workers
 * started with a RecordingChannel), a
 * HandoffService (claim timeout 15 minutes, on the harness clock) and
 * `buildApp` with staff sign-in and the inbox.
 */
export async function buildInboxHarness(options: {
  db: Db;
  deepl: { url: string; authKey: string };
  startCore: (events: InboxEvents) => Promise<HarnessCore>;
}): Promise<InboxHarness> {
  const { db } = options;
  const prefix = `test-inbox-${randomUUID()}:`;
  const redis = new Redis(config().REDIS_URL, { maxRetriesPerRequest: 2 });
  const subscriber = new Redis(config().REDIS_URL, { maxRetriesPerRequest: 2 });
  const events = new RedisInboxEvents(redis, prefix);
  const hub = new InboxEventHub(subscriber, prefix);
  const core = await options.startCore(events);
  const channel = new RecordingChannel();
  await core.stack.startWorkers([channel]);
  const clock = { now: new Date() };
  const translator = createTranslator({ DEEPL_AUTH_KEY: options.deepl.authKey, DEEPL_SERVER_URL: options.deepl.url }, { log: pino({ level: 'silent' }) });
  const handoff = new HandoffService({
    db,
    keys: contactKeys('test'),
    translation: new TranslationService({ db, translator }),
    delivery: core.stack.delivery,
    events,
    backToBotText: (lang) => FIXED_TEXTS[lang].handoff.backToBot,
    workerTexts: (lang) => FIXED_TEXTS[lang].worker,
    claimTimeoutMinutes: 15,
    now: () => clock.now,
  });
  const app = buildApp({
    answers: new AnswerService(createTileSource(db)),
    disabled: {},
    staffAuth: { db, redis, keyPrefix: prefix, sessionSecret: 'inbox-test-session-secret-of-32-chars!', cookieSecure: false },
    inbox: { handoff, hub },
  });
  await app.ready();
  return {
    app, core, channel, handoff, hub, prefix, clock,
    say: (text, channelUserId = '777') =>
      core.stack.service.receive({ channel: 'telegram', channelUserId, externalId: randomUUID(), text, receivedAt: new Date() }),
    async close() {
      await app.close();
      await hub.close();
      await core.destroy();
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
      subscriber.disconnect();
    },
  };
}

/** Organization ids and staff user ids {@link seedInboxStaff} made. */
export interface InboxStaff {
  orgs: Record<'testdorp' | 'otherdorp' | 'agrifarm', string>;
  users: Record<'anna' | 'bram' | 'bea' | 'emp' | 'ed', string>;
}

/**
 * Besides `testdorp` (which must exist; Romanian is enabled there): the
 * municipality `otherdorp` and the employer `agrifarm`, and the accounts
 * anna@testdorp.example and bram@testdorp.example (outreach workers of
 * testdorp), bea@otherdorp.example (outreach worker of otherdorp),
 * hr@agrifarm.example (outreach_worker at the employer: sees nothing) and
 * ed@testdorp.example (editor).
 */
export async function seedInboxStaff(db: Db): Promise<InboxStaff> {
  const testdorp = await db.organization.update({ where: { slug: 'testdorp' }, data: { enabledLanguages: ['en', 'pl', 'bg', 'uk', 'ro'] } });
  const other = await db.organization.create({ data: { slug: 'otherdorp', name: 'Gemeente Otherdorp', kind: 'municipality', enabledLanguages: ['en', 'ro'] } });
  const employer = await db.organization.create({ data: { slug: 'agrifarm', name: 'Agrifarm', kind: 'employer', enabledLanguages: ['en'] } });
  const account = async (email: string, name: string, memberships: Array<[string, MembershipRole]>, languages = ['nl']) =>
    (await createStaffUser(db, {
      email, name, password: INBOX_TEST_PASSWORD, languages, memberships: memberships.map(([organization, role]) => ({ organization, role })),
    })).userId;
  return {
    orgs: { testdorp: testdorp.id, otherdorp: other.id, agrifarm: employer.id },
    users: {
      anna: await account('anna@testdorp.example', 'Anna', [['testdorp', 'outreach_worker']]),
      bram: await account('bram@testdorp.example', 'Bram', [['testdorp', 'outreach_worker']], ['nl', 'en']),
      bea: await account('bea@otherdorp.example', 'Bea', [['otherdorp', 'outreach_worker']]),
      emp: await account('hr@agrifarm.example', 'Agrifarm HR', [['agrifarm', 'outreach_worker']]),
      ed: await account('ed@testdorp.example', 'Ed', [['testdorp', 'editor']]),
    },
  };
}

/** A signed-in staff member's cookie and CSRF token. */
export interface InboxSession {
  cookie: string;
  csrf: string;
}

/** Requests as a staff member (or anonymously): POSTs carry the CSRF token unless `csrf` is false. */
export function inboxClient(app: FastifyInstance) {
  return {
    async login(email: string): Promise<InboxSession> {
      const { res, cookie, csrfToken } = await signIn(app, email, INBOX_TEST_PASSWORD);
      if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
      return { cookie, csrf: csrfToken };
    },
    get: (s: InboxSession | undefined, url: string): Promise<LightMyRequestResponse> =>
      app.inject({ method: 'GET', url, headers: s ? { cookie: s.cookie } : {} }),
    post: (s: InboxSession | undefined, url: string, payload?: object, csrf = true): Promise<LightMyRequestResponse> =>
      app.inject({ method: 'POST', url, payload, headers: s ? { cookie: s.cookie, ...(csrf ? { 'x-csrf-token': s.csrf } : {}) } : {} }),
  };
}

/** `/api/inbox/conversations/:id[/action]`. */
export const conversationUrl = (id: string, action = '') => `/api/inbox/conversations/${id}${action ? `/${action}` : ''}`;
