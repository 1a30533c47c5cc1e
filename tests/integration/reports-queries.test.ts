import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportsService, reportPeriods, type ReportTarget } from '../../core/reports/reports-service.ts';
import { badCounts, seedKnownRows } from '../support/reports-rows.ts';
import { buildReportsWorld, type ReportsWorld } from '../support/reports-world.ts';
import { createTestDb } from '../support/test-db.ts';

/**
 * The report queries (core/reports/queries, reports-service.ts) against the
 * known rows of tests/support/reports-rows.ts, every expected figure worked
 * out by hand there: counts banded to a multiple of k = 5 or `<5`, rates of
 * banded counts, percentiles only over enough handoffs.
 */

const db = createTestDb();
let world: ReportsWorld;
let reports: ReportsService;
const H1 = { from: '2026-01-01', to: '2026-06-30' };

const target = (slug: 'demostad' | 'holland' | 'nl', kind: ReportTarget['kind']): ReportTarget => ({ id: world.ids[slug], slug, name: slug, kind, scope: 'full' });

beforeAll(async () => {
  world = await buildReportsWorld(db);
  await seedKnownRows(world);
  reports = new ReportsService(db);
}, 60_000);

afterAll(async () => {
  await world?.close();
  await db.$disconnect();
});

type Cells = Array<Record<string, unknown>>;
const cellOf = (cells: Cells, match: Record<string, unknown>) => cells.find((c) => Object.entries(match).every(([k, v]) => c[k] === v))?.count;

describe('periods', () => {
  it('snaps to whole months; the previous period has the same number of months', () => {
    expect(reportPeriods('2026-01-15', '2026-06-10')).toEqual({ period: H1, previousPeriod: { from: '2025-07-01', to: '2025-12-31' } });
    expect(reportPeriods('2026-03-31', '2026-03-31')).toEqual({ period: { from: '2026-03-01', to: '2026-03-31' }, previousPeriod: { from: '2026-02-01', to: '2026-02-28' } });
    expect(reportPeriods('2024-01-01', '2024-02-10').previousPeriod).toEqual({ from: '2023-11-01', to: '2023-12-31' });
  });
});

