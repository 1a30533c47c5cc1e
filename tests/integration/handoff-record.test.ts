import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../core/conversation/index.ts';
import { RecordingChannel } from '../../core/conversation/testing/recording-channel.ts';
import { DEFAULT_REFERRAL_AGENCIES, type HandoffService, type InboxWorker } from '../../core/handoff/index.ts';
import { isAppError } from '../../core/platform/errors.ts';
import { createTestConversationStack, type TestConversationStack } from '../support/conversation-stack.ts';
import { createInboxWorker, createTestHandoffService, resetForHandoff, useHandoffWorld } from '../support/handoff-world.ts';

/**
 * Closing a handed-off conversation writes one anonymous HandoffRecord for
 * the municipality's reports: outcome, agency, employment and housing type,
 * waiting and handling minutes, outside office hours, the day; nothing that
 * leads back to the person, the conversation or the worker. Real
 * PostgreSQL and Redis, DeepL faked at the network edge.
 */
const world = useHandoffWorld();
const { db } = world;
let core: TestConversationStack;
let channel: RecordingChannel;
let handoff: HandoffService;
let worker: InboxWorker;
let orgId: string;

const MINUTE = 60_000;
const say = (text: string, overrides: Partial<InboundMessage> = {}) =>
  core.stack.service.receive({ channel: 'telegram', channelUserId: '777', externalId: randomUUID(), text, receivedAt: new Date(), ...overrides });
const latest = () => db.conversation.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
const today = () => new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);

/** A conversation the person handed off ("I want to talk to a person"), waiting in the inbox. */
async function waiting(): Promise<string> {
  await say('I want to talk to a person');
  await expect.poll(async () => (await latest()).state, { timeout: 10_000 }).toBe('waiting');
  return (await latest()).id;
}

beforeEach(async () => {
  orgId = await resetForHandoff(db);
  core = createTestConversationStack(db);
  channel = new RecordingChannel();
  await core.stack.startWorkers([channel]);
  worker = await createInboxWorker(db, { name: 'Worker', organizationId: orgId });
  handoff = createTestHandoffService({ db, delivery: core.stack.delivery, deepl: { url: world.deepl.url } });
});
afterEach(() => core.destroy());

describe('the handoff record written on closing', () => {
  it('has the outcome, the details, the minutes waited and handled, and nothing personal', async () => {
    // The inbox is never open: the handoff came outside office hours.
    await db.organization.update({ where: { id: orgId }, data: { officeHours: { timezone: 'Europe/Amsterdam', weekly: {} } } });
    const id = await waiting();
    await handoff.claim(worker, id);
    await handoff.note(worker, id, 'Works through an agency in Venlo, lives in their housing');
    // 30 minutes in the queue, then 12 with the worker (the clocks set back, as if it had happened).
    const now = Date.now();
    await db.conversation.update({ where: { id }, data: { waitingSince: new Date(now - 42 * MINUTE), claimedAt: new Date(now - 12 * MINUTE) } });
    await handoff.close(worker, id, 'referred', { agency: 'FairWork', employmentType: 'agency', housingType: 'employer' });

    expect(await db.conversation.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: 'closed', outcome: 'referred' });
    const records = await db.handoffRecord.findMany();
    expect(records).toEqual([{
      id: expect.any(String), organizationId: orgId, channel: 'telegram', language: 'en', entryKind: 'municipality', entryCode: null,
      reason: 'asked', outcome: 'referred', agency: 'FairWork', employmentType: 'agency', housingType: 'employer',
      waitingMinutes: 30, handlingMinutes: 12, outsideHours: true, day: today(),
    }]);
    // No way back to the person, the conversation, the worker or what was said.
    const contact = await db.contact.findFirstOrThrow();
    const stored = JSON.stringify(records);
    for (const personal of [id, contact.id, worker.userId, '777', 'Venlo', 'talk to a person']) expect(stored).not.toContain(personal);
  });

  it('closed from the queue: the whole wait, no handling; inside office hours when none are set', async () => {
    const id = await waiting();
    await db.conversation.update({ where: { id }, data: { waitingSince: new Date(Date.now() - 7 * MINUTE) } });
    await handoff.close(worker, id, 'no_response');
    expect(await db.handoffRecord.findFirstOrThrow()).toMatchObject({
      outcome: 'no_response', agency: null, employmentType: null, housingType: null, waitingMinutes: 7, handlingMinutes: null, outsideHours: false,
    });
  });

  it('refuses an agency that is not on the municipality\'s list, and closes nothing', async () => {
    const id = await waiting();
    const err = await handoff.close(worker, id, 'referred', { agency: 'Bureau Nergens' }).catch((e: unknown) => e);
    expect(isAppError(err, 'VALIDATION_FAILED')).toBe(true);
    expect((await latest()).state).toBe('waiting');
    expect(await db.handoffRecord.count()).toBe(0);
  });

  it('offers the municipality\'s own agencies, else the national defaults and its own desks', async () => {
    const id = await waiting();
    expect(await handoff.closeOptions(worker, id)).toEqual({
      outcomes: ['resolved', 'referred', 'no_response', 'other'],
      agencies: [...DEFAULT_REFERRAL_AGENCIES, 'Gemeente Testdorp'],
      employmentTypes: ['agency', 'direct', 'self_employed'],
      housingTypes: ['employer', 'private_rent', 'other'],
    });
    await db.organization.update({
      where: { id: orgId },
      data: { settings: { referralAgencies: [{ name: 'FNV Testdorp', phone: '+31 88 368 0368' }, { name: 'Juridisch Loket' }] } },
    });
    expect((await handoff.closeOptions(worker, id)).agencies).toEqual(['FNV Testdorp', 'Juridisch Loket']);
    await handoff.close(worker, id, 'referred', { agency: 'FNV Testdorp' });
    expect(await db.handoffRecord.findFirstOrThrow()).toMatchObject({ agency: 'FNV Testdorp' });
    // Another municipality's worker learns nothing.
    const stranger = await createInboxWorker(db, { name: 'Stranger', organizationId: randomUUID() });
    expect(isAppError(await handoff.closeOptions(stranger, id).catch((e: unknown) => e), 'NOT_FOUND')).toBe(true);
  });

  it('writes no record for a conversation that was never handed off', async () => {
    await say('What is the minimum wage per hour?');
    await expect.poll(() => channel.sent.length, { timeout: 10_000 }).toBeGreaterThan(0);
    const { id } = await latest();
    await handoff.close(worker, id, 'other');
    expect((await latest()).state).toBe('closed');
    expect(await db.handoffRecord.count()).toBe(0);
  });

  it('keeps the entry code of a conversation that came in through one', async () => {
    const id = await waiting();
    await db.conversation.update({ where: { id }, data: { flow: { ...((await latest()).flow as object), entryCode: 'markt-posters' } } });
    await handoff.close(worker, id, 'resolved');
    expect(await db.handoffRecord.findFirstOrThrow()).toMatchObject({ entryKind: 'municipality', entryCode: 'markt-posters', reason: 'asked' });
  });
});
