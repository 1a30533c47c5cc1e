import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { gapRoutes } from '../../admin/api/gaps/gaps-routes.ts';
import { tileLibraryRoutes } from '../../admin/api/studio/tiles-library.ts';
import { guardInvalidText } from '../../admin/api/text-guard.ts';
import { buildStaffAuthHarness, seedStaffAccounts, signIn, TestClock, type StaffAuthHarness } from '../../admin/auth/testing/staff-auth-harness.ts';
import { AnswerService } from '../../core/answers/index.ts';
import { contactKeys } from '../../core/conversation/contact-identity.ts';
import { createTile, createTileSource, publishTile, sourceHashOf } from '../../core/content/index.ts';
import { createRedis, type Redis } from '../../core/platform/redis.ts';
import { ContentGapStore, gapResolutionDays, personKeyOf } from '../../core/reports/gaps/index.ts';
import { ReportsService } from '../../core/reports/index.ts';
import { RetentionService } from '../../core/retention/index.ts';
import { createStaffUser } from '../../core/staff/index.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';
import { seedStudioLayers } from './studio-tiles-world.ts';

/**
 * The content-gap loop on real PostgreSQL: questions kept scrubbed with a
 * keyed person hash, grouped for editors (a group once 3 different people
 * asked), "add as an example" making the answer engine (AnswerService on
 * the test database, told through the content-change port) answer the same
 * kind of question, drafting and dismissing, who sees what, the daily
 * retention run deleting them after 90 days, and the dashboard's figure.
 */
const db = createTestDb();
const SECRET = 'content-gap-test-secret-of-32-characters!';
const DAY = 86_400_000;
let h: StaffAuthHarness;
let clock: TestClock;
let answers: AnswerService;
let store: ContentGapStore;
let orgs: Record<string, string>;
let redis: Redis;

const QUESTIONS = ['Where can I leave my camper van at night?', 'where to leave a camper van for the night', 'can I leave the camper van outside at night'];
const SAME_KIND = 'Where do I leave my camper van at night?';

async function as(email: string) {
  const { cookie, csrfToken, res } = await signIn(h.app, email);
  if (res.statusCode !== 200) throw new Error(`sign-in of ${email}: ${res.statusCode}`);
  return {
    get: (url: string) => h.app.inject({ method: 'GET', url, headers: { cookie } }),
    post: (url: string, body: object) => h.app.inject({ method: 'POST', url, headers: { cookie, 'x-csrf-token': csrfToken }, payload: body }),
  };
}

async function publishedTile(layer: string, key: string, title: string, body: string): Promise<void> {
  const ctx = { db, actorId: null, now: clock.now() };
  const ref = { id: orgs[layer], slug: layer };
  await createTile(ctx, ref, { key, theme: 'work', sourceLang: 'en', links: [], content: { en: { title, body, examples: [] } } });
  await publishTile(ctx, ref, key);
}

/** Three different people (or `people` given) ask the camper-van question in testdorp. */
async function askCamper(people = ['c1', 'c2', 'c3'], organization = 'testdorp'): Promise<void> {
  for (const [i, contactId] of people.entries()) {
    await store.record({ organizationId: orgs[organization], contactId, kind: 'unanswered', language: 'en', text: QUESTIONS[i % QUESTIONS.length] });
  }
}

beforeAll(() => {
  redis = createRedis();
});

beforeEach(async () => {
  await truncateAll(db);
  await seedStaffAccounts(db);
  await seedStudioLayers(db);
  await db.organization.updateMany({ data: { enabledLanguages: ['en', 'nl', 'pl'] } });
  orgs = Object.fromEntries((await db.organization.findMany()).map((o) => [o.slug, o.id]));
  await createStaffUser(db, { email: 'editor@otherdorp.example', name: 'other', password: 'correct-horse-battery-staple', languages: ['en'], memberships: [{ organization: 'otherdorp', role: 'editor' }] });
  clock = new TestClock();
  answers = new AnswerService(createTileSource(db));
  // The server's RedisContentChanges + ContentChangeListener end in AnswerService.refresh: the same, in process.
  const changes = { notifyContentChanged: async () => { await answers.refresh(); } };
  store = new ContentGapStore({ db, secret: SECRET, now: () => clock.now() });
  h = await buildStaffAuthHarness(db, {}, async (app) => {
    guardInvalidText(app);
    await app.register(tileLibraryRoutes, { db, schedule: { enqueue: async () => undefined }, now: () => clock.now(), changes });
    await app.register(gapRoutes, { db, changes, now: () => clock.now() });
  });
  await publishedTile('testdorp', 'parking-permit', 'Parking permit', 'You need a parking permit for a car in the city centre. Apply at the municipality desk with your registration.');
  await publishedTile('testdorp', 'register-address', 'Register your address', 'Register at the municipality within five days of arriving. Bring your passport and rental contract.');
  await publishedTile('testdorp', 'health-insurance', 'Health insurance', 'Everyone who works in the Netherlands must take Dutch health insurance within four months.');
  await publishedTile('nl', 'nl-bsn', 'Getting a BSN', 'Your citizen service number (BSN) is given when you register at the municipality.');
});

