import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { Telegram } from 'telegraf';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CallbackDataCodec, TelegramHealth, TelegramSender } from '../../bots/telegram/index.ts';
import type { HandoffService, InboxWorker } from '../../core/handoff/index.ts';
import { isAppError } from '../../core/platform/errors.ts';
import { DIALOG, FIXED_TEXTS } from '../../flows/index.ts';
import { DeepLFake } from '../fakes/deepl-fake.ts';
import { FakeTelegramApi } from '../fakes/telegram-bot-api.ts';
import { createTestConversationStack, type TestConversationStack } from '../support/conversation-stack.ts';
import { createInboxWorker, createTestHandoffService, resetForHandoff } from '../support/handoff-world.ts';
import { createTestDb } from '../support/test-db.ts';

/**
 * The person sees who is writing (issue 10, item 8), on real PostgreSQL,
 * Redis and BullMQ, the real Telegram sender against the fake Bot API (which
 * parses HTML as Telegram does) and DeepL faked on loopback: a claim tells
 * the person in their language which worker now reads along (once), worker
 * messages are signed with the worker's first name, and a message without a
 * translation goes out only when the worker confirms, under a note in the
 * person's language.
 */
const db = createTestDb();
const CHAT = '5557001';
const ORG_NAME = 'Gemeente Testdorp';
let deepl: DeepLFake;
let api: FakeTelegramApi;
let redis: Redis;
let core: TestConversationStack;
let handoff: HandoffService;
let anna: InboxWorker;
let bram: InboxWorker;

const say = (text: string) =>
  core.stack.service.receive({ channel: 'telegram', channelUserId: CHAT, externalId: randomUUID(), text, receivedAt: new Date() });
const conversation = () => db.conversation.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
const joined = (lang: 'ro' | 'en', name: string) => FIXED_TEXTS[lang].worker.joined.replace('{name}', name).replace('{organization}', ORG_NAME);
/** What the person saw on Telegram, in order. */
const seen = () => api.sent.map((m) => m.text);

/** Asks for a person in Romanian and waits until the conversation waits for one. */
async function waitingInRomanian(): Promise<string> {
  await say('Vreau să vorbesc cu o persoană');
  await expect.poll(async () => (await conversation()).state, { timeout: 10_000 }).toBe('waiting');
  const c = await conversation();
  expect(c.language).toBe('ro');
  return c.id;
}

beforeAll(async () => {
  deepl = await DeepLFake.start();
  api = await new FakeTelegramApi().start();
  redis = new Redis({ maxRetriesPerRequest: 2 });
});
afterAll(async () => {
  await deepl.close();
  await api.stop();
  const keys = await redis.keys('test:worker-identity:*');
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  await db.$disconnect();
});

beforeEach(async () => {
  const orgId = await resetForHandoff(db);
  api.sent.length = 0;
  deepl.mode = { kind: 'ok' };
  core = createTestConversationStack(db);
  const codec = new CallbackDataCodec({ redis, keyPrefix: `test:worker-identity:${randomUUID()}:`, knownKinds: Object.keys(DIALOG.buttons) });
  const health = new TelegramHealth('webhook');
  health.connected(api.botUser.username);
  const telegram = new TelegramSender({ telegram: new Telegram(api.token, { apiRoot: api.apiRoot, webhookReply: false }), codec, token: api.token, health });
  await core.stack.startWorkers([telegram]);
  // Staff names as people type them; the person only ever sees the first name.
  anna = await createInboxWorker(db, { name: 'Anna de Vries', email: `anna-${randomUUID()}@testdorp.example`, organizationId: orgId });
  bram = await createInboxWorker(db, { name: 'bram.jansen@testdorp.example', email: `bram-${randomUUID()}@testdorp.example`, organizationId: orgId });
  handoff = createTestHandoffService({ db, delivery: core.stack.delivery, deepl: { url: deepl.url } });
});
afterEach(() => core.destroy());

