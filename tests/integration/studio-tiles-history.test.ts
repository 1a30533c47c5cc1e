import { describe, expect, it } from 'vitest';
import { importTiles, reviewDateAfter, seedDemoLibrary } from '../../core/content/index.ts';
import { buildTileFile, buildTile } from '../support/factories.ts';
import { newTileBody, useStudioWorld, type StudioClient } from './studio-tiles-world.ts';

/**
 * Revisions, diffs, restore, review dates and the overdue list of the tile
 * library API, on real PostgreSQL.
 */
const w = useStudioWorld();

type Part = { op: string; value: string };
const text = (parts: Part[], side: 'from' | 'to') => parts.filter((p) => p.op === 'same' || p.op === (side === 'from' ? 'removed' : 'added')).map((p) => p.value).join('');

/** Publishes three revisions of `rules`: en+pl, then en changed, then pl added to and en changed again. */
async function threeRevisions(editor: StudioClient): Promise<void> {
  await editor.post('/api/layers/testdorp/tiles', newTileBody('rules', {
    content: { en: { title: 'Rules', body: 'Work at most forty hours.' }, pl: { title: 'Zasady', body: 'Maksymalnie czterdzieści godzin.' } },
  }));
  await editor.post('/api/layers/testdorp/tiles/rules/publish');
  await editor.put('/api/layers/testdorp/tiles/rules/draft', {
    baseEditVersion: 2, theme: 'work', content: { en: { title: 'Rules', body: 'Work at most forty-eight hours.' } },
  });
  await editor.post('/api/layers/testdorp/tiles/rules/publish');
  await editor.put('/api/layers/testdorp/tiles/rules/draft', {
    baseEditVersion: 4, theme: 'registration',
    content: { en: { title: 'Working rules', body: 'Work at most forty-eight hours.\nRest eleven hours.' }, ro: { title: 'Reguli', body: 'Maxim patruzeci și opt de ore.' } },
  });
  await editor.post('/api/layers/testdorp/tiles/rules/publish');
}

