import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  ensureEntryCode, entryPointKey, importTiles, loadVisibleTiles, setParentOrganization,
} from '../../core/content/index.ts';
import { SUPPORTED_LANGUAGES } from '../../core/languages/index.ts';
import { isAppError } from '../../core/platform/errors.ts';
import { deleteSyntheticRows, seedReportRows } from '../../core/reports/seed/index.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { runCli } from '../support/cli.ts';
import { buildTile, buildTileFile } from '../support/factories.ts';
import { organizationId, useContentDb } from '../support/test-db.ts';

/**
 * `npm run reports:seed` / seedReportRows: synthetic question logs and
 * handoff records for a municipality — deterministic for a seed, every
 * dimension present and drawn from the organization's real set-up, small
 * cells too, and replaceable without touching real rows.
 */
const db = useContentDb();
const LAST_DAY = new Date('2026-11-30T00:00:00Z');
const AGENCIES = ['Juridisch Loket', 'Steunpunt Testdorp', 'FairWork'];

let ids: Record<string, string>;

beforeEach(async () => {
  await importTiles(db, engineLibraryFile(), 'test');
  await importTiles(db, buildTileFile({
    organization: { slug: 'west', name: 'Regio West', kind: 'region' },
    tiles: [buildTile({ key: 'west-work', theme: 'work' })],
  }), 'test');
  await importTiles(db, buildTileFile({
    organization: { slug: 'acme', name: 'ACME Uitzendbureau', kind: 'employer' },
    tiles: [buildTile({ key: 'acme-shifts', theme: 'work' }), buildTile({ key: 'acme-rooms', theme: 'housing' })],
  }), 'test');
  await importTiles(db, buildTileFile({
    organization: { slug: 'flexhuis', name: 'FlexHuis', kind: 'housing_provider' },
    tiles: [buildTile({ key: 'flexhuis-repairs', theme: 'housing' })],
  }), 'test');
  await setParentOrganization(db, 'testdorp', 'west', 'test');
  await setParentOrganization(db, 'acme', 'testdorp', 'test');
  await setParentOrganization(db, 'flexhuis', 'testdorp', 'test');
  await db.organization.update({
    where: { slug: 'testdorp' },
    data: { enabledLanguages: [...SUPPORTED_LANGUAGES], settings: { referralAgencies: AGENCIES.map((name) => ({ name })) } },
  });
  for (const [code, layerSlug] of [['markt', undefined], ['bibliotheek', undefined], ['acme-gate', 'acme'], ['acme-bus', 'acme'], ['flexhuis', 'flexhuis']] as const) {
    await ensureEntryCode(db, { code, municipalitySlug: 'testdorp', ...(layerSlug ? { layerSlug } : {}) }, 'test');
  }
  ids = Object.fromEntries(await Promise.all(['testdorp', 'acme', 'flexhuis', 'west'].map(async (s) => [s, await organizationId(db, s)])));
});

interface LogRow {
  id: string;
  channel: string;
  language: string;
  theme_key: string | null;
  tile_key: string | null;
  tile_owner_id: string | null;
  entry_kind: string;
  entry_code: string | null;
  entry_organization_id: string | null;
  outcome: string;
  feedback: string | null;
  day: string;
}

const logRows = () => db.$queryRaw<LogRow[]>`
  SELECT id, channel::text, language, theme_key, tile_key, tile_owner_id, entry_kind, entry_code, entry_organization_id,
         outcome::text, feedback::text, to_char(day, 'YYYY-MM-DD') AS day
  FROM question_logs ORDER BY id`;

const handoffRows = () => db.$queryRaw<Array<Record<string, unknown>>>`
  SELECT id, channel::text, language, entry_kind, entry_code, reason, outcome, agency, employment_type, housing_type,
         waiting_minutes, handling_minutes, outside_hours, to_char(day, 'YYYY-MM-DD') AS day
  FROM handoff_records ORDER BY id`;

const countBy = <T>(rows: readonly T[], key: (row: T) => string | null) => {
  const counts = new Map<string | null, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + 1);
  return counts;
};

