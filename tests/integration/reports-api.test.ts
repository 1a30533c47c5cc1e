import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportColumns, exportRows, type ExportRow } from '../../admin/api/reports/report-export.ts';
import { badCounts, seedKnownRows } from '../support/reports-rows.ts';
import { buildReportsWorld, type ReportsWorld } from '../support/reports-world.ts';
import { createTestDb } from '../support/test-db.ts';
import { xlsxRows } from '../support/xlsx-rows.ts';

/**
 * The reports API (issue 13, Deliver 4, 5 and 7) on the real app with known
 * rows (tests/support/reports-rows.ts): the exact shape of
 * GET /api/reports/:slug/questions, suppression visible as "<5", who sees
 * what (404 / 403 / 400), and CSV and XLSX equal to the JSON, the XLSX read
 * back with exceljs.
 */

const db = createTestDb();
let world: ReportsWorld;
const H1 = 'from=2026-01-01&to=2026-06-30';

beforeAll(async () => {
  world = await buildReportsWorld(db);
  await seedKnownRows(world);
}, 60_000);

afterAll(async () => {
  await world?.close();
  await db.$disconnect();
});

const analyst = 'analyst@demostad.test';

describe('GET /api/reports/:slug/questions', () => {
  it('answers exactly { cells: [{ theme, language, count }], total }, small cells as "<5"', async () => {
    const res = await world.get(analyst, `/api/reports/demostad/questions?${H1}&by=theme,language`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-report-period']).toBe('2026-01-01/2026-06-30');
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json() as { cells: Array<Record<string, unknown>>; total: unknown };
    expect(Object.keys(body).sort()).toEqual(['cells', 'total']);
    for (const cell of body.cells) expect(Object.keys(cell).sort()).toEqual(['count', 'language', 'theme']);
    const count = (theme: string, language: string) => body.cells.find((c) => c.theme === theme && c.language === language)?.count;
    // 12 housing/pl → 10; 20 work/pl → 20; 3 work/lt → "<5" (and, to protect it, more cells of its row and column are hidden).
    expect(count('housing', 'pl')).toBe(10);
    expect(count('work', 'pl')).toBe(20);
    expect(count('work', 'lt')).toBe('<5');
    expect(body.cells.filter((c) => c.count === '<5').length).toBeGreaterThanOrEqual(2);
    expect(body.total).toBe(50); // 51 questions in January–June; none of December or July
    expect(badCounts(body)).toEqual([]);
  });

  it('widens the period to whole months; a single dimension; no dimension gives the total alone', async () => {
    const res = await world.get(analyst, `/api/reports/demostad/questions?from=2026-01-15&to=2026-06-10&by=theme`);
    expect(res.headers['x-report-period']).toBe('2026-01-01/2026-06-30');
    expect(res.body).toBe('{"cells":[{"theme":"work","count":30},{"theme":"housing","count":15}],"total":50}');
    const total = await world.get(analyst, `/api/reports/demostad/questions?${H1}`);
    expect(total.json()).toEqual({ cells: [], total: 50 });
  });

  it('filters by channel, language, theme and entry point (kind, or kind:code)', async () => {
    const byEntry = (await world.get(analyst, `/api/reports/demostad/questions?${H1}&by=entry`)).json();
    expect(byEntry.cells).toEqual([{ entry: 'municipality', count: 30 }, { entry: 'employer:agrifarm-gate', count: 20 }]);
    const viaCode = (await world.get(analyst, `/api/reports/demostad/questions?${H1}&by=channel&entry=employer:agrifarm-gate`)).json();
    expect(viaCode).toEqual({ cells: [{ channel: 'telegram', count: 20 }], total: 20 });
    const polish = (await world.get(analyst, `/api/reports/demostad/questions?${H1}&by=outcome&language=pl&theme=housing`)).json();
    expect(polish).toEqual({ cells: [{ outcome: 'answered', count: 10 }], total: 10 });
  });

  it('a region: each municipality protected on its own, its cells named; the total sums the published totals', async () => {
    const res = await world.get('analyst@holland.test', `/api/reports/holland/questions?${H1}&by=theme`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      cells: [
        { municipality: 'demostad', theme: 'work', count: 30 }, { municipality: 'demostad', theme: 'housing', count: 15 },
        { municipality: 'otherstad', theme: 'work', count: 30 }, { municipality: 'otherstad', theme: null, count: 5 },
      ],
      total: 85,
    });
    // The region's staff also read each of its municipalities.
    expect((await world.get('analyst@holland.test', `/api/reports/otherstad/questions?${H1}&by=language`)).statusCode).toBe(200);
  });

  it('404 for a municipality the caller may not see or that does not exist, 403 for its own members without a report role', async () => {
    for (const [email, slug] of [
      [analyst, 'otherstad'], [analyst, 'holland'], [analyst, 'nl'], [analyst, 'nowhere'],
      ['admin@agrifarm.test', 'demostad'], ['analyst@nl.test', 'demostad'], ['outreach_worker@holland.test', 'demostad'],
    ]) {
      const res = await world.get(email, `/api/reports/${slug}/questions?${H1}&by=theme`);
      expect(res.statusCode, `${email} → ${slug}`).toBe(404);
      expect(res.json().code).toBe('ORGANIZATION_NOT_FOUND');
    }
    for (const email of ['translator@demostad.test', 'outreach_worker@demostad.test']) {
      expect((await world.get(email, `/api/reports/demostad/questions?${H1}&by=theme`)).statusCode, email).toBe(403);
    }
    // Editors and administrators read their municipality's reports (read-only: there is nothing to write).
    for (const email of ['editor@demostad.test', 'admin@demostad.test']) {
      expect((await world.get(email, `/api/reports/demostad/questions?${H1}&by=theme`)).statusCode, email).toBe(200);
    }
  });

  it('400 for a bad date, a period the wrong way round, an unknown or repeated dimension, a bad filter', async () => {
    for (const query of [
      'from=2026-02-30&to=2026-06-30', 'from=2026-1-1&to=2026-06-30', 'to=2026-06-30', 'from=2026-06-01&to=2026-01-31',
      `${H1}&by=colour`, `${H1}&by=theme,theme`, `${H1}&by=theme;language`, `${H1}&channel=fax`, `${H1}&entry=shop`, `${H1}&format=pdf`,
      'from=2020-01-01&to=2026-06-30',
    ]) {
      const res = await world.get(analyst, `/api/reports/demostad/questions?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().code, query).toBe('VALIDATION_FAILED');
    }
  });
});

describe('who sees what', () => {
  it('an employer sees only its tiles\' shows and the chats started through its codes; nothing else', async () => {
    const res = await world.get('admin@agrifarm.test', `/api/reports/agrifarm/layer?${H1}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.data).toEqual({
      tileShows: { cells: [{ tile: 'agrifarm-shifts', count: 20 }], total: 20 },
      // 6 in March, 2 in April: April is below 5, so March (derivable from the total) is hidden too.
      chatsStarted: { cells: [{ month: '2026-03', count: '<5' }, { month: '2026-04', count: '<5' }], total: 5 },
    });
    expect(JSON.stringify(body)).not.toMatch(/theme|outcome|handoff|housing|language/);
    for (const view of ['questions?by=theme', 'overview', 'funnel', 'handoffs', 'referrals', 'weak-tiles', 'comparison', 'national-tiles']) {
      const refused = await world.get('analyst@agrifarm.test', `/api/reports/agrifarm/${view.includes('?') ? `${view}&${H1}` : `${view}?${H1}`}`);
      expect(refused.statusCode, view).toBe(403);
    }
    // Its municipality's staff have no layer view of it (reports are per organization), and it has no view of its municipality.
    expect((await world.get(analyst, `/api/reports/agrifarm/layer?${H1}`)).statusCode).toBe(404);
    expect((await world.get(analyst, `/api/reports/demostad/layer?${H1}`)).statusCode).toBe(400);
  });

  it('the national editor: national figures of every municipality, and the national tiles asked for, weak and missing', async () => {
    const national = (await world.get('editor@nl.test', `/api/reports/nl/questions?${H1}`)).json();
    expect(national).toEqual({ cells: [], total: 85 }); // 51 + 36
    const res = await world.get('editor@nl.test', `/api/reports/nl/national-tiles?${H1}`);
    expect(res.statusCode).toBe(200);
    const { data } = res.json();
    expect(data.asked).toEqual({ cells: [{ tile: 'nl-payslip', count: 35 }], total: 35 }); // 9 + 30
    expect(data.weak).toEqual({ languages: [{ language: 'pl', tiles: [{ tile: 'nl-payslip', rated: 20, helpfulRate: 0.5 }] }] });
    expect(data.missing.cells).toContainEqual({ language: 'lt', theme: 'work', count: '<5' });
    expect(badCounts(data)).toEqual([]);
    expect((await world.get('analyst@demostad.test', `/api/reports/demostad/national-tiles?${H1}`)).statusCode).toBe(400);
  });

  it('GET /api/reports lists what the caller may read; GET /api/reports/:slug says how', async () => {
    const list = (await world.get('analyst@holland.test', '/api/reports')).json();
    expect(list.organizations.map((o: { slug: string }) => o.slug).sort()).toEqual(['demostad', 'holland', 'otherstad']);
    expect((await world.get('outreach_worker@demostad.test', '/api/reports')).json()).toEqual({ organizations: [] });
    const summary = (await world.get('analyst@holland.test', '/api/reports/holland')).json();
    expect(summary).toMatchObject({ scope: 'full', k: 5, municipalities: [{ slug: 'demostad' }, { slug: 'otherstad' }] });
    const layer = (await world.get('editor@agrifarm.test', '/api/reports/agrifarm')).json();
    expect(layer).toMatchObject({ scope: 'layer_only', views: ['layer'], dimensions: [] });
  });
});


const present = (rows: ExportRow[]) => rows.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null && v !== undefined)));
/** CSV cells are text: the rows' values as the CSV writes them. */
const asText = (rows: ExportRow[], columns: string[]) => rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] === null || r[c] === undefined ? '' : String(r[c])])));

