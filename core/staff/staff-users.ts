import { isLanguage } from '../languages/index.ts';
import type { Db } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import { normalizeEmail } from './authenticate.ts';
import { hashPassword, passwordProblem } from './password.ts';
import { MEMBERSHIP_ROLES, type MembershipRole } from './principal.ts';
import type { StaffSessionStore } from './session-store.ts';
import { addMemberships, inTransaction, organizationIdsBySlug, setDisabled, setPasswordHash, upsertStaffUser } from './staff-repository.ts';

/** A staff account as {@link createStaffUser} takes it. */
export interface NewStaffUser {
  email: string;
  name: string;
  /** Omit to leave an existing password alone (or to create an invitation without one). */
  password?: string;
  /** Languages the person reads and writes (core/languages codes). */
  languages?: string[];
  /** Roles by organization slug. */
  memberships: ReadonlyArray<{ organization: string; role: MembershipRole }>;
}

/** Only what revoking needs, so commands can be tested without Redis. */
export type SessionRevoker = Pick<StaffSessionStore, 'revokeAll'>;

/** A plausible email address (the invitation link is passed on by hand, so no delivery check). */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const checkPassword = passwordProblem;

function validate(input: NewStaffUser): string[] {
  const problems: string[] = [];
  const email = normalizeEmail(input.email);
  if (email.length > 254 || !EMAIL_PATTERN.test(email)) problems.push(`email: "${input.email}" is not an email address`);
  if (input.name.trim() === '' || input.name.length > 200) problems.push('name: 1 to 200 characters');
  if (input.password !== undefined) {
    const problem = checkPassword(input.password);
    if (problem) problems.push(problem);
  }
  for (const lang of input.languages ?? []) if (!isLanguage(lang)) problems.push(`languages: "${lang}" is not supported`);
  for (const { role } of input.memberships) if (!MEMBERSHIP_ROLES.includes(role)) problems.push(`memberships: unknown role "${role}"`);
  return problems;
}

/**
 * Creates a staff account with its memberships, or, when an account with
 * this email exists, brings it up to date: name and languages follow the
 * input, a given password replaces the old one (and clears a lock), missing
 * memberships are added and others are kept. Safe to run again (the seed
 * does on every setup).
 *
 * A changed password makes the user's other sessions invalid at their next
 * request (their credential stamp no longer matches); call
 * `StaffSessionStore.revokeAll` to end them at once.
 *
 * @throws AppError VALIDATION_FAILED | ORGANIZATION_NOT_FOUND
 */
export async function createStaffUser(db: Db, input: NewStaffUser): Promise<{ userId: string; created: boolean }> {
  const problems = validate(input);
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { details: problems.join('; ') });
  const slugs = [...new Set(input.memberships.map((m) => m.organization))];
  const ids = await organizationIdsBySlug(db, slugs);
  const missing = slugs.find((slug) => !ids.has(slug));
  if (missing) throw new AppError('ORGANIZATION_NOT_FOUND', { slug: missing });
  const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password);

  return inTransaction(db, async (tx) => {
    const { id, created } = await upsertStaffUser(tx, {
      email: normalizeEmail(input.email),
      name: input.name.trim(),
      languages: [...new Set(input.languages ?? [])],
      passwordHash,
    });
    await addMemberships(tx, id, input.memberships.map((m) => ({ organizationId: ids.get(m.organization) as string, role: m.role })));
    return { userId: id, created };
  });
}

/**
 * Sets a new password, clears a lock and ends every session of the user.
 * @throws AppError VALIDATION_FAILED | NOT_FOUND
 */
export async function changeStaffPassword(db: Db, sessions: SessionRevoker, userId: string, password: string): Promise<void> {
  const problem = checkPassword(password);
  if (problem) throw new AppError('VALIDATION_FAILED', { details: problem });
  if (!(await setPasswordHash(db, userId, await hashPassword(password)))) throw new AppError('NOT_FOUND', { what: 'Staff user' });
  await sessions.revokeAll(userId);
}

/**
 * Disables (or enables again) an account; disabling ends every session of
 * the user. A disabled account cannot sign in.
 * @throws AppError NOT_FOUND
 */
export async function setStaffUserDisabled(db: Db, sessions: SessionRevoker, userId: string, disabled: boolean): Promise<void> {
  if (!(await setDisabled(db, userId, disabled))) throw new AppError('NOT_FOUND', { what: 'Staff user' });
  if (disabled) await sessions.revokeAll(userId);
}