describe('synthetic report rows', () => {
  it('writes every dimension from the municipality\'s own set-up, over two years, with small cells', async () => {
    const summary = await seedReportRows(db, { org: 'testdorp', rows: 4000, seed: 'a', lastDay: LAST_DAY });
    expect(summary).toMatchObject({ organization: 'testdorp', seed: 'a', from: '2024-12-01', to: '2026-11-30', rows: 4000, replaced: { rows: 0, handoffRecords: 0 } });
    expect(Object.values(summary.entryKinds).reduce((a, b) => a + b)).toBe(4000);
    const rows = await logRows();
    expect(rows).toHaveLength(4000);
    expect(rows.every((r) => r.id.startsWith(`synthetic:${ids.testdorp}:`))).toBe(true);

    // Period, seasonality and growth.
    const days = rows.map((r) => r.day).sort();
    expect(days[0] >= '2024-12-01' && days[days.length - 1] <= '2026-11-30').toBe(true);
    const months = countBy(rows, (r) => r.day.slice(0, 7));
    expect(months.size).toBe(24);
    expect((months.get('2026-06') ?? 0) + (months.get('2026-07') ?? 0)).toBeGreaterThan(1.5 * ((months.get('2025-12') ?? 0) + (months.get('2026-01') ?? 0)));
    expect(rows.filter((r) => r.day >= '2025-12-01').length).toBeGreaterThan(1.4 * rows.filter((r) => r.day < '2025-12-01').length);

    // Channels, outcomes, feedback, languages weighted like the population, rare ones small.
    expect([...countBy(rows, (r) => r.channel).keys()].sort()).toEqual(['telegram', 'webchat', 'whatsapp']);
    expect([...countBy(rows, (r) => r.outcome).keys()].sort()).toEqual(['answered', 'clarify', 'handoff', 'unanswered', 'urgent']);
    expect(new Set(rows.map((r) => r.feedback))).toEqual(new Set(['helpful', 'not_helpful', null]));
    expect(rows.filter((r) => r.feedback !== null).every((r) => r.outcome === 'answered')).toBe(true);
    const languages = countBy(rows, (r) => r.language);
    expect([...languages.keys()].every((l) => (SUPPORTED_LANGUAGES as readonly string[]).includes(l as string))).toBe(true);
    const ranked = [...languages.entries()].sort((a, b) => b[1] - a[1]).map(([l]) => l);
    expect(ranked.slice(0, 3)).toEqual(['pl', 'ro', 'bg']);
    const languageMonths = countBy(rows.filter((r) => r.day >= '2026-01-01' && r.day <= '2026-06-30'), (r) => `${r.language}/${r.day.slice(0, 7)}`);
    expect([...languageMonths.values()].filter((n) => n < 5).length).toBeGreaterThan(10);
    expect(Math.max(...languageMonths.values())).toBeGreaterThan(40);

    // Entry points: direct, the region's link, the municipality's codes and the layers' codes.
    expect(new Set(rows.map((r) => r.entry_kind))).toEqual(new Set(['municipality', 'region', 'employer', 'housing_provider']));
    const codes = countBy(rows, (r) => `${r.entry_kind}/${r.entry_code}/${r.entry_organization_id}`);
    expect(new Set(codes.keys())).toEqual(new Set([
      'municipality/null/null', 'region/null/null', 'municipality/markt/null', 'municipality/bibliotheek/null',
      `employer/acme-gate/${ids.acme}`, `employer/acme-bus/${ids.acme}`, `housing_provider/flexhuis/${ids.flexhuis}`,
    ]));

    // Themes and tiles: only what the entry point shows; the tile's own theme and owner; no tile when unanswered or handed off.
    const visible = async (key: string) => new Map((await loadVisibleTiles(db, key)).map((t) => [t.key, t]));
    const shown = {
      municipality: await visible('testdorp'),
      acme: await visible(entryPointKey('testdorp', 'acme')),
      flexhuis: await visible(entryPointKey('testdorp', 'flexhuis')),
    };
    const ownerSlug = Object.fromEntries(Object.entries(ids).map(([slug, id]) => [id, slug]));
    for (const r of rows) {
      if (r.outcome === 'unanswered' || r.outcome === 'handoff') expect(r.tile_key).toBeNull();
      if (r.outcome === 'answered' || r.outcome === 'clarify') expect(r.tile_key).not.toBeNull();
      if (r.tile_key === null) {
        expect([r.theme_key, r.tile_owner_id]).toEqual([null, null]);
        continue;
      }
      const tiles = r.entry_organization_id === ids.acme ? shown.acme : r.entry_organization_id === ids.flexhuis ? shown.flexhuis : shown.municipality;
      const tile = tiles.get(r.tile_key);
      expect(tile, `${r.tile_key} via ${r.entry_kind}`).toBeDefined();
      expect(r.theme_key).toBe(tile?.theme);
      expect(ownerSlug[r.tile_owner_id ?? '']).toBe(tile?.ownerSlug);
      if (r.outcome === 'urgent') expect(['help', 'abuse']).toContain(r.theme_key);
    }
    expect(rows.some((r) => r.tile_key === 'acme-shifts')).toBe(true);
    expect(rows.some((r) => r.tile_key === 'west-work')).toBe(true);

    // Handoff records: for closed handed-off and urgent questions, with the municipality's agencies.
    const handoffs = await handoffRows();
    const handedOff = rows.filter((r) => r.outcome === 'handoff' || r.outcome === 'urgent').length;
    expect(summary.handoffRecords).toBe(handoffs.length);
    expect(handoffs.length).toBeGreaterThan(0.7 * handedOff);
    expect(handoffs.length).toBeLessThanOrEqual(handedOff);
    expect(new Set(handoffs.map((h) => h.outcome))).toEqual(new Set(['resolved', 'referred', 'no_response', 'other']));
    expect(new Set(handoffs.map((h) => h.reason))).toEqual(new Set(['asked', 'unanswered_twice', 'menu', 'urgent']));
    expect(handoffs.filter((h) => h.outcome === 'referred').every((h) => AGENCIES.includes(h.agency as string))).toBe(true);
    expect(new Set(handoffs.map((h) => h.agency))).toEqual(new Set([...AGENCIES, null]));
    expect(new Set(handoffs.map((h) => h.employment_type))).toEqual(new Set(['agency', 'direct', 'self_employed', null]));
    expect(new Set(handoffs.map((h) => h.housing_type))).toEqual(new Set(['employer', 'private_rent', 'other', null]));
    expect(new Set(handoffs.map((h) => h.outside_hours))).toEqual(new Set([true, false]));
    expect(handoffs.every((h) => (h.waiting_minutes as number) >= 1 && (h.handling_minutes as number) >= 1)).toBe(true);
  });

  it('is deterministic for a seed, replaces its own rows on a rerun and never touches real ones', async () => {
    const real = randomUUID();
    await db.$executeRaw`INSERT INTO question_logs (id, organization_id, channel, language, outcome, day)
      VALUES (${real}, ${ids.testdorp}, 'telegram', 'pl', 'unanswered', '2026-11-01')`;
    await seedReportRows(db, { org: 'testdorp', rows: 500, seed: 'same', lastDay: LAST_DAY });
    const first = { logs: await logRows(), handoffs: await handoffRows() };

    const again = await seedReportRows(db, { org: 'testdorp', rows: 500, seed: 'same', lastDay: LAST_DAY });
    expect(again.replaced).toEqual({ rows: 500, handoffRecords: first.handoffs.length });
    expect({ logs: await logRows(), handoffs: await handoffRows() }).toEqual(first);
    expect(first.logs.filter((r) => r.id === real)).toHaveLength(1);

    await seedReportRows(db, { org: 'testdorp', rows: 500, seed: 'other', lastDay: LAST_DAY });
    const other = await logRows();
    expect(other).toHaveLength(501);
    const differing = other.filter((r, i) => JSON.stringify(r) !== JSON.stringify(first.logs[i]));
    expect(differing.length).toBeGreaterThan(250);

    expect(await deleteSyntheticRows(db, ids.testdorp)).toMatchObject({ rows: 500 });
    expect((await logRows()).map((r) => r.id)).toEqual([real]);
    expect(await db.handoffRecord.count()).toBe(0);
  });

  it('refuses an unknown organization, one that is not a municipality and a bad row count', async () => {
    const code = (p: Promise<unknown>) => p.then(() => 'ok', (err: unknown) => (isAppError(err) ? err.code : String(err)));
    expect(await code(seedReportRows(db, { org: 'nowhere', rows: 10 }))).toBe('ORGANIZATION_NOT_FOUND');
    expect(await code(seedReportRows(db, { org: 'acme', rows: 10 }))).toBe('VALIDATION_FAILED');
    expect(await code(seedReportRows(db, { org: 'testdorp', rows: -1 }))).toBe('VALIDATION_FAILED');
    expect(await code(seedReportRows(db, { org: 'testdorp', rows: 0 }))).toBe('ok');
  });

  it('npm run reports:seed prints one JSON line, and usage errors exit 2', async () => {
    const run = await runCli('reports-seed.ts', ['--org', 'testdorp', '--rows', '300', '--seed', 'cli']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ organization: 'testdorp', seed: 'cli', rows: 300 });
    expect(await db.questionLog.count()).toBe(300);

    expect((await runCli('reports-seed.ts', ['--org', 'testdorp'])).code).toBe(2);
    const unknown = await runCli('reports-seed.ts', ['--org', 'nowhere', '--rows', '5']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^ORGANIZATION_NOT_FOUND/);
  }, 120_000); // three child processes, each loading tsx and Prisma
});
