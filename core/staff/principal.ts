import type { DbClient } from '../platform/db.ts';
import { findStaffRecord, type StaffRecord } from './staff-repository.ts';
import { sha256Hex } from './tokens.ts';

/** A staff member's role in one organization (prisma/schema.prisma `MembershipRole`). */
export type MembershipRole = 'editor' | 'outreach_worker' | 'analyst' | 'admin' | 'translator';

/** Every role, in the schema's order. */
export const MEMBERSHIP_ROLES: readonly MembershipRole[] = ['editor', 'outreach_worker', 'analyst', 'admin', 'translator'];

/** Languages of the staff web app (StaffUser.uiLanguage). */
export const UI_LANGUAGES = ['en', 'nl'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Kinds of organization (prisma/schema.prisma `OrganizationKind`). */
export type OrganizationKind = 'national' | 'region' | 'municipality' | 'employer' | 'housing_provider' | 'local_org';

/** One role of a staff member in one organization. */
export interface StaffMembership {
  organizationId: string;
  /** The organization's slug, e.g. `demostad`. */
  slug: string;
  kind: OrganizationKind;
  /** The organization's region (a municipality) or home municipality (an employer, housing provider); null for none. */
  parentId: string | null;
  role: MembershipRole;
}

/**
 * Who a signed-in staff member is: what the admin API attaches to a request
 * (`request.staff`) and what `/api/auth/me` returns. Holds no secrets.
 */
export interface StaffPrincipal {
  userId: string;
  name: string;
  email: string;
  /** Languages the person reads and writes (core/languages codes). */
  languages: string[];
  /** The staff web app's language; always set by {@link loadPrincipal} (optional so hand-built principals in tests stay short). */
  uiLanguage?: UiLanguage;
  memberships: StaffMembership[];
}

/**
 * A short fingerprint of the user's password hash, kept in each session: a
 * session made before the password changed no longer matches, so a password
 * change ends every other session even when Redis was not told.
 */
export function credentialStamp(passwordHash: string | null): string {
  return sha256Hex(passwordHash ?? '').slice(0, 32);
}

/** The language the person chose for the staff app; before any choice, the first language they speak that the app has (else English). */
function uiLanguageOf(record: Pick<StaffRecord, 'uiLanguage' | 'languages'>): UiLanguage {
  const chosen = record.uiLanguage ?? record.languages.find((l) => l === 'nl' || l === 'en');
  return chosen === 'nl' ? 'nl' : 'en';
}

export function toPrincipal(record: StaffRecord): StaffPrincipal {
  return {
    userId: record.id,
    name: record.name,
    email: record.email,
    languages: [...record.languages],
    uiLanguage: uiLanguageOf(record),
    memberships: record.memberships.map((m) => ({
      organizationId: m.organizationId,
      slug: m.organization.slug,
      kind: m.organization.kind,
      parentId: m.organization.parentId,
      role: m.role,
    })),
  };
}

/** A principal together with its credential stamp (see {@link credentialStamp}). */
export interface LoadedPrincipal {
  principal: StaffPrincipal;
  credential: string;
}

/** The user's principal, or undefined when the user does not exist, is disabled or has no password. */
export async function loadPrincipal(db: DbClient, userId: string): Promise<LoadedPrincipal | undefined> {
  const record = await findStaffRecord(db, userId);
  if (!record || record.disabled || !record.passwordHash) return undefined;
  return { principal: toPrincipal(record), credential: credentialStamp(record.passwordHash) };
}

/**
 * True when the principal holds one of `roles`, in `organizationId` when
 * given (in any organization otherwise). An empty `roles` list means any role.
 */
export function hasRole(principal: StaffPrincipal, roles: MembershipRole | readonly MembershipRole[], organizationId?: string): boolean {
  const wanted: readonly MembershipRole[] = typeof roles === 'string' ? [roles] : roles;
  return principal.memberships.some((m) =>
    (wanted.length === 0 || wanted.includes(m.role)) && (organizationId === undefined || m.organizationId === organizationId));
}
