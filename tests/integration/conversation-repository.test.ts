import { randomUUID } from 'node:crypto';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { importTiles } from '../../core/content/index.ts';
import { contactKeys, decryptChannelUserId } from '../../core/conversation/contact-identity.ts';
import {
  applyTransition, deleteContactData, messageDeliveryStore, recordOutbound,
} from '../../core/conversation/conversation-repository.ts';
import { transition } from '../../core/conversation/state-machine.ts';
import { loadTurn, receiveInbound, saveTurn, turnReplies, type ReceiveInput, type StoredReply, type TurnContext } from '../../core/conversation/turn-repository.ts';
import { isAppError } from '../../core/platform/errors.ts';
import { buildTileFile } from '../support/factories.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

const db = createTestDb();
const keys = contactKeys('integration test key');
let organizationId: string;

beforeEach(async () => {
  await truncateAll(db);
  await importTiles(db, buildTileFile(), 'test');
  organizationId = (await db.organization.findUniqueOrThrow({ where: { slug: 'testdorp' } })).id;
});
afterAll(() => db.$disconnect());

const inbound = (overrides: Partial<ReceiveInput> = {}): ReceiveInput => ({
  channel: 'telegram', channelUserId: '42', externalId: randomUUID(), text: 'hello', organizationId, ...overrides,
});

const reply = (text: string, choices: StoredReply['choices'] = []): StoredReply => ({ id: randomUUID(), text, choices, links: [{ label: 'More', url: 'https://example.org' }] });

/** Receives a message and loads its turn context, which must be the one receiving it returned (the turn's first attempt uses that). */
async function received(overrides: Partial<ReceiveInput> = {}): Promise<TurnContext> {
  const { id, context: returned } = await receiveInbound(db, keys, inbound(overrides));
  const context = await loadTurn(db, id);
  if (!context) throw new Error('message not stored');
  expect(returned).toEqual(context);
  return context;
}