describe('the person sees who is writing', () => {
  it('a claim tells the person, in their language, which worker now reads along; worker messages are signed with the first name', async () => {
    const id = await waitingInRomanian();
    await handoff.claim(anna, id);

    // The notice, in Romanian, with the first name and the municipality, signed by Anna.
    const notice = joined('ro', 'Anna');
    expect(notice).toContain('Anna de la Gemeente Testdorp');
    await expect.poll(() => seen().at(-1), { timeout: 10_000 }).toBe(`Anna (${ORG_NAME}): ${notice}`);
    expect(api.sent.at(-1)).toMatchObject({ parse_mode: 'HTML', bold: [`Anna (${ORG_NAME}):`] });
    // Stored as the person saw it: a system message that introduces this worker.
    const stored = () => db.message.findFirstOrThrow({ where: { conversationId: id, author: 'system' } });
    expect(await stored()).toMatchObject({ direction: 'outbound', text: notice, language: 'ro', authorUserId: anna.userId });
    await expect.poll(async () => (await stored()).deliveryStatus, { timeout: 10_000 }).toBe('sent');

    // Anna writes Dutch; the person reads Romanian under her name.
    const { messageId } = await handoff.reply(anna, id, 'Hallo, ik help u graag');
    await expect.poll(() => seen().at(-1), { timeout: 10_000 }).toBe(`Anna (${ORG_NAME}): [nl→ro] Hallo, ik help u graag`);
    expect(await db.message.findUniqueOrThrow({ where: { id: messageId } })).toMatchObject({
      author: 'worker', authorUserId: anna.userId, text: 'Hallo, ik help u graag', translatedText: '[nl→ro] Hallo, ik help u graag', translatedLanguage: 'ro',
    });
    // Never the full name or an email.
    expect(api.sent.map((m) => m.source).join('\n')).not.toMatch(/de Vries|@/);
  });

  it('once per claim: not again when the same worker claims again, again for a colleague and after the bot had the conversation', async () => {
    const id = await waitingInRomanian();
    await handoff.claim(anna, id);
    await expect.poll(() => seen().filter((t) => t.endsWith(joined('ro', 'Anna'))).length, { timeout: 10_000 }).toBe(1);

    // Anna lets go and takes it again at once: the person already knows her.
    await handoff.release(anna, id);
    await handoff.claim(anna, id);
    // A colleague takes over: the person is told (an email as a name shows only its first part).
    await handoff.assign(anna, id, bram);
    await expect.poll(() => seen().at(-1), { timeout: 10_000 }).toBe(`Bram (${ORG_NAME}): ${joined('ro', 'Bram')}`);
    expect(seen().filter((t) => t.endsWith(joined('ro', 'Anna')))).toHaveLength(1);

    // Back to the bot; when the person asks for a person again, Anna is introduced again.
    await handoff.handBack(bram, id);
    await expect.poll(() => seen().at(-1), { timeout: 10_000 }).toBe(FIXED_TEXTS.ro.handoff.backToBot);
    await say('Vreau să vorbesc cu o persoană');
    await expect.poll(async () => (await conversation()).state, { timeout: 10_000 }).toBe('waiting');
    await handoff.claim(anna, id);
    await expect.poll(() => seen().filter((t) => t.endsWith(joined('ro', 'Anna'))).length, { timeout: 10_000 }).toBe(2);
    const notices = await db.message.findMany({ where: { conversationId: id, author: 'system', authorUserId: { not: null } }, orderBy: { createdAt: 'asc' } });
    expect(notices.map((m) => m.authorUserId)).toEqual([anna.userId, bram.userId, anna.userId]);
  });

  it('without a translation nothing goes out unless the worker confirms; then the person gets a note in their language with it', async () => {
    const id = await waitingInRomanian();
    await handoff.claim(anna, id);
    await expect.poll(() => seen().at(-1), { timeout: 10_000 }).toContain(joined('ro', 'Anna'));
    const before = api.sent.length;
    deepl.mode = { kind: 'quota_exceeded' };

    // Not confirmed: refused, nothing stored, nothing sent.
    const refused = await handoff.reply(anna, id, 'Ik bel u morgen').catch((err: unknown) => err);
    expect(isAppError(refused) && refused.code).toBe('TRANSLATION_UNAVAILABLE');
    expect(await db.message.count({ where: { conversationId: id, author: 'worker' } })).toBe(0);

    // Confirmed: the note in Romanian, in italics, above Anna's own words, under her name.
    const { messageId } = await handoff.reply(anna, id, 'Ik bel u morgen', { untranslated: true });
    await expect.poll(() => api.sent.length, { timeout: 10_000 }).toBe(before + 1);
    const sent = api.sent.at(-1);
    const note = FIXED_TEXTS.ro.worker.untranslatedNote;
    expect(sent?.text).toBe(`Anna (${ORG_NAME}): ${note}\n\nIk bel u morgen`);
    expect(sent?.source).toBe(`<b>Anna (${ORG_NAME}):</b> <i>${note}</i>\n\nIk bel u morgen`);
    expect(await db.message.findUniqueOrThrow({ where: { id: messageId } })).toMatchObject({
      author: 'worker', text: 'Ik bel u morgen', translatedText: `_${note}_\n\nIk bel u morgen`, translatedLanguage: 'ro',
    });
    expect(deepl.unexpected).toEqual([]);
  });
});
