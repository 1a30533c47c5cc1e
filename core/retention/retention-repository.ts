import { prepared, runPrepared, type DbClient } from '../platform/db.ts';
import type { Channel } from '../conversation/messages.ts';

/**
 * The retention statements. Every delete takes at most `batch` rows (the
 * caller loops until a statement deletes fewer), so a run never holds
 * long locks or builds a huge transaction; `SKIP LOCKED` lets a
 * conversation that a turn is saving right now wait for the next run.
 *
 * A conversation is expired when its last activity (`updated_at`, set by
 * every turn and state change) is before the cutoff and none of its
 * messages is newer (a worker's message changes no state; index
 * (conversation_id, created_at)). Candidates are read by creation (index
 * (organization_id, created_at)): a conversation last active before the
 * cutoff was created before it. Only columns that never change are
 * indexed, so a turn's update of its conversation stays a HOT update
 * (migration retention_indexes).
 */

/** An organization and its stored settings (parse with retentionPolicy). */
export interface OrganizationSettingsRow {
  id: string;
  slug: string;
  settings: unknown;
}

export async function organizationsWithSettings(db: DbClient): Promise<OrganizationSettingsRow[]> {
  return db.organization.findMany({ select: { id: true, slug: true, settings: true }, orderBy: { slug: 'asc' } });
}

/** Deletes up to `batch` expired conversations of one organization (messages and timeline cascade); returns how many, and their messages. */
export async function deleteExpiredConversations(
  db: DbClient, organizationId: string, cutoff: Date, batch: number,
): Promise<{ conversations: number; messages: number }> {
  const rows = await runPrepared<{ conversations: number; messages: number }>(db, prepared('retention-delete-conversations')`
    WITH doomed AS (
      SELECT c.id FROM conversations c
      WHERE c.organization_id = ${organizationId} AND c.created_at < ${cutoff} AND c.updated_at < ${cutoff}
        AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.created_at >= ${cutoff})
      LIMIT ${batch}
      FOR UPDATE OF c SKIP LOCKED
    ), deleted AS (
      DELETE FROM conversations c USING doomed WHERE c.id = doomed.id RETURNING c.id
    )
    SELECT (SELECT count(*)::int FROM deleted) AS conversations,
           (SELECT count(*)::int FROM messages m JOIN doomed ON doomed.id = m.conversation_id) AS messages`);
  return rows[0] ?? { conversations: 0, messages: 0 };
}

/** A deleted contact's channel and sealed channel id, for the channel's data eraser. */
export interface DeletedContact {
  channel: Channel;
  sealed: Uint8Array;
}

/** Deletes up to `batch` contacts without conversations not seen since `seenBefore`; returns them (channel data is erased next). */
export async function deleteContactsWithoutConversations(db: DbClient, seenBefore: Date, batch: number): Promise<DeletedContact[]> {
  return runPrepared<DeletedContact>(db, prepared('retention-delete-contacts')`
    WITH doomed AS (
      SELECT ct.id FROM contacts ct
      WHERE ct.created_at < ${seenBefore} AND ct.last_seen_at < ${seenBefore}
        AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.contact_id = ct.id)
      LIMIT ${batch}
      FOR UPDATE OF ct SKIP LOCKED
    )
    DELETE FROM contacts ct USING doomed WHERE ct.id = doomed.id
    RETURNING ct.channel::text AS channel, ct.channel_user_id_encrypted AS sealed`);
}

/** Deletes up to `batch` audit entries of one organization (null: of none) created before `cutoff`; returns how many. */
export async function deleteOldAuditEntries(db: DbClient, organizationId: string | null, cutoff: Date, batch: number): Promise<number> {
  const rows = await runPrepared<{ deleted: number }>(db, prepared('retention-delete-audit')`
    WITH doomed AS (
      SELECT a.id FROM audit_logs a
      WHERE a.organization_id IS NOT DISTINCT FROM ${organizationId} AND a.created_at < ${cutoff}
      LIMIT ${batch}
    ), deleted AS (
      DELETE FROM audit_logs a USING doomed WHERE a.id = doomed.id RETURNING a.id
    )
    SELECT count(*)::int AS deleted FROM deleted`);
  return rows[0]?.deleted ?? 0;
}

/** What a run would delete of one organization's data (counts only). */
export interface OrganizationRetentionCounts {
  conversations: number;
  messages: number;
  /** People whose every conversation would be gone (by each municipality's own policy), not seen since `seenBefore`. */
  contacts: number;
  auditLogEntries: number;
}

/**
 * Counts what the next run would delete of `organizationId`'s data.
 * `policies` are every organization's conversation cutoffs: a person who
 * also talks to another municipality stays while that conversation does.
 */
export async function countExpired(
  db: DbClient,
  organizationId: string,
  cutoffs: { conversations: Date; auditLog: Date },
  policies: Array<{ organizationId: string; cutoff: Date }>,
  seenBefore: Date,
): Promise<OrganizationRetentionCounts> {
  const [row] = await db.$queryRaw<OrganizationRetentionCounts[]>`
    WITH policy AS (
      SELECT * FROM unnest(${policies.map((p) => p.organizationId)}::text[], ${policies.map((p) => p.cutoff)}::timestamptz[]) AS p(organization_id, cutoff)
    ), expired AS (
      SELECT c.id FROM conversations c
      WHERE c.organization_id = ${organizationId} AND c.created_at < ${cutoffs.conversations} AND c.updated_at < ${cutoffs.conversations}
        AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.created_at >= ${cutoffs.conversations})
    ), candidates AS (
      SELECT contact_id FROM conversations WHERE organization_id = ${organizationId}
      UNION SELECT contact_id FROM contact_entries WHERE organization_id = ${organizationId}
    )
    SELECT
      (SELECT count(*)::int FROM expired) AS conversations,
      (SELECT count(*)::int FROM messages m JOIN expired e ON e.id = m.conversation_id) AS messages,
      (SELECT count(*)::int FROM contacts ct JOIN candidates k ON k.contact_id = ct.id
        WHERE ct.created_at < ${seenBefore} AND ct.last_seen_at < ${seenBefore}
          AND NOT EXISTS (
            SELECT 1 FROM conversations c JOIN policy p ON p.organization_id = c.organization_id
            WHERE c.contact_id = ct.id AND (c.updated_at >= p.cutoff
              OR EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.created_at >= p.cutoff)))) AS contacts,
      (SELECT count(*)::int FROM audit_logs a WHERE a.organization_id = ${organizationId} AND a.created_at < ${cutoffs.auditLog}) AS "auditLogEntries"`;
  return row;
}
