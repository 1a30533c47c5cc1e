import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnswerService } from '../../core/answers/index.ts';
import { createTileSource, importTiles } from '../../core/content/index.ts';
import {
  ConversationService, DeliveryProducer, DeliveryWorker, InboundWorker, contactKeys, messageDeliveryStore,
  type ChannelSender, type InboundMessage, type OutboundMessage,
} from '../../core/conversation/index.ts';
import { createRedis, type Redis } from '../../core/platform/redis.ts';
import { commandWords, detectCommand } from '../../flows/commands/index.ts';
import { DIALOG } from '../../flows/dialog.ts';
import { ANSWER_TEXTS, FIXED_TEXTS } from '../../flows/texts/index.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

const db = createTestDb();

/** The channel at the network edge: records what would have been sent. */
class RecordingChannel implements ChannelSender {
  readonly channel = 'telegram' as const;
  readonly sent: OutboundMessage[] = [];
  async send(message: OutboundMessage) {
    this.sent.push(message);
    return { status: 'sent' as const, externalId: `tg-${this.sent.length}` };
  }
}

let connection: Redis;
let prefix: string;
let service: ConversationService;
let delivery: DeliveryProducer;
let channel: RecordingChannel;
const workers: Array<{ close(): Promise<void> }> = [];

function startWorkers(): void {
  const inbound = new InboundWorker(service, { connection, prefix });
  const outbound = new DeliveryWorker({ connection, prefix, senders: [channel], store: messageDeliveryStore(db), backoffMs: 20 });
  workers.push(inbound, outbound);
}

const message = (text: string, overrides: Partial<InboundMessage> = {}): InboundMessage => ({
  channel: 'telegram',
  channelUserId: '4242',
  externalId: randomUUID(),
  text,
  receivedAt: new Date(),
  ...overrides,
});

beforeEach(async () => {
  await truncateAll(db);
  await importTiles(db, engineLibraryFile(), 'test');
  connection = createRedis();
  prefix = `test-${randomUUID()}`;
  channel = new RecordingChannel();
  delivery = new DeliveryProducer({ connection, prefix, backoffMs: 20 });
  service = new ConversationService({
    db, connection, prefix, keys: contactKeys('test'), delivery,
    answers: new AnswerService(createTileSource(db)),
    dialog: { definition: DIALOG, texts: FIXED_TEXTS, answerTexts: ANSWER_TEXTS, detectCommand, commandWords },
    defaultOrganization: 'testdorp',
  });
});

afterEach(async () => {
  for (const w of workers.splice(0)) await w.close();
  await service.obliterate();
  await delivery.obliterate();
  await service.close();
  await delivery.close();
  connection.disconnect();
});

describe('conversation core on PostgreSQL + Redis', () => {
  it('answers a first Polish question: stored, processed, logged, delivered in order', async () => {
    startWorkers();
    await service.receive(message('Jak dostać numer BSN? Gdzie się zameldować?'));
    await expect.poll(() => channel.sent.length, { timeout: 10_000 }).toBe(4);
    const texts = channel.sent.map((m) => m.text);
    expect(texts[0]).toContain('Testdorp');
    expect(texts.some((t) => t.includes('Zameldowanie w gminie i numer BSN'))).toBe(true);
    expect(channel.sent.at(-1)?.choices.map((c) => c.payload)).toEqual(['feedbackYes:', 'feedbackNo:']);

    const log = await db.questionLog.findFirstOrThrow();
    expect(log).toMatchObject({ channel: 'telegram', language: 'pl', tileKey: 'bsn', outcome: 'answered' });
    await expect.poll(async () => db.message.count({ where: { direction: 'outbound', deliveryStatus: 'sent' } })).toBe(4);
    expect(await db.message.count({ where: { direction: 'inbound', deliveryStatus: 'delivered' } })).toBe(1);
  });

  it('answers the same channel message id once', async () => {
    startWorkers();
    const m = message('Jak dostać numer BSN?');
    expect(await service.receive(m)).toEqual({ duplicate: false });
    expect(await service.receive(m)).toEqual({ duplicate: true });
    await expect.poll(() => channel.sent.length, { timeout: 10_000 }).toBe(4);
    await new Promise((r) => setTimeout(r, 300));
    expect(channel.sent).toHaveLength(4);
    expect(await db.message.count({ where: { direction: 'inbound' } })).toBe(1);
  });

  it('keeps a message received while no worker runs, and answers it exactly once after the restart', async () => {
    await service.receive(message('What is the minimum wage per hour?'));
    expect(await db.message.findFirstOrThrow({ where: { direction: 'inbound' } })).toMatchObject({ deliveryStatus: 'received' });
    expect(channel.sent).toHaveLength(0);

    startWorkers();
    await expect.poll(() => channel.sent.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const inbound = await db.message.findFirstOrThrow({ where: { direction: 'inbound' } });
    // The job runs again (as after a crash that lost the completion): nothing more is sent.
    await service.process({ messageId: inbound.id, message: { channel: 'telegram', channelUserId: '4242' } });
    await new Promise((r) => setTimeout(r, 300));
    expect(await db.message.count({ where: { direction: 'outbound' } })).toBe(channel.sent.length);
  });

  it('hands off when the person asks for a human, and records the transition', async () => {
    startWorkers();
    await service.receive(message('hello'));
    await expect.poll(() => channel.sent.length, { timeout: 10_000 }).toBeGreaterThan(0);
    await service.receive(message('I want to talk to a real person please'));
    await expect.poll(async () => (await db.conversation.findFirstOrThrow()).state, { timeout: 10_000 }).toBe('waiting');
    const event = await db.conversationEvent.findFirstOrThrow();
    expect(event).toMatchObject({ type: 'conversation.handed_off', fromState: 'bot', toState: 'waiting' });
  });

  it('deletes the contact and their messages after confirmation, keeping the anonymous log', async () => {
    startWorkers();
    await service.receive(message('What is the minimum wage per hour?'));
    await expect.poll(() => channel.sent.length, { timeout: 10_000 }).toBeGreaterThan(0);
    await service.receive(message('delete my data'));
    await expect.poll(() => channel.sent.at(-1)?.choices.map((c) => c.payload).join(','), { timeout: 10_000 }).toBe('deleteYes:,deleteNo:');
    await service.receive(message('', { payload: 'deleteYes:' }));
    await expect.poll(() => db.contact.count(), { timeout: 10_000 }).toBe(0);
    expect(await db.message.count()).toBe(0);
    expect(await db.questionLog.count()).toBe(1);
    await expect.poll(() => channel.sent.at(-1)?.text).toBe(FIXED_TEXTS.en.commands.deleteDone);
  });
});
