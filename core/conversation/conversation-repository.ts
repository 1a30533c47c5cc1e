import type { DbClient } from '../platform/db.ts';
import { Prisma } from '../platform/db.ts';
import type { Outcome } from '../answers/index.ts';
import { channelUserIdHash, encryptChannelUserId, type ContactKeys } from './contact-identity.ts';
import type { DeliveryStatusStore } from './delivery.ts';
import type { Channel } from './messages.ts';
import { transition, type ConversationState, type ConversationTrigger, type Transition } from './state-machine.ts';

/**
 * Persistence of contacts, conversations, messages, their timeline and the
 * anonymous question log. Plain functions taking a client, so callers choose
 * the transaction.
 */

export interface StoredContact {
  id: string;
  preferredLanguage: string | null;
}

/** The contact behind a channel identity, created on first contact; `entryOrganizationId` is remembered. */
export async function findOrCreateContact(
  db: DbClient,
  keys: ContactKeys,
  channel: Channel,
  channelUserId: string,
  entryOrganizationId?: string,
): Promise<StoredContact> {
  const hash = channelUserIdHash(keys, channel, channelUserId);
  const contact = await db.contact.upsert({
    where: { channel_channelUserIdHash: { channel, channelUserIdHash: hash } },
    create: { channel, channelUserIdHash: hash, channelUserIdEncrypted: new Uint8Array(encryptChannelUserId(keys, channelUserId)) },
    update: { lastSeenAt: new Date() },
    select: { id: true, preferredLanguage: true },
  });
  if (entryOrganizationId) {
    await db.contactEntry.upsert({
      where: { contactId_organizationId: { contactId: contact.id, organizationId: entryOrganizationId } },
      create: { contactId: contact.id, organizationId: entryOrganizationId },
      update: {},
    });
  }
  return contact;
}

export async function setPreferredLanguage(db: DbClient, contactId: string, language: string): Promise<void> {
  await db.contact.update({ where: { id: contactId }, data: { preferredLanguage: language } });
}

export interface StoredConversation {
  id: string;
  state: ConversationState;
  organizationId: string;
  entryOrganizationId: string | null;
  language: string | null;
}

const conversationSelect = { id: true, state: true, organizationId: true, entryOrganizationId: true, language: true } as const;

/** The contact's latest conversation with the organization that is not closed, or a new one in state `bot`. */
export async function openConversation(
  db: DbClient,
  contactId: string,
  organizationId: string,
  entryOrganizationId?: string,
): Promise<StoredConversation> {
  const current = await db.conversation.findFirst({
    where: { contactId, organizationId, state: { not: 'closed' } },
    orderBy: { createdAt: 'desc' },
    select: conversationSelect,
  });
  if (current) return current;
  return db.conversation.create({
    data: { contactId, organizationId, entryOrganizationId: entryOrganizationId ?? null },
    select: conversationSelect,
  });
}

/**
 * Stores an inbound message before anything else happens to it. The pair
 * (channel, externalId) is unique: a redelivered update returns
 * `duplicate: true` and the id of the message stored the first time.
 */
export async function recordInbound(
  db: DbClient,
  data: { conversationId: string; channel: Channel; externalId: string; text: string; language?: string },
): Promise<{ id: string; duplicate: boolean }> {
  try {
    const row = await db.message.create({
      data: {
        conversationId: data.conversationId,
        direction: 'inbound',
        author: 'contact',
        text: data.text,
        language: data.language ?? null,
        channel: data.channel,
        channelExternalId: data.externalId,
        deliveryStatus: 'received',
      },
      select: { id: true },
    });
    return { id: row.id, duplicate: false };
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
      const existing = await db.message.findUniqueOrThrow({
        where: { channel_channelExternalId: { channel: data.channel, channelExternalId: data.externalId } },
        select: { id: true },
      });
      return { id: existing.id, duplicate: true };
    }
    throw err;
  }
}