describe('conversation repository (PostgreSQL)', () => {
  it('stores the channel user id encrypted and finds the contact again by its keyed hash', async () => {
    const a = await received({ channel: 'whatsapp', channelUserId: '+48601234567' });
    const b = await received({ channel: 'whatsapp', channelUserId: '+48601234567' });
    expect(b.contactId).toBe(a.contactId);
    expect(b.conversationId).toBe(a.conversationId);
    const row = await db.contact.findUniqueOrThrow({ where: { id: a.contactId } });
    expect(Buffer.from(row.channelUserIdEncrypted).toString('latin1')).not.toContain('601234567');
    expect(row.channelUserIdHash).not.toContain('601234567');
    expect(decryptChannelUserId(keys, row.channelUserIdEncrypted)).toBe('+48601234567');
    expect(await db.contactEntry.count({ where: { contactId: a.contactId } })).toBe(1);
    const other = await received({ channel: 'telegram', channelUserId: '+48601234567' });
    expect(other.contactId).not.toBe(a.contactId);
  });

  it('stores an inbound message once per channel message id', async () => {
    const first = await receiveInbound(db, keys, inbound({ externalId: 'upd-1' }));
    const again = await receiveInbound(db, keys, inbound({ externalId: 'upd-1' }));
    expect(first.duplicate).toBe(false);
    expect(again).toEqual({ id: first.id, duplicate: true });
    expect(await db.message.count()).toBe(1);
    expect(await loadTurn(db, first.id)).toMatchObject({ text: 'hello', deliveryStatus: 'received', state: 'bot', organizationSlug: 'testdorp', entrySlug: null });
  });

  it('two messages of a new person arriving at the same moment open one conversation', async () => {
    for (let round = 0; round < 5; round++) {
      const person = `burst-${round}`;
      const contexts = await Promise.all([1, 2, 3].map(() => received({ channelUserId: person })));
      expect(new Set(contexts.map((c) => c.conversationId)).size).toBe(1);
    }
    expect(await db.conversation.count()).toBe(5);
  });

  it('reuses the open conversation and starts a new one after closing', async () => {
    const c1 = await received({ channelUserId: 'w-1' });
    expect((await received({ channelUserId: 'w-1' })).conversationId).toBe(c1.conversationId);
    await applyTransition(db, c1.conversationId, { type: 'closed', outcome: 'resolved' });
    expect((await received({ channelUserId: 'w-1' })).conversationId).not.toBe(c1.conversationId);
  });

  it('a message naming no municipality stays with the person\'s own, also after a conversation closed', async () => {
    const other = await db.organization.create({ data: { slug: 'anderdorp', name: 'Anderdorp', kind: 'municipality', enabledLanguages: ['en'] } });
    const first = await received({ channelUserId: 's-1' });
    // Later messages carry no entry code; the deployment default (anderdorp) must not take the person over.
    const next = await received({ channelUserId: 's-1', organizationId: other.id, staysWithLast: true });
    expect(next.conversationId).toBe(first.conversationId);
    await applyTransition(db, first.conversationId, { type: 'closed', outcome: 'resolved' });
    const after = await received({ channelUserId: 's-1', organizationId: other.id, staysWithLast: true });
    expect(after.conversationId).not.toBe(first.conversationId);
    expect(after.organizationSlug).toBe('testdorp');
    // Someone new without a code gets the default municipality.
    expect((await received({ channelUserId: 's-2', organizationId: other.id, staysWithLast: true })).organizationSlug).toBe('anderdorp');
    // An entry code (not staying) moves the person to the code's municipality.
    expect((await received({ channelUserId: 's-1', organizationId: other.id })).organizationSlug).toBe('anderdorp');
  });

  it('saves a turn in one statement: replies in order, question log, handoff with its timeline entry', async () => {
    const context = await received({ text: 'I need a person' });
    const questionId = randomUUID();
    const saved = await saveTurn(db, {
      context, version: 0, channel: 'telegram', language: 'en', flow: { turn: 1, feedbackFor: questionId },
      replies: [reply('first'), reply('second', [{ label: 'Yes', payload: 'feedbackYes:' }]), reply('third')],
      question: { id: questionId, outcome: 'unanswered' },
      setPreferredLanguage: 'en',
      transition: transition('bot', { type: 'handoff_requested', reason: 'asked' }),
    });
    expect(saved).toBe(true);
    const outbound = await db.message.findMany({ where: { direction: 'outbound' }, orderBy: { createdAt: 'asc' } });
    expect(outbound.map((m) => [m.text, m.deliveryStatus, m.author, m.replyToId])).toEqual([
      ['first', 'queued', 'bot', context.messageId], ['second', 'queued', 'bot', context.messageId], ['third', 'queued', 'bot', context.messageId],
    ]);
    // What the delivery job sends can be rebuilt from the table (a job lost in a crash is queued again).
    expect((await turnReplies(db, context.messageId)).map((r) => [r.text, r.choices, r.links, r.deliveryStatus])).toEqual([
      ['first', [], [{ label: 'More', url: 'https://example.org' }], 'queued'],
      ['second', [{ label: 'Yes', payload: 'feedbackYes:' }], [{ label: 'More', url: 'https://example.org' }], 'queued'],
      ['third', [], [{ label: 'More', url: 'https://example.org' }], 'queued'],
    ]);
    expect(await db.message.findUniqueOrThrow({ where: { id: context.messageId } })).toMatchObject({ deliveryStatus: 'delivered', language: 'en' });
    expect(await db.conversation.findUniqueOrThrow({ where: { id: context.conversationId } })).toMatchObject({ state: 'waiting', language: 'en', flow: { turn: 1, feedbackFor: questionId } });
    expect((await db.conversation.findUniqueOrThrow({ where: { id: context.conversationId } })).waitingSince).toBeInstanceOf(Date);
    expect(await db.conversationEvent.findFirstOrThrow()).toMatchObject({ type: 'conversation.handed_off', fromState: 'bot', toState: 'waiting', data: { reason: 'asked' } });
    expect(await db.questionLog.findUniqueOrThrow({ where: { id: questionId } })).toMatchObject({ outcome: 'unanswered', channel: 'telegram', language: 'en' });
    expect(await db.contact.findUniqueOrThrow({ where: { id: context.contactId } })).toMatchObject({ preferredLanguage: 'en' });
  });

  it('writes nothing when the conversation changed since the turn was loaded, or the message was handled', async () => {
    const first = await received();
    const second = await received();
    const write = (context: TurnContext) => ({ context, version: 0, channel: 'telegram' as const, language: 'pl', flow: { turn: 1 }, replies: [reply('reply')] });
    expect(await saveTurn(db, write(first))).toBe(true);
    // Same version: another turn saved meanwhile.
    expect(await saveTurn(db, write(second))).toBe(false);
    // Same message again (a job that ran twice).
    expect(await saveTurn(db, { ...write(first), version: 1, flow: { turn: 2 } })).toBe(false);
    expect(await db.message.count({ where: { direction: 'outbound' } })).toBe(1);
    expect(await db.message.findUniqueOrThrow({ where: { id: second.messageId } })).toMatchObject({ deliveryStatus: 'received' });
  });

  it('records every transition in the timeline and refuses illegal ones', async () => {
    const { conversationId: id } = await received({ channel: 'webchat', channelUserId: 'w-2' });
    await applyTransition(db, id, { type: 'handoff_requested', reason: 'asked' });
    const worker = await db.staffUser.create({ data: { email: 'w@example.org', name: 'Worker' } });
    await applyTransition(db, id, { type: 'claimed', workerId: worker.id }, worker.id);
    await applyTransition(db, id, { type: 'handed_back', workerId: worker.id }, worker.id);
    const error = await applyTransition(db, id, { type: 'claimed', workerId: worker.id }).catch((e: unknown) => e);
    expect(isAppError(error, 'INVALID_TRANSITION')).toBe(true);

    const events = await db.conversationEvent.findMany({ where: { conversationId: id }, orderBy: { createdAt: 'asc' } });
    expect(events.map((e) => [e.type, e.fromState, e.toState])).toEqual([
      ['conversation.handed_off', 'bot', 'waiting'],
      ['conversation.claimed', 'waiting', 'agent'],
      ['conversation.handed_back', 'agent', 'bot'],
    ]);
    const conversation = await db.conversation.findUniqueOrThrow({ where: { id } });
    expect(conversation).toMatchObject({ state: 'bot', assignedWorkerId: null });
  });

  it('two workers claiming at the same moment: one wins, the other gets a 409 from the catalogue', async () => {
    const { conversationId: id } = await received({ channelUserId: 'race' });
    await applyTransition(db, id, { type: 'handoff_requested', reason: 'asked' });
    const [a, b] = await Promise.all(['a', 'b'].map((n) => db.staffUser.create({ data: { email: `${n}@example.org`, name: n } })));
    const results = await Promise.allSettled([a, b].map((w) => applyTransition(db, id, { type: 'claimed', workerId: w.id }, w.id)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failure = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(isAppError(failure.reason, 'CONVERSATION_CHANGED') || isAppError(failure.reason, 'INVALID_TRANSITION')).toBe(true);
    expect(failure.reason.status).toBe(409);
  });

  it('tracks delivery status of outbound messages', async () => {
    const { conversationId } = await received({ channelUserId: '43' });
    const store = messageDeliveryStore(db);
    const sent = await recordOutbound(db, { conversationId, channel: 'telegram', text: 'answer' });
    const failed = await recordOutbound(db, { conversationId, channel: 'telegram', text: 'answer 2' });
    await store.markRetrying(sent, 'ECONNRESET');
    await store.markSent([{ messageId: sent, externalId: 'tg-99' }]);
    await store.markFailed(failed, 'blocked by user');
    const rows = await db.message.findMany({ where: { conversationId, direction: 'outbound' }, orderBy: { createdAt: 'asc' } });
    expect(rows.map((r) => [r.deliveryStatus, r.deliveryError, r.channelExternalId])).toEqual([
      ['sent', null, 'tg-99'],
      ['failed', 'blocked by user', null],
    ]);
  });

  it('logs questions anonymously and keeps the log when the person deletes their data', async () => {
    const context = await received({ channel: 'webchat', channelUserId: 'w-3', text: 'Jak dostać BSN?' });
    const questionId = randomUUID();
    await saveTurn(db, {
      context, version: 0, channel: 'webchat', language: 'pl', flow: { turn: 1 }, replies: [],
      question: { id: questionId, outcome: 'answered', themeKey: 'registration', tileKey: 'bsn' },
    });
    const next = await received({ channel: 'webchat', channelUserId: 'w-3', text: '' });
    await saveTurn(db, { context: next, version: 1, channel: 'webchat', language: 'pl', flow: { turn: 2 }, replies: [], feedback: { questionLogId: questionId, helpful: true } });

    await deleteContactData(db, context.contactId);
    expect(await db.contact.count()).toBe(0);
    expect(await db.message.count()).toBe(0);
    expect(await db.conversation.count()).toBe(0);
    const log = await db.questionLog.findUniqueOrThrow({ where: { id: questionId } });
    expect(log).toMatchObject({ language: 'pl', tileKey: 'bsn', outcome: 'answered', feedback: 'helpful' });
    expect(Object.keys(log)).not.toContain('contactId');
  });
});
