import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadVisibleTiles, resolveEntryCode } from '../../core/content/index.ts';
import { ROOT } from '../support/cli.ts';
import { testDatabaseUrl, useContentDb } from '../support/test-db.ts';

/** `npm run db:seed`: the demo layers and entry codes, what a chat through the employer's code sees, idempotence. */

const db = useContentDb();

describe('npm run db:seed', () => {
  const seed = () => promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(ROOT, 'prisma/seed.ts')], {
    cwd: ROOT, env: { ...process.env, DATABASE_URL: testDatabaseUrl(), PORT: '3000' },
  });
  const state = async () => ({
    organizations: await db.organization.findMany({ orderBy: { slug: 'asc' } }),
    entryCodes: await db.entryCode.findMany({ orderBy: { code: 'asc' } }),
    tiles: await db.tile.findMany({ orderBy: [{ organizationId: 'asc' }, { key: 'asc' }] }),
    translations: await db.tileTranslation.count(),
    subscriptions: await db.tileSubscription.findMany({ orderBy: [{ organizationId: 'asc' }, { tileId: 'asc' }] }),
  });

  it('creates the demo employer and its entry codes, prints their links, and changes nothing the second time', async () => {
    const first = await seed();
    expect(first.stdout).toContain('agrifarm-demo adds 2 tiles on top');
    expect(first.stdout).toContain('entry code demostad (new): http://localhost:3000/chat/demostad?entry=demostad');
    expect(first.stdout).toContain('entry code agrifarm (new): http://localhost:3000/chat/demostad?entry=agrifarm');

    const agrifarm = await resolveEntryCode(db, 'AgriFarm', 'demostad');
    expect(agrifarm).toMatchObject({ municipality: { slug: 'demostad' }, layer: { slug: 'agrifarm-demo', kind: 'employer' }, contentSlug: 'agrifarm-demo' });
    const tiles = await loadVisibleTiles(db, agrifarm.contentSlug);
    expect(tiles.slice(0, 4).map((t) => t.key)).toEqual([
      'agrifarm-housing-contact', 'agrifarm-shifts-breaks', 'demostad-town-hall', expect.any(String),
    ]);
    // AgriFarm's 2, demostad's 2, the demo region's 1 (prisma/demo/region.json), the national 38 but one (demostad asks first; one waits).
    expect(tiles).toHaveLength(2 + 2 + 1 + 37);
    expect(Object.keys(tiles[0].content).sort()).toEqual(['bg', 'en', 'nl', 'pl', 'ro', 'uk']);
    expect((await db.organization.findUniqueOrThrow({ where: { slug: 'agrifarm-demo' } })).enabledLanguages).toHaveLength(18);
    // The starter library in all 18 languages: the 12 no person wrote marked machine (unchecked), every link labelled.
    const national = tiles.filter((t) => t.ownerSlug === 'national');
    for (const tile of national) {
      expect(Object.keys(tile.content)).toHaveLength(18);
      for (const content of Object.values(tile.content)) expect(content!.linkLabels ?? tile.links.map((l) => l.label)).toHaveLength(tile.links.length);
    }
    const origins = await db.tileTranslation.groupBy({ by: ['origin'], where: { tile: { organization: { slug: 'national' } } }, _count: true });
    expect(Object.fromEntries(origins.map((o) => [o.origin, o._count]))).toEqual({ source: 38, human: 38 * 5, machine: 38 * 12 });

    const before = await state();
    const second = await seed();
    expect(second.stdout).toContain('entry code agrifarm: http://localhost:3000/chat/demostad?entry=agrifarm');
    expect(await state()).toEqual(before);
  }, 120_000);
});
