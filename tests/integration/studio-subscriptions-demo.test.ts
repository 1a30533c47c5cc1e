import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  importTiles, listLibraries, listLocalAdditions, loadVisibleTiles, seedDemoSubscriptions, subscribeToLibrary,
} from '../../core/content/index.ts';
import { useContentDb } from '../support/test-db.ts';

const db = useContentDb();

const demoFile = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../prisma/demo/${name}`, import.meta.url), 'utf8'));

/** What a second run must leave exactly as it was. */
const state = async () => ({
  libraries: await db.librarySubscription.findMany({ orderBy: [{ organizationId: 'asc' }, { libraryId: 'asc' }] }),
  choices: await db.tileSubscription.findMany({ orderBy: [{ organizationId: 'asc' }, { tileId: 'asc' }] }),
  additions: await db.localAddition.findMany({ orderBy: { tileId: 'asc' } }),
  tiles: await db.tile.findMany({ orderBy: { id: 'asc' } }),
  revisions: await db.tileRevision.count(),
});

describe('seedDemoSubscriptions', () => {
  it('leaves demostad asking first, with a waiting tile, a live local addition and one to review; a second run changes nothing', async () => {
    await importTiles(db, demoFile('national-library.json'), 'seed');
    await importTiles(db, demoFile('demostad.json'), 'seed');
    // As the seed does first: every national tile, automatically.
    expect(await subscribeToLibrary(db, 'demostad', 'national')).toBe(38);

    const summary = await seedDemoSubscriptions(db);
    expect(summary).toEqual({ waiting: ['sports-and-clubs'], additionsCreated: ['brp-registration-bsn', 'household-waste'] });
    const { libraries } = await listLibraries(db, 'demostad');
    expect(libraries).toEqual([expect.objectContaining({
      subscribed: true, scope: 'all', newTiles: 'ask', counts: { shown: 37, waiting: 1, hidden: 0, outOfScope: 0 },
    })]);
    expect((await listLocalAdditions(db, 'demostad', { needsReview: true })).map((a) => a.key)).toEqual(['household-waste']);
    const tiles = await loadVisibleTiles(db, 'demostad');
    expect(tiles.map((t) => t.key)).not.toContain('sports-and-clubs');
    expect(tiles.find((t) => t.key === 'brp-registration-bsn')?.content.pl?.body).toMatch(/\n\nW Demostad: umów wizytę w ratuszu/);

    const before = await state();
    expect(await seedDemoSubscriptions(db)).toEqual({ waiting: ['sports-and-clubs'], additionsCreated: [] });
    // The seed's own call on a second run keeps "ask me first".
    await subscribeToLibrary(db, 'demostad', 'national');
    expect(await state()).toEqual(before);
  });
});
