import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importTiles } from '../../core/content/index.ts';
import { contactKeys, StrandedTurns, type ChannelSender, type InboundMessage, type OutboundMessage } from '../../core/conversation/index.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { createTestConversationStack, type TestConversationStack } from '../support/conversation-stack.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/**
 * Jobs that Redis lost (restart without persistence, failover): the
 * message is stored, but its processing or delivery job is gone. The sweep
 * (StrandedTurns) finds the turn in the database and queues it again, and
 * the person gets the answer, once.
 */
const db = createTestDb();
let core: TestConversationStack;
const delivered: OutboundMessage[] = [];
const sender: ChannelSender = {
  channel: 'telegram',
  async send(message) {
    delivered.push(message);
    return { status: 'sent', externalId: `tg-${randomUUID()}` };
  },
};

const message = (): InboundMessage => ({ channel: 'telegram', channelUserId: '4242', externalId: randomUUID(), text: 'Jak dostać numer BSN?', receivedAt: new Date() });
const sweeper = () => new StrandedTurns({ db, keys: contactKeys('test'), requeue: (s) => core.stack.service.requeue(s), graceMs: 0 });

beforeEach(async () => {
  await truncateAll(db);
  await importTiles(db, engineLibraryFile(), 'test');
  core = createTestConversationStack(db);
  delivered.length = 0;
});
afterEach(() => core.destroy());

async function expectAnsweredOnce(): Promise<void> {
  await expect.poll(() => db.message.count({ where: { direction: 'outbound', deliveryStatus: 'sent' } }), { timeout: 15_000, interval: 100 }).toBeGreaterThan(0);
  const outbound = await db.message.findMany({ where: { direction: 'outbound' }, orderBy: { createdAt: 'asc' } });
  await expect.poll(() => delivered.length, { timeout: 5000 }).toBe(outbound.length);
  expect(outbound.every((m) => m.deliveryStatus === 'sent')).toBe(true);
  expect(delivered.map((m) => m.text)).toEqual(outbound.map((m) => m.text));
  expect(delivered.every((m) => m.channelUserId === '4242')).toBe(true);
  expect(await db.message.findFirst({ where: { direction: 'inbound' } })).toMatchObject({ deliveryStatus: 'delivered' });
}

describe('work lost with Redis', () => {
  it('a stored message whose processing job was lost is answered once after the sweep', async () => {
    await core.stack.service.receive(message());
    await core.stack.service.obliterate(); // Redis forgot the job
    expect(await sweeper().sweep(Date.now() + 1000)).toBe(1);
    await core.stack.startWorkers([sender]);
    await expectAnsweredOnce();
    // Nothing left to pick up.
    expect(await sweeper().sweep(Date.now() + 1000)).toBe(0);
  });

  it('a saved turn whose delivery job was lost gets its replies sent once', async () => {
    await core.stack.service.receive(message());
    const inbound = await db.message.findFirstOrThrow({ where: { direction: 'inbound' } });
    await core.stack.service.process({ messageId: inbound.id, message: { channel: 'telegram', channelUserId: '4242' } });
    await core.stack.service.obliterate();
    await core.stack.delivery.obliterate(); // the replies are stored as queued, their job is gone
    expect(await db.message.count({ where: { direction: 'outbound', deliveryStatus: 'queued' } })).toBeGreaterThan(0);
    expect(await sweeper().sweep(Date.now() + 1000)).toBe(1);
    await core.stack.startWorkers([sender]);
    await expectAnsweredOnce();
  });

  it('leaves young work to its job', async () => {
    await core.stack.service.receive(message());
    const young = new StrandedTurns({ db, keys: contactKeys('test'), requeue: async () => undefined, graceMs: 60_000 });
    expect(await young.sweep()).toBe(0);
  });
});
