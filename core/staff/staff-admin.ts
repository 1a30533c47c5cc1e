import { writeAuditLog } from '../content/audit-log.ts';
import { isLanguage } from '../languages/index.ts';
import type { Db, DbClient } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import { normalizeEmail } from './authenticate.ts';
import { MEMBERSHIP_ROLES, UI_LANGUAGES, type MembershipRole, type UiLanguage } from './principal.ts';
import {
  countOtherActiveAdmins,
  findAccountByEmail,
  findMember,
  insertInvitee,
  listMembers,
  replaceRoles,
  setUiLanguage,
  updateInvitee,
  type StaffMember,
} from './staff-admin-repository.ts';
import { inTransaction, setDisabled } from './staff-repository.ts';
import { retireStaffTokens } from './staff-token-repository.ts';
import { issueStaffToken, type IssuedStaffToken } from './staff-tokens.ts';
import { EMAIL_PATTERN, type SessionRevoker } from './staff-users.ts';

/**
 * What an organization's administrators do with its staff: invite (a
 * one-time link, see staff-tokens.ts), change roles, disable and enable
 * accounts, issue password-reset links. Access is the caller's check
 * (core/access mayManageStaff); these commands keep the organization
 * workable: it never loses its last active administrator, and nobody
 * disables their own account. Every change leaves an audit row in the
 * organization (actor `user:<id>`).
 *
 * An account is one person across organizations: disabling it (an account
 * flag) stops it everywhere, which is what a departure means.
 */

export type { StaffMember } from './staff-admin-repository.ts';

/** The organization a command acts in. */
export interface StaffOrganization {
  id: string;
  slug: string;
}

/** Who acts, and when (tests pass their own clock). */
export interface StaffActor {
  userId: string;
  now: Date;
}

/** An invitation as an administrator fills it in. */
export interface StaffInvitation {
  name: string;
  email: string;
  roles: MembershipRole[];
  /** Languages the person reads and writes (core/languages codes). */
  languages: string[];
}

function checkRoles(roles: readonly string[], problems: string[]): MembershipRole[] {
  const unique = [...new Set(roles)];
  if (unique.length === 0) problems.push('roles: at least one role');
  for (const role of unique) if (!MEMBERSHIP_ROLES.includes(role as MembershipRole)) problems.push(`roles: unknown role "${role}"`);
  return unique as MembershipRole[];
}

function fail(problems: string[]): void {
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { details: problems.join('; ') });
}

async function audit(db: DbClient, actor: StaffActor, org: StaffOrganization, action: string, userId: string, data: Record<string, unknown>): Promise<void> {
  await writeAuditLog(db, { actor: `user:${actor.userId}`, organizationId: org.id, action, entityType: 'staff_user', entityId: userId, data });
}

async function memberOrThrow(db: DbClient, org: StaffOrganization, userId: string): Promise<StaffMember> {
  const member = await findMember(db, org.id, userId);
  if (!member) throw new AppError('NOT_FOUND', { what: 'Staff member' });
  return member;
}

/** Refuses a change that would leave the organization without an active administrator. */
async function keepAnAdmin(db: DbClient, org: StaffOrganization, member: StaffMember, stillAdmin: boolean): Promise<void> {
  if (stillAdmin || !member.roles.includes('admin') || member.status !== 'active') return;
  if ((await countOtherActiveAdmins(db, org.id, member.id)) === 0) {
    throw new AppError('STAFF_CHANGE_REFUSED', { reason: `${member.name} is the last active administrator of ${org.slug}` });
  }
}

/** Everyone with a role in the organization. */
export async function listStaff(db: DbClient, org: StaffOrganization): Promise<StaffMember[]> {
  return listMembers(db, org.id);
}

/**
 * Invites a person: an account without a password, the roles in this
 * organization, and a 72-hour invitation link (the token in clear, shown
 * once). Inviting again a person whose invitation to this organization is
 * still pending updates it and replaces the earlier link.
 * @throws AppError VALIDATION_FAILED | STAFF_EMAIL_TAKEN (any other existing account)
 */
export async function inviteStaff(
  db: Db,
  actor: StaffActor,
  org: StaffOrganization,
  input: StaffInvitation,
): Promise<{ member: StaffMember; link: IssuedStaffToken }> {
  const problems: string[] = [];
  const email = normalizeEmail(input.email);
  const name = input.name.trim();
  if (email.length > 254 || !EMAIL_PATTERN.test(email)) problems.push(`email: "${input.email}" is not an email address`);
  if (name === '' || name.length > 200) problems.push('name: 1 to 200 characters');
  const roles = checkRoles(input.roles, problems);
  for (const lang of input.languages) if (!isLanguage(lang)) problems.push(`languages: "${lang}" is not supported`);
  fail(problems);
  const languages = [...new Set(input.languages)];

  return inTransaction(db, async (tx) => {
    const existing = await findAccountByEmail(tx, email);
    if (existing && (existing.hasPassword || !existing.organizationIds.includes(org.id))) throw new AppError('STAFF_EMAIL_TAKEN', { email });
    let userId: string;
    if (existing) {
      userId = existing.id;
      await updateInvitee(tx, userId, { name, languages });
    } else {
      userId = await insertInvitee(tx, { email, name, languages });
    }
    await replaceRoles(tx, userId, org.id, roles);
    const link = await issueStaffToken(tx, { userId, kind: 'invitation', createdById: actor.userId, now: actor.now });
    await audit(tx, actor, org, 'staff.invited', userId, { email, roles, languages, expiresAt: link.expiresAt.toISOString(), again: Boolean(existing) });
    return { member: await memberOrThrow(tx, org, userId), link };
  });
}

