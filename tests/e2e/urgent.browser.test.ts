import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../admin/app.ts';
import { municipalityLookup } from '../../bots/webchat/chat-page.ts';
import { WebChatSender } from '../../bots/webchat/index.ts';
import { AnswerService } from '../../core/answers/index.ts';
import { createTileSource, importTiles } from '../../core/content/index.ts';
import { contactKeys } from '../../core/conversation/index.ts';
import { HandoffService, InboxEventHub, RedisInboxEvents } from '../../core/handoff/index.ts';
import { createStaffUser } from '../../core/staff/index.ts';
import { TranslationService, createTranslator } from '../../core/translation/index.ts';
import { FIXED_TEXTS } from '../../flows/index.ts';
import { DeepLFake } from '../fakes/deepl-fake.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { openBrowser, webChat, type BrowserSession } from '../support/browser.ts';
import { createTestConversationStack, type TestConversationStack } from '../support/conversation-stack.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/**
 * An urgent message in two browsers on the whole real stack (PostgreSQL,
 * BullMQ and pub/sub on Redis, the conversation core with the real crisis
 * recogniser, the web chat, staff sign-in, the inbox); only DeepL is faked.
 * A person writes in Bulgarian in Latin letters that their house is on fire;
 * they get the safety reply with 112 in Bulgarian and a person at once. A
 * worker's inbox, already open, lists the conversation first — above one
 * that has waited longer — with a red "urgent" banner, and beeps.
 *
 * URGENT_E2E_TEXT overrides the message (with URGENT_E2E_LANG its language),
 * to run the plumbing with another recognisable message.
 */
const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url);
const DEEPL_KEY = 'urgent-e2e-key:fx';
const PASSWORD = 'correct-horse-battery-staple';
const URGENT_TEXT = process.env.URGENT_E2E_TEXT ?? 'pomosht, kashtata gori, ima dim navsyakade';
const URGENT_LANG = (process.env.URGENT_E2E_LANG ?? 'bg') as 'bg';
const db = createTestDb();
const prefix = `test-urgent-e2e-${randomUUID()}:`;
const redis = new Redis({ maxRetriesPerRequest: 2 });
const subscriber = new Redis({ maxRetriesPerRequest: 2 });
const closers: Array<() => Promise<unknown>> = [];
let core: TestConversationStack;
let app: FastifyInstance;
let base: string;
let migrant: BrowserSession;
let worker: BrowserSession;

