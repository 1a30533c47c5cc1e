import { describe, expect, it } from 'vitest';
import { newTileBody, useStudioWorld } from './studio-tiles-world.ts';

/**
 * The tile library API on real PostgreSQL and Redis: the exact
 * routes (list, create, publish) with their shapes and status codes, the
 * layer access answers (404 for a layer one may not see, 403 for a write
 * with read access), validation (400) and two editors on one tile (409).
 */
const w = useStudioWorld();

describe('layers', () => {
  it('lists the layers the editor may see, with access', async () => {
    const editor = await w.as('editor@testdorp.example');
    const res = await editor.get('/api/layers');
    expect(res.statusCode).toBe(200);
    const layers = (res.json() as { layers: Array<{ slug: string; access: string; kind: string; parent: string | null }> }).layers;
    expect(layers.map((l) => [l.slug, l.access])).toEqual([
      ['testdorp', 'edit'], ['nl', 'read'], ['noord', 'read'], ['agrifarm', 'read'],
    ]);
    expect(layers[0]).toMatchObject({ kind: 'municipality', parent: 'noord' });

    const farm = await w.as('farm@agrifarm.example');
    const farmLayers = (await farm.get('/api/layers')).json() as { layers: Array<{ slug: string; access: string }> };
    expect(farmLayers.layers.map((l) => [l.slug, l.access])).toEqual([['agrifarm', 'edit'], ['nl', 'read']]);
  });

  it('shows one layer with where it is active and its counts; 404 for one the caller may not see', async () => {
    const editor = await w.as('editor@testdorp.example');
    const agrifarm = await editor.get('/api/layers/agrifarm');
    expect(agrifarm.statusCode).toBe(200);
    expect(agrifarm.json()).toMatchObject({
      slug: 'agrifarm', kind: 'employer', access: 'read', parent: { slug: 'testdorp' }, activeIn: [{ slug: 'testdorp', name: 'testdorp' }],
      tiles: { total: 0, published: 0, draft: 0, archived: 0, withDraft: 0, overdue: 0 },
    });
    for (const slug of ['faraway', 'otherdorp', 'no-such-layer']) {
      const res = await editor.get(`/api/layers/${slug}`);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ code: 'LAYER_NOT_FOUND', message: `Layer "${slug}" not found` });
    }
    const editors = await editor.get('/api/layers/testdorp/editors');
    expect((editors.json() as { editors: Array<{ name: string }> }).editors.map((e) => e.name)).toEqual(['editor', 'editor2']);
    const themes = (await editor.get('/api/themes')).json() as { themes: Array<{ key: string; names: Record<string, string> }> };
    expect(themes.themes[0]).toMatchObject({ key: 'registration', names: { en: 'Registration & BSN' } });
  });
});

