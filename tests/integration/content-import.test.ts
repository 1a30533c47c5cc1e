import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { importTiles, seedDefaultThemes } from '../../core/content/index.ts';
import { isAppError } from '../../core/platform/errors.ts';
import { contentSnapshot } from '../support/db-snapshot.ts';
import { buildTile, buildTileContent, buildTileFile, loadFixture } from '../support/factories.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

const db = createTestDb();

beforeEach(async () => {
  await truncateAll(db);
  await seedDefaultThemes(db);
});
afterAll(() => db.$disconnect());

/** The stored tile with its translations by language. */
async function storedTile(key: string) {
  const tile = await db.tile.findFirstOrThrow({
    where: { key },
    include: { translations: true, theme: true, organization: true },
  });
  return { ...tile, byLang: Object.fromEntries(tile.translations.map((t) => [t.language, t])) };
}

/** Imports `file`, expecting IMPORT_INVALID; returns the message after checking nothing changed. */
async function rejectedImport(file: unknown): Promise<string> {
  const before = await contentSnapshot(db);
  const err = await importTiles(db, file, 'test').then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isAppError(err, 'IMPORT_INVALID')).toBe(true);
  expect(await contentSnapshot(db)).toEqual(before);
  return (err as Error).message;
}

describe('importTiles', () => {
  it('creates the organization, tiles and translations', async () => {
    const summary = await importTiles(db, loadFixture('tiles-small.json'), 'cli');
    expect(summary).toEqual({ organization: 'testdorp', created: 4, updated: 0, unchanged: 0, translations: 11 });

    const org = await db.organization.findUniqueOrThrow({ where: { slug: 'testdorp' } });
    expect(org).toMatchObject({ name: 'Gemeente Testdorp', kind: 'municipality', enabledLanguages: ['en', 'pl', 'ro'] });

    const tile = await storedTile('bsn-registration');
    expect(tile).toMatchObject({ organizationId: org.id, status: 'published', version: 1, sensitive: false, sourceLang: 'en' });
    expect(tile.theme.key).toBe('registration');
    expect(tile.links).toEqual([{ label: 'BSN – Government.nl', url: 'https://www.government.nl/topics/personal-data/citizen-service-number-bsn' }]);
    expect(tile.byLang.en).toMatchObject({ title: 'Register and get a BSN', origin: 'source', sourceVersion: 1 });
    expect(tile.byLang.pl).toMatchObject({ title: 'Zameldowanie i numer BSN', origin: 'human', sourceVersion: 1 });
    expect(tile.byLang.pl.examples).toEqual(['Jak dostać numer BSN?', 'Gdzie mam się zameldować?']);
    expect((await storedTile('report-exploitation')).sensitive).toBe(true);
    expect(Object.keys((await storedTile('health-insurance')).byLang).sort()).toEqual(['en', 'pl']);

    const audit = await db.auditLog.findMany();
    expect(audit).toEqual([expect.objectContaining({ actor: 'cli', action: 'content.imported', entityType: 'organization', entityId: org.id })]);
  });

  it('upserts on re-import: no duplicates, nothing rewritten', async () => {
    const file = loadFixture('tiles-small.json');
    await importTiles(db, file, 'test');
    const before = await db.tileTranslation.findMany({ orderBy: { id: 'asc' } });

    const again = await importTiles(db, file, 'test');
    expect(again).toEqual({ organization: 'testdorp', created: 0, updated: 0, unchanged: 4, translations: 0 });
    expect(await db.organization.count()).toBe(1);
    expect(await db.tile.count()).toBe(4);
    expect(await db.tileTranslation.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
  });

  it('bumps the version only when the source text changes, and leaves human translations stale', async () => {
    const file = loadFixture('tiles-small.json');
    await importTiles(db, file, 'test');

    // A translation changes: same version, the new text is a human translation of version 1.
    file.tiles[0].content.pl.body = 'Nowy tekst.';
    expect(await importTiles(db, file, 'test')).toMatchObject({ updated: 1, unchanged: 3, translations: 1 });
    let tile = await storedTile('bsn-registration');
    expect(tile.version).toBe(1);
    expect(tile.byLang.pl).toMatchObject({ body: 'Nowy tekst.', origin: 'human', sourceVersion: 1 });

    // Only link addresses and the theme change: no new version (a link's label is source text, its address is not).
    const moved = file.tiles[0].links.map((l) => ({ ...l, url: `${l.url}?moved=1` }));
    file.tiles[0].links = moved;
    file.tiles[0].theme = 'practical';
    expect(await importTiles(db, file, 'test')).toMatchObject({ updated: 1, translations: 0 });
    tile = await storedTile('bsn-registration');
    expect(tile).toMatchObject({ version: 1, links: moved });
    expect(tile.theme.key).toBe('practical');

    // The source changes and ro is re-translated; pl is not.
    file.tiles[0].content.en.body = 'Register within 5 days of arrival.';
    file.tiles[0].content.ro.body = 'Înregistrează-te în 5 zile.';
    expect(await importTiles(db, file, 'test')).toMatchObject({ updated: 1, unchanged: 3, translations: 2 });
    tile = await storedTile('bsn-registration');
    expect(tile.version).toBe(2);
    expect(tile.byLang.en).toMatchObject({ origin: 'source', sourceVersion: 2 });
    expect(tile.byLang.ro).toMatchObject({ origin: 'human', sourceVersion: 2 });
    expect(tile.byLang.pl).toMatchObject({ body: 'Nowy tekst.', sourceVersion: 1 });
    expect(tile.byLang.pl.sourceVersion).toBeLessThan(tile.version);

    // A changed example in the source language is a source change too.
    file.tiles[0].content.en.examples.push('Do I need to register?');
    await importTiles(db, file, 'test');
    expect((await storedTile('bsn-registration')).version).toBe(3);
  });

  it('leaves tiles and languages the file does not mention', async () => {
    await importTiles(db, buildTileFile({ tiles: [buildTile({ key: 'a' }), buildTile({ key: 'b' })] }), 'test');
    const summary = await importTiles(
      db,
      buildTileFile({ languages: ['en'], tiles: [buildTile({ key: 'b', languages: ['en'] }), buildTile({ key: 'c', languages: ['en'] })] }),
      'test',
    );
    // b is unchanged but moved to the top of the library: an update, without translation writes.
    expect(summary).toMatchObject({ created: 1, updated: 1, unchanged: 0, translations: 1 });
    expect((await db.tile.findMany({ orderBy: { key: 'asc' } })).map((t) => t.key)).toEqual(['a', 'b', 'c']);
    expect(Object.keys((await storedTile('b')).byLang).sort()).toEqual(['en', 'pl', 'ro']);
    const org = await db.organization.findUniqueOrThrow({ where: { slug: 'testdorp' } });
    expect(org.enabledLanguages).toEqual(['en', 'pl', 'ro']);
  });

  it('seeds the default themes when there are none', async () => {
    await truncateAll(db);
    await importTiles(db, loadFixture('tiles-small.json'), 'test');
    expect(await db.theme.count()).toBe(11);
    expect(await db.tile.count()).toBe(4);
  });

  it('imports a large library in one go', async () => {
    const languages = ['en', 'pl', 'ro', 'bg', 'uk', 'lt'] as const;
    const tiles = Array.from({ length: 300 }, (_, i) => buildTile({ key: `bulk-${i}`, languages: [...languages] }));
    const summary = await importTiles(db, buildTileFile({ languages: [...languages], tiles }), 'test');
    expect(summary).toMatchObject({ created: 300, translations: 1800 });
    expect((await storedTile('bulk-299')).byLang.lt.examples).toEqual(buildTileContent('lt', 'bulk-299').examples);
  });
});

describe('importTiles rejects a bad file and changes nothing', () => {
  beforeEach(async () => {
    await importTiles(db, loadFixture('tiles-small.json'), 'test');
  });

  /** The fixture with its tile `index` changed by `edit`; the other tiles change too, to prove nothing is written. */
  function brokenFixture(index: number, edit: (tile: Record<string, any>) => void) {
    const file = loadFixture('tiles-small.json');
    for (const tile of file.tiles) tile.content.en.body += ' Changed.';
    file.tiles.push(buildTile({ key: 'brand-new' }));
    edit(file.tiles[index] as Record<string, any>);
    return file;
  }

  it('an unknown theme', async () => {
    const message = await rejectedImport(brokenFixture(2, (t) => (t.theme = 'parking')));
    expect(message).toContain('tiles[2] "minimum-wage": theme: unknown theme "parking"');
  });

  it('a duplicate key', async () => {
    const message = await rejectedImport(brokenFixture(3, (t) => (t.key = 'bsn-registration')));
    expect(message).toContain('tiles[3] "bsn-registration": key: duplicate key, also used by tiles[0]');
  });

  it('missing content in the source language', async () => {
    const message = await rejectedImport(brokenFixture(1, (t) => delete t.content.en));
    expect(message).toContain('tiles[1] "health-insurance": content.en: required (the source language "en")');
  });

  it('an unsupported language code', async () => {
    const message = await rejectedImport(brokenFixture(0, (t) => (t.content.de = t.content.pl)));
    expect(message).toContain('tiles[0] "bsn-registration": content.de: "de" is not a supported language');
  });

  it('a script tag in a body', async () => {
    const message = await rejectedImport(brokenFixture(3, (t) => (t.content.ro.body = 'Hi <script src="x.js"></script>')));
    expect(message).toContain('tiles[3] "report-exploitation": content.ro.body: contains a <script> tag');
  });

  it('an organization that exists with another kind', async () => {
    const file = brokenFixture(0, () => {});
    file.organization.kind = 'employer';
    const message = await rejectedImport(file);
    expect(message).toContain('organization.kind: "testdorp" exists as a municipality, the file says employer');
  });
});
