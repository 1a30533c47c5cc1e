import { describe, expect, it } from 'vitest';
import { createTileSource, importTiles, loadVisibleTiles, subscribeTile } from '../../core/content/index.ts';
import { isAppError } from '../../core/platform/errors.ts';
import { buildTile, buildTileFile, loadFixture } from '../support/factories.ts';
import { organizationId, useContentDb } from '../support/test-db.ts';

const db = useContentDb();

const orgId = (slug: string) => organizationId(db, slug);

async function tileId(ownerSlug: string, key: string): Promise<string> {
  return (await db.tile.findFirstOrThrow({ where: { key, organization: { slug: ownerSlug } } })).id;
}

/** A national library, the fixture municipality with one draft tile, and an employer inside the municipality. */
async function layeredLibraries(): Promise<void> {
  const national = buildTileFile({
    organization: { slug: 'nl', name: 'Rijksoverheid', kind: 'national' },
    tiles: [buildTile({ key: 'national-holiday-pay' }), buildTile({ key: 'national-unsubscribed' })],
  });
  await importTiles(db, national, 'test');
  const municipality = loadFixture('tiles-small.json');
  municipality.tiles.push(buildTile({ key: 'draft-tile', status: 'draft' }));
  await importTiles(db, municipality, 'test');
  await importTiles(db, buildTileFile({
    organization: { slug: 'acme', name: 'ACME Uitzendbureau', kind: 'employer' },
    tiles: [buildTile({ key: 'acme-shifts' })],
  }), 'test');
  await db.organization.update({ where: { slug: 'acme' }, data: { parentId: await orgId('testdorp') } });
  await subscribeTile(db, await orgId('testdorp'), await tileId('nl', 'national-holiday-pay'));
}

describe('loadVisibleTiles', () => {
  it('shows a municipality its own published tiles and the national tiles it subscribes to', async () => {
    await layeredLibraries();
    const tiles = await loadVisibleTiles(db, 'testdorp');
    expect(tiles.map((t) => `${t.ownerSlug}/${t.key}`)).toEqual([
      'testdorp/bsn-registration',
      'testdorp/health-insurance',
      'testdorp/minimum-wage',
      'testdorp/report-exploitation',
      'nl/national-holiday-pay',
    ]);
  });

  it('shows an employer its own tiles and everything its municipality shows', async () => {
    await layeredLibraries();
    const tiles = await loadVisibleTiles(db, 'acme');
    expect(tiles.map((t) => `${t.ownerSlug}/${t.key}`)).toEqual([
      'acme/acme-shifts',
      'testdorp/bsn-registration',
      'testdorp/health-insurance',
      'testdorp/minimum-wage',
      'testdorp/report-exploitation',
      'nl/national-holiday-pay',
    ]);
  });

  it('returns every language version in the shape the answer engine reads', async () => {
    await importTiles(db, loadFixture('tiles-small.json'), 'test');
    const [bsn] = await loadVisibleTiles(db, 'testdorp');
    expect(bsn).toEqual({
      id: await tileId('testdorp', 'bsn-registration'),
      key: 'bsn-registration',
      ownerSlug: 'testdorp',
      theme: 'registration',
      sensitive: false,
      sourceLang: 'en',
      content: {
        en: expect.objectContaining({ title: 'Register and get a BSN', examples: ['How do I get a BSN?', 'Where do I register?'] }),
        pl: expect.objectContaining({ title: 'Zameldowanie i numer BSN' }),
        ro: expect.objectContaining({ title: 'Înregistrare și număr BSN' }),
      },
      links: [{ label: 'BSN – Government.nl', url: 'https://www.government.nl/topics/personal-data/citizen-service-number-bsn' }],
    });
    expect((await loadVisibleTiles(db, 'testdorp')).find((t) => t.key === 'report-exploitation')?.sensitive).toBe(true);
  });

  it('leaves out draft and archived tiles, also subscribed ones', async () => {
    await layeredLibraries();
    await db.tile.update({ where: { id: await tileId('nl', 'national-holiday-pay') }, data: { status: 'archived' } });
    const keys = (await loadVisibleTiles(db, 'testdorp')).map((t) => t.key);
    expect(keys).not.toContain('draft-tile');
    expect(keys).not.toContain('national-holiday-pay');
  });

  it('rejects an unknown organization', async () => {
    const err = await loadVisibleTiles(db, 'nowhere').catch((e: unknown) => e);
    expect(isAppError(err, 'ORGANIZATION_NOT_FOUND')).toBe(true);
    expect((err as Error).message).toBe('Organization "nowhere" not found');
  });
});

describe('createTileSource', () => {
  it('loads the visible tiles with the organization\'s languages', async () => {
    await layeredLibraries();
    const { tiles, languages } = await createTileSource(db).load('acme');
    expect(tiles.map((t) => t.key)).toEqual((await loadVisibleTiles(db, 'acme')).map((t) => t.key));
    expect(languages).toEqual(['en', 'pl', 'ro']);
  });

  it('has a version that changes with the visible content only', async () => {
    await layeredLibraries();
    const source = createTileSource(db);
    const first = await source.version('acme');
    expect(await source.version('acme')).toBe(first);

    const file = loadFixture('tiles-small.json');
    await importTiles(db, file, 'test');
    expect(await source.version('acme')).toBe(first);

    file.tiles[1].content.pl.body = 'Nowa treść.';
    await importTiles(db, file, 'test');
    const second = await source.version('acme');
    expect(second).not.toBe(first);

    await db.tileSubscription.deleteMany({});
    expect(await source.version('acme')).not.toBe(second);
    await expect(source.version('nowhere')).rejects.toMatchObject({ code: 'ORGANIZATION_NOT_FOUND' });
  });
});