describe('the exact routes', () => {
  it('POST /api/layers/:slug/tiles creates a draft (201 with the tile), GET lists it, publish makes it live (200)', async () => {
    const editor = await w.as('editor@testdorp.example');
    const created = await editor.post('/api/layers/testdorp/tiles', {
      key: 'opening-hours', theme: 'practical', sourceLang: 'en',
      content: { en: { title: 'Opening hours', body: 'The town hall is open **9-17**.', examples: ['When is the town hall open?'] } },
      links: [{ label: 'Town hall', url: 'https://testdorp.example/hours' }],
    });
    expect(created.statusCode).toBe(201);
    const tile = created.json();
    expect(tile).toMatchObject({
      key: 'opening-hours', layer: 'testdorp', sourceLang: 'en', status: 'draft', version: 1, revision: 0, editVersion: 1,
      live: null,
      draft: {
        theme: 'practical', sensitive: false, links: [{ label: 'Town hall', url: 'https://testdorp.example/hours' }],
        content: { en: { title: 'Opening hours', body: 'The town hall is open **9-17**.', examples: ['When is the town hall open?'] } },
        savedBy: { id: w.staff.editor, name: 'editor' },
      },
      owner: { id: w.staff.editor, name: 'editor' },
      reviewOverdue: false,
      schedule: { publishAt: null, unpublishAt: null, problem: null },
    });
    // Default review date: six months after creation.
    const reviewBy = new Date(tile.reviewBy as string);
    const months = (reviewBy.getUTCFullYear() - w.clock.now().getUTCFullYear()) * 12 + reviewBy.getUTCMonth() - w.clock.now().getUTCMonth();
    expect(months).toBe(6);

    const list = await editor.get('/api/layers/testdorp/tiles');
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({
      layer: { slug: 'testdorp', kind: 'municipality', access: 'edit' },
      tiles: [{ key: 'opening-hours', theme: 'practical', status: 'draft', title: 'Opening hours', hasDraft: true, revision: 0, languages: [] }],
    });
    // A draft is not live: no translation rows yet.
    expect(await w.db.tileTranslation.count()).toBe(0);

    const published = await editor.post('/api/layers/testdorp/tiles/opening-hours/publish');
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({
      status: 'published', revision: 1, version: 1, editVersion: 2, draft: null,
      live: {
        theme: 'practical', links: [{ label: 'Town hall', url: 'https://testdorp.example/hours' }],
        content: { en: { title: 'Opening hours', origin: 'source', sourceVersion: 1, stale: false } },
      },
    });
    const rows = await w.db.tileTranslation.findMany({ select: { language: true, origin: true, sourceVersion: true, title: true } });
    expect(rows).toEqual([{ language: 'en', origin: 'source', sourceVersion: 1, title: 'Opening hours' }]);
    expect(await w.db.tileRevision.count()).toBe(1);
    const audit = await w.db.auditLog.findMany({ orderBy: { createdAt: 'asc' }, select: { actor: true, action: true, entityType: true } });
    expect(audit).toEqual([
      { actor: `user:${w.staff.editor}`, action: 'tile.created', entityType: 'tile' },
      { actor: `user:${w.staff.editor}`, action: 'tile.published', entityType: 'tile' },
    ]);
  });

  it('publish also takes an empty JSON body or a baseEditVersion', async () => {
    const editor = await w.as('editor@testdorp.example');
    await editor.post('/api/layers/testdorp/tiles', newTileBody('a'));
    await editor.post('/api/layers/testdorp/tiles', newTileBody('b'));
    expect((await editor.post('/api/layers/testdorp/tiles/a/publish', {})).statusCode).toBe(200);
    const stale = await editor.post('/api/layers/testdorp/tiles/b/publish', { baseEditVersion: 7 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'TILE_EDIT_CONFLICT', current: { editVersion: 1 } });
    expect((await editor.post('/api/layers/testdorp/tiles/b/publish', { baseEditVersion: 1 })).statusCode).toBe(200);
  });

  it('answers 404 for layers the caller may not see and 403 for writes with read access', async () => {
    const national = await w.as('national@nl.example');
    expect((await national.post('/api/layers/nl/tiles', newTileBody('nat'))).statusCode).toBe(201);

    const editor = await w.as('editor@testdorp.example');
    // Read access: the national library, the region, an employer active in testdorp.
    for (const slug of ['nl', 'noord', 'agrifarm']) {
      expect((await editor.get(`/api/layers/${slug}/tiles`)).statusCode).toBe(200);
      const write = await editor.post(`/api/layers/${slug}/tiles`, newTileBody('mine'));
      expect(write.statusCode).toBe(403);
      expect(write.json()).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await editor.get('/api/layers/nl/tiles/nat')).json()).toMatchObject({ key: 'nat', status: 'draft' });
    expect((await editor.post('/api/layers/nl/tiles/nat/publish')).statusCode).toBe(403);
    // No access: another municipality, an employer active elsewhere, an unknown layer (same answer).
    for (const slug of ['otherdorp', 'faraway', 'nowhere']) {
      const res = await editor.get(`/api/layers/${slug}/tiles`);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'LAYER_NOT_FOUND' });
      expect((await editor.post(`/api/layers/${slug}/tiles`, newTileBody('x'))).statusCode).toBe(404);
      expect((await editor.post(`/api/layers/${slug}/tiles/x/publish`)).statusCode).toBe(404);
    }
    // An outreach worker of testdorp reads its tiles but may not write.
    const worker = await w.as('worker@testdorp.example');
    expect((await worker.get('/api/layers/testdorp/tiles')).statusCode).toBe(200);
    expect((await worker.post('/api/layers/testdorp/tiles', newTileBody('w'))).statusCode).toBe(403);
    // The employer's editor does not see testdorp at all.
    const farm = await w.as('farm@agrifarm.example');
    expect((await farm.get('/api/layers/testdorp/tiles')).statusCode).toBe(404);
    expect((await farm.post('/api/layers/agrifarm/tiles', newTileBody('shifts'))).statusCode).toBe(201);
    expect((await editor.get('/api/layers/agrifarm/tiles')).json()).toMatchObject({ tiles: [{ key: 'shifts' }] });
    expect(await w.db.tile.count()).toBe(2);
  });

  it('without a session: 401; a write without the CSRF token: 403', async () => {
    expect((await w.h.app.inject({ method: 'GET', url: '/api/layers/testdorp/tiles' })).statusCode).toBe(401);
    const { cookie } = await import('../../admin/auth/testing/staff-auth-harness.ts').then((m) => m.signIn(w.h.app, 'editor@testdorp.example'));
    const res = await w.h.app.inject({ method: 'POST', url: '/api/layers/testdorp/tiles', headers: { cookie }, payload: newTileBody('x') });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'CSRF_INVALID' });
  });
});

