import { AppError } from '../platform/errors.ts';
import type { Db } from '../platform/db.ts';
import { dummyVerify, hashPassword, passwordNeedsRehash, verifyPassword, PASSWORD_MAX_LENGTH } from './password.ts';
import { loadPrincipal, type LoadedPrincipal } from './principal.ts';
import { findLoginRecord, recordFailedLogin, recordSuccessfulLogin } from './staff-repository.ts';

/** Lockout policy of {@link authenticate}. */
export interface LockoutPolicy {
  /** Failed attempts in a row that lock the account; default 5. */
  maxAttempts: number;
  /** How long a lock lasts, in ms; default 15 minutes. */
  lockMs: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { maxAttempts: 5, lockMs: 15 * 60_000 };

/** The form emails are stored and looked up in. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function lockedError(until: Date, now: Date): AppError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new AppError('ACCOUNT_LOCKED', { wait: minutes === 1 ? '1 minute' : `${minutes} minutes` });
}

/**
 * Checks a staff member's email and password.
 *
 * - Unknown, disabled and passwordless (invitation pending) accounts fail
 *   exactly like a wrong password (LOGIN_FAILED), after an argon2 verify of
 *   the same cost, so neither the answer nor its timing tells which
 *   accounts exist.
 * - `maxAttempts` wrong passwords in a row lock the account for `lockMs`
 *   (ACCOUNT_LOCKED, also for the right password) until `lockedUntil`; the
 *   attempt that locks it already answers ACCOUNT_LOCKED. A success resets
 *   the count.
 * - A hash made with older parameters is replaced on success.
 *
 * @param now the clock (tests pass their own).
 * @throws AppError LOGIN_FAILED | ACCOUNT_LOCKED | DATABASE_UNAVAILABLE
 */
export async function authenticate(
  db: Db,
  email: string,
  password: string,
  now: Date,
  policy: LockoutPolicy = DEFAULT_LOCKOUT,
): Promise<LoadedPrincipal> {
  if (password.length > PASSWORD_MAX_LENGTH) throw new AppError('LOGIN_FAILED');
  const account = await findLoginRecord(db, normalizeEmail(email));
  if (!account || account.disabled || !account.passwordHash) {
    await dummyVerify(password);
    throw new AppError('LOGIN_FAILED');
  }
  if (account.lockedUntil && account.lockedUntil > now) throw lockedError(account.lockedUntil, now);

  if (!(await verifyPassword(account.passwordHash, password))) {
    const until = new Date(now.getTime() + policy.lockMs);
    if (await recordFailedLogin(db, account.id, policy.maxAttempts, until)) throw lockedError(until, now);
    throw new AppError('LOGIN_FAILED');
  }

  const rehashed = passwordNeedsRehash(account.passwordHash) ? await hashPassword(password) : undefined;
  await recordSuccessfulLogin(db, account.id, now, rehashed);
  const loaded = await loadPrincipal(db, account.id);
  // Disabled between the two reads: fail like any refused sign-in.
  if (!loaded) throw new AppError('LOGIN_FAILED');
  return loaded;
}
