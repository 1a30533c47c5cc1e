import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConversationStack } from '../../server/conversation-stack.ts';
import { DirectLineHarness, startConversation } from '../../bots/webchat/testing/direct-line-harness.ts';
import { AnswerService } from '../../core/answers/index.ts';
import { createTileSource } from '../../core/content/index.ts';
import { contactKeys } from '../../core/conversation/index.ts';
import { RecordingChannel } from '../../core/conversation/testing/recording-channel.ts';
import type { HandoffService, InboxWorker } from '../../core/handoff/index.ts';
import { CachedTranslationEraser, createTranslator } from '../../core/translation/index.ts';
import { FIXED_TEXTS } from '../../flows/index.ts';
import { createInboxWorker, createTestHandoffService, resetForHandoff, useHandoffWorld } from '../support/handoff-world.ts';

/**
 * "Delete my data" leaves nothing of the person: a web chat user writes,
 * is handed to an outreach worker who reads (translated) and replies
 * (translated), asks to delete and confirms; then every Redis key of the
 * test's prefixes (names and values) and every row of every table is
 * searched for the person's channel id, the texts of the conversation, the
 * translations and the contact id. The anonymous question log stays.
 */
const world = useHandoffWorld();
const { db, redis } = world;
let dl: DirectLineHarness;
let app: FastifyInstance;
let stack: ConversationStack;
let handoff: HandoffService;
let worker: InboxWorker;
let prefix: string;
let telegram: RecordingChannel;

beforeEach(async () => {
  const orgId = await resetForHandoff(db);
  prefix = `test-erasure-${randomUUID()}`;
  dl = new DirectLineHarness();
  stack = new ConversationStack({
    db, connection: redis, prefix: `${prefix}:queues`, keys: contactKeys('test'),
    answers: new AnswerService(createTileSource(db)), defaultOrganization: 'testdorp', backoffMs: 20,
    translations: new CachedTranslationEraser({ redis, prefix: `${prefix}:translation` }),
  });
  telegram = new RecordingChannel('telegram');
  await stack.startWorkers([dl.sender(), telegram], [dl.eraser()]);
  app = await dl.app({ inbound: stack.service });
  worker = await createInboxWorker(db, { name: 'Wim', organizationId: orgId });
  handoff = createTestHandoffService({
    db, delivery: stack.delivery, deepl: { url: world.deepl.url },
    translator: { redis, cache: { prefix: `${prefix}:translation` }, log: pino({ level: 'silent' }) },
  });
});

afterEach(async () => {
  await stack.destroy();
  await dl.cleanup();
  const left = await scanKeys(`${prefix}*`);
  if (left.length > 0) await redis.del(...left);
});

async function scanKeys(pattern: string): Promise<string[]> {
  const found: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    found.push(...keys);
    cursor = next;
  } while (cursor !== '0');
  return found;
}

/** A key's name and everything stored under it, as one string. */
async function dump(key: string): Promise<string> {
  const type = await redis.type(key);
  const value = await (async (): Promise<unknown> => {
    switch (type) {
      case 'string': return redis.get(key);
      case 'hash': return redis.hgetall(key);
      case 'list': return redis.lrange(key, 0, -1);
      case 'set': return redis.smembers(key);
      case 'zset': return redis.zrange(key, 0, -1, 'WITHSCORES');
      case 'stream': return redis.xrange(key, '-', '+');
      default: return null; // gone meanwhile
    }
  })();
  return `${key} ${JSON.stringify(value)}`;
}

/** Every row of every application table, as text. */
async function everyRow(): Promise<Array<{ table: string; row: string }>> {
  const tables = await db.$queryRaw<Array<{ tablename: string }>>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  const rows: Array<{ table: string; row: string }> = [];
  for (const { tablename } of tables) {
    const found = await db.$queryRawUnsafe<Array<{ row: string }>>(`SELECT t::text AS row FROM "${tablename}" t`);
    rows.push(...found.map((r) => ({ table: tablename, row: r.row })));
  }
  return rows;
}

