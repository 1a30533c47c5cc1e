import { describe, expect, it } from 'vitest';
import { publishedTile, useTranslationsWorld } from './translations-api-world.ts';

/**
 * The studio's translation API on real PostgreSQL and Redis, DeepL behind
 * the fake: the tile × language matrix and its filters, editing in place
 * (human), checking a machine text (machine_checked), actions the state
 * machine refuses (409), the estimate and a run refused past the budget,
 * "minor change, keep translations" at publish, the glossary, and who may
 * do what (a translator of another organization gets 404).
 */
const w = useTranslationsWorld();

const polish = { title: 'Tytuł alfa', body: 'Odpowiedź **alfa**.', examples: ['co z alfa?'], linkLabels: ['Więcej'] };

describe('the matrix', () => {
  it('shows every tile × language with its state, counts per language, the budget and DeepL; filters by language, state and theme', async () => {
    const editor = await w.as('editor@testdorp.example');
    await publishedTile(editor, 'alpha');
    await publishedTile(editor, 'beta', []);
    const translator = await w.as('translator@testdorp.example');
    expect((await translator.put('/api/layers/testdorp/tiles/alpha/translations/pl', polish)).statusCode).toBe(200);

    const res = await translator.get('/api/layers/testdorp/translations');
    expect(res.statusCode).toBe(200);
    const month = w.clock.now().toISOString().slice(0, 7);
    expect(res.json()).toEqual({
      layer: { slug: 'testdorp', name: 'testdorp', access: 'read', mayTranslate: true },
      languages: ['en', 'nl', 'pl'],
      budget: { month, budget: 200_000, used: 0, left: 200_000 },
      deepl: { enabled: true },
      counts: { en: { source: 2 }, nl: { missing: 2 }, pl: { human: 1, missing: 1 } },
      tiles: [
        {
          key: 'alpha', title: 'alpha title', theme: 'work', sourceLang: 'en',
          cells: {
            en: { state: 'source', origin: 'source', hasSuggestion: false },
            nl: { state: 'missing', hasSuggestion: false },
            pl: { state: 'human', origin: 'human', hasSuggestion: false },
          },
        },
        expect.objectContaining({ key: 'beta' }),
      ],
    });

    const keys = async (query: string) => ((await translator.get(`/api/layers/testdorp/translations?${query}`)).json() as { tiles: Array<{ key: string }> }).tiles.map((t) => t.key);
    expect(await keys('language=pl&state=missing')).toEqual(['beta']);
    expect(await keys('language=pl&state=human')).toEqual(['alpha']);
    expect(await keys('state=stale')).toEqual([]);
    expect(await keys('theme=work')).toEqual(['alpha', 'beta']);
    expect(await keys('theme=practical')).toEqual([]);
    const onlyPolish = (await translator.get('/api/layers/testdorp/translations?language=pl')).json() as { languages: string[]; tiles: Array<{ cells: object }> };
    expect(onlyPolish.languages).toEqual(['pl']);
    expect(Object.keys(onlyPolish.tiles[0].cells)).toEqual(['pl']);
    expect((await translator.get('/api/layers/testdorp/translations?state=nonsense')).statusCode).toBe(400);
  });

  it('says why a language is missing when DeepL failed', async () => {
    const editor = await w.as('editor@testdorp.example');
    await publishedTile(editor, 'alpha');
    w.fake.mode = { kind: 'quota_exceeded' };
    const run = await editor.post('/api/layers/testdorp/translations/machine', { languages: ['nl'] });
    expect(run.json()).toMatchObject({ translated: 0, problems: { quota_exceeded: 1 } });
    const matrix = (await editor.get('/api/layers/testdorp/translations?language=nl')).json() as { tiles: Array<{ cells: Record<string, unknown> }> };
    expect(matrix.tiles[0].cells.nl).toEqual({ state: 'missing', hasSuggestion: false, problem: { reason: 'quota_exceeded', at: w.clock.now().toISOString() } });
  });
});