describe('CSV and XLSX equal the JSON', () => {
  const VIEWS = [
    'questions?by=theme,language', 'overview', 'overview?granularity=week', 'funnel', 'handoffs', 'referrals', 'weak-tiles', 'comparison',
  ];
  it.each(VIEWS)('%s', async (view) => {
    const url = `/api/reports/demostad/${view}${view.includes('?') ? '&' : '?'}${H1}`;
    const json = await world.get(analyst, url);
    expect(json.statusCode).toBe(200);
    const rows = exportRows(json.json(), view.split('?')[0]);
    expect(rows.length).toBeGreaterThan(0);
    const columns = exportColumns(rows);

    const csv = await world.get(analyst, `${url}&format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="report-demostad-[a-z-]+-2026-01-01-2026-06-30\.csv"$/);
    expect(parse(csv.body, { columns: true })).toEqual(asText(rows, columns));

    const xlsx = await world.get(analyst, `${url}&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(await xlsxRows(xlsx.rawPayload)).toEqual(present(rows));
  });

  it('the suppressed cells are "<5" in all three', async () => {
    const url = `/api/reports/demostad/questions?${H1}&by=theme,language`;
    const cells = (await world.get(analyst, url)).json().cells as Array<{ theme: string; language: string; count: unknown }>;
    const hidden = cells.filter((c) => c.count === '<5').map((c) => `${c.theme}/${c.language}`).sort();
    expect(hidden).toContain('work/lt');
    const csv = parse((await world.get(analyst, `${url}&format=csv`)).body, { columns: true }) as Array<Record<string, string>>;
    expect(csv.filter((r) => r.table === 'questions' && r.count === '<5').map((r) => `${r.theme}/${r.language}`).sort()).toEqual(hidden);
    const xlsx = await xlsxRows((await world.get(analyst, `${url}&format=xlsx`)).rawPayload);
    expect(xlsx.filter((r) => r.table === 'questions' && r.count === '<5').map((r) => `${r.theme}/${r.language}`).sort()).toEqual(hidden);
    expect(csv.some((r) => r.count === '3')).toBe(false);
  });

  it('a region\'s export names the municipality of every row', async () => {
    const csv = parse((await world.get('analyst@holland.test', `/api/reports/holland/overview?${H1}&format=csv`)).body, { columns: true }) as Array<Record<string, string>>;
    expect(new Set(csv.map((r) => r.municipality))).toEqual(new Set(['demostad', 'otherstad']));
  });
});
