import { describe, expect, it } from 'vitest';
import { AnswerService, toAnswerJson } from '../../core/answers/index.ts';
import {
  chooseTile,
  createTileSource,
  entryPointKey,
  importTiles,
  loadVisibleTiles,
  publishAddition,
  saveAdditionDraft,
  saveSubscription,
  setParentOrganization,
  subscribeTile,
  subscribeToLibrary,
  visibleContentVersion,
} from '../../core/content/index.ts';
import { isAppError } from '../../core/platform/errors.ts';
import { ANSWER_TEXTS } from '../../flows/texts/index.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { buildTile, buildTileFile, loadFixture } from '../support/factories.ts';
import { organizationId, useContentDb } from '../support/test-db.ts';

const db = useContentDb();

const orgId = (slug: string) => organizationId(db, slug);

async function tileId(ownerSlug: string, key: string): Promise<string> {
  return (await db.tile.findFirstOrThrow({ where: { key, organization: { slug: ownerSlug } } })).id;
}

const keysOf = async (key: string) => (await loadVisibleTiles(db, key)).map((t) => `${t.ownerSlug}/${t.key}`);

/** A national library, the fixture municipality with one draft tile, and an employer active in the municipality. */
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
  await setParentOrganization(db, 'acme', 'testdorp', 'test');
  await subscribeTile(db, await orgId('testdorp'), await tileId('nl', 'national-holiday-pay'));
}

/** A national library (nl-a, nl-b in theme work, nl-c in housing), a region with one tile, two municipalities in it. */
async function regionalLandscape(): Promise<void> {
  await importTiles(db, buildTileFile({
    organization: { slug: 'nl', name: 'Rijksoverheid', kind: 'national' },
    tiles: [buildTile({ key: 'nl-a', theme: 'work' }), buildTile({ key: 'nl-b', theme: 'work' }), buildTile({ key: 'nl-c', theme: 'housing' })],
  }), 'test');
  await importTiles(db, buildTileFile({
    organization: { slug: 'west', name: 'Regio West', kind: 'region' },
    tiles: [buildTile({ key: 'west-a' }), buildTile({ key: 'west-b' })],
  }), 'test');
  for (const slug of ['testdorp', 'anderdorp']) {
    await importTiles(db, buildTileFile({
      organization: { slug, name: slug, kind: 'municipality' },
      tiles: [buildTile({ key: `${slug}-hall` })],
    }), 'test');
    await setParentOrganization(db, slug, 'west', 'test');
  }
}

/** Publishes one more national tile, as an import (or the studio) does. */
async function publishNationalTile(key: string, theme = 'work'): Promise<void> {
  await importTiles(db, buildTileFile({
    organization: { slug: 'nl', name: 'Rijksoverheid', kind: 'national' },
    tiles: [buildTile({ key: 'nl-a', theme: 'work' }), buildTile({ key: 'nl-b', theme: 'work' }), buildTile({ key: 'nl-c', theme: 'housing' }), buildTile({ key, theme })],
  }), 'test');
}