describe('overview', () => {
  it('over time and by channel, language and outcome, each table protected on its own', async () => {
    const answer = await reports.view(target('demostad', 'municipality'), 'overview', H1);
    const data = answer.data as Record<string, { cells: Cells; total: unknown; granularity?: string }> & { total: unknown };
    expect(answer.period).toEqual(H1);
    expect(data.total).toBe(50);
    expect(data.overTime.granularity).toBe('month');
    expect(data.overTime.cells.map((c) => c.period)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-06']);
    expect(cellOf(data.overTime.cells, { period: '2026-02' })).toBe(10);
    expect(cellOf(data.overTime.cells, { period: '2026-03' })).toBe(20);
    expect(cellOf(data.overTime.cells, { period: '2026-04' })).toBe('<5');
    expect(cellOf(data.byChannel.cells, { channel: 'whatsapp' })).toBe('<5');
    expect(cellOf(data.byLanguage.cells, { language: 'pl' })).toBe(30);
    expect(cellOf(data.byLanguage.cells, { language: 'lt' })).toBe('<5');
    expect(cellOf(data.byOutcome.cells, { outcome: 'answered' })).toBe(40);
    expect(cellOf(data.byEntry.cells, { entry: 'employer:agrifarm-gate' })).toBe(20);
    expect(badCounts(data)).toEqual([]);
  });

  it('per week: a week is named by its Monday', async () => {
    const data = (await reports.view(target('demostad', 'municipality'), 'overview', { ...H1, granularity: 'week' })).data as { overTime: { cells: Cells; granularity: string } };
    expect(data.overTime.granularity).toBe('week');
    expect(cellOf(data.overTime.cells, { period: '2026-03-02' })).toBe(20); // 5 and 6 March
    expect(data.overTime.cells.map((c) => c.period)).toContain('2026-01-05');
  });

  it('a region: each municipality\'s figures on their own', async () => {
    const answer = await reports.view(target('holland', 'region'), 'overview', H1);
    expect(answer.data).toBeUndefined();
    expect(answer.municipalities?.map((m) => [m.slug, (m.data as { total: unknown }).total])).toEqual([['demostad', 50], ['otherstad', 35]]);
  });
});

describe('funnel', () => {
  it('per theme: answered, helpful, handed off, unresolved, each rate with its denominator', async () => {
    const data = (await reports.view(target('demostad', 'municipality'), 'funnel', H1)).data as { themes: Array<Record<string, unknown>> };
    const housing = data.themes.find((t) => t.theme === 'housing')!;
    // housing: 19 questions (15); 12 rated of which 6 helpful (10 and 5). Its 12 answered and 7 handed off are
    // hidden: the theme × outcome table hides them to protect work's 3 unanswered (every cell of that small table).
    expect(housing.questions).toBe(15);
    expect(housing.answered).toEqual({ count: '<5', denominator: 'questions', of: 15, rate: null });
    expect(housing.handedOff).toEqual({ count: '<5', denominator: 'questions', of: 15, rate: null });
    expect(housing.helpful).toEqual({ count: 5, denominator: 'rated', of: 10, rate: 0.5 });
    const work = data.themes.find((t) => t.theme === 'work')!;
    // work: 20 rated (20), 15 helpful (15); 3 unanswered: "<5", so no rate.
    expect(work.helpful).toEqual({ count: 15, denominator: 'rated', of: 20, rate: 0.75 });
    expect(work.unresolved).toMatchObject({ count: '<5', rate: null });
    expect(badCounts(data)).toEqual([]);
  });

  it('with a filter: in Polish nothing is small, every rate shown', async () => {
    const data = (await reports.view(target('demostad', 'municipality'), 'funnel', { ...H1, filters: { language: 'pl' } })).data as { themes: Array<Record<string, unknown>> };
    // Polish: housing 12 answered (10 of 10), work 20 answered (20 of 20); helpful 5 of 10 and 15 of 20.
    expect(data.themes.map((t) => [t.theme, t.questions, (t.answered as { rate: unknown }).rate, (t.helpful as { rate: unknown }).rate]))
      .toEqual([['work', 20, 1, 0.75], ['housing', 10, 1, 0.5]]);
  });
});

describe('handoffs and referrals', () => {
  it('waiting median and p90, handling time, the share outside office hours', async () => {
    const answer = await reports.view(target('demostad', 'municipality'), 'handoffs', { ...H1, filters: { theme: 'housing' } });
    expect(answer.filters).toEqual({}); // handoff records have no theme: the filter did not apply
    const data = answer.data as Record<string, unknown> & { byOutcome: { cells: Cells } };
    expect(data.count).toBe(50);
    // waiting 1..50: median 25.5 → 26, p90 45.1 → 45 (5 handoffs above it: enough).
    expect(data.waitingMinutes).toEqual({ median: 26, p90: 45, of: 50 });
    expect(data.handlingMinutes).toEqual({ median: 10, p90: 10, of: 50 });
    expect(data.outsideHours).toEqual({ count: 10, denominator: 'handoffs', of: 50, rate: 0.2 });
    expect(data.byOutcome).toEqual({ cells: [{ outcome: 'resolved', count: 30 }, { outcome: 'referred', count: 20 }], total: 50 });
  });

  it('no percentile over too few handoffs', async () => {
    const data = (await reports.view(target('demostad', 'municipality'), 'handoffs', { from: '2026-04-01', to: '2026-04-30' })).data as Record<string, unknown>;
    expect(data.count).toBe('<5');
    expect(data.waitingMinutes).toEqual({ median: null, p90: null, of: '<5' });
  });

  it('per agency, employment type and housing type', async () => {
    const data = (await reports.view(target('demostad', 'municipality'), 'referrals', H1)).data as Record<string, { cells: Cells; total: unknown }>;
    expect(data.byAgency).toEqual({ cells: [{ agency: 'Juridisch Loket', count: 10 }, { agency: 'FairWork', count: 5 }], total: 20 });
    expect(data.byEmploymentType).toEqual({ cells: [{ employmentType: 'agency', count: 25 }, { employmentType: 'direct', count: 25 }], total: 50 });
    expect(cellOf(data.byHousingType.cells, { housingType: 'employer' })).toBe('<5');
    expect(badCounts(data)).toEqual([]);
  });
});

describe('weak tiles and the comparison', () => {
  it('per language, the lowest helpful rate first', async () => {
    const data = (await reports.view(target('demostad', 'municipality'), 'weak-tiles', H1)).data;
    expect(data).toEqual({ languages: [{ language: 'pl', tiles: [
      { tile: 'demostad-housing', rated: 10, helpfulRate: 0.5 },
      { tile: 'agrifarm-shifts', rated: 20, helpfulRate: 0.75 },
    ] }] });
  });

  it('against the previous half-year, from published counts only', async () => {
    const answer = await reports.view(target('demostad', 'municipality'), 'comparison', H1);
    expect(answer.previousPeriod).toEqual({ from: '2025-07-01', to: '2025-12-31' });
    const data = answer.data as { total: unknown; byTheme: Cells; byLanguage: Cells };
    expect(data.total).toEqual({ current: 50, previous: 15, change: 35, changePercent: 233 });
    expect(data.byTheme).toContainEqual({ theme: 'housing', current: 15, previous: 15, change: 0, changePercent: 0 });
    expect(data.byTheme).toContainEqual({ theme: 'work', current: 30, previous: '<5', change: null, changePercent: null });
    expect(data.byLanguage).toContainEqual({ language: 'pl', current: 30, previous: 15, change: 15, changePercent: 100 });
  });
});

describe('k per deployment', () => {
  it('k = 10: counts are multiples of 10 or "<10"', async () => {
    const strict = new ReportsService(db, { k: 10 });
    const table = await strict.questions(target('demostad', 'municipality'), H1, ['theme']);
    expect(table).toEqual({ cells: [{ theme: 'work', count: 30 }, { theme: 'housing', count: 10 }], total: 50 });
    const lang = await strict.questions(target('demostad', 'municipality'), H1, ['language']);
    expect(cellOf(lang.cells, { language: 'pl' })).toBe(30);
    expect(cellOf(lang.cells, { language: 'lt' })).toBe('<10');
    expect(lang.cells.every((c) => c.count === '<10' || (typeof c.count === 'number' && c.count % 10 === 0))).toBe(true);
  });
});