describe('validation', () => {
  it('refuses HTML in content with a clear 400 and stores nothing', async () => {
    const editor = await w.as('editor@testdorp.example');
    const res = await editor.post('/api/layers/testdorp/tiles', newTileBody('html', {
      content: { en: { title: 'Hello', body: 'Click <a href="https://x.org">here</a><script>alert(1)</script>', examples: [] } },
    }));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      code: 'TILE_INVALID',
      message: 'Tile is invalid:\ncontent.en.body: contains a <script> tag (HTML is not allowed, use markdown)',
    });
    const tag = await editor.post('/api/layers/testdorp/tiles', newTileBody('tag', { content: { en: { title: 'A <i>title</i>', body: 'ok' } } }));
    expect(tag.statusCode).toBe(400);
    expect((tag.json() as { message: string }).message).toContain('content.en.title: contains HTML (<i>): HTML is not allowed, use markdown');
    expect(await w.db.tile.count()).toBe(0);
  });

  it('refuses bad keys, themes, languages, links, oversized and NUL text, and duplicate keys', async () => {
    const editor = await w.as('editor@testdorp.example');
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [newTileBody('Bad Key'), 'TILE_INVALID', 'key: must be lowercase letters'],
      [newTileBody('t1', { theme: 'astrology' }), 'TILE_INVALID', 'theme: unknown theme "astrology"'],
      [newTileBody('t2', { sourceLang: 'xx' }), 'TILE_INVALID', 'sourceLang: "xx" is not a supported language'],
      [newTileBody('t3', { sourceLang: 'pl' }), 'TILE_INVALID', 'content.pl: required (the source language)'],
      [newTileBody('t4', { links: [{ label: 'Go', url: 'javascript:alert(1)' }] }), 'TILE_INVALID', 'links[0].url: must be an http(s) URL'],
      [newTileBody('t5', { links: [{ label: 'Go', url: 'ftp://example.org' }] }), 'TILE_INVALID', 'links[0].url: must be an http(s) URL'],
      [newTileBody('t6', { content: { en: { title: 'T', body: '   ' } } }), 'TILE_INVALID', 'content.en.body: must not be empty'],
      [newTileBody('t7', { content: { en: { title: 'x'.repeat(201), body: 'b' } } }), 'VALIDATION_FAILED', 'title'],
      [newTileBody('t8', { content: { en: { title: 'T', body: 'b'.repeat(8001) } } }), 'VALIDATION_FAILED', 'body'],
      [newTileBody('t9', { content: { en: { title: 'T', body: 'nul \u0000 here' } } }), 'INPUT_INVALID_TEXT', 'content.en.body'],
      [newTileBody('t10', { content: { en: { title: 'T\u0007', body: 'b' } } }), 'INPUT_INVALID_TEXT', 'content.en.title'],
      [newTileBody('t11', { ownerId: w.staff.farm }), 'TILE_INVALID', 'ownerId: not an active staff member of this layer'],
    ];
    for (const [body, code, text] of cases) {
      const res = await editor.post('/api/layers/testdorp/tiles', body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.json()).toMatchObject({ code });
      expect((res.json() as { message: string }).message).toContain(text);
    }
    expect(await w.db.tile.count()).toBe(0);

    expect((await editor.post('/api/layers/testdorp/tiles', newTileBody('dup'))).statusCode).toBe(201);
    const dup = await editor.post('/api/layers/testdorp/tiles', newTileBody('dup'));
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toEqual({ code: 'TILE_KEY_TAKEN', message: 'Tile "dup" already exists in this layer' });
    // The same key in another layer is fine.
    const national = await w.as('national@nl.example');
    expect((await national.post('/api/layers/nl/tiles', newTileBody('dup'))).statusCode).toBe(201);
  });

  it('validates a draft save the same way', async () => {
    const editor = await w.as('editor@testdorp.example');
    await editor.post('/api/layers/testdorp/tiles', newTileBody('t'));
    const res = await editor.put('/api/layers/testdorp/tiles/t/draft', {
      baseEditVersion: 1, theme: 'work', content: { en: { title: 'T', body: '<iframe src="https://x.org"></iframe>' } }, links: [],
    });
    expect(res.statusCode).toBe(400);
    expect((res.json() as { message: string }).message).toContain('content.en.body: contains an <iframe> tag');
    expect((await editor.get('/api/layers/testdorp/tiles/t')).json()).toMatchObject({ editVersion: 1, draft: { content: { en: { title: 't title' } } } });
  });
});

