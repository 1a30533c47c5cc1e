import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { exportTiles, importTiles, seedDefaultThemes } from '../../core/content/index.ts';
import { isAppError } from '../../core/platform/errors.ts';
import { contentSnapshot } from '../support/db-snapshot.ts';
import { buildTile, buildTileFile, loadFixture } from '../support/factories.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

const db = createTestDb();

beforeEach(async () => {
  await truncateAll(db);
  await seedDefaultThemes(db);
});
afterAll(() => db.$disconnect());

describe('exportTiles', () => {
  it('gives back the imported file', async () => {
    const file = loadFixture('tiles-small.json');
    await importTiles(db, file, 'test');
    expect(await exportTiles(db, 'testdorp')).toEqual(file);
  });

  it('keeps status, sensitivity and order, and importing the export changes nothing', async () => {
    const file = buildTileFile({
      tiles: [
        buildTile({ key: 'z-first', status: 'draft' }),
        buildTile({ key: 'a-second', sensitive: true }),
        buildTile({ key: 'm-third', status: 'archived', links: [] }),
      ],
    });
    await importTiles(db, file, 'test');
    // A newer source text leaves pl stale: the export carries it, re-importing must not freshen it.
    file.tiles[0].content.en.body = 'Changed source.';
    await importTiles(db, file, 'test');

    const exported = await exportTiles(db, 'testdorp');
    expect(exported.tiles.map((t) => [t.key, t.status, t.sensitive])).toEqual([
      ['z-first', 'draft', undefined],
      ['a-second', undefined, true],
      ['m-third', 'archived', undefined],
    ]);

    const before = await contentSnapshot(db);
    expect(await importTiles(db, exported, 'test')).toMatchObject({ created: 0, updated: 0, unchanged: 3, translations: 0 });
    expect({ ...(await contentSnapshot(db)) as object, auditLogs: 0 }).toEqual({ ...(before as object), auditLogs: 0 });
    const pl = await db.tileTranslation.findFirstOrThrow({ where: { language: 'pl', tile: { key: 'z-first' } } });
    expect(pl.sourceVersion).toBe(1);
  });

  it('lists languages that only some tiles have after the enabled ones', async () => {
    await importTiles(db, buildTileFile({ languages: ['en', 'pl'], tiles: [buildTile({ key: 'a', languages: ['en', 'pl'] })] }), 'test');
    const tile = await db.tile.findFirstOrThrow({ where: { key: 'a' } });
    await db.tileTranslation.create({
      data: { tileId: tile.id, language: 'uk', title: 'Т', body: 'Текст', examples: [], origin: 'machine', sourceVersion: 1 },
    });
    const exported = await exportTiles(db, 'testdorp');
    expect(exported.languages).toEqual(['en', 'pl', 'uk']);
    expect(Object.keys(exported.tiles[0].content)).toEqual(['en', 'pl', 'uk']);
  });

  it('rejects an unknown organization', async () => {
    const err = await exportTiles(db, 'nowhere').catch((e: unknown) => e);
    expect(isAppError(err, 'ORGANIZATION_NOT_FOUND')).toBe(true);
  });
});
