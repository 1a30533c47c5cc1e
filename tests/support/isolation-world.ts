import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse, RouteOptions } from 'fastify';
import { Redis } from 'ioredis';
import { signIn, TEST_PASSWORD } from '../../admin/auth/testing/staff-auth-harness.ts';
import { AnswerService } from '../../core/answers/index.ts';
import {
  chooseTile, createEntryCode, createTile, DeploymentSettings, createTileSource, publishAddition, publishTile, saveAdditionDraft,
  saveDraft, saveSubscription, seedDefaultThemes, setSchedule, TileTranslations, type TileScheduleJob, type TileScheduleQueue,
} from '../../core/content/index.ts';
import type { Db } from '../../core/platform/db.ts';
import { createStaffUser, type MembershipRole } from '../../core/staff/index.ts';
import { NoTranslator } from '../../core/translation/index.ts';
import { buildApp } from '../../server/app.ts';
import {
  ADDITION_TILES, CODES, LAYER_TILES, ORGS, ROLES, SECRET, STAFFED, type OrgSlug,
} from './isolation-fixture.ts';
import { truncateAll } from './test-db.ts';

/**
 * The world of the isolation matrix (tests/integration/isolation-matrix.test.ts):
 * the REAL HTTP app (server/app.ts buildApp with staff sign-in, the studio's
 * library, subscriptions, preview and try-it, entry codes and staff
 * administration), with every route it registers recorded by an `onRoute`
 * hook, so the test can fail when a staff route is missing from its table.
 * Organizations and people are seeded once; the content (tiles in every
 * state, subscriptions, local additions, entry codes) can be seeded again
 * whenever a caller's allowed writes have changed it.
 */

/** A route as Fastify registered it. */
export interface RegisteredRoute {
  method: string;
  url: string;
}

/** A signed-in client of the app. */
export interface IsolationClient {
  email: string;
  send(method: string, url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

/** The people seeded: `<role>@<org>.test` for every role in every staffed organization, and `member@<org>.test` (an editor, the target of staff routes). */
export const emailOf = (role: MembershipRole | 'member', org: OrgSlug): string => `${role}@${org}.test`;

/** Builds the app with every staff dependency, recording every route it registers. */
export function buildIsolationApp(db: Db, redis: Redis, prefix: string): { app: FastifyInstance; routes: RegisteredRoute[]; jobs: TileScheduleJob[] } {
  const jobs: TileScheduleJob[] = [];
  const schedule: TileScheduleQueue = { enqueue: async (job) => { jobs.push(job); } };
  const app = buildApp({
    answers: new AnswerService(createTileSource(db)),
    disabled: {},
    staffAuth: { db, redis, keyPrefix: `${prefix}staff:`, sessionSecret: 'isolation-matrix-session-secret-32-chars!', cookieSecure: false },
    library: { schedule },
    tileTranslations: { translations: new TileTranslations({ db, translator: new NoTranslator() }) },
    staffAdmin: { deployment: new DeploymentSettings(db, { fallbackMunicipality: 'demostad' }), publicUrl: () => 'https://chat.example.nl' },
    entryLinks: () => ({ webBaseUrl: 'https://chat.example.nl', telegramBot: 'migrant_test_bot', whatsappNumber: '+31 6 1234 5678' }),
    tryIt: { perMinute: 100_000 },
  });
  const routes: RegisteredRoute[] = [];
  // Plugins registered in buildApp load at ready(), after this hook: it sees every staff route.
  app.addHook('onRoute', (route: RouteOptions) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url });
  });
  return { app, routes, jobs };
}

