import { describe, expect, it } from 'vitest';
import type { MembershipRole, OrganizationKind, StaffPrincipal } from '../staff/index.ts';
import { mayReadReportsOf, reportScope, type LayerRef } from './policies.ts';

/** The layers of the tests: a region with two municipalities, the national organization, an employer active in one. */
const ORGS: Record<string, LayerRef & { slug: string }> = {
  nl: { id: 'nl', slug: 'nl', kind: 'national', parentId: null },
  holland: { id: 'holland', slug: 'holland', kind: 'region', parentId: null },
  demostad: { id: 'demostad', slug: 'demostad', kind: 'municipality', parentId: 'holland' },
  otherstad: { id: 'otherstad', slug: 'otherstad', kind: 'municipality', parentId: 'holland' },
  lonestad: { id: 'lonestad', slug: 'lonestad', kind: 'municipality', parentId: null },
  agrifarm: { id: 'agrifarm', slug: 'agrifarm', kind: 'employer', parentId: 'demostad', activeIn: ['demostad'] },
  flexwonen: { id: 'flexwonen', slug: 'flexwonen', kind: 'housing_provider', parentId: 'demostad', activeIn: ['demostad'] },
};

function principal(org: string, role: MembershipRole): StaffPrincipal {
  const o = ORGS[org];
  return {
    userId: `${role}@${org}`, name: role, email: `${role}@${org}.test`, languages: ['en'],
    memberships: [{ organizationId: o.id, slug: o.slug, kind: o.kind as OrganizationKind, parentId: o.parentId, role }],
  };
}

const ROLES: MembershipRole[] = ['editor', 'outreach_worker', 'analyst', 'admin', 'translator'];
/** reportScope of each role (in ROLES order) on a target: f full, l layer_only, - none. */
const scopes = (caller: string, target: string) => ROLES.map((role) => ({ full: 'f', layer_only: 'l', none: '-' })[reportScope(principal(caller, role), ORGS[target])]).join('');

describe('reportScope', () => {
  it('a municipality: its analysts, administrators and editors, and its region\'s; nobody else', () => {
    expect(scopes('demostad', 'demostad')).toBe('f-ff-');
    expect(scopes('holland', 'demostad')).toBe('f-ff-');
    expect(scopes('otherstad', 'demostad')).toBe('-----');
    expect(scopes('nl', 'demostad')).toBe('-----');
    expect(scopes('agrifarm', 'demostad')).toBe('-----');
    expect(scopes('holland', 'lonestad')).toBe('-----');
  });

  it('a region and the national organization: their own analysts, administrators and editors', () => {
    expect(scopes('holland', 'holland')).toBe('f-ff-');
    expect(scopes('demostad', 'holland')).toBe('-----');
    expect(scopes('nl', 'nl')).toBe('f-ff-');
    expect(scopes('holland', 'nl')).toBe('-----');
    expect(scopes('demostad', 'nl')).toBe('-----');
  });

  it('an employer or housing provider: its own staff, the layer view only; not the municipality where it is active', () => {
    expect(scopes('agrifarm', 'agrifarm')).toBe('l-ll-');
    expect(scopes('flexwonen', 'flexwonen')).toBe('l-ll-');
    expect(scopes('demostad', 'agrifarm')).toBe('-----');
    expect(scopes('flexwonen', 'agrifarm')).toBe('-----');
    expect(scopes('nl', 'agrifarm')).toBe('-----');
  });

  it('mayReadReportsOf is any scope but none', () => {
    expect(mayReadReportsOf(principal('agrifarm', 'analyst'), ORGS.agrifarm)).toBe(true);
    expect(mayReadReportsOf(principal('demostad', 'outreach_worker'), ORGS.demostad)).toBe(false);
    expect(mayReadReportsOf(principal('holland', 'admin'), ORGS.otherstad)).toBe(true);
  });
});
