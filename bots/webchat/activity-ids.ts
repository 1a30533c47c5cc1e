import { createHash, randomBytes } from 'node:crypto';

/**
 * Direct Line activity ids, `<conversation id>|<suffix>`, chosen without any
 * state that Redis could lose: the same input always gives the same id, so
 * the database (unique on channel + id) and Web Chat (which replaces an
 * activity it already shows by id) deduplicate a redelivery even when Redis
 * has forgotten everything.
 *
 * - `u<hash>`: a user message with a client activity id (Web Chat's
 *   `clientActivityID`): a client retry maps to the same id.
 * - `b<hash>`: a bot reply, from the stored outbound message's id: a re-run
 *   delivery job appends nothing twice.
 * - `r<time><random>`: anything else (signals, clients without an id): new
 *   and unique every time.
 * Ids are opaque to clients; only the conversation prefix is a convention.
 */

/** 128 bits of SHA-256, base64url (22 characters). */
function digest(kind: string, value: string): string {
  return createHash('sha256').update(kind).update('\0').update(value).digest().subarray(0, 16).toString('base64url');
}

/** The id of a user message with a client activity id: the same for every retry of it. */
export function userActivityId(conversationId: string, clientActivityId: string): string {
  return `${conversationId}|u${digest('user', clientActivityId)}`;
}

/** The id of a bot reply stored under `messageId`: the same for every delivery attempt of it. */
export function botActivityId(conversationId: string, messageId: string): string {
  return `${conversationId}|b${digest('bot', messageId)}`;
}

/** A fresh id, time-ordered (milliseconds, base 36) and random (64 bits), for activities nobody can send twice. */
export function randomActivityId(conversationId: string, now = Date.now()): string {
  return `${conversationId}|r${now.toString(36).padStart(9, '0')}${randomBytes(8).toString('base64url')}`;
}

/**
 * A conversation id that is not readable from a key name (tombstones, rate
 * counters): erasure leaves no key that names the person's conversation.
 */
export function conversationDigest(conversationId: string): string {
  return digest('conversation', conversationId);
}