describe('two editors on one tile', () => {
  it('a save based on an old editVersion gets 409 with what changed, who saved it and when', async () => {
    const alice = await w.as('editor@testdorp.example');
    const bob = await w.as('editor2@testdorp.example');
    await alice.post('/api/layers/testdorp/tiles', newTileBody('bsn'));
    await alice.post('/api/layers/testdorp/tiles/bsn/publish');

    // Both open the tile at editVersion 2.
    const opened = (await bob.get('/api/layers/testdorp/tiles/bsn')).json() as { editVersion: number };
    expect(opened.editVersion).toBe(2);
    const draft = (title: string) => ({ baseEditVersion: 2, theme: 'registration', content: { en: { title, body: 'Register within 5 days.' } }, links: [] });

    w.clock.advance(60_000);
    const first = await alice.put('/api/layers/testdorp/tiles/bsn/draft', draft('Alice\'s title'));
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ editVersion: 3, status: 'published', draft: { theme: 'registration', content: { en: { title: 'Alice\'s title' } } } });
    // The live version stays until the draft is published.
    expect(first.json()).toMatchObject({ live: { theme: 'work', content: { en: { title: 'bsn title' } } } });

    const second = await bob.put('/api/layers/testdorp/tiles/bsn/draft', draft('Bob\'s title'));
    expect(second.statusCode).toBe(409);
    expect(second.json()).toEqual({
      code: 'TILE_EDIT_CONFLICT',
      message: 'Tile "bsn" was changed by someone else since you opened it; review their changes',
      current: {
        editVersion: 3,
        draft: {
          theme: 'registration', links: [], sensitive: false,
          content: { en: { title: 'Alice\'s title', body: 'Register within 5 days.', examples: [] } },
          savedAt: w.clock.now().toISOString(), savedBy: { id: w.staff.editor, name: 'editor' },
        },
        live: expect.objectContaining({ theme: 'work', content: { en: expect.objectContaining({ title: 'bsn title' }) } }),
        savedBy: { id: w.staff.editor, name: 'editor' },
        savedAt: w.clock.now().toISOString(),
      },
    });
    // Bob's text was not stored; with the current editVersion his save goes through.
    const retry = await bob.put('/api/layers/testdorp/tiles/bsn/draft', { ...draft('Bob\'s title'), baseEditVersion: 3 });
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toMatchObject({ editVersion: 4, draft: { content: { en: { title: 'Bob\'s title' } }, savedBy: { name: 'editor2' } } });
    const saves = await w.db.auditLog.count({ where: { action: 'tile.draft_saved' } });
    expect(saves).toBe(2);
  });

  it('two saves at the same moment: exactly one wins', async () => {
    const alice = await w.as('editor@testdorp.example');
    const bob = await w.as('editor2@testdorp.example');
    await alice.post('/api/layers/testdorp/tiles', newTileBody('race'));
    const body = (title: string) => ({ baseEditVersion: 1, theme: 'work', content: { en: { title, body: 'b' } } });
    const answers = await Promise.all([alice.put('/api/layers/testdorp/tiles/race/draft', body('A')), bob.put('/api/layers/testdorp/tiles/race/draft', body('B'))]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await alice.get('/api/layers/testdorp/tiles/race')).json()).toMatchObject({ editVersion: 2 });
  });
});