describe('one tile × language', () => {
  it('a translator edits in place: the text becomes human and current, with an audit row and a content change', async () => {
    const editor = await w.as('editor@testdorp.example');
    await publishedTile(editor, 'alpha');
    const translator = await w.as('translator@testdorp.example');
    const before = await translator.get('/api/layers/testdorp/tiles/alpha/translations/pl');
    expect(before.json()).toEqual({
      key: 'alpha', language: 'pl', state: 'missing', origin: null, editable: true,
      source: { title: 'alpha title', body: 'The **alpha** answer.', examples: ['what about alpha?'], linkLabels: ['More'] },
      text: null, suggestion: null, checkedAt: null, problem: null,
    });
    w.changes.length = 0;
    const res = await translator.put('/api/layers/testdorp/tiles/alpha/translations/pl', { ...polish, title: '  Tytuł alfa ' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ state: 'human', origin: 'human', editable: true, text: polish });
    expect(w.changes).toHaveLength(1);
    const audit = await w.db.auditLog.findFirstOrThrow({ where: { action: 'tile.translation_edited' } });
    expect(audit.data).toMatchObject({ key: 'alpha', language: 'pl', from: 'missing', to: 'human' });
  });

  it('refuses texts that break the tiles\' rules (400) and editing the source language (409)', async () => {
    const editor = await w.as('editor@testdorp.example');
    await publishedTile(editor, 'alpha');
    const translator = await w.as('translator@testdorp.example');
    const url = '/api/layers/testdorp/tiles/alpha/translations/pl';
    const labels = await translator.put(url, { ...polish, linkLabels: [] });
    expect(labels.statusCode).toBe(400);
    expect(labels.json()).toMatchObject({ code: 'TILE_INVALID', message: expect.stringContaining('the tile has 1 link(s), so 1 label(s) are needed') });
    const script = await translator.put(url, { ...polish, body: 'Hi <script>alert(1)</script>' });
    expect(script.json()).toMatchObject({ code: 'TILE_INVALID', message: expect.stringContaining('<script>') });
    const source = await translator.put('/api/layers/testdorp/tiles/alpha/translations/en', polish);
    expect(source.statusCode).toBe(409);
    expect(source.json()).toMatchObject({ code: 'TRANSLATION_STATE_CONFLICT', message: 'Tile "alpha", en: this is the source text; edit the tile instead' });
    expect((await translator.get('/api/layers/testdorp/tiles/nope/translations/pl')).json()).toMatchObject({ code: 'TILE_NOT_FOUND' });
    expect((await translator.get('/api/layers/testdorp/tiles/alpha/translations/de')).json()).toMatchObject({ code: 'UNKNOWN_LANGUAGE' });
    await editor.post('/api/layers/testdorp/tiles', {
      key: 'gamma', theme: 'work', sourceLang: 'en', content: { en: { title: 'Gamma', body: 'Draft only.', examples: [] } }, links: [],
    });
    expect((await translator.get('/api/layers/testdorp/tiles/gamma/translations/pl')).json()).toEqual({
      code: 'TRANSLATION_STATE_CONFLICT', message: 'Tile "gamma", pl: the tile has not been published yet',
    });
  });

  it('checks a machine text (machine → machine_checked); checking human, missing or source texts is refused with 409', async () => {
    const editor = await w.as('editor@testdorp.example');
    await publishedTile(editor, 'alpha');
    const run = await editor.post('/api/layers/testdorp/translations/machine', { languages: ['nl'], keys: ['alpha'] });
    expect(run.statusCode).toBe(200);
    expect(run.json()).toMatchObject({ translated: 1, characters: expect.any(Number), problems: {} });
    const translator = await w.as('translator@testdorp.example');
    const url = '/api/layers/testdorp/tiles/alpha/translations';
    expect((await translator.get(`${url}/nl`)).json()).toMatchObject({ state: 'machine', origin: 'machine', checkedAt: null });

    const checked = await translator.post(`${url}/nl/check`);
    expect(checked.statusCode).toBe(200);
    expect(checked.json()).toMatchObject({ state: 'machine_checked', origin: 'machine', checkedAt: w.clock.now().toISOString() });
    expect(await w.db.auditLog.count({ where: { action: 'tile.translation_checked' } })).toBe(1);

    await translator.put(`${url}/pl`, polish);
    const refusals = await Promise.all(['pl', 'tr', 'en'].map(async (lang) => (await translator.post(`${url}/${lang}/check`)).json()));
    expect(refusals).toEqual([
      { code: 'TRANSLATION_STATE_CONFLICT', message: 'Tile "alpha", pl: a human translation needs no check' },
      { code: 'TRANSLATION_STATE_CONFLICT', message: 'Tile "alpha", tr: there is no machine translation to check' },
      { code: 'TRANSLATION_STATE_CONFLICT', message: 'Tile "alpha", en: this is the source text; edit the tile instead' },
    ]);
  });
});

