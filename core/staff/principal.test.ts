import { describe, expect, it } from 'vitest';
import { credentialStamp, hasRole, type StaffPrincipal } from './principal.ts';

const worker: StaffPrincipal = {
  userId: 'u1',
  name: 'Anna',
  email: 'anna@example.org',
  languages: ['nl', 'pl'],
  memberships: [
    { organizationId: 'o1', slug: 'demostad', kind: 'municipality', parentId: null, role: 'outreach_worker' },
    { organizationId: 'o2', slug: 'tweestad', kind: 'municipality', parentId: null, role: 'analyst' },
  ],
};

describe('hasRole', () => {
  it('matches a role in any organization, or in the one given', () => {
    expect(hasRole(worker, 'outreach_worker')).toBe(true);
    expect(hasRole(worker, 'editor')).toBe(false);
    expect(hasRole(worker, ['editor', 'analyst'])).toBe(true);
    expect(hasRole(worker, 'outreach_worker', 'o1')).toBe(true);
    expect(hasRole(worker, 'outreach_worker', 'o2')).toBe(false);
    expect(hasRole(worker, [], 'o2')).toBe(true);
    expect(hasRole(worker, [], 'o3')).toBe(false);
  });
});

describe('credentialStamp', () => {
  it('changes with the password hash and reveals nothing of it', () => {
    const stamp = credentialStamp('$argon2id$v=19$m=19456,t=2,p=1$salt$hash');
    expect(stamp).toMatch(/^[0-9a-f]{32}$/);
    expect(stamp).not.toBe(credentialStamp('$argon2id$v=19$m=19456,t=2,p=1$salt$other'));
  });
});