describe('revisions', () => {
  it('every publish keeps a revision, listed newest first with who published it', async () => {
    const editor = await w.as('editor@testdorp.example');
    await threeRevisions(editor);
    const res = await editor.get('/api/layers/testdorp/tiles/rules/revisions');
    expect(res.statusCode).toBe(200);
    const { revisions } = res.json() as { revisions: Array<Record<string, unknown>> };
    expect(revisions.map((r) => [r.number, r.theme, r.languages, r.current])).toEqual([
      [3, 'registration', ['en', 'pl', 'ro'], true],
      [2, 'work', ['en', 'pl'], false],
      [1, 'work', ['en', 'pl'], false],
    ]);
    expect(revisions[0].publishedBy).toEqual({ id: w.staff.editor, name: 'editor' });

    const one = await editor.get('/api/layers/testdorp/tiles/rules/revisions/1');
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({
      number: 1,
      snapshot: {
        theme: 'work', sourceLang: 'en', sensitive: false, links: [{ label: 'More', url: 'https://example.org/rules' }],
        content: { en: { title: 'Rules', body: 'Work at most forty hours.', examples: [], origin: 'source' }, pl: { title: 'Zasady', origin: 'human' } },
      },
    });
    const missing = await editor.get('/api/layers/testdorp/tiles/rules/revisions/9');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ code: 'REVISION_NOT_FOUND', message: 'Tile "rules" has no revision 9' });
    expect((await editor.get('/api/layers/testdorp/tiles/rules/revisions/99999999999')).json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await editor.post('/api/layers/testdorp/tiles/rules/revisions/1/restore', { baseEditVersion: 1e15 })).statusCode).toBe(400);
    // Readers of the layer see the history too; other layers' staff do not.
    const worker = await w.as('worker@testdorp.example');
    expect((await worker.get('/api/layers/testdorp/tiles/rules/revisions')).statusCode).toBe(200);
    const farm = await w.as('farm@agrifarm.example');
    expect((await farm.get('/api/layers/testdorp/tiles/rules/revisions')).statusCode).toBe(404);
  });

  it('diffs any two revisions per language, word or line by line', async () => {
    const editor = await w.as('editor@testdorp.example');
    await threeRevisions(editor);
    const res = await editor.get('/api/layers/testdorp/tiles/rules/diff?from=1&to=3');
    expect(res.statusCode).toBe(200);
    const diff = res.json();
    expect(diff).toMatchObject({ from: '1', to: '3', mode: 'words', fields: { theme: { from: 'work', to: 'registration', changed: true }, sensitive: { changed: false } } });
    const byLang = Object.fromEntries((diff.languages as Array<{ language: string; change: string; title: Part[]; body: Part[] }>).map((l) => [l.language, l]));
    expect(Object.fromEntries(Object.entries(byLang).map(([k, v]) => [k, v.change]))).toEqual({ en: 'changed', pl: 'unchanged', ro: 'added' });
    expect(text(byLang.en.body, 'from')).toBe('Work at most forty hours.');
    expect(text(byLang.en.body, 'to')).toBe('Work at most forty-eight hours.\nRest eleven hours.');
    expect(text(byLang.en.title, 'from')).toBe('Rules');
    expect(text(byLang.en.title, 'to')).toBe('Working rules');
    expect(byLang.en.body.filter((p) => p.op === 'added').map((p) => p.value).join('')).toContain('eight');
    expect(byLang.en.body.filter((p) => p.op === 'removed')).toEqual([]);

    const lines = (await editor.get('/api/layers/testdorp/tiles/rules/diff?from=2&to=3&mode=lines')).json();
    const en = (lines.languages as Array<{ language: string; body: Part[] }>).find((l) => l.language === 'en') as { body: Part[] };
    expect(text(en.body, 'from')).toBe('Work at most forty-eight hours.');
    expect(text(en.body, 'to')).toBe('Work at most forty-eight hours.\nRest eleven hours.');
    // Whole lines: the new line is one added part.
    expect(en.body.filter((p) => p.op === 'added').map((p) => p.value).join('')).toContain('Rest eleven hours.');
    expect(en.body.every((p) => p.op === 'same' || p.value.includes('hours.'))).toBe(true);

    expect((await editor.get('/api/layers/testdorp/tiles/rules/diff?from=1&to=7')).statusCode).toBe(404);
    const bad = await editor.get('/api/layers/testdorp/tiles/rules/diff?from=yesterday');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('diffs the draft against the live version', async () => {
    const editor = await w.as('editor@testdorp.example');
    await editor.post('/api/layers/testdorp/tiles', newTileBody('doctor', { content: { en: { title: 'Doctor', body: 'Register with a GP.' } } }));
    // Never published: everything in the draft is new.
    const before = (await editor.get('/api/layers/testdorp/tiles/doctor/diff')).json();
    expect(before).toMatchObject({ from: 'live', to: 'draft', fields: { theme: { from: null, to: 'work' } }, languages: [{ language: 'en', change: 'added' }] });

    await editor.post('/api/layers/testdorp/tiles/doctor/publish');
    const none = (await editor.get('/api/layers/testdorp/tiles/doctor/diff')).json();
    expect(none.languages).toEqual([{ language: 'en', change: 'unchanged', title: [{ op: 'same', value: 'Doctor' }], body: [{ op: 'same', value: 'Register with a GP.' }], examples: [] }]);

    await editor.put('/api/layers/testdorp/tiles/doctor/draft', { baseEditVersion: 2, theme: 'health', content: { en: { title: 'Doctor', body: 'Register with a GP (huisarts).' } } });
    const after = (await editor.get('/api/layers/testdorp/tiles/doctor/diff?from=live&to=draft')).json();
    expect(after.fields.theme).toEqual({ from: 'work', to: 'health', changed: true });
    expect(after.fields.links).toEqual([{ op: 'same', value: 'More <https://example.org/doctor>\n' }]);
    expect(after.languages[0].body).toContainEqual({ op: 'added', value: ' (huisarts)' });
  });

  it('restores a revision as the draft; publishing it makes a new revision', async () => {
    const editor = await w.as('editor@testdorp.example');
    await threeRevisions(editor);
    const current = (await editor.get('/api/layers/testdorp/tiles/rules')).json() as { editVersion: number };
    const stale = await editor.post('/api/layers/testdorp/tiles/rules/revisions/1/restore', { baseEditVersion: current.editVersion - 1 });
    expect(stale.statusCode).toBe(409);
    const restored = await editor.post('/api/layers/testdorp/tiles/rules/revisions/1/restore');
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toMatchObject({
      status: 'published', revision: 3, editVersion: current.editVersion + 1,
      draft: { theme: 'work', content: { en: { body: 'Work at most forty hours.' }, pl: { title: 'Zasady' } } },
      live: { theme: 'registration' },
    });
    expect((await editor.post('/api/layers/testdorp/tiles/rules/revisions/8/restore')).statusCode).toBe(404);

    const published = (await editor.post('/api/layers/testdorp/tiles/rules/publish')).json();
    expect(published).toMatchObject({ revision: 4, version: 4, draft: null, live: { theme: 'work', content: { en: { body: 'Work at most forty hours.' } } } });
    // Revision 4 equals revision 1 in every language revision 1 had; Romanian, added later, stays live.
    const diff = (await editor.get('/api/layers/testdorp/tiles/rules/diff?from=1&to=4')).json();
    expect(diff.fields.theme.changed).toBe(false);
    expect(Object.fromEntries((diff.languages as Array<{ language: string; change: string }>).map((l) => [l.language, l.change])))
      .toEqual({ en: 'unchanged', pl: 'unchanged', ro: 'added' });
    const restoredAudit = await w.db.auditLog.findFirstOrThrow({ where: { action: 'tile.restored' } });
    expect(restoredAudit).toMatchObject({ actor: `user:${w.staff.editor}`, data: { key: 'rules', revision: 1 } });
  });

  it('an imported tile without revisions gets revision 1 from its live text when its history is first needed', async () => {
    await importTiles(w.db, buildTileFile({ tiles: [buildTile({ key: 'imported', theme: 'housing', languages: ['en', 'pl'] })] }), 'cli');
    const editor = await w.as('editor@testdorp.example');
    const tile = (await editor.get('/api/layers/testdorp/tiles/imported')).json();
    expect(tile).toMatchObject({ status: 'published', revision: 0, live: { theme: 'housing', content: { en: { origin: 'source' }, pl: { origin: 'human' } } } });

    const revisions = (await editor.get('/api/layers/testdorp/tiles/imported/revisions')).json();
    expect(revisions.revisions).toMatchObject([{ number: 1, publishedBy: null, theme: 'housing', languages: ['en', 'pl'], current: true }]);
    // Asking again does not make another one.
    expect((await editor.get('/api/layers/testdorp/tiles/imported/revisions')).json().revisions).toHaveLength(1);

    await editor.put('/api/layers/testdorp/tiles/imported/draft', {
      baseEditVersion: tile.editVersion, theme: 'housing', content: { en: { title: 'Imported, edited', body: 'New text.' } },
    });
    const published = (await editor.post('/api/layers/testdorp/tiles/imported/publish')).json();
    expect(published).toMatchObject({ revision: 2, version: 2, live: { content: { pl: { stale: true } } } });
    const diff = (await editor.get('/api/layers/testdorp/tiles/imported/diff?from=1&to=2')).json();
    expect((diff.languages as Array<{ language: string; change: string }>).map((l) => l.change)).toEqual(['changed', 'unchanged']);
  });
});

