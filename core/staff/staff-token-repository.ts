import { asDatabaseError, type DbClient } from '../platform/db.ts';

/** Staff one-time links in PostgreSQL (`staff_tokens`): only the SHA-256 of a token is ever stored. */

export type StaffTokenKind = 'invitation' | 'password_reset';

/** A stored link with what redeeming it needs to know about its user. */
export interface StoredStaffToken {
  id: string;
  userId: string;
  kind: StaffTokenKind;
  expiresAt: Date;
  usedAt: Date | null;
  user: { email: string; name: string; disabled: boolean };
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw asDatabaseError(err);
  }
}

export async function insertStaffToken(
  db: DbClient,
  data: { userId: string; kind: StaffTokenKind; tokenHash: string; expiresAt: Date; createdById: string | null },
): Promise<void> {
  await guarded(() => db.staffToken.create({ data }));
}

export async function findStaffTokenByHash(db: DbClient, tokenHash: string): Promise<StoredStaffToken | null> {
  return guarded(() => db.staffToken.findUnique({
    where: { tokenHash },
    select: { id: true, userId: true, kind: true, expiresAt: true, usedAt: true, user: { select: { email: true, name: true, disabled: true } } },
  }));
}

/**
 * Marks the token used unless it was used already (by a request running at
 * the same time). @returns false when someone else used it first.
 */
export async function markStaffTokenUsed(db: DbClient, id: string, at: Date): Promise<boolean> {
  const { count } = await guarded(() => db.staffToken.updateMany({ where: { id, usedAt: null }, data: { usedAt: at } }));
  return count === 1;
}

/** Ends the user's unused links (of one kind, or all): a newer link replaces them, disabling ends them. */
export async function retireStaffTokens(db: DbClient, userId: string, at: Date, kind?: StaffTokenKind): Promise<void> {
  await guarded(() => db.staffToken.updateMany({ where: { userId, usedAt: null, ...(kind ? { kind } : {}) }, data: { usedAt: at } }));
}
