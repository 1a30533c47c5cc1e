import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TileScheduleJob } from '../../core/content/index.ts';
import type { MembershipRole } from '../../core/staff/index.ts';
import {
  LAYER_READ, LAYER_WRITE, ORGS, ROLES, SECRET, STAFFED, TARGETS, expected, targetRole, type OrgSlug,
} from '../support/isolation-fixture.ts';
import { ROUTES, STAFF_PREFIXES, isTargeted, type Probe, type ProbeContext } from '../support/isolation-routes.ts';
import {
  buildIsolationApp, dropSnapshot, emailOf, isolationRedis, restoreContent, seedContent, snapshotContent, seedOrganizationsAndStaff, signInClient, type IsolationClient, type RegisteredRoute,
} from '../support/isolation-world.ts';
import { createTestDb } from '../support/test-db.ts';

/**
 * The isolation matrix (issue 11): every staff role in every kind of
 * organization with staff, against every target (its own layer, another
 * municipality, its national and regional parents, employers and a housing
 * provider active in its municipality or elsewhere), on every studio and
 * staff-administration route, reads and writes, on the real app. The
 * expected answer of each cell is written out in tests/support/isolation-fixture.ts
 * from the named policies of core/access/policies.ts: 404 for what a caller
 * may not know exists, 403 for what they may see but not change, 2xx where
 * allowed. Every 2xx answer is also searched for the drafts of layers the
 * caller may not see, and lists for other layers' tiles.
 */

const db = createTestDb();
const kv = isolationRedis();
let app: FastifyInstance;
let routes: RegisteredRoute[];
let jobs: TileScheduleJob[];
let people: Record<string, string>;
/** Set when an allowed write changed the content: the next caller gets it as seeded. */
let dirty = false;
let counter = 0;
let signIns = 0;
const timing: Record<string, number> = {};
const tally = { requests: 0, byOutcome: {} as Record<string, number>, mismatches: 0, notApplicable: 0 };

beforeAll(async () => {
  ({ app, routes, jobs } = buildIsolationApp(db, kv.redis, kv.prefix));
  await app.ready();
  people = await seedOrganizationsAndStaff(db);
  await seedContent(db, people, jobs);
  await snapshotContent(db);
}, 180_000);

afterAll(async () => {
  const targeted = ROUTES.flatMap((r) => r.probes).filter(isTargeted).length;
  const global = ROUTES.flatMap((r) => r.probes).length - targeted;
  console.log([
    `isolation matrix: ${STAFFED.length} organizations × ${ROLES.length} roles = ${STAFFED.length * ROLES.length} callers;`,
    `${TARGETS.length} targets; ${ROUTES.length} routes (${targeted} targeted probes, ${global} without target);`,
    `${tally.requests} requests (${tally.notApplicable} cells n/a), outcomes ${JSON.stringify(tally.byOutcome)}, mismatches ${tally.mismatches}`,
  ].join(' '));
  if (process.env.ISOLATION_TIMING) console.log(Object.entries(timing).sort((a, b) => b[1] - a[1]).slice(0, 15));
  await dropSnapshot(db).catch(() => undefined);
  await app?.close();
  await kv.cleanup();
  await db.$disconnect();
});

describe('the table covers the app', () => {
  it('lists every staff route the app registers, and only those', () => {
    const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;
    const registered = new Set(routes
      .filter((r) => r.method !== 'HEAD' && (STAFF_PREFIXES.some((p) => r.url === p || r.url.startsWith(`${p}/`)) || r.url === '/api/themes' || r.url === '/api/me/preferences'))
      .map(key));
    const listed = new Set(ROUTES.map(key));
    expect([...registered].filter((r) => !listed.has(r)), 'staff routes missing from the isolation table').toEqual([]);
    expect([...listed].filter((r) => !registered.has(r)), 'routes in the table the app does not register').toEqual([]);
    expect(registered.size).toBeGreaterThan(50);
  });
});

const isJson = (type: unknown) => String(type ?? '').includes('json');