describe('review dates', () => {
  it('"still correct" renews the review date six months from now; the overdue list shows mine first', async () => {
    const alice = await w.as('editor@testdorp.example');
    const bob = await w.as('editor2@testdorp.example');
    await alice.post('/api/layers/testdorp/tiles', newTileBody('alice-old'));
    await alice.post('/api/layers/testdorp/tiles/alice-old/publish');
    w.clock.advance(24 * 3600_000);
    await bob.post('/api/layers/testdorp/tiles', newTileBody('bob-old'));
    await alice.post('/api/layers/testdorp/tiles', newTileBody('alice-newer', { reviewBy: new Date(w.clock.now().getTime() + 30 * 24 * 3600_000).toISOString() }));
    await alice.post('/api/layers/testdorp/tiles', newTileBody('archived'));
    await alice.post('/api/layers/testdorp/tiles/archived/publish');
    await alice.post('/api/layers/testdorp/tiles/archived/unpublish');
    // A national tile Alice may not edit is not on her list.
    const national = await w.as('national@nl.example');
    await national.post('/api/layers/nl/tiles', newTileBody('national-old'));

    expect((await alice.get('/api/studio/overdue')).json()).toEqual({ tiles: [] });
    w.clock.advance(200 * 24 * 3600_000);

    const overdue = await alice.get('/api/studio/overdue');
    expect(overdue.statusCode).toBe(200);
    expect((overdue.json() as { tiles: Array<Record<string, unknown>> }).tiles.map((t) => [t.key, t.ownedByMe])).toEqual([
      ['alice-newer', true], ['alice-old', true], ['bob-old', false],
    ]);
    expect((overdue.json() as { tiles: unknown[] }).tiles[2]).toMatchObject({
      layer: { slug: 'testdorp', name: 'testdorp' }, title: 'bob-old title', status: 'draft', owner: { id: w.staff.editor2, name: 'editor2' },
    });
    expect((await bob.get('/api/studio/overdue')).json().tiles.map((t: { key: string }) => t.key)).toEqual(['bob-old', 'alice-newer', 'alice-old']);
    expect((await alice.get('/api/layers/testdorp/tiles/alice-old')).json()).toMatchObject({ reviewOverdue: true });
    expect((await alice.get('/api/layers/testdorp')).json()).toMatchObject({ tiles: { overdue: 3, total: 4, archived: 1 } });

    const reviewed = await alice.post('/api/layers/testdorp/tiles/alice-old/review');
    expect(reviewed.statusCode).toBe(200);
    expect(reviewed.json()).toMatchObject({ reviewOverdue: false, reviewBy: reviewDateAfter(w.clock.now(), 6).toISOString() });
    expect((await alice.get('/api/studio/overdue')).json().tiles.map((t: { key: string }) => t.key)).toEqual(['alice-newer', 'bob-old']);
    expect(await w.db.auditLog.count({ where: { action: 'tile.reviewed' } })).toBe(1);

    // Only editors of the layer may mark it reviewed.
    const worker = await w.as('worker@testdorp.example');
    expect((await worker.post('/api/layers/testdorp/tiles/bob-old/review')).statusCode).toBe(403);
    expect((await worker.get('/api/studio/overdue')).json()).toEqual({ tiles: [] });
  });
});

