import { asDatabaseError, type DbClient } from '../platform/db.ts';
import type { MembershipRole } from './principal.ts';

/** The staff of one organization as its administrators manage them (`staff_users` and `memberships`). */

/** A staff member of an organization, as the administrators' list shows it. */
export interface StaffMember {
  id: string;
  name: string;
  email: string;
  languages: string[];
  /** The roles in this organization. */
  roles: MembershipRole[];
  /** `invited`: no password set yet; `disabled`: cannot sign in. */
  status: 'active' | 'invited' | 'disabled';
  lastLoginAt: Date | null;
  createdAt: Date;
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw asDatabaseError(err);
  }
}

const memberSelect = (organizationId: string) => ({
  id: true, name: true, email: true, languages: true, disabled: true, passwordHash: true, lastLoginAt: true, createdAt: true,
  memberships: { where: { organizationId }, select: { role: true }, orderBy: { role: 'asc' as const } },
});

type MemberRow = {
  id: string; name: string; email: string; languages: string[]; disabled: boolean; passwordHash: string | null;
  lastLoginAt: Date | null; createdAt: Date; memberships: Array<{ role: MembershipRole }>;
};

function toMember(row: MemberRow): StaffMember {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    languages: row.languages,
    roles: row.memberships.map((m) => m.role),
    status: row.disabled ? 'disabled' : row.passwordHash ? 'active' : 'invited',
    lastLoginAt: row.lastLoginAt,
    createdAt: row.createdAt,
  };
}

/** Everyone with a role in the organization, by name. */
export async function listMembers(db: DbClient, organizationId: string): Promise<StaffMember[]> {
  const rows = await guarded(() => db.staffUser.findMany({
    where: { memberships: { some: { organizationId } } },
    select: memberSelect(organizationId),
    orderBy: [{ name: 'asc' }, { email: 'asc' }],
  }));
  return rows.map(toMember);
}

/** The user as a member of the organization, or null when the user has no role there. */
export async function findMember(db: DbClient, organizationId: string, userId: string): Promise<StaffMember | null> {
  const row = await guarded(() => db.staffUser.findFirst({
    where: { id: userId, memberships: { some: { organizationId } } },
    select: memberSelect(organizationId),
  }));
  return row ? toMember(row) : null;
}

/** The account with this (normalized) email: whether it has a password and the organizations it belongs to. */
export async function findAccountByEmail(db: DbClient, email: string): Promise<{ id: string; hasPassword: boolean; organizationIds: string[] } | null> {
  const row = await guarded(() => db.staffUser.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, memberships: { select: { organizationId: true } } },
  }));
  return row ? { id: row.id, hasPassword: row.passwordHash !== null, organizationIds: row.memberships.map((m) => m.organizationId) } : null;
}

/** Creates an account without a password (an invitation pending). */
export async function insertInvitee(db: DbClient, data: { email: string; name: string; languages: string[] }): Promise<string> {
  const { id } = await guarded(() => db.staffUser.create({ data, select: { id: true } }));
  return id;
}

export async function updateInvitee(db: DbClient, id: string, data: { name: string; languages: string[] }): Promise<void> {
  await guarded(() => db.staffUser.update({ where: { id }, data }));
}

/** Makes the user's roles in the organization exactly `roles`. */
export async function replaceRoles(db: DbClient, userId: string, organizationId: string, roles: readonly MembershipRole[]): Promise<void> {
  await guarded(async () => {
    await db.membership.deleteMany({ where: { userId, organizationId, role: { notIn: [...roles] } } });
    await db.membership.createMany({ data: roles.map((role) => ({ userId, organizationId, role })), skipDuplicates: true });
  });
}

/** Administrators of the organization who can act (not disabled, password set), except `exceptUserId`. */
export async function countOtherActiveAdmins(db: DbClient, organizationId: string, exceptUserId: string): Promise<number> {
  return guarded(() => db.membership.count({
    where: { organizationId, role: 'admin', userId: { not: exceptUserId }, user: { disabled: false, passwordHash: { not: null } } },
  }));
}

export async function setUiLanguage(db: DbClient, userId: string, uiLanguage: string): Promise<void> {
  await guarded(() => db.staffUser.update({ where: { id: userId }, data: { uiLanguage } }));
}