/** The letter an answer status stands for in the tables. */
function outcome(status: number): string {
  if (status >= 200 && status < 300) return 'E';
  if (status === 403) return 'F';
  if (status === 404) return 'N';
  if (status === 400) return 'B';
  return `X${status}`;
}

const MEANING: Record<string, string> = { E: '2xx', F: '403', N: '404', B: '400' };

const visibleTo = (caller: OrgSlug, role: MembershipRole) => (slug: string) =>
  (TARGETS as readonly string[]).includes(slug) && expected(LAYER_READ, caller, role, slug as OrgSlug) === 'E';
const editableBy = (caller: OrgSlug, role: MembershipRole) => (slug: string) =>
  (TARGETS as readonly string[]).includes(slug) && expected(LAYER_WRITE, caller, role, slug as OrgSlug) === 'E';

/** Runs one probe; returns the problems (wrong status, leaked drafts, foreign list items). */
async function run(client: IsolationClient, method: string, probe: Probe, caller: OrgSlug, role: MembershipRole, target: OrgSlug): Promise<string[]> {
  const c: ProbeContext = { db, target, caller, people, n: ++counter };
  const path = probe.path(c);
  if (path === null) {
    tally.notApplicable += 1;
    return [];
  }
  const want = isTargeted(probe) ? expected(probe.table, caller, role, target) : (probe.table as Record<string, string>)[caller][ROLES.indexOf(role)];
  const started = Date.now();
  const res = await client.send(method, path, probe.body ? await probe.body(c) : undefined);
  const routeKey = `${method} ${path.replace(/\?.*/, '').split('/').slice(0, 4).join('/')}…${path.split('?')[0].split('/').slice(-1)[0]}`;
  timing[routeKey] = (timing[routeKey] ?? 0) + Date.now() - started;
  const got = outcome(res.statusCode);
  tally.requests += 1;
  tally.byOutcome[got] = (tally.byOutcome[got] ?? 0) + 1;
  const who = `${role}@${caller} → ${target} (${targetRole(caller, target)}): ${method} ${path}`;
  const problems: string[] = [];
  if (got !== want) {
    const code = isJson(res.headers['content-type']) ? (res.json() as { code?: string }).code : undefined;
    problems.push(`${who}: expected ${MEANING[want]}, got ${res.statusCode}${code ? ` ${code}` : ''}${got === 'E' ? ' (LEAK)' : ''}`);
  }
  if (got === 'E') {
    if (method !== 'GET') dirty = true;
    const visible = visibleTo(caller, role);
    const body = res.body;
    for (const org of ORGS) {
      if (!visible(org.slug) && body.includes(SECRET(org.slug))) problems.push(`${who}: the answer contains a draft of ${org.slug} (LEAK)`);
    }
    if (probe.check && isJson(res.headers['content-type'])) {
      for (const p of probe.check(res.json(), { ...c, visible, editable: editableBy(caller, role) })) problems.push(`${who}: ${p} (LEAK)`);
    }
  }
  tally.mismatches += problems.length;
  return problems;
}

const CALLERS = STAFFED.flatMap((org) => ROLES.map((role) => [`${role} of ${org} (${ORGS.find((o) => o.slug === org)!.kind})`, org, role] as const));

describe.each(CALLERS)('%s', (_label, caller, role) => {
  let client: IsolationClient;
  beforeAll(async () => {
    if (dirty) {
      await restoreContent(db);
      dirty = false;
    }
    client = await signInClient(app, emailOf(role, caller), signIns++);
  }, 120_000);

  it.concurrent.each(TARGETS.map((t) => [t, targetRole(caller, t)] as const))('on %s (%s): every route answers as the table says, without leaks', async (target) => {
    const problems: string[] = [];
    for (const route of ROUTES) {
      for (const probe of route.probes.filter(isTargeted)) problems.push(...await run(client, route.method, probe, caller, role, target));
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('routes without a target answer as the table says, without leaks', async () => {
    const problems: string[] = [];
    for (const route of ROUTES) {
      for (const probe of route.probes.filter((p) => !isTargeted(p))) problems.push(...await run(client, route.method, probe, caller, role, caller));
    }
    expect(problems).toEqual([]);
  }, 60_000);
});
