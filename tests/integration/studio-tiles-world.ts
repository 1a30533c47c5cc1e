import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, beforeEach } from 'vitest';
import {
  buildStaffAuthHarness, seedStaffAccounts, signIn, TestClock, type SeededStaff, type StaffAuthHarness,
} from '../../admin/auth/testing/staff-auth-harness.ts';
import { tileLibraryRoutes } from '../../admin/api/studio/tiles-library.ts';
import { guardInvalidText } from '../../admin/api/text-guard.ts';
import { TileScheduler, seedDefaultThemes, type TileScheduleJob, type TileScheduleQueue } from '../../core/content/index.ts';
import { config } from '../../core/platform/config.ts';
import { createRedis } from '../../core/platform/redis.ts';
import type { Db } from '../../core/platform/db.ts';
import { createStaffUser, type MembershipRole } from '../../core/staff/index.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/**
 * The world of the tile library tests (tests/integration/studio-tiles*.test.ts):
 * the staff sign-in harness with the studio's routes, on the test database
 * with the default themes and these layers and people (password TEST_PASSWORD):
 *
 * - `nl` national library: `national@nl.example` (editor)
 * - `noord` region, parent of the municipality `testdorp`
 * - `testdorp` municipality: `editor@testdorp.example`, `editor2@testdorp.example` (editors),
 *   `worker@testdorp.example` (outreach worker; analyst in `otherdorp`)
 * - `otherdorp` municipality (no region)
 * - `agrifarm` employer active in testdorp: `farm@agrifarm.example` (editor)
 * - `faraway` employer active in otherdorp only
 */
export interface StudioWorld {
  db: Db;
  readonly h: StaffAuthHarness;
  readonly staff: SeededStaff & { editor2: string; national: string; farm: string };
  /** The routes' clock (review dates, overdue, schedule checks); sign-in sessions keep their own. */
  readonly clock: TestClock;
  /** Scheduled jobs the routes asked for (without `scheduler`). */
  readonly jobs: TileScheduleJob[];
  /** With `scheduler`: the real BullMQ scheduler the routes use (its own prefix, the world's clock), started. */
  readonly scheduler: TileScheduler;
  /** A signed-in client. */
  as(email: string): Promise<StudioClient>;
}

export interface StudioClient {
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

/** Seeds the layers and people above (after seedStaffAccounts). */
export async function seedStudioLayers(db: Db): Promise<{ editor2: string; national: string; farm: string }> {
  await seedDefaultThemes(db);
  const org = (slug: string, kind: 'national' | 'region' | 'employer', parentId: string | null = null) =>
    db.organization.create({ data: { slug, name: slug.toUpperCase(), kind, parentId, enabledLanguages: ['en', 'nl', 'pl'] } });
  const testdorp = await db.organization.findUniqueOrThrow({ where: { slug: 'testdorp' } });
  const otherdorp = await db.organization.findUniqueOrThrow({ where: { slug: 'otherdorp' } });
  await org('nl', 'national');
  const noord = await org('noord', 'region');
  await db.organization.update({ where: { id: testdorp.id }, data: { parentId: noord.id } });
  const agrifarm = await org('agrifarm', 'employer', testdorp.id);
  const faraway = await org('faraway', 'employer', otherdorp.id);
  await db.layerActivation.createMany({ data: [{ layerId: agrifarm.id, municipalityId: testdorp.id }, { layerId: faraway.id, municipalityId: otherdorp.id }] });
  const account = async (email: string, organization: string, role: MembershipRole) => (await createStaffUser(db, {
    email, name: email.split('@')[0], password: 'correct-horse-battery-staple', languages: ['en'], memberships: [{ organization, role }],
  })).userId;
  return {
    editor2: await account('editor2@testdorp.example', 'testdorp', 'editor'),
    national: await account('national@nl.example', 'nl', 'editor'),
    farm: await account('farm@agrifarm.example', 'agrifarm', 'editor'),
  };
}

/**
 * @param options.scheduler use a real TileScheduler (BullMQ on Redis, a prefix of its own, obliterated after each test)
 *   instead of recording the jobs.
 */
export function useStudioWorld(options: { scheduler?: boolean } = {}): StudioWorld {
  const db = createTestDb();
  const redis = options.scheduler ? createRedis(config().REDIS_URL) : undefined;
  let scheduler: TileScheduler | undefined;
  let h: StaffAuthHarness;
  let staff: StudioWorld['staff'];
  let clock: TestClock;
  let jobs: TileScheduleJob[];
  beforeEach(async () => {
    await truncateAll(db);
    staff = { ...(await seedStaffAccounts(db)), ...(await seedStudioLayers(db)) };
    clock = new TestClock();
    jobs = [];
    const recorder: TileScheduleQueue = { enqueue: async (job) => { jobs.push(job); } };
    if (redis) {
      scheduler = new TileScheduler({ db, connection: redis, prefix: `test-tiles-${randomUUID()}`, now: () => clock.now() });
      await scheduler.start();
    }
    const schedule = scheduler ?? recorder;
    h = await buildStaffAuthHarness(db, {}, async (app) => {
      guardInvalidText(app);
      await app.register(tileLibraryRoutes, { db, schedule, now: () => clock.now() });
    });
  });
  afterEach(async () => {
    await h.close();
    if (scheduler) {
      await scheduler.obliterate();
      await scheduler.close();
      scheduler = undefined;
    }
  });
  afterAll(async () => {
    await db.$disconnect();
    await redis?.quit();
  });
  return {
    db,
    get h() { return h; },
    get staff() { return staff; },
    get clock() { return clock; },
    get jobs() { return jobs; },
    get scheduler() {
      if (!scheduler) throw new Error('useStudioWorld({ scheduler: true }) for a real scheduler');
      return scheduler;
    },
    async as(email) {
      const { cookie, csrfToken, res } = await signIn(h.app, email);
      if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
      const send = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown) => h.app.inject({
        method, url, headers: { cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken }) },
        ...(body === undefined ? {} : { payload: body as object }),
      });
      return {
        get: (url) => send('GET', url),
        post: (url, body) => send('POST', url, body),
        put: (url, body) => send('PUT', url, body),
        patch: (url, body) => send('PATCH', url, body),
        delete: (url) => send('DELETE', url),
      };
    },
  };
}

/** A valid creation body for POST /api/layers/:slug/tiles. */
export function newTileBody(key: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    key,
    theme: 'work',
    sourceLang: 'en',
    content: { en: { title: `${key} title`, body: `The **${key}** answer.`, examples: [`what about ${key}?`] } },
    links: [{ label: 'More', url: `https://example.org/${key}` }],
    ...overrides,
  };
}
