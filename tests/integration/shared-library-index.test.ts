import { describe, expect, it } from 'vitest';
import { AnswerService } from '../../core/answers/index.ts';
import {
  chooseTile, createTileSource, entryPointKey, importTiles, publishAddition, saveAdditionDraft, setParentOrganization, subscribeToLibrary,
  type TileFileV1,
} from '../../core/content/index.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { buildTile, buildTileFile } from '../support/factories.ts';
import { organizationId, useContentDb } from '../support/test-db.ts';

/**
 * National scale (core/answers/library-index.ts, search-index.ts): one index
 * per library shared by every engine that shows it, each entry point's
 * visibility applied per question. Real Postgres, the real TileSource and
 * AnswerService.
 */

const db = useContentDb();

function nationalFile(): TileFileV1 {
  const file = engineLibraryFile();
  file.organization = { slug: 'nl', name: 'Rijksoverheid', kind: 'national' };
  return file;
}

/** The national library (the engine's sample library), two municipalities subscribed to it, and an employer active in testdorp. */
async function country(): Promise<void> {
  await importTiles(db, nationalFile(), 'test');
  for (const slug of ['testdorp', 'anderdorp']) {
    await importTiles(db, buildTileFile({
      organization: { slug, name: slug, kind: 'municipality' },
      languages: ['en', 'pl', 'bg', 'uk'],
      tiles: [buildTile({ key: `${slug}-hall`, languages: ['en'] })],
    }), 'test');
    await subscribeToLibrary(db, slug, 'nl');
  }
  await importTiles(db, buildTileFile({
    organization: { slug: 'acme', name: 'ACME', kind: 'employer' },
    languages: ['en', 'pl', 'bg', 'uk'],
    tiles: [buildTile({ key: 'acme-shifts', languages: ['en'], content: { en: { title: 'Shift rota at the Vrombaut plant', body: 'The Vrombaut shift rota hangs in the canteen.', examples: ['Where is the Vrombaut rota?'] } } })],
  }), 'test');
  await setParentOrganization(db, 'acme', 'testdorp', 'test');
}

const BSN_QUESTION = 'How do I get a BSN? Where do I register my address?';
const keysShown = (answer: { tile?: { key: string }; alternatives: Array<{ key: string }> }) =>
  [answer.tile, ...answer.alternatives].flatMap((t) => (t ? [t.key] : []));

describe('shared library indexes (AnswerService on PostgreSQL)', () => {
  it('shares one national index between two municipalities, and the national tiles are read once per version', async () => {
    await country();
    const source = createTileSource(db);
    const [a, b] = await Promise.all([source.layers!('testdorp'), source.layers!('anderdorp')]);
    const nationalId = await organizationId(db, 'nl');
    // The same published library object for both: one read of the national tiles.
    expect(a.libraries.find((l) => l.id === nationalId)).toBe(b.libraries.find((l) => l.id === nationalId));
    expect(a.visible.filter((v) => v.libraryId === nationalId)).toHaveLength(5);

    const service = new AnswerService(source);
    await service.engine('testdorp');
    await service.engine('anderdorp');
    const [testdorpIndex] = service.librariesOf('testdorp');
    expect(testdorpIndex.id).toBe(nationalId);
    expect(service.librariesOf('anderdorp')[0]).toBe(testdorpIndex);
    expect(service.sharedIndexes()).toEqual([testdorpIndex]);
    service.invalidate();
    expect(service.sharedIndexes()).toEqual([]);
  });

  it('never answers a municipality from a national tile it hides, while its neighbour gets it', async () => {
    await country();
    await chooseTile(db, 'testdorp', 'nl', 'bsn', 'hide', 'test');
    const service = new AnswerService(createTileSource(db));
    const hiding = (await service.engine('testdorp')).ask(BSN_QUESTION);
    const neighbour = (await service.engine('anderdorp')).ask(BSN_QUESTION);
    expect(neighbour.tile?.key).toBe('bsn');
    expect(keysShown(hiding)).not.toContain('bsn');
    expect(service.librariesOf('testdorp')[0]).toBe(service.librariesOf('anderdorp')[0]);
  });

  it('shows an employer\'s tiles only through its entry point', async () => {
    await country();
    const service = new AnswerService(createTileSource(db));
    const question = 'Where is the Vrombaut shift rota?';
    expect((await service.engine(entryPointKey('testdorp', 'acme'))).ask(question).tile?.key).toBe('acme-shifts');
    expect(keysShown((await service.engine('testdorp')).ask(question))).not.toContain('acme-shifts');
    expect(keysShown((await service.engine('anderdorp')).ask(question))).not.toContain('acme-shifts');
    // The employer's entry point and its municipality share the national index too.
    expect(service.librariesOf(entryPointKey('testdorp', 'acme'))[0]).toBe(service.librariesOf('testdorp')[0]);
  });

  it('finds a local addition\'s text for the municipality that wrote it only', async () => {
    await country();
    const where = { municipalitySlug: 'testdorp', librarySlug: 'nl', key: 'bsn' };
    const draft = await saveAdditionDraft(db, where, {
      baseEditVersion: 0, sourceLang: 'en', content: { en: { body: 'In Testdorp: the Qorvaplein desk, Mon-Fri 9-16.' } },
    }, 'test');
    await publishAddition(db, where, draft.editVersion, 'test');
    const service = new AnswerService(createTileSource(db));
    // The place name alone is a word of the local text only; the question also names its topic, as people do.
    const own = (await service.engine('testdorp')).ask('Where is the Qorvaplein desk for my BSN?');
    expect(own.tile?.key).toBe('bsn');
    expect(own.tile?.content.en?.body).toContain('Qorvaplein');
    const neighbour = (await service.engine('anderdorp')).ask('Where is the Qorvaplein desk for my BSN?');
    expect([neighbour.tile, ...neighbour.alternatives].some((t) => t?.content.en?.body.includes('Qorvaplein'))).toBe(false);
    // Its own version of the tile answers BSN questions in testdorp, the shared one in anderdorp.
    expect((await service.engine('testdorp')).ask(BSN_QUESTION).tile?.content.en?.body).toContain('Qorvaplein');
    expect((await service.engine('anderdorp')).ask(BSN_QUESTION).tile?.content.en?.body).not.toContain('Qorvaplein');
  });

  it('brings a changed national tile to every engine after a refresh, on one new shared index', async () => {
    await country();
    const service = new AnswerService(createTileSource(db), { recheckMs: 60_000 });
    const keys = ['testdorp', 'anderdorp', entryPointKey('testdorp', 'acme')];
    for (const key of keys) await service.engine(key);
    const before = service.librariesOf('testdorp')[0];

    const changed = nationalFile();
    const waste = changed.tiles.find((t) => t.key === 'waste')!;
    waste.content.en = { ...waste.content.en!, examples: [...waste.content.en!.examples, 'Where do I leave a broken Zwelkast?'] };
    await importTiles(db, changed, 'test');
    await service.refresh();

    for (const key of keys) {
      const answer = (await service.engine(key)).ask('Where do I leave a broken Zwelkast?');
      expect(answer.tile?.key, key).toBe('waste');
      expect(answer.tile?.content.en?.examples).toContain('Where do I leave a broken Zwelkast?');
    }
    const after = service.librariesOf('testdorp')[0];
    expect(after).not.toBe(before);
    for (const key of keys) expect(service.librariesOf(key)[0]).toBe(after);
    // The old version's index is dropped once no engine uses it.
    expect(service.sharedIndexes()).toEqual([after]);
  });
});
