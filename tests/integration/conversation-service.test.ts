import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConversationService } from '../../core/conversation/index.ts';
import { importTiles } from '../../core/content/index.ts';
import type { InboundMessage } from '../../core/conversation/index.ts';
import { RecordingChannel } from '../../core/conversation/testing/recording-channel.ts';
import { loadTurn, receiveInbound, saveTurn } from '../../core/conversation/turn-repository.ts';
import { contactKeys } from '../../core/conversation/index.ts';
import { FIXED_TEXTS } from '../../flows/index.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { createTestConversationStack, type TestConversationStack } from '../support/conversation-stack.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

const db = createTestDb();


let core: TestConversationStack;
let service: ConversationService;
let channel: RecordingChannel;

const startWorkers = () => core.stack.startWorkers([channel]);

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
  core = createTestConversationStack(db);
  service = core.stack.service;
  channel = new RecordingChannel();
});

afterEach(() => core.destroy());

describe('conversation core on PostgreSQL + Redis', () => {
  it('answers a first Polish question: stored, processed, logged, delivered in order', async () => {
    await startWorkers();
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
    await startWorkers();
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

    await startWorkers();
    await expect.poll(() => channel.sent.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const inbound = await db.message.findFirstOrThrow({ where: { direction: 'inbound' } });
    // The job runs again (as after a crash that lost the completion): nothing more is sent.
    await service.process({ messageId: inbound.id, message: { channel: 'telegram', channelUserId: '4242' } });
    await new Promise((r) => setTimeout(r, 300));
    expect(await db.message.count({ where: { direction: 'outbound' } })).toBe(channel.sent.length);
  });

  it('hands off when the person asks for a human, and records the transition', async () => {
    await startWorkers();
    await service.receive(message('hello'));
    await expect.poll(() => channel.sent.length, { timeout: 10_000 }).toBeGreaterThan(0);
    await service.receive(message('I want to talk to a real person please'));
    await expect.poll(async () => (await db.conversation.findFirstOrThrow()).state, { timeout: 10_000 }).toBe('waiting');
    const event = await db.conversationEvent.findFirstOrThrow();
    expect(event).toMatchObject({ type: 'conversation.handed_off', fromState: 'bot', toState: 'waiting' });
  });

  it('deletes the contact and their messages after confirmation, keeping the anonymous log', async () => {
    await startWorkers();
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

  it('a turn computed from the context of receipt is computed again when another turn saved meanwhile', async () => {
    // Two questions received before any worker runs: both jobs carry the conversation as it was then.
    const keys = contactKeys('test');
    const organizationId = (await db.organization.findUniqueOrThrow({ where: { slug: 'testdorp' } })).id;
    const receive = (text: string) => receiveInbound(db, keys, { channel: 'telegram', channelUserId: '4242', externalId: randomUUID(), text, organizationId });
    const first = await receive('Jak dostać numer BSN?');
    const second = await receive('What is the minimum wage per hour?');
    expect(second.context?.flow).toEqual(first.context?.flow);
    const job = (stored: typeof first) => ({ messageId: stored.id, message: { channel: 'telegram' as const, channelUserId: '4242' }, context: stored.context });

    await service.process(job(first));
    // The second job's context is stale now (the first turn moved the conversation on): its save fails, the turn reloads.
    await service.process(job(second));
    const conversation = await db.conversation.findFirstOrThrow();
    expect((conversation.flow as { turn: number }).turn).toBe(2);
    expect(await db.message.count({ where: { direction: 'inbound', deliveryStatus: 'delivered' } })).toBe(2);
    expect(await db.questionLog.count()).toBe(2);

    // Both jobs run again (a crash lost their completion): nothing is stored or queued twice.
    const outbound = await db.message.count({ where: { direction: 'outbound' } });
    await service.process(job(first));
    await service.process(job(second));
    expect(await db.message.count({ where: { direction: 'outbound' } })).toBe(outbound);
    expect(await db.questionLog.count()).toBe(2);
  });

  it('stores a message with NUL characters (PostgreSQL text refuses them) without them', async () => {
    await service.receive(message('hel\u0000lo'));
    expect((await db.message.findFirstOrThrow({ where: { direction: 'inbound' } })).text).toBe('hello');
  });

  it('finishes "delete my data" when the worker died after saving that turn', async () => {
    await service.receive(message('delete my data'));
    const inbound = await db.message.findFirstOrThrow({ where: { direction: 'inbound' } });
    const context = await loadTurn(db, inbound.id);
    if (!context) throw new Error('not stored');
    // The turn was saved (replies and all) but the process died before erasing: as the service saves it.
    expect(await saveTurn(db, { context, version: 0, channel: 'telegram', language: 'en', flow: { turn: 1, deleteRequested: true }, replies: [] })).toBe(true);
    expect(await db.contact.count()).toBe(1);
    // The job runs again: the turn is done, the erasure is finished.
    await service.process({ messageId: inbound.id, message: { channel: 'telegram', channelUserId: '4242' } });
    expect(await db.contact.count()).toBe(0);
    expect(await db.message.count()).toBe(0);
  });
});
