import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { PersonLog, SentMessage } from '../../bench/faults-client.ts';
import { countMessages } from '../../bench/faults-count.ts';
import { importTiles } from '../../core/content/index.ts';
import { UNCONFIRMED_SEND_ERROR } from '../../core/conversation/index.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { createTestDb, organizationId, truncateAll } from '../support/test-db.ts';

/**
 * The fault benchmark's counting (bench/faults-count.ts) on stored rows and
 * made-up stream logs: it must see a reply shown twice, a reply never
 * shown, a message stored twice or not at all, and not count a client's
 * give-up as a loss, or the benchmark's zeros would mean nothing.
 */
const db = createTestDb();
let conversationId: string;

beforeEach(async () => {
  await truncateAll(db);
  await importTiles(db, engineLibraryFile(), 'test');
  const contact = await db.contact.create({ data: { channel: 'webchat', channelUserIdEncrypted: Buffer.from('x'), channelUserIdHash: randomUUID() } });
  const conversation = await db.conversation.create({ data: { contactId: contact.id, organizationId: await organizationId(db, 'testdorp') } });
  conversationId = conversation.id;
});

/** Stores an inbound message (under activity id `externalId`) and its replies; returns the replies' ids. */
async function turn(externalId: string, text: string, replies: Array<{ text: string; activityId?: string; error?: string }>): Promise<string[]> {
  const inbound = await db.message.create({
    data: { conversationId, direction: 'inbound', author: 'contact', text, channel: 'webchat', channelExternalId: externalId, deliveryStatus: 'delivered' },
  });
  const ids: string[] = [];
  for (const reply of replies) {
    const row = await db.message.create({
      data: {
        conversationId, direction: 'outbound', author: 'bot', text: reply.text, channel: 'webchat', replyToId: inbound.id,
        channelExternalId: reply.activityId ?? null, deliveryStatus: reply.error ? 'failed' : 'sent', deliveryError: reply.error ?? null,
      },
    });
    ids.push(row.id);
  }
  return ids;
}

const sent = (text: string, id: string, outcome: SentMessage['outcome'] = 'accepted', attempts = 1): SentMessage => ({
  clientActivityId: randomUUID(), text, ids: outcome === 'accepted' ? [id] : [], attempts, outcome, failures: [],
});
const person = (messages: SentMessage[], seen: Array<[string, string]>): PersonLog => ({
  conversationId: 'dl1', messages, seen: seen.map(([id, text], at) => ({ id, text, at })), overwritten: 0, streamDrops: 0,
});

describe('counting what the person saw', () => {
  it('answered exactly once: every reply of the turn shown once, by id or by text', async () => {
    await turn('dl1|a', 'Q1', [{ text: 'Answer 1', activityId: 'dl1|r1' }, { text: 'Helpful?', activityId: 'dl1|r2' }]);
    await turn('dl1|b', 'Q2', [{ text: 'Answer 2', activityId: 'dl1|r3' }, { text: 'Helpful?' }]);
    const counts = await countMessages(db, [person(
      [sent('Q1', 'dl1|a'), sent('Q2', 'dl1|b', 'accepted', 3)],
      [['dl1|r1', 'Answer 1'], ['dl1|r2', 'Helpful?'], ['dl1|r3', 'Answer 2'], ['dl1|x9', 'Helpful?']],
    )]);
    expect(counts).toMatchObject({ sent: 2, answeredOnce: 2, lost: 0, duplicated: 0, gaveUp: 0, retries: 2, strayActivities: 0 });
  });

  it('a reply shown twice (under two ids) is a duplicate; one never shown is a loss', async () => {
    await turn('dl1|a', 'Q1', [{ text: 'Answer 1', activityId: 'dl1|r1' }]);
    await turn('dl1|b', 'Q2', [{ text: 'Answer 2', activityId: 'dl1|r2' }, { text: 'Helpful?', activityId: 'dl1|r3' }]);
    const counts = await countMessages(db, [person(
      [sent('Q1', 'dl1|a'), sent('Q2', 'dl1|b')],
      [['dl1|r1', 'Answer 1'], ['dl1|old', 'Answer 1'], ['dl1|r2', 'Answer 2']],
    )]);
    expect(counts).toMatchObject({ sent: 2, answeredOnce: 0, lost: 1, duplicated: 1 });
  });

  it('a 2xx message that was never stored, or stored without a reply, is lost; a give-up is not', async () => {
    await turn('dl1|a', 'Q1', []);
    const counts = await countMessages(db, [person(
      [sent('Q1', 'dl1|a'), sent('Q2', 'dl1|b'), sent('Q3', '', 'gave-up', 9)],
      [],
    )]);
    expect(counts).toMatchObject({ sent: 3, answeredOnce: 0, lost: 2, duplicated: 0, gaveUp: 1, retries: 8 });
  });

  it('a message stored twice is a duplicate; unconfirmed replies and stray activities are reported', async () => {
    await turn('dl1|a', 'Q1', [{ text: 'Answer 1', activityId: 'dl1|r1', error: UNCONFIRMED_SEND_ERROR }]);
    await turn('dl1|a2', 'Q1', [{ text: 'Answer 1', activityId: 'dl1|r2' }]);
    const counts = await countMessages(db, [person([sent('Q1', 'dl1|a')], [['dl1|r1', 'Answer 1'], ['dl1|r2', 'Answer 1'], ['dl1|zz', 'Something else']])]);
    expect(counts).toMatchObject({ sent: 1, duplicated: 1, unconfirmedReplies: 1, strayActivities: 1 });
  });
});