describe('publishing', () => {
  it('bumps the version when the source text changes, making older translations stale', async () => {
    const editor = await w.as('editor@testdorp.example');
    await editor.post('/api/layers/testdorp/tiles', newTileBody('work-hours', {
      content: { en: { title: 'Hours', body: 'Forty hours.' }, pl: { title: 'Godziny', body: 'Czterdzieści godzin.' } },
    }));
    const first = (await editor.post('/api/layers/testdorp/tiles/work-hours/publish')).json();
    expect(first).toMatchObject({ version: 1, revision: 1, live: { content: { en: { origin: 'source' }, pl: { origin: 'human', sourceVersion: 1, stale: false } } } });

    // Only English changes: version 2, Polish stale.
    await editor.put('/api/layers/testdorp/tiles/work-hours/draft', {
      baseEditVersion: first.editVersion, theme: 'work', sensitive: true,
      content: { en: { title: 'Hours', body: 'Forty-eight hours.' } }, links: [],
    });
    const second = (await editor.post('/api/layers/testdorp/tiles/work-hours/publish')).json();
    expect(second).toMatchObject({
      version: 2, revision: 2,
      live: { sensitive: true, links: [], content: { en: { body: 'Forty-eight hours.', sourceVersion: 2 }, pl: { sourceVersion: 1, stale: true } } },
    });
    const list = (await editor.get('/api/layers/testdorp/tiles')).json();
    expect(list.tiles[0]).toMatchObject({ languages: ['en', 'pl'], staleLanguages: ['pl'] });

    // A Polish update alone: no version bump, Polish up to date again.
    await editor.put('/api/layers/testdorp/tiles/work-hours/draft', {
      baseEditVersion: second.editVersion, theme: 'work',
      content: { en: { title: 'Hours', body: 'Forty-eight hours.' }, pl: { title: 'Godziny', body: 'Czterdzieści osiem godzin.' } }, links: [],
    });
    const third = (await editor.post('/api/layers/testdorp/tiles/work-hours/publish')).json();
    expect(third).toMatchObject({ version: 2, revision: 3, live: { sensitive: true, content: { pl: { origin: 'human', sourceVersion: 2, stale: false } } } });
  });

  it('publish without a draft is 409; unpublish archives and keeps the text; publish puts it back', async () => {
    const editor = await w.as('editor@testdorp.example');
    await editor.post('/api/layers/testdorp/tiles', newTileBody('p'));
    await editor.post('/api/layers/testdorp/tiles/p/publish');
    const again = await editor.post('/api/layers/testdorp/tiles/p/publish');
    expect(again.statusCode).toBe(409);
    expect(again.json()).toEqual({ code: 'TILE_STATE_CONFLICT', message: 'Tile "p": there is no draft to publish' });

    const off = await editor.post('/api/layers/testdorp/tiles/p/unpublish');
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ status: 'archived', revision: 1, live: { content: { en: { title: 'p title' } } } });
    expect(await w.db.tileTranslation.count()).toBe(1);
    expect((await editor.post('/api/layers/testdorp/tiles/p/unpublish')).statusCode).toBe(409);

    const back = await editor.post('/api/layers/testdorp/tiles/p/publish');
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ status: 'published', revision: 1 });
    const actions = (await w.db.auditLog.findMany({ orderBy: { createdAt: 'asc' }, select: { action: true } })).map((a) => a.action);
    expect(actions).toEqual(['tile.created', 'tile.published', 'tile.unpublished', 'tile.published']);
  });

  it('PATCH sets owner and review date; DELETE removes only never-published tiles; discard drops the draft', async () => {
    const editor = await w.as('editor@testdorp.example');
    await editor.post('/api/layers/testdorp/tiles', newTileBody('d'));
    const patched = await editor.patch('/api/layers/testdorp/tiles/d', { ownerId: w.staff.editor2, reviewBy: '2030-01-01T00:00:00.000Z' });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ owner: { id: w.staff.editor2, name: 'editor2' }, reviewBy: '2030-01-01T00:00:00.000Z' });
    expect((await editor.delete('/api/layers/testdorp/tiles/d/draft')).statusCode).toBe(409);
    expect((await editor.delete('/api/layers/testdorp/tiles/d')).statusCode).toBe(204);
    expect((await editor.get('/api/layers/testdorp/tiles/d')).json()).toEqual({ code: 'TILE_NOT_FOUND', message: 'Tile "d" not found' });

    await editor.post('/api/layers/testdorp/tiles', newTileBody('e'));
    await editor.post('/api/layers/testdorp/tiles/e/publish');
    await editor.put('/api/layers/testdorp/tiles/e/draft', { baseEditVersion: 2, theme: 'work', content: { en: { title: 'new', body: 'new' } } });
    expect((await editor.delete('/api/layers/testdorp/tiles/e')).json()).toMatchObject({ code: 'TILE_STATE_CONFLICT' });
    expect((await editor.delete('/api/layers/testdorp/tiles/e/draft?baseEditVersion=2')).statusCode).toBe(409);
    const discarded = await editor.delete('/api/layers/testdorp/tiles/e/draft?baseEditVersion=3');
    expect(discarded.statusCode).toBe(200);
    expect(discarded.json()).toMatchObject({ draft: null, editVersion: 4, live: { content: { en: { title: 'e title' } } } });
    const actions = (await w.db.auditLog.findMany({ orderBy: { createdAt: 'asc' }, select: { action: true } })).map((a) => a.action);
    expect(actions).toEqual(['tile.created', 'tile.updated', 'tile.deleted', 'tile.created', 'tile.published', 'tile.draft_saved', 'tile.draft_discarded']);
  });
});

