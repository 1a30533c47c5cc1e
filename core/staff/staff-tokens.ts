import { writeAuditLog } from '../content/audit-log.ts';
import type { Db, DbClient } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import { hashPassword, passwordProblem } from './password.ts';
import { setPasswordHash, inTransaction } from './staff-repository.ts';
import {
  findStaffTokenByHash,
  insertStaffToken,
  markStaffTokenUsed,
  retireStaffTokens,
  type StaffTokenKind,
} from './staff-token-repository.ts';
import { randomToken, sha256Hex } from './tokens.ts';
import type { SessionRevoker } from './staff-users.ts';

/**
 * One-time links for staff: an invitation (a new account sets its first
 * password) and a password reset. The token is 256 random bits shown once to
 * the administrator who made it (no mail server is assumed: they pass it on);
 * only its SHA-256 is stored, so a database dump holds no usable link. A
 * newer link of the same kind, disabling the account and using it all end a
 * link; an expired, used or unknown link is refused with a 4xx code.
 */

export type { StaffTokenKind } from './staff-token-repository.ts';

/** How long an invitation link works: 72 hours, as the issue asks. */
export const INVITATION_TTL_MS = 72 * 3600_000;
/** How long a password-reset link works: 24 hours (shorter than an invitation: it opens an existing account). */
export const PASSWORD_RESET_TTL_MS = 24 * 3600_000;

const TTL: Readonly<Record<StaffTokenKind, number>> = { invitation: INVITATION_TTL_MS, password_reset: PASSWORD_RESET_TTL_MS };

/** A token as handed out (base64url, 43 characters). */
export const STAFF_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A link just made: the token in clear (shown once) and when it stops working. */
export interface IssuedStaffToken {
  token: string;
  kind: StaffTokenKind;
  expiresAt: Date;
}

/**
 * Makes a link for the user; earlier unused links of the same kind stop working.
 * Runs inside the caller's transaction when given one.
 */
export async function issueStaffToken(
  db: DbClient,
  input: { userId: string; kind: StaffTokenKind; createdById: string | null; now: Date },
): Promise<IssuedStaffToken> {
  const token = randomToken();
  const expiresAt = new Date(input.now.getTime() + TTL[input.kind]);
  await retireStaffTokens(db, input.userId, input.now, input.kind);
  await insertStaffToken(db, { userId: input.userId, kind: input.kind, tokenHash: sha256Hex(token), expiresAt, createdById: input.createdById });
  return { token, kind: input.kind, expiresAt };
}

/** What the page of a link shows before the password is chosen. */
export interface StaffTokenInfo {
  kind: StaffTokenKind;
  name: string;
  email: string;
  expiresAt: Date;
}

async function usableToken(db: DbClient, token: string, now: Date) {
  if (!STAFF_TOKEN_PATTERN.test(token)) throw new AppError('TOKEN_NOT_FOUND');
  const row = await findStaffTokenByHash(db, sha256Hex(token));
  if (!row || row.user.disabled) throw new AppError('TOKEN_NOT_FOUND');
  if (row.usedAt) throw new AppError('TOKEN_USED');
  if (row.expiresAt.getTime() <= now.getTime()) throw new AppError('TOKEN_EXPIRED');
  return row;
}

/**
 * Who a link is for, when it can still be used.
 * @throws AppError TOKEN_NOT_FOUND (unknown, malformed, or the account is disabled) | TOKEN_USED | TOKEN_EXPIRED
 */
export async function inspectStaffToken(db: DbClient, token: string, now: Date): Promise<StaffTokenInfo> {
  const row = await usableToken(db, token, now);
  return { kind: row.kind, name: row.user.name, email: row.user.email, expiresAt: row.expiresAt };
}

/**
 * Uses a link: sets the password, marks the link used (once, also under
 * concurrent requests), ends every session of the user, and leaves an audit
 * row in each organization the user belongs to (actor: the user).
 * @returns the account's email, to sign in with.
 * @throws AppError VALIDATION_FAILED (password rules) | TOKEN_NOT_FOUND | TOKEN_USED | TOKEN_EXPIRED
 */
export async function redeemStaffToken(
  db: Db,
  sessions: SessionRevoker,
  token: string,
  password: string,
  now: Date,
): Promise<{ userId: string; email: string; kind: StaffTokenKind }> {
  const problem = passwordProblem(password);
  if (problem) throw new AppError('VALIDATION_FAILED', { details: problem });
  // Checked before the (slow) hash so a dead link answers at once; checked again in the transaction.
  await usableToken(db, token, now);
  const passwordHash = await hashPassword(password);
  const result = await inTransaction(db, async (tx) => {
    const row = await usableToken(tx, token, now);
    if (!(await markStaffTokenUsed(tx, row.id, now))) throw new AppError('TOKEN_USED');
    await setPasswordHash(tx, row.userId, passwordHash);
    const organizations = await tx.membership.findMany({ where: { userId: row.userId }, select: { organizationId: true }, distinct: ['organizationId'] });
    for (const { organizationId } of organizations) {
      await writeAuditLog(tx, {
        actor: `user:${row.userId}`,
        organizationId,
        action: row.kind === 'invitation' ? 'staff.invitation_accepted' : 'staff.password_reset',
        entityType: 'staff_user',
        entityId: row.userId,
        data: { email: row.user.email },
      });
    }
    return { userId: row.userId, email: row.user.email, kind: row.kind };
  });
  await sessions.revokeAll(result.userId);
  return result;
}
