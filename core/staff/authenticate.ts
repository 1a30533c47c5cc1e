import { setTimeout as sleepFor } from 'node:timers/promises';
import { AppError } from '../platform/errors.ts';
import type { Db } from '../platform/db.ts';
import type { LoginThrottle } from './login-throttle.ts';
import { dummyVerify, hashPassword, passwordNeedsRehash, verifyPassword, PASSWORD_MAX_LENGTH } from './password.ts';
import { loadPrincipal, type LoadedPrincipal } from './principal.ts';
import { findLoginRecord, recordSuccessfulLogin } from './staff-repository.ts';

/** The form emails are stored and looked up in. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function lockedError(until: Date, now: Date): AppError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new AppError('ACCOUNT_LOCKED', { wait: minutes === 1 ? '1 minute' : `${minutes} minutes` });
}

/** Where a sign-in attempt comes from, and the bookkeeping of failed ones. */
export interface SignInGuard {
  throttle: LoginThrottle;
  /** The client's address (the lock is per account and address). */
  address: string;
  /** How a slowed attempt waits; default a timer (tests pass their own). */
  sleep?: (ms: number) => Promise<unknown>;
}

/**
 * Checks a staff member's email and password.
 *
 * - Unknown, disabled and passwordless (invitation pending) accounts fail
 *   exactly like a wrong password (LOGIN_FAILED), after an argon2 verify of
 *   the same cost, and count as failures like it, so neither the answer,
 *   its timing nor a lock tells which accounts exist.
 * - With a `guard` (the HTTP sign-in always has one): `maxAttempts` wrong
 *   passwords in a row from one address lock that address out of the
 *   account for `lockMs` (ACCOUNT_LOCKED, also for the right password; the
 *   attempt that locks already answers it). Other addresses are not locked:
 *   the staff member signs in from their own while an attacker's is locked.
 *   Many failures for the account from anywhere make every attempt for it
 *   wait first (see LoginThrottle). A success clears the address's count.
 * - A hash made with older parameters is replaced on success.
 *
 * @param now the clock (tests pass their own).
 * @throws AppError LOGIN_FAILED | ACCOUNT_LOCKED | DATABASE_UNAVAILABLE | SERVICE_UNAVAILABLE
 */
export async function authenticate(
  db: Db,
  email: string,
  password: string,
  now: Date,
  guard?: SignInGuard,
): Promise<LoadedPrincipal> {
  const normalized = normalizeEmail(email);
  if (guard) {
    const { lockedUntil, delayMs } = await guard.throttle.check(normalized, guard.address, now);
    if (lockedUntil) throw lockedError(lockedUntil, now);
    if (delayMs > 0) await (guard.sleep ?? sleepFor)(delayMs);
  }
  const failed = async (): Promise<never> => {
    const lockedUntil = guard ? await guard.throttle.recordFailure(normalized, guard.address, now) : undefined;
    throw lockedUntil ? lockedError(lockedUntil, now) : new AppError('LOGIN_FAILED');
  };

  if (password.length > PASSWORD_MAX_LENGTH) return failed();
  const account = await findLoginRecord(db, normalized);
  if (!account || account.disabled || !account.passwordHash) {
    await dummyVerify(password);
    return failed();
  }
  if (!(await verifyPassword(account.passwordHash, password))) return failed();

  const rehashed = passwordNeedsRehash(account.passwordHash) ? await hashPassword(password) : undefined;
  await recordSuccessfulLogin(db, account.id, now, rehashed);
  const loaded = await loadPrincipal(db, account.id);
  // Disabled between the two reads: fail like any refused sign-in.
  if (!loaded) return failed();
  await guard?.throttle.recordSuccess(normalized, guard.address);
  return loaded;
}
