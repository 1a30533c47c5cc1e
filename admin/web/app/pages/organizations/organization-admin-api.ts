import { useApiGet } from '../../shell/use-api.ts';
import type { Session } from '../../shell/session.tsx';

/**
 * The staff-management, organization, settings and audit API as the pages of
 * admin/web/app/pages/{staff,organizations,settings,audit} call it (shapes:
 * admin/api/staff, organizations, settings, audit).
 */

export type Role = 'editor' | 'outreach_worker' | 'analyst' | 'admin' | 'translator';
export const ROLES: readonly Role[] = ['editor', 'outreach_worker', 'analyst', 'admin'];

export interface StaffMember {
  id: string;
  name: string;
  email: string;
  languages: string[];
  roles: Role[];
  status: 'active' | 'invited' | 'disabled';
  lastLoginAt: string | null;
  createdAt: string;
}

export interface OneTimeLink {
  path: string;
  url: string;
  expiresAt: string;
}

export interface Organization {
  id: string;
  slug: string;
  name: string;
  kind: string;
  parentSlug: string | null;
  activeIn: string[];
  enabledLanguages: string[];
}

export interface OfficeHours {
  timezone: string;
  weekly: Partial<Record<Weekday, Array<[string, string]>>>;
}

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface ReferralAgency {
  name: string;
  description?: string;
  phone?: string;
  email?: string;
  url?: string;
}

export interface OrganizationSettings {
  slug: string;
  kind: string;
  name: string;
  branding: { colour?: string; logoUrl?: string };
  enabledLanguages: string[];
  officeHours: OfficeHours | null;
  glossary: string[];
  settings: {
    privacyStatementUrl?: string;
    safetyCard: Array<{ name: string; phone?: string; url?: string; kinds?: string[] }>;
    referralAgencies: ReferralAgency[];
    retention: { conversationMonths: number; failedJobDays: number; auditLogMonths: number };
    embedOrigins: string[];
  };
  updatedAt: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data: Record<string, unknown>;
}

const org = (slug: string) => `/api/organizations/${encodeURIComponent(slug)}`;

export const adminPaths = {
  organizations: '/api/organizations',
  activations: (slug: string) => `${org(slug)}/activations`,
  staff: (slug: string) => `${org(slug)}/staff`,
  invitations: (slug: string) => `${org(slug)}/staff/invitations`,
  member: (slug: string, userId: string, action: 'roles' | 'disable' | 'enable' | 'password-reset') =>
    `${org(slug)}/staff/${encodeURIComponent(userId)}/${action}`,
  settings: (slug: string) => `${org(slug)}/settings`,
  deployment: '/api/settings/deployment',
  audit: (slug: string, query: string) => `${org(slug)}/audit${query ? `?${query}` : ''}`,
  auditCsv: (slug: string, query: string) => `${org(slug)}/audit.csv${query ? `?${query}` : ''}`,
};

/** Pages of the app (paths without `/app`). */
export const adminPages = {
  staff: (slug: string) => `/organization/staff/${encodeURIComponent(slug)}`,
  settings: (slug: string) => `/organization/settings/${encodeURIComponent(slug)}`,
  audit: (slug: string) => `/organization/audit/${encodeURIComponent(slug)}`,
};

/** A national administrator (a UI hint; the API decides). */
export function isNationalAdmin(session: Pick<Session, 'staff'>): boolean {
  return session.staff.memberships.some((m) => m.kind === 'national' && m.role === 'admin');
}

/**
 * The organizations a page for administrators can offer: those the staff
 * member administers, and for a national administrator (when `allForNational`)
 * every organization. Slugs with names when known.
 */
export function useAdministeredOrganizations(session: Pick<Session, 'staff'>, allForNational: boolean): Array<{ slug: string; name: string }> {
  const national = allForNational && isNationalAdmin(session);
  const all = useApiGet<{ items: Organization[] }>(adminPaths.organizations);
  const names = new Map((all.data?.items ?? []).map((o) => [o.slug, o.name]));
  const own = [...new Set(session.staff.memberships.filter((m) => m.role === 'admin').map((m) => m.slug))];
  const slugs = national && all.data ? all.data.items.map((o) => o.slug) : own;
  return slugs.map((slug) => ({ slug, name: names.get(slug) ?? slug }));
}
