import type { DbClient } from '../platform/db.ts';
import type { ConversationState } from '../conversation/index.ts';
import type { CrisisKind } from '../safety/index.ts';

/**
 * Reads for the outreach workers' inbox. Every query is scoped to the
 * municipalities the worker serves: a conversation of another municipality
 * is simply not found (the API answers 404, revealing nothing).
 */

/** One row of the inbox list. */
export interface InboxItem {
  id: string;
  state: ConversationState;
  organizationId: string;
  organizationSlug: string;
  /** The person's language (as the bot last spoke it). */
  language: string | null;
  channel: string;
  waitingSince: Date | null;
  claimedAt: Date | null;
  /** The kind of danger the person described (core/safety); null when not urgent. */
  urgent: CrisisKind | null;
  /** When it was marked urgent. */
  urgentAt: Date | null;
  assignee: { id: string; name: string } | null;
  /** Theme of the last question the bot logged in this conversation. */
  theme: string | null;
  /** The person's last message, as written. */
  lastQuestion: string | null;
  lastMessageAt: Date | null;
}

/**
 * Conversations waiting for, or held by, people in these municipalities:
 * urgent ones first (longest urgent first), then longest waiting first.
 * `urgent_at` is set exactly when `urgent` is, so ordering by it (nulls last)
 * puts every urgent conversation before the others, also past the 500 cap.
 */
export async function listInbox(db: DbClient, organizationIds: readonly string[]): Promise<InboxItem[]> {
  const rows = await db.conversation.findMany({
    where: { organizationId: { in: [...organizationIds] }, state: { in: ['waiting', 'agent'] } },
    orderBy: [{ urgentAt: { sort: 'asc', nulls: 'last' } }, { waitingSince: 'asc' }, { createdAt: 'asc' }],
    take: 500,
    select: {
      id: true, state: true, organizationId: true, language: true, waitingSince: true, claimedAt: true, flow: true, urgent: true, urgentAt: true,
      organization: { select: { slug: true } },
      contact: { select: { channel: true } },
      assignedWorker: { select: { id: true, name: true } },
      messages: { where: { direction: 'inbound' }, orderBy: { createdAt: 'desc' }, take: 1, select: { text: true, createdAt: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    state: r.state,
    organizationId: r.organizationId,
    organizationSlug: r.organization.slug,
    language: r.language,
    channel: r.contact.channel,
    waitingSince: r.waitingSince,
    claimedAt: r.claimedAt,
    urgent: r.urgent,
    urgentAt: r.urgentAt,
    assignee: r.assignedWorker,
    theme: typeof (r.flow as { lastTheme?: unknown }).lastTheme === 'string' ? (r.flow as { lastTheme: string }).lastTheme : null,
    lastQuestion: r.messages[0]?.text ?? null,
    lastMessageAt: r.messages[0]?.createdAt ?? null,
  }));
}

/** A conversation as the handoff service works on it; undefined when it is not in these municipalities. */
export async function findInboxConversation(db: DbClient, organizationIds: readonly string[], id: string) {
  return db.conversation.findFirst({
    where: { id, organizationId: { in: [...organizationIds] } },
    select: {
      id: true, state: true, organizationId: true, language: true, assignedWorkerId: true, claimedAt: true, waitingSince: true,
      urgent: true, urgentAt: true,
      contact: { select: { id: true, channel: true, channelUserIdEncrypted: true } },
    },
  });
}

export type InboxConversation = NonNullable<Awaited<ReturnType<typeof findInboxConversation>>>;

/** The timeline a worker reads: messages and notes in order. */
export async function loadTranscript(db: DbClient, conversationId: string) {
  const [messages, notes] = await Promise.all([
    db.message.findMany({
      where: { conversationId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: 500,
      select: {
        id: true, direction: true, author: true, text: true, language: true, translatedText: true, translatedLanguage: true,
        deliveryStatus: true, deliveryError: true, createdAt: true, authorUser: { select: { name: true } },
      },
    }),
    db.conversationEvent.findMany({
      where: { conversationId },
      orderBy: { createdAt: 'asc' },
      select: { id: true, type: true, fromState: true, toState: true, data: true, createdAt: true, actorUser: { select: { name: true } } },
    }),
  ]);
  return { messages, events: notes };
}

/** When the assigned worker last acted: their last message, else the claim. */
export async function lastWorkerActivity(db: DbClient, conversationId: string, since: Date | null): Promise<Date | null> {
  const last = await db.message.findFirst({
    where: { conversationId, author: 'worker' },
    orderBy: { createdAt: 'desc' },
    select: { createdAt: true },
  });
  if (!last) return since;
  return since && since > last.createdAt ? since : last.createdAt;
}

/** An internal note on the timeline (never sent to the person). */
export async function addNote(db: DbClient, conversationId: string, userId: string, text: string): Promise<string> {
  const row = await db.conversationEvent.create({
    data: { conversationId, type: 'conversation.note_added', actorUserId: userId, data: { text } },
    select: { id: true },
  });
  return row.id;
}

/** Canned replies of an organization (source language text). */
export async function listCannedReplies(db: DbClient, organizationIds: readonly string[]) {
  return db.cannedReply.findMany({
    where: { organizationId: { in: [...organizationIds] } },
    orderBy: { title: 'asc' },
    select: { id: true, organizationId: true, title: true, text: true, language: true },
  });
}

/** A canned reply, created once: the same title in the same organization is left as an editor may have changed it. */
export async function ensureCannedReply(
  db: DbClient,
  organizationId: string,
  reply: { title: string; text: string; language: string },
): Promise<boolean> {
  const existing = await db.cannedReply.findFirst({ where: { organizationId, title: reply.title }, select: { id: true } });
  if (existing) return false;
  await db.cannedReply.create({ data: { organizationId, ...reply } });
  return true;
}
