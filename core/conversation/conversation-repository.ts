import { groupWrites } from '../platform/group-write.ts';
import type { Db, DbClient } from '../platform/db.ts';
import { Prisma } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import type { DeliveryStatusStore } from './delivery.ts';
import type { Channel } from './messages.ts';
import type { ContactDataSummary } from './contact-data.ts';
import { markMessagesSent } from './turn-repository.ts';
import { transition, transitionColumns, type ConversationTrigger, type Transition } from './state-machine.ts';

/**
 * The conversation writes off the hot path: state changes with their
 * timeline entry, messages written by workers, delivery status, and "delete
 * my data". Plain functions taking a client, so callers choose the
 * transaction. (Receiving a message and saving a bot turn: turn-repository.ts.)
 */

/** Stores a message the bot or a worker sends, as `queued` until the delivery queue reports. */
export async function recordOutbound(
  db: DbClient,
  data: {
    conversationId: string; channel: Channel; text: string; language?: string; author?: 'bot' | 'worker' | 'system'; authorUserId?: string;
    /** What the person receives when it differs from `text` (a worker's message translated into the person's language). */
    translatedText?: string; translatedLanguage?: string;
  },
): Promise<string> {
  const row = await db.message.create({
    data: {
      conversationId: data.conversationId,
      direction: 'outbound',
      author: data.author ?? 'bot',
      authorUserId: data.authorUserId ?? null,
      text: data.text,
      language: data.language ?? null,
      translatedText: data.translatedText ?? null,
      translatedLanguage: data.translatedLanguage ?? null,
      channel: data.channel,
      deliveryStatus: 'queued',
    },
    select: { id: true },
  });
  return row.id;
}

/** The delivery queue's status store, on the Message table. */
export function messageDeliveryStore(db: DbClient): DeliveryStatusStore {
  // updateMany: a message whose contact chose "delete my data" meanwhile is simply gone. A message once sent stays
  // sent (a re-run after a crash may give up a message the dead run had in fact delivered and recorded).
  const set = async (id: string, deliveryStatus: 'queued' | 'failed', deliveryError: string) => {
    await db.message.updateMany({ where: { id, deliveryStatus: { not: 'sent' } }, data: { deliveryStatus, deliveryError } });
  };
  // The replies of turns delivered at the same moment are marked in one statement.
  const markSent = groupWrites((sent: Array<{ id: string; externalId?: string }>) => markMessagesSent(db, sent));
  return {
    markSent: (sent) => markSent(sent.map((s) => ({ id: s.messageId, externalId: s.externalId }))),
    markRetrying: (id, error) => set(id, 'queued', error),
    markFailed: (id, error) => set(id, 'failed', error),
  };
}

/**
 * Applies a state-machine transition to a stored conversation and writes the
 * timeline entry, in one transaction: the update only succeeds if the state
 * is still the one the transition started from (a concurrent change throws
 * CONVERSATION_CHANGED), and there is never a state change without its entry.
 */
export async function applyTransition(
  db: DbClient,
  conversationId: string,
  trigger: ConversationTrigger,
  actorUserId?: string,
): Promise<Transition> {
  // A client of its own (not already inside a transaction): open one.
  if (typeof (db as { $connect?: unknown }).$connect === 'function') {
    return (db as Db).$transaction((tx) => applyTransition(tx, conversationId, trigger, actorUserId));
  }
  const row = await db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { state: true, contactId: true, organizationId: true } });
  const t = transition(row.state, trigger);
  // Only open conversations hold the open key (one per person and municipality).
  const openKey = t.to === 'closed' ? null : `${row.contactId}:${row.organizationId}`;
  const { count } = await db.conversation.updateMany({
    where: { id: conversationId, state: t.from },
    data: { ...transitionColumns(t, new Date()), openKey },
  });
  if (count !== 1) throw new AppError('CONVERSATION_CHANGED');
  const { type, ...data } = trigger;
  await db.conversationEvent.create({
    data: { conversationId, type: t.event, fromState: t.from, toState: t.to, actorUserId: actorUserId ?? null, data: data as Prisma.InputJsonValue },
  });
  return t;
}

/**
 * The database part of "delete my data": the contact, its channel identity,
 * conversations, messages and timeline go (cascading deletes). The anonymous
 * question log stays; it never held anything that identifies the person.
 * The whole erasure (translation cache, queue jobs, channel data) is
 * ContactErasure (erasure.ts). Idempotent.
 */
export async function deleteContactData(db: DbClient, contactId: string): Promise<void> {
  await db.contact.deleteMany({ where: { id: contactId } });
}

/**
 * What is stored about a person, for "my data": counts and dates of their
 * own rows, the municipalities' names, whether a worker took part; never a
 * message's text. Undefined when the contact is gone.
 */
export async function contactDataSummary(db: DbClient, contactId: string): Promise<ContactDataSummary | undefined> {
  const [row] = await db.$queryRaw<ContactDataSummary[]>`
    SELECT ct.channel::text AS channel, ct.preferred_language AS "preferredLanguage",
           ct.created_at AS "firstSeen", ct.last_seen_at AS "lastSeen",
           (SELECT count(*)::int FROM conversations c WHERE c.contact_id = ct.id) AS conversations,
           (SELECT count(*)::int FROM conversations c JOIN messages m ON m.conversation_id = c.id WHERE c.contact_id = ct.id) AS messages,
           COALESCE((SELECT array_agg(x.name ORDER BY x.first) FROM (
             SELECT o.name, min(c.created_at) AS first FROM conversations c JOIN organizations o ON o.id = c.organization_id
             WHERE c.contact_id = ct.id GROUP BY o.name) x), '{}') AS organizations,
           EXISTS (
             SELECT 1 FROM conversations c WHERE c.contact_id = ct.id AND (
               c.claimed_at IS NOT NULL OR c.assigned_worker_id IS NOT NULL
               OR EXISTS (SELECT 1 FROM conversation_events e WHERE e.conversation_id = c.id AND e.to_state = 'agent')
               OR EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.author = 'worker'))
           ) AS "handledByWorker"
    FROM contacts ct WHERE ct.id = ${contactId}`;
  return row;
}