describe('machine runs', () => {
  it('estimates before a run; a run past the month\'s budget is refused whole (409 with the numbers) and sends nothing', async () => {
    const editor = await w.as('editor@testdorp.example');
    await publishedTile(editor, 'alpha');
    await publishedTile(editor, 'beta', []);
    const estimate = await editor.get('/api/layers/testdorp/translations/estimate?languages=pl,tr');
    expect(estimate.statusCode).toBe(200);
    const { units, characters, fits } = estimate.json() as { units: number; characters: number; fits: boolean };
    expect({ units, fits }).toEqual({ units: 4, fits: true });
    expect(characters).toBeGreaterThan(0);
    expect((await editor.get('/api/layers/testdorp/translations/estimate?languages=pl&keys=beta')).json()).toMatchObject({ units: 1 });
    expect((await editor.get('/api/layers/testdorp/translations/estimate?languages=de')).statusCode).toBe(400);

    await w.db.organization.update({ where: { slug: 'testdorp' }, data: { settings: { translation: { monthlyCharacterBudget: 10 } } } });
    expect((await editor.get('/api/layers/testdorp/translations/estimate?languages=pl,tr')).json()).toMatchObject({ fits: false, budget: { budget: 10, left: 10 } });
    const sent = w.fake.requests.length;
    const refused = await editor.post('/api/layers/testdorp/translations/machine', { languages: ['pl', 'tr'] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toEqual({
      code: 'TRANSLATION_BUDGET_EXCEEDED', message: `This run needs ${characters} characters; 10 of 10 are left this month`, characters, left: 10, budget: 10,
    });
    expect(w.fake.requests.length).toBe(sent);
  });

  it('is for editors and admins: a translator gets 403', async () => {
    const translator = await w.as('translator@testdorp.example');
    expect((await translator.post('/api/layers/testdorp/translations/machine', {})).statusCode).toBe(403);
    expect((await translator.get('/api/layers/testdorp/translations/estimate')).statusCode).toBe(200);
  });
});

describe('publishing with "minor change, keep translations"', () => {
  it('keeps a human translation current; a normal publish makes it stale', async () => {
    const editor = await w.as('editor@testdorp.example');
    await publishedTile(editor, 'alpha');
    const translator = await w.as('translator@testdorp.example');
    await translator.put('/api/layers/testdorp/tiles/alpha/translations/pl', polish);
    const edit = async (body: string) => {
      const tile = (await editor.get('/api/layers/testdorp/tiles/alpha')).json() as { editVersion: number };
      const saved = await editor.put('/api/layers/testdorp/tiles/alpha/draft', {
        baseEditVersion: tile.editVersion, theme: 'work', content: { en: { title: 'alpha title', body, examples: ['what about alpha?'] } },
        links: [{ label: 'More', url: 'https://example.org/alpha' }],
      });
      expect(saved.statusCode).toBe(200);
    };
    await edit('The **alpha** answer!');
    expect((await editor.post('/api/layers/testdorp/tiles/alpha/publish', { keepTranslations: true })).statusCode).toBe(200);
    expect((await translator.get('/api/layers/testdorp/tiles/alpha/translations/pl')).json()).toMatchObject({ state: 'human' });
    await edit('A different answer.');
    expect((await editor.post('/api/layers/testdorp/tiles/alpha/publish', {})).statusCode).toBe(200);
    expect((await translator.get('/api/layers/testdorp/tiles/alpha/translations/pl')).json()).toMatchObject({ state: 'stale' });
    expect((await editor.post('/api/layers/testdorp/tiles/alpha/publish', { keepTranslations: 'yes' })).statusCode).toBe(400);
  });
});

describe('the glossary', () => {
  it('shows the default list until the layer has its own; editors change it, translators may not', async () => {
    const editor = await w.as('editor@testdorp.example');
    const first = (await editor.get('/api/layers/testdorp/glossary')).json() as { terms: string[]; usingDefault: boolean; defaults: string[] };
    expect(first).toMatchObject({ terms: [], usingDefault: true });
    expect(first.defaults).toEqual(expect.arrayContaining(['BSN', 'DigiD', 'huisarts']));
    const put = await editor.put('/api/layers/testdorp/glossary', { terms: [' BSN ', 'bsn', 'Testdorp Pas'] });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ terms: ['BSN', 'Testdorp Pas'], usingDefault: false });
    expect((await w.db.organization.findUniqueOrThrow({ where: { slug: 'testdorp' } })).glossary).toEqual(['BSN', 'Testdorp Pas']);
    expect((await editor.put('/api/layers/testdorp/glossary', { terms: [] })).json()).toMatchObject({ terms: [], usingDefault: true });
    const translator = await w.as('translator@testdorp.example');
    expect((await translator.put('/api/layers/testdorp/glossary', { terms: ['x'] })).statusCode).toBe(403);
    expect((await translator.get('/api/layers/testdorp/glossary')).statusCode).toBe(200);
  });
});