describe('loadVisibleTiles', () => {
  it('shows a municipality its own published tiles and the national tiles it subscribes to', async () => {
    await layeredLibraries();
    expect(await keysOf('testdorp')).toEqual([
      'testdorp/bsn-registration',
      'testdorp/health-insurance',
      'testdorp/minimum-wage',
      'testdorp/report-exploitation',
      'nl/national-holiday-pay',
    ]);
  });

  it('shows an employer active in its municipality its own tiles on top of everything the municipality shows', async () => {
    await layeredLibraries();
    const expected = [
      'acme/acme-shifts',
      'testdorp/bsn-registration',
      'testdorp/health-insurance',
      'testdorp/minimum-wage',
      'testdorp/report-exploitation',
      'nl/national-holiday-pay',
    ];
    expect(await keysOf('acme')).toEqual(expected);
    expect(await keysOf(entryPointKey('testdorp', 'acme'))).toEqual(expected);
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

  it('rejects an unknown organization; a layer key that does not pair a layer with a municipality answers as its municipality part', async () => {
    const err = await loadVisibleTiles(db, 'nowhere').catch((e: unknown) => e);
    expect(isAppError(err, 'ORGANIZATION_NOT_FOUND')).toBe(true);
    expect((err as Error).message).toBe('Organization "nowhere" not found');
    await layeredLibraries();
    await expect(loadVisibleTiles(db, entryPointKey('testdorp', 'nowhere'))).rejects.toMatchObject({ code: 'ORGANIZATION_NOT_FOUND' });
    expect(await keysOf(entryPointKey('acme', 'testdorp'))).toEqual(await keysOf('acme'));
    expect(await keysOf(entryPointKey('testdorp', 'nl'))).toEqual(await keysOf('testdorp'));
  });
});

describe('the visibility rule on PostgreSQL', () => {
  it('brings a new national tile to an "automatic" subscriber without copying anything', async () => {
    await regionalLandscape();
    await subscribeToLibrary(db, 'testdorp', 'nl');
    expect(await db.tileSubscription.count()).toBe(0);
    await publishNationalTile('nl-new');
    expect(await keysOf('testdorp')).toEqual([
      'testdorp/testdorp-hall', 'west/west-a', 'west/west-b', 'nl/nl-a', 'nl/nl-b', 'nl/nl-c', 'nl/nl-new',
    ]);
    expect(await db.tileSubscription.count()).toBe(0);
    // Not subscribed: no national tiles at all, the region's still.
    expect(await keysOf('anderdorp')).toEqual(['anderdorp/anderdorp-hall', 'west/west-a', 'west/west-b']);
  });

  it('shows an "ask me first" subscriber a new national tile only after it was accepted', async () => {
    await regionalLandscape();
    expect(await subscribeToLibrary(db, 'testdorp', 'nl', { newTiles: 'ask' })).toBe(3);
    await publishNationalTile('nl-new');
    expect(await keysOf('testdorp')).toEqual(['testdorp/testdorp-hall', 'west/west-a', 'west/west-b', 'nl/nl-a', 'nl/nl-b', 'nl/nl-c']);
    const accepted = await chooseTile(db, 'testdorp', 'nl', 'nl-new', 'accept', 'test');
    expect(accepted).toMatchObject({ key: 'nl-new', state: 'shown', choice: 'show' });
    expect(await keysOf('testdorp')).toContain('nl/nl-new');
  });

  it('subscribes by theme, and picks single tiles outside it', async () => {
    await regionalLandscape();
    await saveSubscription(db, 'testdorp', 'nl', { scope: 'themes', themeKeys: ['housing'], newTiles: 'automatic' }, 'test');
    expect(await keysOf('testdorp')).toEqual(['testdorp/testdorp-hall', 'west/west-a', 'west/west-b', 'nl/nl-c']);
    await chooseTile(db, 'testdorp', 'nl', 'nl-b', 'show', 'test');
    expect(await keysOf('testdorp')).toEqual(['testdorp/testdorp-hall', 'west/west-a', 'west/west-b', 'nl/nl-b', 'nl/nl-c']);
  });

  it('hides a national tile and a region tile from one municipality only', async () => {
    await regionalLandscape();
    await subscribeToLibrary(db, 'testdorp', 'nl');
    await subscribeToLibrary(db, 'anderdorp', 'nl');
    await chooseTile(db, 'testdorp', 'nl', 'nl-b', 'hide', 'test');
    await chooseTile(db, 'testdorp', 'west', 'west-a', 'hide', 'test');
    expect(await keysOf('testdorp')).toEqual(['testdorp/testdorp-hall', 'west/west-b', 'nl/nl-a', 'nl/nl-c']);
    expect(await keysOf('anderdorp')).toEqual(['anderdorp/anderdorp-hall', 'west/west-a', 'west/west-b', 'nl/nl-a', 'nl/nl-b', 'nl/nl-c']);
    await chooseTile(db, 'testdorp', 'nl', 'nl-b', 'show', 'test');
    expect(await keysOf('testdorp')).toContain('nl/nl-b');
  });

  it('shows employer tiles only through its entry point, and only in a municipality where it is active', async () => {
    await regionalLandscape();
    await importTiles(db, buildTileFile({
      organization: { slug: 'acme', name: 'ACME', kind: 'employer' }, tiles: [buildTile({ key: 'acme-shifts' })],
    }), 'test');
    await setParentOrganization(db, 'acme', 'testdorp', 'test');
    expect(await keysOf('testdorp')).not.toContain('acme/acme-shifts');
    expect((await keysOf(entryPointKey('testdorp', 'acme')))[0]).toBe('acme/acme-shifts');
    // Not active in anderdorp: its entry there shows anderdorp's tiles only.
    expect(await keysOf(entryPointKey('anderdorp', 'acme'))).toEqual(['anderdorp/anderdorp-hall', 'west/west-a', 'west/west-b']);
    await db.layerActivation.create({ data: { layerId: await orgId('acme'), municipalityId: await orgId('anderdorp') } });
    expect(await keysOf(entryPointKey('anderdorp', 'acme'))).toEqual(['acme/acme-shifts', 'anderdorp/anderdorp-hall', 'west/west-a', 'west/west-b']);
    // Deactivated at home: the employer's slug alone now means its layer where it is still active.
    await db.layerActivation.deleteMany({ where: { municipalityId: await orgId('testdorp') } });
    expect(await keysOf(entryPointKey('testdorp', 'acme'))).toEqual(['testdorp/testdorp-hall', 'west/west-a', 'west/west-b']);
    expect((await keysOf('acme'))[1]).toBe('anderdorp/anderdorp-hall');
  });

  it('answers with the local addition under the national text, in the question\'s language (AnswerService)', async () => {
    const national = engineLibraryFile();
    national.organization = { slug: 'nl', name: 'Rijksoverheid', kind: 'national' };
    await importTiles(db, national, 'test');
    await importTiles(db, buildTileFile({ organization: { slug: 'testdorp', name: 'Testdorp', kind: 'municipality' }, tiles: [] }), 'test');
    await subscribeToLibrary(db, 'testdorp', 'nl');
    const where = { municipalitySlug: 'testdorp', librarySlug: 'nl', key: 'bsn' };
    const draft = await saveAdditionDraft(db, where, {
      baseEditVersion: 0, sourceLang: 'en',
      content: { en: { body: 'In Testdorp: town hall, Markt 1, Mon-Fri 9-16.' }, pl: { body: 'W Testdorp: ratusz, Markt 1, pon.-pt. 9-16.' } },
    }, 'test');
    const service = new AnswerService(createTileSource(db), { recheckMs: 0 });
    const before = (await service.engine('testdorp')).ask('Jak dostać numer BSN? Gdzie się zameldować?');
    expect(before.tile?.content.pl?.body).not.toContain('Markt 1');

    await publishAddition(db, where, draft.editVersion, 'test');
    service.invalidate();
    const answer = (await service.engine('testdorp')).ask('Jak dostać numer BSN? Gdzie się zameldować?');
    expect(answer).toMatchObject({ outcome: 'answered', lang: 'pl' });
    const nationalBody = national.tiles.find((t) => t.key === 'bsn')?.content.pl?.body;
    expect(answer.tile?.content.pl?.body).toBe(`${nationalBody?.trimEnd()}\n\nW Testdorp: ratusz, Markt 1, pon.-pt. 9-16.`);
    expect(toAnswerJson(answer, ANSWER_TEXTS).text).toContain('W Testdorp: ratusz, Markt 1');
    // Bulgarian has no addition text: the English source is shown under the Bulgarian tile.
    const bg = (await loadVisibleTiles(db, 'testdorp')).find((t) => t.key === 'bsn')?.content.bg?.body;
    expect(bg?.endsWith('\n\nIn Testdorp: town hall, Markt 1, Mon-Fri 9-16.')).toBe(true);
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

  it('has a version that changes with every input of the rule', async () => {
    await regionalLandscape();
    await importTiles(db, buildTileFile({
      organization: { slug: 'acme', name: 'ACME', kind: 'employer' }, tiles: [buildTile({ key: 'acme-shifts' })],
    }), 'test');
    await setParentOrganization(db, 'acme', 'testdorp', 'test');
    const key = entryPointKey('testdorp', 'acme');
    const seen = new Set([await visibleContentVersion(db, key)]);
    const changes: Array<[string, () => Promise<unknown>]> = [
      ['a library subscription', () => subscribeToLibrary(db, 'testdorp', 'nl')],
      ['its policy', () => saveSubscription(db, 'testdorp', 'nl', { scope: 'all', newTiles: 'ask' }, 'test')],
      ['a tile choice', () => chooseTile(db, 'testdorp', 'nl', 'nl-a', 'hide', 'test')],
      ['a local addition', () => saveAdditionDraft(db, { municipalitySlug: 'testdorp', librarySlug: 'nl', key: 'nl-b' },
        { baseEditVersion: 0, content: { en: { body: 'Local.' } } }, 'test')],
      ['a layer activation', async () => db.layerActivation.deleteMany({ where: { layerId: await orgId('acme') } })],
      ['a national tile', () => publishNationalTile('nl-new')],
      ['a region tile translation', async () => db.tileTranslation.updateMany({
        where: { tile: { key: 'west-a' }, language: 'pl' }, data: { body: 'Zmieniony.' },
      })],
      ['the municipality', async () => db.organization.update({ where: { slug: 'testdorp' }, data: { enabledLanguages: ['en'] } })],
      ['a theme', async () => db.theme.update({ where: { key: 'work' }, data: { icon: 'briefcase' } })],
    ];
    for (const [name, change] of changes) {
      await new Promise((resolve) => setTimeout(resolve, 5)); // distinct millisecond timestamps
      await change();
      const version = await visibleContentVersion(db, key);
      expect(seen.has(version), `${name} changed the version`).toBe(false);
      seen.add(version);
    }
    // Another municipality's choices leave it alone.
    const stable = await visibleContentVersion(db, key);
    await chooseTile(db, 'anderdorp', 'west', 'west-b', 'hide', 'test');
    expect(await visibleContentVersion(db, key)).toBe(stable);
  });
});