/**
 * Makes the member's roles in this organization exactly `roles` (others' are untouched).
 * @throws AppError VALIDATION_FAILED | NOT_FOUND | STAFF_CHANGE_REFUSED (the last active administrator)
 */
export async function setStaffRoles(db: Db, actor: StaffActor, org: StaffOrganization, userId: string, roles: string[]): Promise<StaffMember> {
  const problems: string[] = [];
  const wanted = checkRoles(roles, problems);
  fail(problems);
  return inTransaction(db, async (tx) => {
    const member = await memberOrThrow(tx, org, userId);
    await keepAnAdmin(tx, org, member, wanted.includes('admin'));
    const before = [...member.roles].sort();
    const after = [...wanted].sort();
    if (before.join() === after.join()) return member;
    await replaceRoles(tx, userId, org.id, wanted);
    await audit(tx, actor, org, 'staff.roles_changed', userId, { email: member.email, before, after });
    return memberOrThrow(tx, org, userId);
  });
}

/**
 * Disables (or enables again) a member's account. Disabling ends every
 * session of the account at once and every link it has not used; a
 * disabled account cannot sign in.
 * @throws AppError NOT_FOUND | STAFF_CHANGE_REFUSED (yourself, or the last active administrator)
 */
export async function setStaffDisabled(
  db: Db,
  sessions: SessionRevoker,
  actor: StaffActor,
  org: StaffOrganization,
  userId: string,
  disabled: boolean,
): Promise<StaffMember> {
  if (disabled && userId === actor.userId) throw new AppError('STAFF_CHANGE_REFUSED', { reason: 'you cannot disable your own account' });
  const member = await inTransaction(db, async (tx) => {
    const current = await memberOrThrow(tx, org, userId);
    if ((current.status === 'disabled') === disabled) return current;
    if (disabled) {
      await keepAnAdmin(tx, org, current, false);
      await retireStaffTokens(tx, userId, actor.now);
    }
    await setDisabled(tx, userId, disabled);
    await audit(tx, actor, org, disabled ? 'staff.disabled' : 'staff.enabled', userId, { email: current.email });
    return memberOrThrow(tx, org, userId);
  });
  if (disabled) await sessions.revokeAll(userId);
  return member;
}

/**
 * A password-reset link for the member (24 hours; earlier reset links stop
 * working). The old password keeps working until the link is used.
 * @throws AppError NOT_FOUND | STAFF_CHANGE_REFUSED (disabled, or the invitation is not accepted yet)
 */
export async function issuePasswordReset(db: Db, actor: StaffActor, org: StaffOrganization, userId: string): Promise<IssuedStaffToken> {
  return inTransaction(db, async (tx) => {
    const member = await memberOrThrow(tx, org, userId);
    if (member.status === 'disabled') throw new AppError('STAFF_CHANGE_REFUSED', { reason: 'the account is disabled; enable it first' });
    if (member.status === 'invited') throw new AppError('STAFF_CHANGE_REFUSED', { reason: 'the invitation has not been accepted yet; invite again instead' });
    const link = await issueStaffToken(tx, { userId, kind: 'password_reset', createdById: actor.userId, now: actor.now });
    await audit(tx, actor, org, 'staff.password_reset_issued', userId, { email: member.email, expiresAt: link.expiresAt.toISOString() });
    return link;
  });
}

/**
 * Sets the language of the staff web app for the user. Leaves an audit row
 * without an organization (a personal preference).
 * @throws AppError VALIDATION_FAILED
 */
export async function setStaffUiLanguage(db: Db, userId: string, uiLanguage: string): Promise<UiLanguage> {
  if (!(UI_LANGUAGES as readonly string[]).includes(uiLanguage)) {
    throw new AppError('VALIDATION_FAILED', { details: `uiLanguage: one of ${UI_LANGUAGES.join(', ')}` });
  }
  await inTransaction(db, async (tx) => {
    await setUiLanguage(tx, userId, uiLanguage);
    await writeAuditLog(tx, {
      actor: `user:${userId}`, action: 'staff.preferences_changed', entityType: 'staff_user', entityId: userId, data: { uiLanguage },
    });
  });
  return uiLanguage as UiLanguage;
}