/** Organizations, the layer activations, and the people (once per file, on an emptied database). */
export async function seedOrganizationsAndStaff(db: Db): Promise<Record<string, string>> {
  await truncateAll(db);
  await seedDefaultThemes(db);
  const ids: Record<string, string> = {};
  for (const org of ORGS) {
    const created = await db.organization.create({
      data: { slug: org.slug, name: org.name, kind: org.kind, parentId: org.parent ? ids[org.parent] : null, enabledLanguages: ['en', 'nl', 'pl'] },
    });
    ids[org.slug] = created.id;
  }
  for (const org of ORGS) {
    for (const municipality of org.activeIn ?? []) await db.layerActivation.create({ data: { layerId: ids[org.slug], municipalityId: ids[municipality] } });
  }
  const people: Record<string, string> = {};
  const person = async (email: string, organization: string, role: MembershipRole) => {
    people[email] = (await createStaffUser(db, {
      email, name: email.split('@')[0], password: TEST_PASSWORD, languages: ['en'], memberships: [{ organization, role }],
    })).userId;
  };
  for (const org of ORGS) {
    if (STAFFED.includes(org.slug)) for (const role of ROLES) await person(emailOf(role, org.slug), org.slug, role);
    await person(emailOf('member', org.slug), org.slug, 'editor');
  }
  return people;
}

const CONTENT_TABLES = ['local_additions', 'tile_subscriptions', 'library_subscriptions', 'tile_revisions', 'tile_translations', 'tiles', 'entry_codes', 'audit_logs'];

/**
 * (Re)seeds the content of every layer: for each layer the tiles of
 * {@link LAYER_TILES} (`<slug>-<name>`) in their states, every draft carrying
 * {@link SECRET}`(slug)`; both municipalities subscribed to the national
 * library with "ask me first", so the national tiles published afterwards
 * wait, a few accepted with a local addition (draft text carries the secret
 * too); and the entry codes of {@link CODES}.
 */
export async function seedContent(db: Db, people: Record<string, string>, jobs: TileScheduleJob[]): Promise<void> {
  await db.$executeRawUnsafe(`TRUNCATE ${CONTENT_TABLES.map((t) => `"${t}"`).join(', ')} RESTART IDENTITY CASCADE`);
  const orgs = await db.organization.findMany({ select: { id: true, slug: true } });
  const idOf = (slug: string) => orgs.find((o) => o.slug === slug)!.id;
  const now = new Date();
  const queue: TileScheduleQueue = { enqueue: async (job) => { jobs.push(job); } };
  for (const municipality of ['demostad', 'otherstad']) {
    await saveSubscription(db, municipality, 'nl', { scope: 'all', newTiles: 'ask' }, 'seed');
  }
  for (const org of ORGS) {
    const layer = { id: idOf(org.slug), slug: org.slug };
    const ctx = { db, actorId: people[emailOf('member', org.slug)], now };
    const names = org.slug === 'nl' ? [...Object.keys(LAYER_TILES), ...ADDITION_TILES] : Object.keys(LAYER_TILES);
    for (const name of names) {
      const state = LAYER_TILES[name] ?? 'published';
      const key = `${org.slug}-${name}`;
      const text = (what: string) => ({ en: { title: `${key} ${what}`, body: `The ${what} answer of ${key}.`, examples: [`what about ${key}?`] } });
      const created = await createTile(ctx, layer, {
        key, theme: 'work', sourceLang: 'en', content: state === 'published' ? text('live') : { en: { ...text('draft').en, body: `${SECRET(org.slug)} draft ${key}` } },
        links: [], reviewBy: name === 'read' ? new Date(now.getTime() - 86_400_000) : undefined,
      });
      if (state === 'draft-only' || state === 'scheduled') continue;
      const published = await publishTile(ctx, layer, key);
      if (state === 'published+draft') {
        await saveDraft(ctx, layer, key, { baseEditVersion: published.editVersion, theme: 'work', content: { en: { ...text('draft').en, body: `${SECRET(org.slug)} draft ${key}` } }, links: [] });
      }
      void created;
    }
    for (const name of Object.keys(LAYER_TILES).filter((n) => LAYER_TILES[n] === 'scheduled')) {
      await setSchedule(ctx, layer, `${org.slug}-${name}`, { publishAt: new Date(now.getTime() + 7 * 86_400_000) }, queue);
    }
  }
  for (const municipality of ['demostad', 'otherstad']) {
    const actor = `user:${people[emailOf('member', municipality === 'demostad' ? 'demostad' : 'otherstad')]}`;
    for (const name of ADDITION_TILES) {
      const key = `nl-${name}`;
      if (name !== 'sub-accept') await chooseTile(db, municipality, 'nl', key, 'accept', actor);
      if (!name.startsWith('add-') || name === 'add-put') continue;
      const where = { municipalitySlug: municipality, librarySlug: 'nl', key };
      const saved = await saveAdditionDraft(db, where, { baseEditVersion: 0, sourceLang: 'en', content: { en: { body: `Local office of ${municipality}.` } } }, actor);
      await publishAddition(db, where, saved.editVersion, actor);
      const again = await saveAdditionDraft(db, where, {
        baseEditVersion: saved.editVersion + 1, sourceLang: 'en', content: { en: { body: `${SECRET(municipality)} addition draft of ${municipality}.` } },
      }, actor);
      void again;
    }
  }
  for (const code of Object.values(CODES)) {
    if (code) await createEntryCode(db, { code: code.code, municipalitySlug: code.municipality, layerSlug: code.layer, label: `flyer of ${code.code}` }, 'seed');
  }
}

