import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importTiles } from '../../core/content/index.ts';
import type { InboundMessage } from '../../core/conversation/index.ts';
import { RecordingChannel } from '../../core/conversation/testing/recording-channel.ts';
import { FIXED_TEXTS } from '../../flows/index.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { createTestConversationStack, type TestConversationStack } from '../support/conversation-stack.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/**
 * The privacy notice, "my data" and the commands typed before a language
 * is chosen, through the real conversation core (PostgreSQL, BullMQ).
 */
const db = createTestDb();
let core: TestConversationStack;
let channel: RecordingChannel;

const say = (text: string, extra: Partial<InboundMessage> = {}) =>
  core.stack.service.receive({ channel: 'telegram', channelUserId: '5151', externalId: randomUUID(), text, receivedAt: new Date(), ...extra });
const settle = async (count: number) => expect.poll(() => channel.sent.length, { timeout: 10_000 }).toBe(count);

beforeEach(async () => {
  await truncateAll(db);
  await importTiles(db, engineLibraryFile(), 'test');
  core = createTestConversationStack(db);
  channel = new RecordingChannel();
  await core.stack.startWorkers([channel]);
});
afterEach(() => core.destroy());

describe('privacy in a conversation', () => {
  it('first contact: the notice joins the greeting with the municipality\'s own retention and statement link', async () => {
    await db.organization.update({
      where: { slug: 'testdorp' },
      data: { settings: { retention: { conversationMonths: 6 }, privacyStatementUrl: 'https://testdorp.example/privacy' } },
    });
    await say('Jak dostać numer BSN?');
    await expect.poll(() => channel.sent.length, { timeout: 10_000 }).toBeGreaterThan(2);
    const first = channel.sent[0];
    expect(first.text).toContain('6 miesięcy');
    expect(first.text).toContain('„moje dane”');
    expect(first.links).toEqual([{ label: expect.stringContaining('Testdorp'), url: 'https://testdorp.example/privacy' }]);
  });

  it('"my data" reports what the database holds about the person, in their language', async () => {
    await say('Jak dostać numer BSN?');
    await expect.poll(() => channel.sent.length, { timeout: 10_000 }).toBeGreaterThan(2);
    const before = channel.sent.length;
    await say('moje dane');
    await settle(before + 1);
    const report = channel.sent.at(-1)!.text;
    const messages = await db.message.count();
    expect(report.startsWith(FIXED_TEXTS.pl.privacy.myData.split('\n')[0])).toBe(true);
    expect(report).toContain('Kanał: Telegram');
    expect(report).toContain('Rozmowy: 1');
    // The report counts the rows as they were when it was made: everything but the report itself.
    expect(report).toContain(`Wiadomości (Twoje i nasze): ${messages - 1}`);
    expect(report).toContain(FIXED_TEXTS.pl.privacy.workerNo);
    expect(report).toContain('Gmina: Gemeente Testdorp');
  });

  it('"usuń moje dane" before any language was chosen: understood, confirmed in Polish; "usuń" again never hands off; the data goes', async () => {
    await say('usuń moje dane', { locale: 'en-GB' });
    await expect.poll(() => channel.sent.at(-1)?.text, { timeout: 10_000 }).toBe(FIXED_TEXTS.pl.commands.deleteConfirm);
    const sent = channel.sent.length;
    await say('usuń');
    await settle(sent + 1);
    expect(channel.sent.at(-1)?.text).toBe(FIXED_TEXTS.pl.commands.deleteConfirm);
    expect((await db.conversation.findFirstOrThrow()).state).toBe('bot');
    await say('', { payload: 'deleteYes:' });
    await settle(sent + 2);
    expect(channel.sent.at(-1)?.text).toBe(FIXED_TEXTS.pl.commands.deleteDone);
    await expect.poll(() => db.contact.count(), { timeout: 10_000 }).toBe(0);
  });
});