/** Stores a message the bot or a worker sends, as `queued` until the delivery queue reports. */
export async function recordOutbound(
  db: DbClient,
  data: { conversationId: string; channel: Channel; text: string; language?: string; author?: 'bot' | 'worker' | 'system'; authorUserId?: string },
): Promise<string> {
  const row = await db.message.create({
    data: {
      conversationId: data.conversationId,
      direction: 'outbound',
      author: data.author ?? 'bot',
      authorUserId: data.authorUserId ?? null,
      text: data.text,
      language: data.language ?? null,
      channel: data.channel,
      deliveryStatus: 'queued',
    },
    select: { id: true },
  });
  return row.id;
}

/** The delivery queue's status store, on the Message table. */
export function messageDeliveryStore(db: DbClient): DeliveryStatusStore {
  // updateMany: a message whose contact chose "delete my data" meanwhile is simply gone.
  const set = async (id: string, deliveryStatus: 'sent' | 'queued' | 'failed', deliveryError: string | null, externalId?: string) => {
    await db.message.updateMany({
      where: { id },
      data: { deliveryStatus, deliveryError, ...(externalId ? { channelExternalId: externalId } : {}) },
    });
  };
  return {
    markSent: (id, externalId) => set(id, 'sent', null, externalId),
    markRetrying: (id, error) => set(id, 'queued', error),
    markFailed: (id, error) => set(id, 'failed', error),
  };
}

/**
 * Applies a state-machine transition to a stored conversation and writes the
 * timeline entry, atomically: the update only succeeds if the state is still
 * the one the transition started from (a concurrent change makes it throw).
 */
export async function applyTransition(
  db: DbClient,
  conversationId: string,
  trigger: ConversationTrigger,
  actorUserId?: string,
): Promise<Transition> {
  const { state } = await db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { state: true } });
  const t = transition(state, trigger);
  const now = new Date();
  const { count } = await db.conversation.updateMany({
    where: { id: conversationId, state: t.from },
    data: {
      state: t.to,
      ...(t.to === 'waiting' ? { waitingSince: now, assignedWorkerId: null } : {}),
      ...(trigger.type === 'claimed' ? { assignedWorkerId: trigger.workerId, claimedAt: now } : {}),
      ...(t.to === 'bot' ? { assignedWorkerId: null, waitingSince: null } : {}),
      ...(trigger.type === 'closed' ? { closedAt: now, outcome: trigger.outcome } : {}),
    },
  });
  if (count !== 1) throw new Error(`conversation ${conversationId} changed state concurrently`);
  const { type, ...data } = trigger;
  await db.conversationEvent.create({
    data: { conversationId, type: t.event, fromState: t.from, toState: t.to, actorUserId: actorUserId ?? null, data: data as Prisma.InputJsonValue },
  });
  return t;
}

/** One anonymous question-log row: no contact, no text. @returns its id, for the helpfulness answer. */
export async function logQuestion(
  db: DbClient,
  row: { organizationId: string; channel: Channel; language: string; themeKey?: string; tileKey?: string; outcome: Outcome },
): Promise<string> {
  const created = await db.questionLog.create({
    data: {
      organizationId: row.organizationId,
      channel: row.channel,
      language: row.language,
      themeKey: row.themeKey ?? null,
      tileKey: row.tileKey ?? null,
      outcome: row.outcome,
    },
    select: { id: true },
  });
  return created.id;
}

/** Records a helpfulness answer; a log row that no longer exists is simply not updated (no error inside a transaction). */
export async function recordFeedback(db: DbClient, questionLogId: string, helpful: boolean): Promise<void> {
  await db.questionLog.updateMany({ where: { id: questionLogId }, data: { feedback: helpful ? 'helpful' : 'not_helpful' } });
}

/**
 * "Delete my data": the contact, its channel identity, conversations,
 * messages and timeline go (cascading deletes). The anonymous question log
 * stays; it never held anything that identifies the person.
 */
export async function deleteContactData(db: DbClient, contactId: string): Promise<void> {
  await db.contact.delete({ where: { id: contactId } });
}
