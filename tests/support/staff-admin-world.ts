import type { LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, beforeEach } from 'vitest';
import { auditRoutes } from '../../admin/api/audit/audit-routes.ts';
import { organizationRoutes } from '../../admin/api/organizations/organization-routes.ts';
import { settingsRoutes } from '../../admin/api/settings/settings-routes.ts';
import { staffRoutes } from '../../admin/api/staff/staff-routes.ts';
import { staffTokenRoutes } from '../../admin/api/staff/staff-token-routes.ts';
import {
  TEST_PASSWORD, TestClock, buildStaffAuthHarness, seedStaffAccounts, signIn, type SeededStaff, type StaffAuthHarness,
} from '../../admin/auth/testing/staff-auth-harness.ts';
import { loginPagePlugin } from '../../admin/web/index.ts';
import { oneTimeLinkPagePlugin } from '../../admin/web/one-time-link-page.ts';
import type { ContentChanges } from '../../core/answers/index.ts';
import { DeploymentSettings } from '../../core/content/index.ts';
import type { Db } from '../../core/platform/db.ts';
import { createStaffUser } from '../../core/staff/index.ts';
import { createTestDb, truncateAll } from './test-db.ts';

/** A signed-in test client: its cookie and CSRF token. */
export interface Session {
  cookie: string;
  csrfToken: string;
}

/** What {@link useStaffAdminWorld} gives a test file; everything but `db` is made again before each test. */
export interface StaffAdminWorld {
  db: Db;
  readonly h: StaffAuthHarness;
  /** The clock of sessions and link expiry. */
  readonly clock: TestClock;
  readonly staff: SeededStaff & { admin: string; national: string; otherAdmin: string };
  /** The default-municipality reader the routes use (fallback `testdorp`). */
  readonly deployment: DeploymentSettings;
  /** Signs in (TEST_PASSWORD unless given); throws when that fails. */
  login(email: string, password?: string): Promise<Session>;
  /** A request as `session` (with its CSRF token on writes unless `csrf` is false); anonymous without a session. */
  call(method: 'GET' | 'POST' | 'PUT', url: string, session?: Session, payload?: unknown, csrf?: boolean): Promise<LightMyRequestResponse>;
}

/**
 * For the staff management, organization, settings and audit tests: the
 * staff-auth harness with those routes (and the login and one-time link
 * pages) registered, on the test database emptied before each test, with
 * {@link seedStaffAccounts} plus a national organization `nl`, its
 * administrator `national@nl.example`, `admin@testdorp.example` and
 * `admin@otherdorp.example`.
 * @param contentChanges what the settings and activation routes tell after a change (optional).
 */
export function useStaffAdminWorld(contentChanges?: () => ContentChanges | undefined): StaffAdminWorld {
  const db = createTestDb();
  let h: StaffAuthHarness;
  let clock: TestClock;
  let staff: StaffAdminWorld['staff'];
  let deployment: DeploymentSettings;

  beforeEach(async () => {
    await truncateAll(db);
    const seeded = await seedStaffAccounts(db);
    await db.organization.create({ data: { slug: 'nl', name: 'National library', kind: 'national', enabledLanguages: ['en', 'nl'] } });
    const account = (email: string, organization: string) =>
      createStaffUser(db, { email, name: email.split('@')[0], password: TEST_PASSWORD, languages: ['nl'], memberships: [{ organization, role: 'admin' }] });
    const [admin, national, otherAdmin] = [
      await account('admin@testdorp.example', 'testdorp'), await account('national@nl.example', 'nl'), await account('admin@otherdorp.example', 'otherdorp'),
    ];
    staff = { ...seeded, admin: admin.userId, national: national.userId, otherAdmin: otherAdmin.userId };
    clock = new TestClock();
    deployment = new DeploymentSettings(db, { fallbackMunicipality: 'testdorp', now: () => clock.now().getTime() });
    const now = clock.now;
    h = await buildStaffAuthHarness(db, { now }, async (app) => {
      await app.register(loginPagePlugin);
      await app.register(staffRoutes, { db, now, publicUrl: () => 'https://chat.example.nl' });
      await app.register(staffTokenRoutes, { db, now });
      await app.register(oneTimeLinkPagePlugin, { db, now });
      await app.register(organizationRoutes, { db, contentChanges: contentChanges?.() });
      await app.register(settingsRoutes, { db, deployment, contentChanges: contentChanges?.() });
      await app.register(auditRoutes, { db });
    });
  });
  afterEach(() => h.close());
  afterAll(() => db.$disconnect());

  return {
    db,
    get h() { return h; },
    get clock() { return clock; },
    get staff() { return staff; },
    get deployment() { return deployment; },
    async login(email, password = TEST_PASSWORD) {
      const { res, cookie, csrfToken } = await signIn(h.app, email, password);
      if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
      return { cookie, csrfToken };
    },
    call(method, url, session, payload, csrf = true) {
      const headers: Record<string, string> = {};
      if (session) headers.cookie = session.cookie;
      if (session && csrf && method !== 'GET') headers['x-csrf-token'] = session.csrfToken;
      return h.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
    },
  };
}