beforeAll(async () => {
  await truncateAll(db);
  await importTiles(db, engineLibraryFile(), 'test');
  await createStaffUser(db, {
    email: 'anna@testdorp.example', name: 'Anna de Vries', password: PASSWORD, languages: ['nl'],
    memberships: [{ organization: 'testdorp', role: 'outreach_worker' }],
  });
  const deepl = await DeepLFake.start({ authKey: DEEPL_KEY });
  closers.push(() => deepl.close());

  const events = new RedisInboxEvents(redis, prefix);
  const hub = new InboxEventHub(subscriber, prefix);
  closers.push(() => hub.close());
  core = createTestConversationStack(db, { backoffMs: 50, events });
  await core.stack.startWorkers([new WebChatSender({ redis, keyPrefix: `${prefix}directline:` })]);
  const handoff = new HandoffService({
    db, keys: contactKeys('test'),
    translation: new TranslationService({ db, translator: createTranslator({ DEEPL_AUTH_KEY: DEEPL_KEY, DEEPL_SERVER_URL: deepl.url }, { log: pino({ level: 'silent' }) }) }),
    delivery: core.stack.delivery,
    events,
    backToBotText: (lang) => FIXED_TEXTS[lang].handoff.backToBot,
    workerTexts: (lang) => FIXED_TEXTS[lang].worker,
    claimTimeoutMinutes: 15,
  });
  app = buildApp({
    answers: new AnswerService(createTileSource(db)),
    disabled: {},
    webchat: { redis, inbound: core.stack.service, keyPrefix: `${prefix}directline:`, lookupOrganization: municipalityLookup(db) },
    staffAuth: { db, redis, keyPrefix: `${prefix}staff:`, sessionSecret: 'urgent-e2e-session-secret-of-32-chars!', cookieSecure: false },
    inbox: { handoff, hub },
    channelStatus: [() => ({ channel: 'webchat', state: 'connected' })],
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  closers.unshift(() => app.close(), () => core.destroy());
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  migrant = await openBrowser(base, { locale: 'bg-BG' });
  worker = await openBrowser(base, { locale: 'nl-NL' });
  closers.unshift(() => migrant.browser.close(), () => worker.browser.close());
  await worker.page.setViewportSize({ width: 1280, height: 900 });
  await mkdir(ARTIFACTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  for (const close of closers) await close();
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  subscriber.disconnect();
  await db.$disconnect();
});

const shot = (page: Page, name: string) => page.screenshot({ path: fileURLToPath(new URL(name, ARTIFACTS)), fullPage: true });

describe('an urgent message from the web chat', () => {
  it('gets the safety reply with 112 in Bulgarian and a person; the open inbox shows it first, with a banner and a beep', async () => {
    const chat = webChat(migrant.page);
    const inbox = worker.page;

    // The worker is signed in with the inbox open.
    await inbox.goto(`${base}/inbox`);
    await inbox.getByLabel('Email address').fill('anna@testdorp.example');
    await inbox.getByLabel('Password').fill(PASSWORD);
    await inbox.getByRole('button', { name: 'Sign in' }).click();
    await inbox.waitForURL(`${base}/inbox`);
    await inbox.getByRole('status').filter({ hasText: 'Live bijwerken aan' }).waitFor({ timeout: 15_000 });

    // Someone else has been waiting longer (asked for a person in Polish, on Telegram).
    await core.stack.service.receive({
      channel: 'telegram', channelUserId: '5150', externalId: randomUUID(), text: 'chcę porozmawiać z człowiekiem', receivedAt: new Date(),
    });
    const other = inbox.locator('#conversation-list button').filter({ hasText: 'chcę porozmawiać z człowiekiem' });
    await other.waitFor({ timeout: 15_000 });
    // Browsers allow sound only after an interaction with the page: the worker has clicked in the inbox before.
    await inbox.getByRole('heading', { name: 'Wachtend en in behandeling' }).click();

    // The person writes that their house is on fire, in Bulgarian typed in Latin letters.
    await migrant.page.goto(`${base}/chat/testdorp`);
    await chat.sendBox().waitFor({ state: 'visible', timeout: 15_000 });
    await chat.send(URGENT_TEXT);
    const safety = FIXED_TEXTS[URGENT_LANG].safety;
    const card = chat.transcript().locator('.webchat__bubble__content').filter({ hasText: safety.intro.acute });
    await card.first().waitFor({ timeout: 15_000 });
    const cardText = (await card.first().textContent()) ?? '';
    expect(cardText).toContain(`112 (${safety.services.emergency})`);
    expect(cardText).toContain(safety.call.replace('{phone}', '112'));
    await chat.transcript().getByText(safety.personNow.replace('{organization}', 'Gemeente Testdorp')).first().waitFor({ timeout: 15_000 });
    // The safety reply came first: before it, nothing from the bot (no greeting, no language question).
    const bubbles = await chat.transcript().locator('.webchat__bubble__content').allTextContents();
    const first = bubbles.findIndex((t) => t.includes(safety.intro.acute));
    expect(bubbles.slice(0, first).filter((t) => !t.includes(URGENT_TEXT))).toEqual([]);
    await shot(migrant.page, 'urgent-migrant-chat.png');

    // The inbox: the urgent conversation first, marked, a banner above everything, and the beep.
    const items = inbox.locator('#conversation-list button');
    await items.first().locator('.badge-urgent').waitFor({ timeout: 15_000 });
    expect(await items.first().locator('.badge-urgent').textContent()).toBe('Spoed: acuut gevaar');
    expect(await items.nth(1).textContent()).toContain('chcę porozmawiać z człowiekiem');
    const banner = inbox.locator('#inbox-urgent');
    await banner.waitFor({ state: 'visible' });
    await inbox.getByRole('alert').filter({ hasText: 'Nieuw spoedgesprek: acuut gevaar' }).waitFor({ state: 'attached' });
    expect(await banner.textContent()).toContain('Spoed – iemand is mogelijk in gevaar.');
    expect(await banner.locator('button').first().textContent()).toMatch(/^Spoed: acuut gevaar · /);
    await expect.poll(() => banner.getAttribute('data-beeps')).toBe('1');
    expect(await inbox.title()).toMatch(/^\(!\) /);
    await shot(inbox, 'urgent-worker-inbox.png');

    // The banner opens the conversation; its header says why it is urgent.
    await banner.locator('button').first().click();
    await inbox.locator('#detail-meta').getByText('acuut gevaar').waitFor();

    const conversation = await db.conversation.findFirstOrThrow({ where: { urgent: { not: null } } });
    expect(conversation).toMatchObject({ state: 'waiting', urgent: 'acute', language: URGENT_LANG });
    expect(await db.questionLog.count({ where: { outcome: 'urgent' } })).toBe(1);
    expect([...migrant.foreignRequests, ...worker.foreignRequests]).toEqual([]);
    expect(worker.pageErrors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  }, 120_000);
});
