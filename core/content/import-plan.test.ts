import { describe, expect, it } from 'vitest';
import { buildTile, buildTileFile } from '../../tests/support/factories.ts';
import type { StoredTile } from './library-repository.ts';
import { sourceHashOf } from './translations/source-hash.ts';
import { planImport } from './import-plan.ts';
import type { TileFileTile } from './tiles-v1.ts';

const themeIds = new Map([['practical', 'theme-practical'], ['work', 'theme-work']]);

/** The stored form of `tile` as a first import would leave it. */
function stored(tile: TileFileTile, overrides: Partial<StoredTile> = {}): StoredTile {
  return {
    id: `id-${tile.key}`,
    key: tile.key,
    themeKey: tile.theme,
    sourceLang: tile.sourceLang,
    status: 'published',
    version: 1,
    sortOrder: 0,
    links: tile.links,
    sensitive: false,
    translations: Object.entries(tile.content).map(([language, text]) => ({
      id: `${tile.key}-${language}`,
      language,
      ...text,
      origin: language === tile.sourceLang ? 'source' : 'human',
      sourceVersion: 1,
      sourceHash: sourceHashOf(tile.content[tile.sourceLang], tile.links.map((l) => l.label)),
      linkLabels: language === tile.sourceLang ? tile.links.map((l) => l.label) : [],
      checkedAt: null,
    })),
    ...overrides,
  };
}

describe('planImport', () => {
  it('creates unknown tiles with their translations at version 1', () => {
    const tile = buildTile({ key: 'new' });
    const plan = planImport(buildTileFile({ tiles: [tile] }), [], themeIds);
    expect(plan).toMatchObject({ created: 1, updated: 0, unchanged: 0, tileUpdates: [], changedTranslations: [] });
    expect(plan.newTiles[0].tile).toMatchObject({ key: 'new', version: 1, themeId: 'theme-practical', status: 'published' });
    expect(plan.newTiles[0].translations.map((t) => [t.language, t.origin, t.sourceVersion])).toEqual([
      ['en', 'source', 1], ['pl', 'human', 1], ['ro', 'human', 1],
    ]);
  });

  it('plans nothing for a tile that matches', () => {
    const tile = buildTile({ key: 'same' });
    expect(planImport(buildTileFile({ tiles: [tile] }), [stored(tile)], themeIds)).toMatchObject({
      unchanged: 1, tileUpdates: [], replacedTranslationIds: [], changedTranslations: [],
    });
  });

  it('bumps the version on a source change and rewrites only the source row', () => {
    const tile = buildTile({ key: 't' });
    const current = stored(tile);
    tile.content.en.body = 'New source text.';
    const plan = planImport(buildTileFile({ tiles: [tile] }), [current], themeIds);
    expect(plan.tileUpdates).toEqual([{ id: 'id-t', key: 't', patch: { version: 2 } }]);
    expect(plan.replacedTranslationIds).toEqual(['t-en']);
    expect(plan.changedTranslations).toEqual([expect.objectContaining({ language: 'en', origin: 'source', sourceVersion: 2 })]);
  });

  it('keeps a machine translation supplied unchanged', () => {
    const tile = buildTile({ key: 't' });
    const current = stored(tile);
    current.translations[1].origin = 'machine';
    expect(planImport(buildTileFile({ tiles: [tile] }), [current], themeIds).unchanged).toBe(1);
  });

  it('patches tile fields without a new version (a link address is not text to translate)', () => {
    const tile = buildTile({ key: 't', links: [{ label: 'Gemeente', url: 'https://example.org/a' }] });
    const current = stored(tile);
    const links = [{ label: 'Gemeente', url: 'https://example.org/b' }];
    Object.assign(tile, { theme: 'work', links, sensitive: true, status: 'draft' });
    expect(planImport(buildTileFile({ tiles: [tile] }), [current], themeIds).tileUpdates[0].patch).toEqual({
      themeId: 'theme-work', links, sensitive: true, status: 'draft',
    });
  });

  it('counts a changed link label as a change of the source text', () => {
    const tile = buildTile({ key: 't', links: [{ label: 'Gemeente', url: 'https://example.org/a' }] });
    const current = stored(tile);
    tile.links = [{ label: 'The gemeente', url: 'https://example.org/a' }];
    expect(planImport(buildTileFile({ tiles: [tile] }), [current], themeIds).tileUpdates[0].patch).toMatchObject({ version: 2 });
  });

  it('imports a translation the file marks as machine-made with its link labels', () => {
    const tile = buildTile({ key: 'm', links: [{ label: 'Gemeente', url: 'https://example.org/a' }] });
    tile.content.pl = { ...tile.content.pl!, origin: 'machine', linkLabels: ['Gmina'] };
    const plan = planImport(buildTileFile({ tiles: [tile] }), [], themeIds);
    expect(plan.newTiles[0].translations.find((t) => t.language === 'pl')).toMatchObject({ origin: 'machine', linkLabels: ['Gmina'] });
  });
});
