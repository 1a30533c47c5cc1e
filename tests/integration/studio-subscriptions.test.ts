import type { LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { subscriptionRoutes } from '../../admin/api/studio/subscriptions-routes.ts';
import { buildStaffAuthHarness, signIn, TEST_PASSWORD, type StaffAuthHarness } from '../../admin/auth/testing/staff-auth-harness.ts';
import {
  importTiles, loadVisibleTiles, publishTile, saveDraft, seedDefaultThemes, setParentOrganization,
} from '../../core/content/index.ts';
import { createStaffUser, type MembershipRole } from '../../core/staff/index.ts';
import { buildTile, buildTileFile } from '../support/factories.ts';
import { createTestDb, organizationId, truncateAll } from '../support/test-db.ts';

const db = createTestDb();
let h: StaffAuthHarness;
/** Organization ids the content-changed port was told about, per write. */
let notices: string[][];

/** The national library nl (nl-a, nl-b: work; nl-c: housing), region west with testdorp in it, anderdorp, employer acme active in testdorp. */
async function landscape(): Promise<void> {
  await importTiles(db, buildTileFile({
    organization: { slug: 'nl', name: 'Rijksoverheid', kind: 'national' },
    tiles: [buildTile({ key: 'nl-a', theme: 'work' }), buildTile({ key: 'nl-b', theme: 'work' }), buildTile({ key: 'nl-c', theme: 'housing' })],
  }), 'test');
  await importTiles(db, buildTileFile({ organization: { slug: 'west', name: 'Regio West', kind: 'region' }, tiles: [buildTile({ key: 'west-a' })] }), 'test');
  await importTiles(db, buildTileFile({ organization: { slug: 'oost', name: 'Regio Oost', kind: 'region' }, tiles: [buildTile({ key: 'oost-a' })] }), 'test');
  await importTiles(db, buildTileFile({ organization: { slug: 'testdorp', name: 'Testdorp', kind: 'municipality' }, tiles: [buildTile({ key: 'hall' })] }), 'test');
  await importTiles(db, buildTileFile({ organization: { slug: 'anderdorp', name: 'Anderdorp', kind: 'municipality' }, tiles: [] }), 'test');
  await importTiles(db, buildTileFile({ organization: { slug: 'acme', name: 'ACME', kind: 'employer' }, tiles: [buildTile({ key: 'shifts' })] }), 'test');
  await setParentOrganization(db, 'testdorp', 'west', 'test');
  await setParentOrganization(db, 'acme', 'testdorp', 'test');
}

/** One account per (organization, role) used below: `<role>@<org>.example`. */
const ACCOUNTS: Array<[string, MembershipRole]> = [
  ['testdorp', 'editor'], ['testdorp', 'admin'], ['testdorp', 'analyst'], ['testdorp', 'outreach_worker'],
  ['anderdorp', 'editor'], ['nl', 'editor'], ['west', 'editor'], ['acme', 'editor'], ['acme', 'admin'],
];
const email = (org: string, role: MembershipRole) => `${role}@${org}.example`;

beforeEach(async () => {
  await truncateAll(db);
  await seedDefaultThemes(db);
  await landscape();
  for (const [org, role] of ACCOUNTS) {
    await createStaffUser(db, { email: email(org, role), name: `${role} ${org}`, password: TEST_PASSWORD, languages: ['nl'], memberships: [{ organization: org, role }] });
  }
  notices = [];
  h = await buildStaffAuthHarness(db, {}, async (app) => {
    await app.register(subscriptionRoutes, { db, changes: { notifyContentChanged: async (ids) => { notices.push([...ids]); } } });
  });
});
afterEach(() => h.close());
afterAll(() => db.$disconnect());

type Method = 'GET' | 'PUT' | 'POST' | 'DELETE';

/** Signs in as `who` and returns a request function carrying the session and CSRF token. */
async function as(who: string) {
  const session = await signIn(h.app, who);
  expect(session.res.statusCode).toBe(200);
  return (method: Method, url: string, payload?: unknown): Promise<LightMyRequestResponse> => h.app.inject({
    method, url, headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken }, ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

const keys = async (slug: string) => (await loadVisibleTiles(db, slug)).map((t) => `${t.ownerSlug}/${t.key}`);

/** Publishes a new national tile, or a new revision of one, as the national editor does in the studio. */
async function nationalPublish(key: string, body: string, actorId: string | null = null): Promise<void> {
  const ctx = { db, actorId, now: new Date() };
  const layer = { id: await organizationId(db, 'nl'), slug: 'nl' };
  const tile = await db.tile.findFirst({ where: { key, organizationId: layer.id } });
  if (tile) await saveDraft(ctx, layer, key, { baseEditVersion: tile.editVersion, theme: 'work', content: { en: { title: `${key} title`, body } } });
  else await importTiles(db, buildTileFile({ organization: { slug: 'nl', name: 'Rijksoverheid', kind: 'national' }, tiles: [buildTile({ key, theme: 'work' })] }), 'test');
  if (tile) await publishTile(ctx, layer, key);
}

describe('subscriptions API', () => {
  it('lists the libraries, subscribes with "ask me first" and accepts a new national tile', async () => {
    const editor = await as(email('testdorp', 'editor'));
    const list = await editor('GET', '/api/layers/testdorp/subscriptions');
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual({
      municipality: { slug: 'testdorp', name: 'Testdorp' },
      access: 'edit',
      libraries: [
        { library: { slug: 'nl', name: 'Rijksoverheid', kind: 'national' }, subscribed: false, inherited: false, scope: null, themeKeys: [], newTiles: null,
          counts: { shown: 0, waiting: 0, hidden: 0, outOfScope: 0 } },
        { library: { slug: 'west', name: 'Regio West', kind: 'region' }, subscribed: false, inherited: true, scope: 'all', themeKeys: [], newTiles: 'automatic',
          counts: { shown: 1, waiting: 0, hidden: 0, outOfScope: 0 } },
      ],
    });

    const put = await editor('PUT', '/api/layers/testdorp/subscriptions/nl', { scope: 'all', newTiles: 'ask' });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ subscribed: true, scope: 'all', newTiles: 'ask', counts: { shown: 3, waiting: 0 } });
    expect(notices).toEqual([[await organizationId(db, 'testdorp')]]);

    await nationalPublish('nl-new', 'New.');
    const waiting = await editor('GET', '/api/layers/testdorp/library-tiles?state=waiting');
    expect(waiting.json().tiles).toEqual([expect.objectContaining({
      library: { slug: 'nl', kind: 'national' }, key: 'nl-new', state: 'waiting', choice: null, addition: null, title: 'nl-new title (en)',
    })]);
    expect(await keys('testdorp')).not.toContain('nl/nl-new');

    const accepted = await editor('POST', '/api/layers/testdorp/library-tiles/nl/nl-new/accept');
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ key: 'nl-new', state: 'shown', choice: 'show' });
    expect(await keys('testdorp')).toContain('nl/nl-new');
    const audit = await db.auditLog.findMany({
      where: { organizationId: await organizationId(db, 'testdorp'), actor: { startsWith: 'user:' } }, orderBy: { createdAt: 'asc' },
    });
    const { id } = await db.staffUser.findUniqueOrThrow({ where: { email: email('testdorp', 'editor') } });
    expect(audit.map((a) => [a.action, a.actor])).toEqual([['subscription.saved', `user:${id}`], ['tile_choice.accepted', `user:${id}`]]);
    expect(audit[0].data).toMatchObject({ library: 'nl', scope: 'all', newTiles: 'ask', previous: null, accepted: 3 });
  });

  it('subscribes by theme, hides and shows tiles, and ends the subscription', async () => {
    const editor = await as(email('testdorp', 'admin'));
    const themes = await editor('PUT', '/api/layers/testdorp/subscriptions/nl', { scope: 'themes', themeKeys: ['housing'], newTiles: 'automatic' });
    expect(themes.json()).toMatchObject({ scope: 'themes', themeKeys: ['housing'], counts: { shown: 1, outOfScope: 2 } });
    expect((await editor('POST', '/api/layers/testdorp/library-tiles/nl/nl-a/show')).json()).toMatchObject({ state: 'shown', choice: 'show' });
    expect((await editor('POST', '/api/layers/testdorp/library-tiles/west/west-a/hide')).json()).toMatchObject({ state: 'hidden', choice: 'hide' });
    expect(await keys('testdorp')).toEqual(['testdorp/hall', 'nl/nl-a', 'nl/nl-c']);
    const refused = await editor('POST', '/api/layers/testdorp/library-tiles/nl/nl-b/accept');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toBe('Tile "nl-b": it is not waiting for acceptance (out of scope); show it instead');

    const ended = await editor('DELETE', '/api/layers/testdorp/subscriptions/nl');
    expect(ended.json()).toMatchObject({ subscribed: false, scope: null, counts: { shown: 0 } });
    expect(await keys('testdorp')).toEqual(['testdorp/hall']);
  });

  it.each<[string, Method, string, unknown, number, string]>([
    ['themes without a theme', 'PUT', '/api/layers/testdorp/subscriptions/nl', { scope: 'themes', newTiles: 'ask' }, 400, 'SUBSCRIPTION_INVALID'],
    ['an unknown theme', 'PUT', '/api/layers/testdorp/subscriptions/nl', { scope: 'themes', themeKeys: ['nope'], newTiles: 'ask' }, 400, 'SUBSCRIPTION_INVALID'],
    ['another region', 'PUT', '/api/layers/testdorp/subscriptions/oost', { scope: 'all', newTiles: 'ask' }, 400, 'SUBSCRIPTION_INVALID'],
    ['a municipality as library', 'PUT', '/api/layers/testdorp/subscriptions/anderdorp', { scope: 'all', newTiles: 'ask' }, 400, 'SUBSCRIPTION_INVALID'],
    ['an unknown library', 'PUT', '/api/layers/testdorp/subscriptions/nowhere', { scope: 'all', newTiles: 'ask' }, 404, 'LAYER_NOT_FOUND'],
    ['a bad scope', 'PUT', '/api/layers/testdorp/subscriptions/nl', { scope: 'some', newTiles: 'ask' }, 400, 'VALIDATION_FAILED'],
    ['an unknown tile', 'POST', '/api/layers/testdorp/library-tiles/nl/nope/hide', undefined, 404, 'TILE_NOT_FOUND'],
    ['a tile of another region', 'POST', '/api/layers/testdorp/library-tiles/oost/oost-a/show', undefined, 400, 'SUBSCRIPTION_INVALID'],
    ['a bad state filter', 'GET', '/api/layers/testdorp/library-tiles?state=gone', undefined, 400, 'VALIDATION_FAILED'],
    ['an addition without its source language', 'PUT', '/api/layers/testdorp/local-additions/nl/nl-a',
      { baseEditVersion: 0, sourceLang: 'en', content: { pl: { body: 'Tekst.' } } }, 400, 'LOCAL_ADDITION_INVALID'],
    ['an addition with HTML', 'PUT', '/api/layers/testdorp/local-additions/nl/nl-a',
      { baseEditVersion: 0, content: { en: { body: 'Hi <script>alert(1)</script>' } } }, 400, 'LOCAL_ADDITION_INVALID'],
    ['an addition in an unknown language', 'PUT', '/api/layers/testdorp/local-additions/nl/nl-a',
      { baseEditVersion: 0, content: { en: { body: 'A.' }, xx: { body: 'B.' } } }, 400, 'VALIDATION_FAILED'],
    ['an empty addition', 'PUT', '/api/layers/testdorp/local-additions/nl/nl-a', { baseEditVersion: 0, content: { en: { body: '  ' } } }, 400, 'LOCAL_ADDITION_INVALID'],
    ['an addition under an own tile', 'PUT', '/api/layers/testdorp/local-additions/testdorp/hall',
      { baseEditVersion: 0, content: { en: { body: 'A.' } } }, 400, 'SUBSCRIPTION_INVALID'],
    ['publishing nothing', 'POST', '/api/layers/testdorp/local-additions/nl/nl-a/publish', {}, 404, 'NOT_FOUND'],
  ])('refuses %s', async (_name, method, url, payload, status, code) => {
    const editor = await as(email('testdorp', 'editor'));
    const res = await editor(method, url, payload);
    expect({ status: res.statusCode, code: res.json().code }).toEqual({ status, code });
    expect(notices).toEqual([]);
  });
});

