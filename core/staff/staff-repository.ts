import { asDatabaseError, type Db, type DbClient } from '../platform/db.ts';
import type { MembershipRole, OrganizationKind } from './principal.ts';

/**
 * Staff users and memberships in PostgreSQL: the only file of this module
 * that talks to Prisma. Emails are stored and looked up in lower case.
 */

/** What a sign-in attempt needs to know about an account. */
export interface LoginRecord {
  id: string;
  passwordHash: string | null;
  disabled: boolean;
}

/** A user with its memberships, as a session check loads it on every request. */
export interface StaffRecord {
  id: string;
  email: string;
  name: string;
  languages: string[];
  uiLanguage: string | null;
  passwordHash: string | null;
  disabled: boolean;
  memberships: Array<{ organizationId: string; role: MembershipRole; organization: { slug: string; kind: OrganizationKind; parentId: string | null } }>;
}

/** The fields of a staff user a create or update writes. */
export interface StaffUserData {
  email: string;
  name: string;
  languages: string[];
  passwordHash?: string;
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw asDatabaseError(err);
  }
}

export async function findLoginRecord(db: DbClient, email: string): Promise<LoginRecord | null> {
  return guarded(() => db.staffUser.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, disabled: true },
  }));
}

/** Clears the failure count and lock, stamps the sign-in, and stores a rehashed password when given. */
export async function recordSuccessfulLogin(db: DbClient, id: string, at: Date, passwordHash?: string): Promise<void> {
  await guarded(() => db.staffUser.update({
    where: { id },
    data: { failedLogins: 0, lockedUntil: null, lastLoginAt: at, ...(passwordHash ? { passwordHash } : {}) },
  }));
}

export async function findStaffRecord(db: DbClient, id: string): Promise<StaffRecord | null> {
  return guarded(() => db.staffUser.findUnique({
    where: { id },
    select: {
      id: true, email: true, name: true, languages: true, uiLanguage: true, passwordHash: true, disabled: true,
      memberships: {
        select: { organizationId: true, role: true, organization: { select: { slug: true, kind: true, parentId: true } } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      },
    },
  }));
}

/** Organization ids by slug; slugs that do not exist are missing from the map. */
export async function organizationIdsBySlug(db: DbClient, slugs: readonly string[]): Promise<Map<string, string>> {
  const rows = await guarded(() => db.organization.findMany({ where: { slug: { in: [...slugs] } }, select: { id: true, slug: true } }));
  return new Map(rows.map((r) => [r.slug, r.id]));
}

/**
 * Creates the user, or updates the one with this email (name, languages and,
 * when given, the password, which also clears a lock).
 * @returns the user id and whether it was created.
 */
export async function upsertStaffUser(db: DbClient, data: StaffUserData): Promise<{ id: string; created: boolean }> {
  return guarded(async () => {
    const existing = await db.staffUser.findUnique({ where: { email: data.email }, select: { id: true } });
    const passwordFields = data.passwordHash ? { passwordHash: data.passwordHash, failedLogins: 0, lockedUntil: null } : {};
    if (existing) {
      await db.staffUser.update({ where: { id: existing.id }, data: { name: data.name, languages: data.languages, ...passwordFields } });
      return { id: existing.id, created: false };
    }
    const { id } = await db.staffUser.create({ data: { email: data.email, name: data.name, languages: data.languages, ...passwordFields }, select: { id: true } });
    return { id, created: true };
  });
}

/** Adds the memberships the user does not hold yet; leaves the others alone. */
export async function addMemberships(
  db: DbClient,
  userId: string,
  memberships: ReadonlyArray<{ organizationId: string; role: MembershipRole }>,
): Promise<void> {
  await guarded(() => db.membership.createMany({
    data: memberships.map((m) => ({ userId, organizationId: m.organizationId, role: m.role })),
    skipDuplicates: true,
  }));
}

/** Stores a new password hash and clears any lock. @returns false when there is no such user. */
export async function setPasswordHash(db: DbClient, id: string, passwordHash: string): Promise<boolean> {
  const { count } = await guarded(() => db.staffUser.updateMany({ where: { id }, data: { passwordHash, failedLogins: 0, lockedUntil: null } }));
  return count === 1;
}

/** @returns false when there is no such user. */
export async function setDisabled(db: DbClient, id: string, disabled: boolean): Promise<boolean> {
  const { count } = await guarded(() => db.staffUser.updateMany({ where: { id }, data: { disabled } }));
  return count === 1;
}

/** Runs `work` in one transaction. */
export async function inTransaction<T>(db: Db, work: (tx: DbClient) => Promise<T>): Promise<T> {
  return db.$transaction((tx) => work(tx));
}
