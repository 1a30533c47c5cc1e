import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnswerService } from '../../core/answers/index.ts';
import { createEntryCode, createTileSource, importTiles, setParentOrganization } from '../../core/content/index.ts';
import { contactKeys, type InboundMessage } from '../../core/conversation/index.ts';
import type { ContentGapRecorder } from '../../core/conversation/ports.ts';
import { RecordingChannel } from '../../core/conversation/testing/recording-channel.ts';
import { createRedis, type Redis } from '../../core/platform/redis.ts';
import { ConversationStack } from '../../server/conversation-stack.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { buildTile, buildTileFile } from '../support/factories.ts';
import { createTestDb, organizationId, truncateAll } from '../support/test-db.ts';

/**
 * The anonymous question log as reports need it, through the real
 * conversation core (PostgreSQL, Redis, BullMQ): every real question is a
 * row, also a first and an unanswered one, with where the person came in
 * (entry kind, code, the employer's layer), whose tile answered, and the
 * day; greetings, thanks and commands are no rows. Unanswered questions and
 * answers marked "not helpful" go to the content-gap store.
 */
const db = createTestDb();
let connection: Redis;
let stack: ConversationStack;
let channel: RecordingChannel;
let gaps: Array<Parameters<ContentGapRecorder['record']>[0]>;
const WAIT = { timeout: 10_000 };

const say = (channelUserId: string, text: string, more: Partial<InboundMessage> = {}) =>
  stack.service.receive({ channel: 'telegram', channelUserId, externalId: randomUUID(), text, receivedAt: new Date(), ...more });
const press = (channelUserId: string, payload: string) => say(channelUserId, '', { payload });
/** Waits until the person's messages so far were all handled. */
const settled = () => expect.poll(() => db.message.count({ where: { direction: 'inbound', deliveryStatus: 'received' } }), WAIT).toBe(0);
const today = () => new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);

beforeEach(async () => {
  await truncateAll(db);
  await importTiles(db, engineLibraryFile(), 'test');
  // An employer with a tile of its own, active in testdorp, and a code on its posters.
  await importTiles(db, buildTileFile({
    organization: { slug: 'agrifarm', name: 'AgriFarm', kind: 'employer' },
    languages: ['en'],
    tiles: [buildTile({
      key: 'agrifarm-night-shifts', theme: 'work', languages: ['en'],
      content: { en: { title: 'Night shifts at AgriFarm', body: 'Night shifts in hall 3 start at 22:00 and end at 06:00.', examples: ['When do the night shifts at AgriFarm start?'] } },
    })],
  }), 'test');
  await setParentOrganization(db, 'agrifarm', 'testdorp', 'test'); // also makes its layer active there
  await createEntryCode(db, { code: 'agrifarm-hal-3', municipalitySlug: 'testdorp', layerSlug: 'agrifarm' });

  gaps = [];
  connection = createRedis();
  stack = new ConversationStack({
    db, connection, prefix: `test-${randomUUID()}`, keys: contactKeys('test'),
    answers: new AnswerService(createTileSource(db)),
    defaultOrganization: 'testdorp', backoffMs: 20,
    contentGaps: { record: async (gap) => void gaps.push(gap) },
  });
  channel = new RecordingChannel();
  await stack.startWorkers([channel]);
});

afterEach(async () => {
  await stack?.destroy();
  connection?.disconnect();
});

describe('the question log for reports', () => {
  it('carries the entry point (kind, code, employer layer), the tile\'s owner and the day', async () => {
    const [testdorp, agrifarm] = [await organizationId(db, 'testdorp'), await organizationId(db, 'agrifarm')];
    await say('501', 'When do the night shifts at AgriFarm start?', { entryCode: 'agrifarm-hal-3' });
    await settled();
    await say('501', 'What is the minimum wage per hour?');
    await say('502', 'Jak dostać numer BSN? Gdzie się zameldować?');
    await expect.poll(() => db.questionLog.count(), WAIT).toBe(3);

    const rows = await db.questionLog.findMany({ orderBy: { tileKey: 'asc' } });
    const fromEmployer = { organizationId: testdorp, entryKind: 'employer', entryCode: 'agrifarm-hal-3', entryOrganizationId: agrifarm, day: today() };
    expect(rows).toEqual([
      expect.objectContaining({ tileKey: 'agrifarm-night-shifts', themeKey: 'work', tileOwnerId: agrifarm, outcome: 'answered', ...fromEmployer }),
      expect.objectContaining({ tileKey: 'bsn', tileOwnerId: testdorp, language: 'pl', organizationId: testdorp, entryKind: 'municipality', entryCode: null, entryOrganizationId: null, day: today() }),
      expect.objectContaining({ tileKey: 'minimum-wage', tileOwnerId: testdorp, ...fromEmployer }),
    ]);
    // The code stays with the conversation (its flow), for the handoff record too; nothing else about the entry is kept per person.
    expect((await db.conversation.findFirstOrThrow({ where: { entryOrganizationId: agrifarm } })).flow).toMatchObject({ entryCode: 'agrifarm-hal-3' });
  });

  it('logs a first question also when unanswered, and gives it to the content-gap store', async () => {
    await say('503', 'who won the football match between Ajax and PSV yesterday?');
    await expect.poll(() => db.questionLog.findMany(), WAIT).toEqual([
      expect.objectContaining({ outcome: 'unanswered', tileKey: null, tileOwnerId: null, entryKind: 'municipality', language: 'en' }),
    ]);
    const contact = await db.contact.findFirstOrThrow();
    await expect.poll(() => gaps, WAIT).toEqual([{
      organizationId: await organizationId(db, 'testdorp'), contactId: contact.id, kind: 'unanswered', language: 'en',
      text: 'who won the football match between Ajax and PSV yesterday?',
    }]);
  });

  it('does not log greetings, thanks, "ok" or commands', async () => {
    await say('504', 'Bună ziua');
    await settled();
    for (const text of ['dzięki!', 'ok', 'hello 👋', 'menu', 'help']) {
      await say('504', text);
      await settled();
    }
    await press('504', 'theme:income');
    await settled();
    expect(await db.questionLog.count()).toBe(0);
    expect(gaps).toEqual([]);
    expect(channel.sent.length).toBeGreaterThan(6);
  });

  it('a "not helpful" goes to the content-gap store with the question and the tile; the question text leaves the flow', async () => {
    const testdorp = await organizationId(db, 'testdorp');
    await say('505', 'Jak dostać numer BSN? Gdzie się zameldować?');
    await expect.poll(() => channel.sent.at(-1)?.choices.map((c) => c.payload), WAIT).toEqual(['feedbackYes:', 'feedbackNo:']);
    const conversation = await db.conversation.findFirstOrThrow();
    expect(conversation.flow).toMatchObject({ feedbackQuestion: { text: 'Jak dostać numer BSN? Gdzie się zameldować?', tileKey: 'bsn', tileOwnerSlug: 'testdorp' } });
    await press('505', 'feedbackNo:');
    await expect.poll(async () => (await db.questionLog.findFirstOrThrow()).feedback, WAIT).toBe('not_helpful');
    await expect.poll(() => gaps, WAIT).toEqual([{
      organizationId: testdorp, contactId: conversation.contactId, kind: 'not_helpful', language: 'pl',
      text: 'Jak dostać numer BSN? Gdzie się zameldować?', tileKey: 'bsn', tileOwnerId: testdorp,
    }]);
    const flow = (await db.conversation.findFirstOrThrow()).flow as Record<string, unknown>;
    expect(flow.feedbackQuestion).toBeUndefined();
    expect(flow.feedbackFor).toBeUndefined();
  });
});