describe('OpenAPI', () => {
  it('documents every tile library route with its schemas under the tag studio', async () => {
    const swagger = (await import('@fastify/swagger')).default;
    const { OPENAPI_OPTIONS } = await import('../../admin/api/docs/openapi.ts');
    const { buildStaffAuthHarness } = await import('../../admin/auth/testing/staff-auth-harness.ts');
    const { tileLibraryRoutes } = await import('../../admin/api/studio/tiles-library.ts');
    const h = await buildStaffAuthHarness(w.db, {}, async (app) => {
      await app.register(swagger, OPENAPI_OPTIONS);
      await app.register(tileLibraryRoutes, { db: w.db, schedule: { enqueue: async () => undefined } });
    });
    try {
      const spec = h.app.swagger() as unknown as { paths: Record<string, Record<string, { tags?: string[]; requestBody?: unknown; responses: Record<string, unknown> }>> };
      const routes = Object.entries(spec.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`))
        .filter((r) => /\/api\/(layers|themes|studio)/.test(r));
      expect(routes.sort()).toEqual([
        'DELETE /api/layers/{slug}/tiles/{key}', 'DELETE /api/layers/{slug}/tiles/{key}/draft', 'DELETE /api/layers/{slug}/tiles/{key}/schedule',
        'GET /api/layers', 'GET /api/layers/{slug}', 'GET /api/layers/{slug}/editors', 'GET /api/layers/{slug}/tiles',
        'GET /api/layers/{slug}/tiles/{key}', 'GET /api/layers/{slug}/tiles/{key}/diff', 'GET /api/layers/{slug}/tiles/{key}/revisions',
        'GET /api/layers/{slug}/tiles/{key}/revisions/{number}', 'GET /api/studio/overdue', 'GET /api/themes',
        'PATCH /api/layers/{slug}/tiles/{key}', 'POST /api/layers/{slug}/tiles', 'POST /api/layers/{slug}/tiles/{key}/publish',
        'POST /api/layers/{slug}/tiles/{key}/review', 'POST /api/layers/{slug}/tiles/{key}/revisions/{number}/restore',
        'POST /api/layers/{slug}/tiles/{key}/unpublish', 'PUT /api/layers/{slug}/tiles/{key}/draft', 'PUT /api/layers/{slug}/tiles/{key}/schedule',
      ].sort());
      const create = spec.paths['/api/layers/{slug}/tiles'].post;
      expect(create.tags).toEqual(['studio']);
      expect(create.requestBody).toBeDefined();
      expect(Object.keys(create.responses)).toEqual(expect.arrayContaining(['201', '400', '403', '404', '409']));
    } finally {
      await h.close();
    }
  });
});