afterEach(async () => {
  await h.close();
});

afterAll(async () => {
  await redis.quit();
  await db.$disconnect();
});

describe('keeping a question', () => {
  it('stores it scrubbed, with a keyed person hash and 90 days to live; never throws', async () => {
    await store.record({
      organizationId: orgs.testdorp, contactId: 'contact-1', kind: 'not_helpful', language: 'en',
      text: 'My name is Jan Kowalski, mail jan@example.com or call 06-12345678, BSN 123456782', tileKey: 'parking-permit', tileOwnerId: orgs.testdorp,
    });
    const [row] = await db.contentGap.findMany();
    expect(row.text).toBe('My name is [name], mail [email] or call [phone], BSN [number]');
    expect(row.personKey).toBe(personKeyOf('contact-1', SECRET));
    expect(row.personKey).not.toContain('contact-1');
    expect(row.personKey).not.toBe(personKeyOf('contact-1', 'another-secret-of-at-least-32-chars!!'));
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(90 * DAY);
    expect(row).toMatchObject({ kind: 'not_helpful', tileKey: 'parking-permit', tileOwnerId: orgs.testdorp, status: 'open' });
    await expect(store.record({ organizationId: 'no-such-organization', contactId: 'x', kind: 'unanswered', language: 'en', text: 'hello?' })).resolves.toBeUndefined();
    expect(await db.contentGap.count()).toBe(1);
  });
});

describe('what editors see', () => {
  it('a group appears once 3 different people asked, with counts', async () => {
    const editor = await as('editor@testdorp.example');
    await askCamper(['c1', 'c2']);
    await store.record({ organizationId: orgs.testdorp, contactId: 'c1', kind: 'unanswered', language: 'en', text: QUESTIONS[2] });
    let res = await editor.get('/api/gaps/testdorp');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ scope: 'municipality', minPeople: 3, hidden: 3, groups: [] });
    await askCamper(['c3']);
    res = await editor.get('/api/gaps/testdorp');
    const { groups, hidden } = res.json() as { groups: Array<Record<string, unknown>>; hidden: number };
    expect(hidden).toBe(0);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ kind: 'unanswered', language: 'en', count: 4, people: 3, municipalities: 1 });
    // Neither the people (contact ids c1..c3, which a random cuid may contain as letters, hence the quotes) nor their keys are shown.
    expect(JSON.stringify(res.json())).not.toMatch(/"c[123]"|personKey/);
  });

  it('the national editor sees national tiles\' "not helpful" and unanswered questions across municipalities; a municipality only its own', async () => {
    await askCamper(['c1', 'c2'], 'testdorp');
    await askCamper(['c3'], 'otherdorp');
    for (const c of ['c4', 'c5', 'c6']) {
      await store.record({ organizationId: orgs.otherdorp, contactId: c, kind: 'not_helpful', language: 'en', text: 'how long does the BSN take', tileKey: 'nl-bsn', tileOwnerId: orgs.nl });
      await store.record({ organizationId: orgs.otherdorp, contactId: c, kind: 'not_helpful', language: 'en', text: 'parking permit price', tileKey: 'parking-permit', tileOwnerId: orgs.otherdorp });
    }
    const national = await (await as('national@nl.example')).get('/api/gaps/nl');
    expect(national.statusCode).toBe(200);
    const view = national.json() as { scope: string; groups: Array<{ kind: string; tileOwner: string | null; count: number; municipalities: number }> };
    expect(view.scope).toBe('national');
    expect(view.groups.map((g) => `${g.kind}:${g.tileOwner ?? '-'}:${g.count}:${g.municipalities}`).sort()).toEqual(['not_helpful:nl:3:1', 'unanswered:-:3:2']);
    const testdorp = (await (await as('editor@testdorp.example')).get('/api/gaps/testdorp')).json() as { groups: unknown[]; hidden: number };
    expect(testdorp).toMatchObject({ groups: [], hidden: 2 });
  });

  it('who may see: 404 to strangers, 403 to members without the role, the same on every action', async () => {
    await askCamper();
    const ids = (await db.contentGap.findMany({ select: { id: true } })).map((g) => g.id);
    const other = await as('editor@otherdorp.example');
    expect((await other.get('/api/gaps/testdorp')).statusCode).toBe(404);
    expect((await other.post('/api/gaps/testdorp/dismiss', { gapIds: ids })).statusCode).toBe(404);
    const worker = await as('worker@testdorp.example');
    expect((await worker.get('/api/gaps/testdorp')).statusCode).toBe(403);
    expect((await worker.post('/api/gaps/testdorp/example', { gapIds: ids, tileKey: 'parking-permit' })).statusCode).toBe(403);
    const farm = await as('farm@agrifarm.example');
    expect((await farm.get('/api/gaps/agrifarm')).statusCode).toBe(403);
    expect((await farm.get('/api/gaps/testdorp')).statusCode).toBe(404);
    // Another municipality's questions cannot be acted on from one's own view.
    expect((await other.post('/api/gaps/otherdorp/dismiss', { gapIds: ids })).json()).toMatchObject({ code: 'NOT_FOUND' });
    // A municipality's editor may read the national library, not change it.
    const editor = await as('editor@testdorp.example');
    expect((await editor.post('/api/gaps/testdorp/example', { gapIds: ids, layer: 'nl', tileKey: 'nl-bsn' })).statusCode).toBe(403);
    expect((await editor.post('/api/gaps/testdorp/example', { gapIds: ids, layer: 'faraway', tileKey: 'x' })).statusCode).toBe(404);
    expect(await db.contentGap.count({ where: { status: 'open' } })).toBe(3);
  });
});