/** Tables whose rows {@link snapshotContent} keeps, in an order that satisfies their foreign keys. */
const SNAPSHOT_TABLES = ['tiles', 'tile_translations', 'tile_revisions', 'library_subscriptions', 'tile_subscriptions', 'local_additions', 'entry_codes', 'audit_logs'];

/** Keeps a copy of the content as seeded (tables `qa_snapshot_<table>`), for {@link restoreContent}. */
export async function snapshotContent(db: Db): Promise<void> {
  for (const table of SNAPSHOT_TABLES) {
    await db.$executeRawUnsafe(`DROP TABLE IF EXISTS "qa_snapshot_${table}"`);
    await db.$executeRawUnsafe(`CREATE TABLE "qa_snapshot_${table}" AS SELECT * FROM "${table}"`);
  }
}

/** Puts the content back as {@link snapshotContent} found it (much faster than seeding it again). */
export async function restoreContent(db: Db): Promise<void> {
  await db.$executeRawUnsafe(`TRUNCATE ${SNAPSHOT_TABLES.map((t) => `"${t}"`).join(', ')} CASCADE`);
  for (const table of SNAPSHOT_TABLES) await db.$executeRawUnsafe(`INSERT INTO "${table}" SELECT * FROM "qa_snapshot_${table}"`);
}

/** Drops the snapshot tables. */
export async function dropSnapshot(db: Db): Promise<void> {
  for (const table of SNAPSHOT_TABLES) await db.$executeRawUnsafe(`DROP TABLE IF EXISTS "qa_snapshot_${table}"`);
}

/** Signs `email` in (from its own address: the sign-in rate limit counts per address) and returns a client. */
export async function signInClient(app: FastifyInstance, email: string, n: number): Promise<IsolationClient> {
  const { res, cookie, csrfToken } = await signIn(app, email, TEST_PASSWORD, { remoteAddress: `10.9.${Math.floor(n / 250)}.${(n % 250) + 1}` });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
  return {
    email,
    send: (method, url, body) => app.inject({
      method: method as 'GET', url,
      headers: {
        cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken }),
        // A string body is an XLIFF file (the translation import routes); everything else JSON.
        ...(typeof body === 'string' ? { 'content-type': 'application/xliff+xml' } : {}),
      },
      ...(body === undefined ? {} : { payload: body as object }),
    }),
  };
}

/** A Redis connection and key prefix of the file's own; `cleanup` deletes the keys. */
export function isolationRedis(): { redis: Redis; prefix: string; cleanup(): Promise<void> } {
  const redis = new Redis({ maxRetriesPerRequest: 2 });
  const prefix = `test-isolation-${randomUUID()}:`;
  return {
    redis, prefix,
    async cleanup() {
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    },
  };
}