describe('local additions API', () => {
  const url = '/api/layers/testdorp/local-additions/nl/nl-a';

  it('saves a draft, refuses a stale save, publishes it under the national text and flags it when the tile is republished', async () => {
    const editor = await as(email('testdorp', 'editor'));
    await editor('PUT', '/api/layers/testdorp/subscriptions/nl', { scope: 'all', newTiles: 'automatic' });
    const created = await editor('PUT', url, { baseEditVersion: 0, sourceLang: 'en', content: { en: { body: 'Office: Markt 1.' }, pl: { body: 'Biuro: Markt 1.' } } });
    expect(created.statusCode).toBe(200);
    expect(created.json().addition).toMatchObject({
      sourceLang: 'en', published: null, version: 1, editVersion: 1, reviewedRevision: 1, tileRevision: 0, needsReview: false,
      draft: { en: { body: 'Office: Markt 1.', origin: 'source', sourceVersion: 1 }, pl: { body: 'Biuro: Markt 1.', origin: 'human', sourceVersion: 1 } },
      updatedBy: { name: 'editor testdorp' },
    });
    // A draft is not shown to people.
    expect((await loadVisibleTiles(db, 'testdorp')).find((t) => t.key === 'nl-a')?.content.en?.body).not.toContain('Markt 1');

    // A colleague saved meanwhile (editVersion 2): the first editor's save based on version 1 is refused.
    const colleague = await as(email('testdorp', 'admin'));
    expect((await colleague('PUT', url, { baseEditVersion: 1, content: { en: { body: 'Office: Markt 2.' } } })).statusCode).toBe(200);
    const stale = await editor('PUT', url, { baseEditVersion: 1, content: { en: { body: 'Office: Markt 3.' } } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toEqual({
      code: 'LOCAL_ADDITION_CONFLICT',
      message: 'Local addition under "nl-a": someone else saved it since you opened it (now edit version 2); reload to see their changes',
    });
    expect((await editor('POST', `${url}/publish`, { baseEditVersion: 1 })).statusCode).toBe(409);

    const published = await editor('POST', `${url}/publish`, { baseEditVersion: 2 });
    expect(published.statusCode).toBe(200);
    expect(published.json().addition).toMatchObject({ published: { en: { body: 'Office: Markt 2.' } }, draft: null, editVersion: 3 });
    const tile = (await loadVisibleTiles(db, 'testdorp')).find((t) => t.key === 'nl-a');
    expect(tile?.content.en?.body).toBe('The **nl-a** answer in en.\n\nOffice: Markt 2.');
    expect(tile?.content.pl?.body).toBe('The **nl-a** answer in pl.\n\nOffice: Markt 2.');
    const detail = await editor('GET', url);
    expect(detail.json()).toMatchObject({
      tile: { key: 'nl-a', state: 'shown', content: { en: { body: 'The **nl-a** answer in en.' } } },
      preview: { en: { body: 'The **nl-a** answer in en.\n\nOffice: Markt 2.' } },
    });
    expect((await editor('GET', '/api/layers/testdorp/local-additions?needsReview=true')).json()).toEqual({ additions: [] });

    // The national editor publishes a new revision of the tile: the addition needs review.
    await nationalPublish('nl-a', 'The national text, changed.');
    const review = await editor('GET', '/api/layers/testdorp/local-additions?needsReview=true');
    expect(review.json().additions).toEqual([expect.objectContaining({
      library: { slug: 'nl', kind: 'national' }, key: 'nl-a', published: true, needsReview: true, reviewedRevision: 1, tileRevision: 2,
    })]);
    expect((await editor('GET', '/api/layers/testdorp/library-tiles?library=nl')).json().tiles[0].addition)
      .toEqual({ published: true, hasDraft: false, needsReview: true, editVersion: 3 });
    // Still shown meanwhile, under the new text.
    expect((await loadVisibleTiles(db, 'testdorp')).find((t) => t.key === 'nl-a')?.content.en?.body).toBe('The national text, changed.\n\nOffice: Markt 2.');

    const reviewed = await editor('POST', `${url}/reviewed`);
    expect(reviewed.json().addition).toMatchObject({ reviewedRevision: 2, tileRevision: 2, needsReview: false });
    expect((await editor('GET', '/api/layers/testdorp/local-additions?needsReview=true')).json()).toEqual({ additions: [] });

    expect((await editor('DELETE', url)).statusCode).toBe(204);
    expect((await loadVisibleTiles(db, 'testdorp')).find((t) => t.key === 'nl-a')?.content.en?.body).toBe('The national text, changed.');
    const actions = (await db.auditLog.findMany({ where: { entityType: 'local_addition' }, orderBy: { createdAt: 'asc' } })).map((a) => a.action);
    expect(actions).toEqual([
      'local_addition.saved', 'local_addition.saved', 'local_addition.published', 'local_addition.reviewed', 'local_addition.deleted',
    ]);
    const testdorp = await organizationId(db, 'testdorp');
    expect(notices).toEqual([[testdorp], [testdorp], [testdorp]]);
  });
});

describe('local additions under a tile taken off the air', () => {
  it('can still be read and deleted, not edited', async () => {
    const editor = await as(email('testdorp', 'editor'));
    const url = '/api/layers/testdorp/local-additions/nl/nl-b';
    expect((await editor('PUT', url, { baseEditVersion: 0, content: { en: { body: 'Local.' } } })).statusCode).toBe(200);
    await db.tile.updateMany({ where: { key: 'nl-b' }, data: { status: 'archived' } });
    expect((await editor('GET', '/api/layers/testdorp/local-additions')).json().additions.map((a: { key: string }) => a.key)).toEqual(['nl-b']);
    expect((await editor('GET', url)).json()).toMatchObject({ tile: { key: 'nl-b', state: 'unpublished' }, addition: { draft: { en: { body: 'Local.' } } } });
    expect((await editor('PUT', url, { baseEditVersion: 1, content: { en: { body: 'Changed.' } } })).json().code).toBe('TILE_NOT_FOUND');
    expect((await editor('DELETE', url)).statusCode).toBe(204);
    expect(await db.localAddition.count()).toBe(0);
  });
});

describe('access', () => {
  /** One read and one write per route family. */
  const READS = ['/api/layers/testdorp/subscriptions', '/api/layers/testdorp/library-tiles', '/api/layers/testdorp/local-additions'];
  const WRITES: Array<[Method, string, unknown]> = [
    ['PUT', '/api/layers/testdorp/subscriptions/nl', { scope: 'all', newTiles: 'automatic' }],
    ['DELETE', '/api/layers/testdorp/subscriptions/nl', undefined],
    ['POST', '/api/layers/testdorp/library-tiles/nl/nl-a/hide', undefined],
    ['PUT', '/api/layers/testdorp/local-additions/nl/nl-a', { baseEditVersion: 0, content: { en: { body: 'A.' } } }],
    ['POST', '/api/layers/testdorp/local-additions/nl/nl-a/reviewed', undefined],
  ];

  it.each<[string, MembershipRole, number, number]>([
    ['testdorp', 'editor', 200, 200],
    ['testdorp', 'admin', 200, 200],
    ['testdorp', 'analyst', 200, 403],
    ['testdorp', 'outreach_worker', 200, 403],
    ['anderdorp', 'editor', 404, 404],
    ['nl', 'editor', 404, 404],
    ['west', 'editor', 404, 404],
    ['acme', 'editor', 404, 404],
    ['acme', 'admin', 404, 404],
  ])('%s %s: reads %i, writes %i', async (org, role, read, write) => {
    const call = await as(email(org, role));
    for (const url of READS) expect({ url, status: (await call('GET', url)).statusCode }).toEqual({ url, status: read });
    for (const [method, url, payload] of WRITES) {
      const status = (await call(method, url, payload)).statusCode;
      // The reviewed call needs an addition first: for those allowed to write it answers 404 NOT_FOUND before, 200 after the save.
      expect({ method, url, status }).toEqual({ method, url, status: write });
    }
  });

  it('answers 404 for an organization that is not a municipality, even to its own editors', async () => {
    const call = await as(email('acme', 'editor'));
    expect((await call('GET', '/api/layers/acme/subscriptions')).json()).toEqual({ code: 'LAYER_NOT_FOUND', message: 'Layer "acme" not found' });
    expect((await (await as(email('nl', 'editor')))('GET', '/api/layers/nl/library-tiles')).statusCode).toBe(404);
  });

  it('needs a session and the CSRF token', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/api/layers/testdorp/subscriptions' })).statusCode).toBe(401);
    const session = await signIn(h.app, email('testdorp', 'editor'));
    const noToken = await h.app.inject({
      method: 'PUT', url: '/api/layers/testdorp/subscriptions/nl', headers: { cookie: session.cookie }, payload: { scope: 'all', newTiles: 'ask' },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('CSRF_INVALID');
  });
});