describe('demo content', () => {
  it('seedDemoLibrary leaves a draft and an overdue review in the demo libraries, once', async () => {
    const { readFile } = await import('node:fs/promises');
    const demo = async (name: string) => JSON.parse(await readFile(new URL(`../../prisma/demo/${name}`, import.meta.url), 'utf8')) as unknown;
    await importTiles(w.db, await demo('national-library.json'), 'seed');
    await importTiles(w.db, await demo('demostad.json'), 'seed');
    expect(await seedDemoLibrary(w.db, w.clock.now())).toEqual({ drafts: 2, overdue: 1 });
    expect(await seedDemoLibrary(w.db, w.clock.now())).toEqual({ drafts: 0, overdue: 0 });

    const town = await w.db.tile.findFirstOrThrow({ where: { key: 'demostad-town-hall' }, select: { draft: true, status: true } });
    expect(town.status).toBe('published');
    expect(JSON.stringify(town.draft)).toContain('17:00 to 20:00');
    const overdue = await w.db.tile.findFirstOrThrow({ where: { key: 'demostad-migrant-desk' }, select: { reviewBy: true } });
    expect((overdue.reviewBy as Date).getTime()).toBeLessThan(w.clock.now().getTime());
    expect(await w.db.auditLog.count({ where: { action: 'tile.draft_saved', actor: 'system' } })).toBe(2);
  });
});