describe('access', () => {
  it('a translator of another organization gets 404; staff who may only read get 403 on writes', async () => {
    const editor = await w.as('editor@testdorp.example');
    await publishedTile(editor, 'alpha');
    const stranger = await w.as('translator@otherdorp.example');
    for (const res of [
      await stranger.get('/api/layers/testdorp/translations'),
      await stranger.get('/api/layers/testdorp/tiles/alpha/translations/pl'),
      await stranger.put('/api/layers/testdorp/tiles/alpha/translations/pl', polish),
      await stranger.post('/api/layers/testdorp/tiles/alpha/translations/pl/check'),
      await stranger.get('/api/layers/testdorp/translations/xliff?language=pl'),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'LAYER_NOT_FOUND' });
    }
    const worker = await w.as('worker@testdorp.example');
    expect((await worker.get('/api/layers/testdorp/translations')).json()).toMatchObject({ layer: { mayTranslate: false } });
    expect((await worker.get('/api/layers/testdorp/tiles/alpha/translations/pl')).json()).toMatchObject({ editable: false });
    expect((await worker.put('/api/layers/testdorp/tiles/alpha/translations/pl', polish)).statusCode).toBe(403);
    // The national library is visible to every staff member, but a municipality's translator cannot touch it.
    const translator = await w.as('translator@testdorp.example');
    expect((await translator.get('/api/layers/nl/translations')).statusCode).toBe(200);
    expect((await translator.put('/api/layers/nl/tiles/alpha/translations/pl', polish)).statusCode).toBe(403);
    expect((await translator.get('/api/layers/nl/translations/xliff?language=pl')).statusCode).toBe(403);
  });
});
