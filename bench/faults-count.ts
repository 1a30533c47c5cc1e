import { textWithLinks, UNCONFIRMED_SEND_ERROR } from '../core/conversation/index.ts';
import type { TileLink } from '../core/content/types.ts';
import type { Db } from '../core/platform/db.ts';
import type { PersonLog } from './faults-client.ts';

/**
 * What the people of one fault row experienced, per message they sent,
 * counted from PostgreSQL (the message stored once, its turn's replies)
 * together with what each person's stream showed:
 *
 * - answered once: stored once, at least one reply, and every reply of its
 *   turn shown exactly once;
 * - lost: the client got 2xx, but the message was not stored, or its turn
 *   has no reply, or a reply never showed (by the end of the row);
 * - duplicated: stored more than once, or a reply shown more than once;
 * - gave up: no attempt got 2xx within the give-up time (not a loss: the
 *   client knows; counted apart).
 *
 * A reply counts as shown when an activity with its id arrived (the id the
 * delivery recorded), or else one with its text (how Web Chat would show
 * it) that no other reply of the person claimed first.
 */
export interface MessageCounts {
  sent: number;
  answeredOnce: number;
  lost: number;
  duplicated: number;
  gaveUp: number;
  /** Post attempts beyond the first (retries of the same client activity id). */
  retries: number;
  /** People who could not start a conversation (their messages are not in `sent`). */
  peopleNotStarted: number;
  /** Replies the database marks failed as "may not have been delivered" (worker stopped mid-send). */
  unconfirmedReplies: number;
  /** Bot activities shown that match no stored reply of the person. */
  strayActivities: number;
  /** Activities shown under an id the person already saw with other content. */
  overwritten: number;
  /** Streams closed or refused by the server (each followed by a reconnect with the last watermark). */
  streamDrops: number;
}

interface Row {
  id: string;
  direction: 'inbound' | 'outbound';
  text: string;
  links: unknown;
  replyToId: string | null;
  externalId: string | null;
  deliveryError: string | null;
  contactId: string;
}

/** Counts one row's people (their logs) against the database. */
export async function countMessages(db: Db, people: PersonLog[]): Promise<MessageCounts> {
  const counts: MessageCounts = {
    sent: 0, answeredOnce: 0, lost: 0, duplicated: 0, gaveUp: 0, retries: 0, peopleNotStarted: 0, unconfirmedReplies: 0, strayActivities: 0, overwritten: 0, streamDrops: 0,
  };
  const ids = people.flatMap((p) => p.messages.flatMap((m) => m.ids));
  const owners = ids.length === 0 ? [] : await db.$queryRaw<Array<{ externalId: string; contactId: string }>>`
    SELECT m.channel_external_id AS "externalId", c.contact_id AS "contactId"
    FROM messages m JOIN conversations c ON c.id = m.conversation_id
    WHERE m.channel = 'webchat' AND m.channel_external_id = ANY(${ids}::text[])`;
  const contactOf = new Map(owners.map((o) => [o.externalId, o.contactId]));
  const contacts = [...new Set(owners.map((o) => o.contactId))];
  const rows = contacts.length === 0 ? [] : await db.$queryRaw<Row[]>`
    SELECT m.id, m.direction::text AS direction, m.text, m.links, m.reply_to_id AS "replyToId",
      m.channel_external_id AS "externalId", m.delivery_error AS "deliveryError", c.contact_id AS "contactId"
    FROM messages m JOIN conversations c ON c.id = m.conversation_id
    WHERE c.contact_id = ANY(${contacts}::text[])
    ORDER BY m.created_at, m.id`;
  const rowsOf = new Map<string, Row[]>();
  for (const row of rows) rowsOf.set(row.contactId, [...(rowsOf.get(row.contactId) ?? []), row]);

  for (const person of people) {
    counts.overwritten += person.overwritten;
    counts.streamDrops += person.streamDrops;
    if (person.setupFailed) {
      counts.peopleNotStarted++;
      continue;
    }
    const own = new Set(person.messages.flatMap((m) => m.ids).map((id) => contactOf.get(id)).filter((c): c is string => c !== undefined));
    const mine = [...own].flatMap((c) => rowsOf.get(c) ?? []);
    const shown = sightings(mine.filter((r) => r.direction === 'outbound'), person);
    counts.strayActivities += shown.stray;
    counts.unconfirmedReplies += mine.filter((r) => r.direction === 'outbound' && r.deliveryError === UNCONFIRMED_SEND_ERROR).length;

    for (const message of person.messages) {
      counts.sent++;
      counts.retries += message.attempts - 1;
      if (message.outcome === 'gave-up') {
        counts.gaveUp++;
        continue;
      }
      const stored = mine.filter((r) => r.direction === 'inbound' && r.text === message.text);
      const replies = mine.filter((r) => r.direction === 'outbound' && stored.some((s) => s.id === r.replyToId));
      const times = replies.map((r) => shown.count.get(r.id) ?? 0);
      if (stored.length > 1 || times.some((n) => n > 1)) counts.duplicated++;
      else if (stored.length === 0 || replies.length === 0 || times.some((n) => n === 0)) counts.lost++;
      else counts.answeredOnce++;
    }
  }
  return counts;
}

/** How often each stored reply was shown to the person, and how many shown activities match none. */
function sightings(replies: Row[], person: PersonLog): { count: Map<string, number>; stray: number } {
  const count = new Map<string, number>();
  const byExternalId = new Map(replies.filter((r) => r.externalId).map((r) => [r.externalId as string, r]));
  let stray = 0;
  const unmatched = [];
  for (const seen of person.seen) {
    const reply = byExternalId.get(seen.id);
    if (reply) count.set(reply.id, (count.get(reply.id) ?? 0) + 1);
    else unmatched.push(seen);
  }
  for (const seen of unmatched) {
    // The same text: the reply not shown yet first, then the one shown least (a second copy of it).
    const candidates = replies.filter((r) => textWithLinks({ text: r.text, links: (r.links ?? []) as TileLink[] }) === seen.text || r.text === seen.text);
    if (candidates.length === 0) {
      stray++;
      continue;
    }
    const pick = candidates.reduce((best, r) => ((count.get(r.id) ?? 0) < (count.get(best.id) ?? 0) ? r : best));
    count.set(pick.id, (count.get(pick.id) ?? 0) + 1);
  }
  return { count, stray };
}
