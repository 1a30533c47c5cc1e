import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { importTiles } from '../../core/content/index.ts';
import { contactKeys, decryptChannelUserId } from '../../core/conversation/contact-identity.ts';
import {
  applyTransition,
  deleteContactData,
  findOrCreateContact,
  logQuestion,
  messageDeliveryStore,
  openConversation,
  recordFeedback,
  recordInbound,
  recordOutbound,
} from '../../core/conversation/conversation-repository.ts';
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

describe('conversation repository (PostgreSQL)', () => {
  it('stores the channel user id encrypted and finds the contact again by its keyed hash', async () => {
    const a = await findOrCreateContact(db, keys, 'whatsapp', '+48601234567', organizationId);
    const b = await findOrCreateContact(db, keys, 'whatsapp', '+48601234567');
    expect(b.id).toBe(a.id);
    const row = await db.contact.findUniqueOrThrow({ where: { id: a.id } });
    expect(Buffer.from(row.channelUserIdEncrypted).toString('latin1')).not.toContain('601234567');
    expect(row.channelUserIdHash).not.toContain('601234567');
    expect(decryptChannelUserId(keys, row.channelUserIdEncrypted)).toBe('+48601234567');
    expect(await db.contactEntry.count({ where: { contactId: a.id } })).toBe(1);
    const other = await findOrCreateContact(db, keys, 'telegram', '+48601234567');
    expect(other.id).not.toBe(a.id);
  });

  it('stores an inbound message once per channel message id', async () => {
    const contact = await findOrCreateContact(db, keys, 'telegram', '42');
    const conversation = await openConversation(db, contact.id, organizationId);
    const first = await recordInbound(db, { conversationId: conversation.id, channel: 'telegram', externalId: 'upd-1', text: 'hello' });
    const again = await recordInbound(db, { conversationId: conversation.id, channel: 'telegram', externalId: 'upd-1', text: 'hello' });
    expect(first.duplicate).toBe(false);
    expect(again).toEqual({ id: first.id, duplicate: true });
    expect(await db.message.count()).toBe(1);
  });

  it('reuses the open conversation and starts a new one after closing', async () => {
    const contact = await findOrCreateContact(db, keys, 'webchat', 'w-1');
    const c1 = await openConversation(db, contact.id, organizationId);
    expect((await openConversation(db, contact.id, organizationId)).id).toBe(c1.id);
    await applyTransition(db, c1.id, { type: 'closed', outcome: 'resolved' });
    expect((await openConversation(db, contact.id, organizationId)).id).not.toBe(c1.id);
  });

  it('records every transition in the timeline and refuses illegal ones', async () => {
    const contact = await findOrCreateContact(db, keys, 'webchat', 'w-2');
    const { id } = await openConversation(db, contact.id, organizationId);
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

  it('tracks delivery status of outbound messages', async () => {
    const contact = await findOrCreateContact(db, keys, 'telegram', '43');
    const { id: conversationId } = await openConversation(db, contact.id, organizationId);
    const store = messageDeliveryStore(db);
    const sent = await recordOutbound(db, { conversationId, channel: 'telegram', text: 'answer' });
    const failed = await recordOutbound(db, { conversationId, channel: 'telegram', text: 'answer 2' });
    await store.markRetrying(sent, 'ECONNRESET');
    await store.markSent(sent, 'tg-99');
    await store.markFailed(failed, 'blocked by user');
    const rows = await db.message.findMany({ where: { conversationId }, orderBy: { createdAt: 'asc' } });
    expect(rows.map((r) => [r.deliveryStatus, r.deliveryError, r.channelExternalId])).toEqual([
      ['sent', null, 'tg-99'],
      ['failed', 'blocked by user', null],
    ]);
  });

  it('logs questions anonymously and keeps the log when the person deletes their data', async () => {
    const contact = await findOrCreateContact(db, keys, 'webchat', 'w-3');
    const { id: conversationId } = await openConversation(db, contact.id, organizationId);
    await recordInbound(db, { conversationId, channel: 'webchat', externalId: 'a1', text: 'Jak dostać BSN?' });
    const logId = await logQuestion(db, { organizationId, channel: 'webchat', language: 'pl', themeKey: 'registration', tileKey: 'bsn', outcome: 'answered' });
    await recordFeedback(db, logId, true);

    await deleteContactData(db, contact.id);
    expect(await db.contact.count()).toBe(0);
    expect(await db.message.count()).toBe(0);
    expect(await db.conversation.count()).toBe(0);
    const log = await db.questionLog.findUniqueOrThrow({ where: { id: logId } });
    expect(log).toMatchObject({ language: 'pl', tileKey: 'bsn', outcome: 'answered', feedback: 'helpful' });
    expect(Object.keys(log)).not.toContain('contactId');
  });
});