describe('acting on a group', () => {
  it('"add as an example question": the engine answers the same kind of question with that tile at once', async () => {
    const tile = await db.tile.findFirstOrThrow({ where: { key: 'parking-permit' }, include: { translations: true } });
    const source = tile.translations.find((t) => t.language === 'en')!;
    await db.tileTranslation.create({ data: { tileId: tile.id, language: 'pl', title: 'Pozwolenie na parkowanie', body: 'Potrzebujesz pozwolenia.', examples: [], origin: 'machine', sourceVersion: tile.version, sourceHash: source.sourceHash } });
    const before = (await answers.engine('testdorp')).ask(SAME_KIND);
    expect(before.outcome === 'answered' && before.tile?.key === 'parking-permit').toBe(false);

    await askCamper();
    const editor = await as('editor@testdorp.example');
    const [group] = (await editor.get('/api/gaps/testdorp')).json().groups as Array<{ questions: Array<{ id: string }>; example: string }>;
    const res = await editor.post('/api/gaps/testdorp/example', { gapIds: group.questions.map((q) => q.id), tileKey: 'parking-permit' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ gaps: 3, status: 'added_as_example', tile: { key: 'parking-permit', layer: 'testdorp', added: true } });

    const after = (await answers.engine('testdorp')).ask(SAME_KIND);
    expect(after.outcome).toBe('answered');
    expect(after.tile?.key).toBe('parking-permit');

    const rows = await db.tileTranslation.findMany({ where: { tileId: tile.id }, orderBy: { language: 'asc' } });
    const en = rows.find((r) => r.language === 'en')!;
    expect(en.examples).toEqual([group.example]);
    expect(en.sourceHash).toBe(sourceHashOf({ title: en.title, body: en.body, examples: en.examples }, []));
    // The Polish machine translation stays current (re-stamped), as after a "minor change" publish.
    expect(rows.find((r) => r.language === 'pl')!.sourceHash).toBe(en.sourceHash);
    expect((await db.contentGap.findMany()).map((g) => [g.status, g.resolvedTileKey, g.resolvedAt?.getTime()])).toEqual(
      Array(3).fill(['added_as_example', 'parking-permit', clock.now().getTime()]),
    );
    const audit = (await db.auditLog.findMany({ where: { action: { in: ['content_gap.added_as_example', 'tile.example_added'] } } })).map((a) => a.action).sort();
    expect(audit).toEqual(['content_gap.added_as_example', 'tile.example_added']);
    // Acted on already: someone else's click gets 409; the list is empty.
    expect((await editor.post('/api/gaps/testdorp/dismiss', { gapIds: group.questions.map((q) => q.id) })).json()).toMatchObject({ code: 'CONTENT_GAP_CONFLICT' });
    expect((await editor.get('/api/gaps/testdorp')).json()).toMatchObject({ groups: [] });
  });

  it('refuses a tile without text in the questions\' language, and one not published', async () => {
    for (const c of ['c1', 'c2', 'c3']) await store.record({ organizationId: orgs.testdorp, contactId: c, kind: 'unanswered', language: 'pl', text: 'Gdzie zostawić kampera na noc?' });
    const editor = await as('editor@testdorp.example');
    const ids = (await db.contentGap.findMany()).map((g) => g.id);
    const res = await editor.post('/api/gaps/testdorp/example', { gapIds: ids, tileKey: 'register-address' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'TILE_STATE_CONFLICT' });
    expect((await editor.post('/api/gaps/testdorp/example', { gapIds: ids, tileKey: 'no-such-tile' })).statusCode).toBe(404);
    expect(await db.contentGap.count({ where: { status: 'open' } })).toBe(3);
  });

  it('"draft a new tile" makes a draft with the question as its example; "dismiss"; the time to a published answer', async () => {
    await askCamper();
    for (const c of ['c4', 'c5', 'c6']) await store.record({ organizationId: orgs.testdorp, contactId: c, kind: 'unanswered', language: 'en', text: 'is there a fishing permit for the canal' });
    const editor = await as('editor@testdorp.example');
    const groups = (await editor.get('/api/gaps/testdorp')).json().groups as Array<{ questions: Array<{ id: string }>; example: string }>;
    expect(groups).toHaveLength(2);
    const camper = groups.find((g) => /camper/.test(g.example))!;
    const fishing = groups.find((g) => /fishing/.test(g.example))!;

    clock.advance(2 * DAY);
    const drafted = await editor.post('/api/gaps/testdorp/draft', {
      gapIds: camper.questions.map((q) => q.id), key: 'camper-vans', theme: 'housing', title: 'Camper vans', body: 'Camper vans may stand on the camper site at the harbour.',
    });
    expect(drafted.statusCode).toBe(201);
    expect(drafted.json()).toMatchObject({ gaps: 3, status: 'drafted', tile: { key: 'camper-vans', layer: 'testdorp' } });
    const tile = await db.tile.findFirstOrThrow({ where: { key: 'camper-vans' } });
    expect(tile.status).toBe('draft');
    expect((tile.draft as { content: Record<string, { examples: string[] }> }).content.en.examples).toEqual([camper.example]);

    const dismissed = await editor.post('/api/gaps/testdorp/dismiss', { gapIds: fishing.questions.map((q) => q.id) });
    expect(dismissed.json()).toMatchObject({ gaps: 3, status: 'dismissed' });
    expect(await db.contentGap.count({ where: { status: 'open' } })).toBe(0);

    const period = { from: new Date(clock.now().getTime() - 30 * DAY), to: new Date(clock.now().getTime() + 30 * DAY) };
    expect(await gapResolutionDays(db, orgs.testdorp, period)).toEqual({ answered: 0, medianDays: null, waitingForPublish: 1 });
    clock.advance(DAY);
    await db.$executeRaw`UPDATE audit_logs SET created_at = ${new Date(clock.now().getTime() - DAY)} WHERE action = 'content_gap.drafted'`;
    await publishTile({ db, actorId: null, now: clock.now() }, { id: orgs.testdorp, slug: 'testdorp' }, 'camper-vans');
    await db.$executeRaw`UPDATE tile_revisions SET created_at = ${clock.now()}`;
    const figures = await gapResolutionDays(db, orgs.testdorp, period);
    expect(figures).toMatchObject({ answered: 1, waitingForPublish: 0 });
    expect(figures.medianDays).toBeCloseTo(3, 0);

    // The dashboard's figure is protected like every count: one answered group shows as "<5", its days not at all.
    const day = clock.now().toISOString().slice(0, 10);
    const view = await new ReportsService(db).view({ id: orgs.testdorp, slug: 'testdorp', name: 'Testdorp', kind: 'municipality', scope: 'full' }, 'gaps', { from: day, to: day });
    expect(view.data).toEqual({ answered: '<5', medianDays: null, waitingForPublish: '<5' });
  });
});

describe('retention', () => {
  it('the daily run deletes gaps 90 days after they were asked, and keeps younger ones', async () => {
    await askCamper(['c1']);
    clock.advance(10 * DAY);
    await askCamper(['c2']);
    const service = new RetentionService({ db, connection: redis, prefix: `test-gaps-${randomUUID()}`, keys: contactKeys('test') });
    try {
      await service.run(new Date(clock.now().getTime() + 79 * DAY));
      expect(await db.contentGap.count()).toBe(2);
      await service.run(new Date(clock.now().getTime() + 80 * DAY + 1));
      expect((await db.contentGap.findMany()).map((g) => g.personKey)).toEqual([personKeyOf('c2', SECRET)]);
      await service.run(new Date(clock.now().getTime() + 90 * DAY));
      expect(await db.contentGap.count()).toBe(0);
    } finally {
      await service.close();
    }
  });
});