describe('erasure leaves nothing of the person', () => {
  it('web chat, handoff with translations both ways, "delete my data" confirmed: no channel id, text, translation or contact id anywhere', async () => {
    const { conversationId: dlConversation, token } = await startConversation(app, { org: 'testdorp' });
    const post = (activity: object) =>
      app.inject({ method: 'POST', url: `/v3/directline/conversations/${dlConversation}/activities`, headers: { authorization: `Bearer ${token}` }, payload: { type: 'message', ...activity } });
    const said = [
      'Vreau să vorbesc cu o persoană',
      'Am o problemă cu angajatorul meu, mă numesc Ion Popescu',
      'Locuiesc pe Kerkstraat 12 în Testdorp',
    ];
    const workerText = 'Hallo Ion, ik bel uw werkgever morgen over Kerkstraat';

    expect((await post({ text: said[0] })).statusCode).toBe(200);
    await expect.poll(async () => (await db.conversation.findFirst())?.state, { timeout: 10_000 }).toBe('waiting');
    for (const text of said.slice(1)) expect((await post({ text })).statusCode).toBe(200);
    await expect.poll(() => db.message.count({ where: { direction: 'inbound', deliveryStatus: 'delivered' } }), { timeout: 10_000 }).toBe(3);

    // The worker reads the person's messages in Dutch and answers in Dutch: translations both ways, cached in Redis.
    const conversation = await db.conversation.findFirstOrThrow();
    const contact = await db.contact.findFirstOrThrow();
    await handoff.claim(worker, conversation.id);
    const transcript = await handoff.transcript(worker, conversation.id);
    const translations = transcript.entries.flatMap((e) => (e.translation ? [e.translation.text] : []));
    expect(translations).toContain(`[ro→nl] ${said[1]}`);
    const { messageId } = await handoff.reply(worker, conversation.id, workerText);
    await expect.poll(async () => (await db.message.findUnique({ where: { id: messageId } }))?.deliveryStatus, { timeout: 10_000 }).toBe('sent');
    const workerMessage = await db.message.findUniqueOrThrow({ where: { id: messageId } });
    expect(workerMessage.translatedText).toContain(workerText);
    expect((await scanKeys(`${prefix}:translation*`)).length).toBeGreaterThan(0);
    await handoff.handBack(worker, conversation.id);
    await expect.poll(async () => (await db.conversation.findFirst())?.state, { timeout: 10_000 }).toBe('bot');

    // Before the erasure the needles are there to be found (the search itself works).
    const channelUserId = `dlc_${dlConversation}`;
    const keysBefore = [...(await scanKeys(`${prefix}*`)), ...(await dl.keys())];
    const dumpBefore = (await Promise.all(keysBefore.map(dump))).join('\n');
    expect(dumpBefore).toContain(said[1]);
    expect(dumpBefore).toContain(dlConversation);

    // "Delete my data" (in the person's words), then the confirmation button.
    expect((await post({ text: 'șterge-mi datele' })).statusCode).toBe(200);
    await expect.poll(async () => (await db.conversation.findFirst())?.flow, { timeout: 10_000 }).toMatchObject({ awaitingDeleteConfirmation: true });
    expect((await post({ text: 'deleteYes:', value: 'deleteYes:' })).statusCode).toBe(200);
    await expect.poll(() => db.contact.count(), { timeout: 10_000 }).toBe(0);
    // The confirmation goes out (delivery queue empty) before the scan.
    await expect.poll(async () => {
      const counts = await stack.delivery.counts();
      return counts.waiting + counts.active + counts.delayed;
    }, { timeout: 10_000 }).toBe(0);

    const needles = [
      channelUserId, dlConversation, contact.id, conversation.id,
      ...said, workerText, ...translations, workerMessage.translatedText ?? '', 'Ion Popescu', 'șterge-mi datele',
    ].filter((n) => n.length > 0);

    const keys = [...(await scanKeys(`${prefix}*`)), ...(await dl.keys())];
    const redisHits = (await Promise.all(keys.map(dump))).flatMap((content) => needles.filter((n) => content.includes(n)).map((n) => `${n} in ${content.slice(0, 200)}`));
    expect(redisHits).toEqual([]);
    expect(keys.filter((k) => k.includes(':translation'))).toEqual([]);

    const rows = await everyRow();
    const dbHits = rows.flatMap(({ table, row }) => needles.filter((n) => row.includes(n)).map((n) => `${n} in ${table}: ${row.slice(0, 200)}`));
    expect(dbHits).toEqual([]);
    // The anonymous question log stays.
    expect(rows.some((r) => r.table === 'question_logs')).toBe(true);
  });

  it('removes the person\'s queue jobs (a failed delivery kept for inspection holds their channel id), not other people\'s', async () => {
    const say = (channelUserId: string, text: string, payload?: string) =>
      stack.service.receive({ channel: 'telegram', channelUserId, externalId: randomUUID(), text, payload, receivedAt: new Date() });
    // Telegram refuses every message for a while (the person blocked the bot): the delivery jobs fail and are kept.
    telegram.failWith = 'Forbidden: bot was blocked by the user';
    await say('48600100200', 'Jak dostać numer BSN?');
    await say('48600999999', 'Ile wynosi płaca minimalna?');
    await expect.poll(async () => (await stack.delivery.counts()).failed, { timeout: 10_000 }).toBe(2);
    const failedBefore = (await Promise.all((await scanKeys(`${prefix}:queues*`)).map(dump))).join('\n');
    expect(failedBefore).toContain('48600100200');

    telegram.failWith = undefined;
    await say('48600100200', 'usuń moje dane');
    await expect.poll(() => telegram.sent.at(-1)?.text, { timeout: 10_000 }).toBe(FIXED_TEXTS.pl.commands.deleteConfirm);
    await say('48600100200', '', 'deleteYes:');
    await expect.poll(() => telegram.sent.at(-1)?.text, { timeout: 10_000 }).toBe(FIXED_TEXTS.pl.commands.deleteDone);
    await expect.poll(() => db.contact.count(), { timeout: 10_000 }).toBe(1);

    const after = (await Promise.all((await scanKeys(`${prefix}*`)).map(dump))).join('\n');
    expect(after).not.toContain('48600100200');
    expect(after).not.toContain('Jak dostać numer BSN?');
    // The other person's failed job stays (the retention run removes it after its days).
    expect((await stack.delivery.counts()).failed).toBe(1);
    expect(after).toContain('48600999999');
  });

  it('forgets cached translations by their text, whatever the languages and glossary, and keeps other texts\' entries', async () => {
    const translator = createTranslator(
      { DEEPL_AUTH_KEY: 'fake-deepl-key:fx', DEEPL_SERVER_URL: world.deepl.url },
      { redis, cache: { prefix: `${prefix}:translation` }, log: pino({ level: 'silent' }) },
    );
    const mine = 'Mijn BSN is 123456782 en ik woon op Kerkstraat 12';
    const other = 'Waar is het gemeentehuis?';
    await translator.translate({ text: mine, from: 'nl', to: 'en' });
    await translator.translate({ text: mine, to: 'pl', glossary: ['BSN'] });
    await translator.translate({ text: other, from: 'nl', to: 'en' });
    await expect.poll(async () => (await scanKeys(`${prefix}:translation:*`)).length).toBe(5); // 3 entries, 2 text indexes
    await new CachedTranslationEraser({ redis, prefix: `${prefix}:translation` }).forgetTexts([mine, mine, 'never translated']);
    const left = await Promise.all((await scanKeys(`${prefix}:translation:*`)).map(dump));
    expect(left).toHaveLength(2);
    expect(left.join('\n')).not.toContain('123456782');
    expect((await translator.translate({ text: other, from: 'nl', to: 'en' })).status).toBe('cached');
  });
});
