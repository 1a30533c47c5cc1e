import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../admin/auth/testing/staff-auth-harness.ts';
import { pageText, pdfPageCount } from '../../core/entry-codes/testing/pdf-inspection.ts';
import type { Db } from '../../core/platform/db.ts';
import { ReportDocumentService, ServiceReportContent } from '../../core/reports/pdf/index.ts';
import { ReportsService } from '../../core/reports/reports-service.ts';
import { createStaffUser } from '../../core/staff/index.ts';
import { describeViolations, seriousA11yViolations } from '../support/axe.ts';
import { submitSignIn } from '../support/browser-world-kit.ts';
import { useReportsE2eWorld } from '../support/reports-e2e-world.ts';
import { PEOPLE, seedStudioOrganizations } from '../support/studio-e2e-seed.ts';

/**
 * Issue 13's browser test of the reports dashboard, on the real app and the
 * real reports API over seeded question-log and handoff rows:
 * 1. the analyst signs in and sees the charts (recharts SVG) of the first
 *    half of 2026, with the filters in the URL;
 * 2. switches a chart to its table view: the big theme is a number, the
 *    small one (3 questions) reads "<5", never 0 or 3;
 * 3. downloads that view as CSV: the same cells and the same "<5";
 * 4. downloads the half-year PDF the scheduled job made (1 July 2026) and reads
 *    its text (mupdf): the municipality, the summary with the screen's total,
 *    no raw 3 where the table says "<5"; makes one for the period on demand;
 * 5. an employer's editor sees only the layer's own view (tile shows, chats
 *    through its codes), never themes or outcomes; a region's analyst sees
 *    its municipality's figures (picked from a list), protected on their own;
 * axe-core on the dashboard as chart and as table, in English and Dutch.
 * Screenshots: test-artifacts/reports-dashboard-*.png.
 */

const ANALYST = 'analyst@demostad.test';
const REGION_ANALYST = 'analyst@holland.test';
const HALF_YEAR = { from: '2026-01-01', to: '2026-06-30' };
const DASHBOARD = `/app/reports/demostad?from=${HALF_YEAR.from}&to=${HALF_YEAR.to}`;
const SLOW = 180_000;
const POLL = { timeout: 20_000 };

type LogRow = {
  themeKey: string | null; language: string; channel: 'webchat' | 'telegram' | 'whatsapp'; outcome: 'answered' | 'clarify' | 'unanswered' | 'handoff' | 'urgent';
  tileKey?: string; tileOwnerId?: string; feedback?: 'helpful' | 'not_helpful' | null;
  entryKind?: string; entryCode?: string; entryOrganizationId?: string;
};

/** `n` question-log rows of demostad like `row`, spread over the months `from`…`to` (1–12) of `year`. */
function spread(organizationId: string, n: number, row: LogRow, year: number, months: [number, number]) {
  const [first, last] = months;
  return Array.from({ length: n }, (_, i) => {
    const month = first + (i % (last - first + 1));
    const feedback = typeof row.feedback === 'undefined' ? null : row.feedback;
    return { organizationId, ...row, feedback, day: new Date(Date.UTC(year, month - 1, 3 + (i % 20))) };
  });
}

/** Organizations and people of the studio tests, an analyst, and a known half-year of questions and handoffs. */
async function seed(db: Db): Promise<void> {
  await seedStudioOrganizations(db);
  await createStaffUser(db, { email: ANALYST, name: 'Ana Analyst', password: TEST_PASSWORD, languages: ['en'], memberships: [{ organization: 'demostad', role: 'analyst' }] });
  await createStaffUser(db, { email: REGION_ANALYST, name: 'Rik Region', password: TEST_PASSWORD, languages: ['en'], memberships: [{ organization: 'holland', role: 'analyst' }] });
  const demostad = (await db.organization.findUniqueOrThrow({ where: { slug: 'demostad' } })).id;
  const agrifarm = (await db.organization.findUniqueOrThrow({ where: { slug: 'agrifarm' } })).id;
  const h1 = [1, 6] as [number, number];
  const rows = [
    ...spread(demostad, 20, { themeKey: 'housing', language: 'pl', channel: 'whatsapp', outcome: 'answered', tileKey: 'demostad-housing', tileOwnerId: demostad, feedback: 'helpful' }, 2026, h1),
    ...spread(demostad, 10, { themeKey: 'housing', language: 'pl', channel: 'whatsapp', outcome: 'answered', tileKey: 'demostad-housing', tileOwnerId: demostad, feedback: 'not_helpful' }, 2026, h1),
    ...spread(demostad, 10, { themeKey: 'housing', language: 'pl', channel: 'whatsapp', outcome: 'answered', tileKey: 'demostad-housing', tileOwnerId: demostad }, 2026, h1),
    ...spread(demostad, 25, { themeKey: 'work', language: 'ro', channel: 'telegram', outcome: 'answered', tileKey: 'nl-work', feedback: 'helpful' }, 2026, h1),
    ...spread(demostad, 15, { themeKey: 'registration', language: 'en', channel: 'webchat', outcome: 'handoff' }, 2026, h1),
    ...spread(demostad, 3, { themeKey: 'income', language: 'bg', channel: 'webchat', outcome: 'unanswered' }, 2026, h1),
    // People who came in through the employer's code, shown the employer's tile.
    ...spread(demostad, 12, {
      themeKey: 'housing', language: 'pl', channel: 'whatsapp', outcome: 'answered', tileKey: 'agrifarm-housing', tileOwnerId: agrifarm,
      entryKind: 'employer', entryCode: 'agrifarm-gate', entryOrganizationId: agrifarm,
    }, 2026, h1),
    // The half-year before, for the change.
    ...spread(demostad, 30, { themeKey: 'housing', language: 'pl', channel: 'whatsapp', outcome: 'answered' }, 2025, [7, 12]),
  ];
  await db.questionLog.createMany({ data: rows });
  const handoff = (n: number, data: { agency: string | null; employmentType: string; housingType: string; outsideHours: boolean }) =>
    Array.from({ length: n }, (_, i) => ({
      organizationId: demostad, channel: 'webchat' as const, language: 'en', reason: 'asked', outcome: data.agency ? 'referred' : 'resolved',
      waitingMinutes: 5 + i * 3, handlingMinutes: 20 + i * 2, day: new Date(Date.UTC(2026, i % 6, 12)), ...data,
    }));
  await db.handoffRecord.createMany({
    data: [
      ...handoff(8, { agency: 'Juridisch Loket', employmentType: 'agency', housingType: 'employer', outsideHours: false }),
      ...handoff(6, { agency: 'FairWork', employmentType: 'direct', housingType: 'private_rent', outsideHours: true }),
      ...handoff(5, { agency: null, employmentType: 'agency', housingType: 'employer', outsideHours: false }),
    ],
  });
  // The scheduled job's run of 1 July 2026: the half-year report of January–June, in Dutch and English.
  const documents = new ReportDocumentService({ db, source: new ServiceReportContent(db, new ReportsService(db)) });
  const run = await documents.generateHalfYear(new Date('2026-07-01T08:00:00Z'));
  expect(run.failed).toEqual([]);
}

const w = useReportsE2eWorld({ name: 'reports-dashboard', seed });

let page: Page;
const checked: string[] = [];

async function expectAccessible(name: string): Promise<void> {
  const found = await seriousA11yViolations(page);
  expect(found, `${name}:\n${describeViolations(found)}`).toEqual([]);
  checked.push(name);
}

/** Waits until no section says "Loading…" and no request is in flight. */
async function settled(): Promise<void> {
  await page.locator('main h1').waitFor(POLL);
  await page.waitForLoadState('networkidle', POLL).catch(() => undefined);
  await expect.poll(() => page.getByText('Loading…', { exact: true }).count(), POLL).toBe(0);
}

async function downloaded(download: Download): Promise<Buffer> {
  return readFile(await download.path());
}

/** A CSV line's fields (the API quotes fields with commas; the values here have none). */
function csvRows(text: string): string[][] {
  return text.replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((line) => line.split(/[,;]/).map((f) => f.replace(/^"|"$/g, '')));
}

const byTheme = () => page.locator('#report-by-theme');

describe('the reports dashboard: charts, table view, CSV and the half-year PDF', () => {
  it('the analyst signs in and sees the charts of the half-year', async () => {
    page = await w.newPage();
    await page.goto(`${w.base}${DASHBOARD}`);
    await submitSignIn(page, ANALYST, TEST_PASSWORD);
    await page.waitForURL(`${w.base}${DASHBOARD}`, POLL);
    await settled();
    expect(await page.locator('main h1').textContent()).toBe('Reports');
    // The filters are the URL's.
    expect(await page.getByLabel('From (date)').inputValue()).toBe(HALF_YEAR.from);
    expect(await page.getByLabel('Up to and including (date)').inputValue()).toBe(HALF_YEAR.to);
    for (const id of ['report-over-time', 'report-by-theme', 'report-by-language', 'report-by-channel', 'report-by-entry', 'report-by-outcome']) {
      await expect.poll(() => page.locator(`#${id} svg.recharts-surface`).count(), POLL).toBe(1);
      expect(await page.locator(`#${id}`).getAttribute('data-view')).toBe('chart');
    }
    // The bars are drawn (one per published theme); the suppressed theme is named under the chart, not drawn.
    await expect.poll(() => byTheme().locator('.recharts-bar-rectangle').count(), POLL).toBeGreaterThan(0);
    expect(await byTheme().locator('.report-suppressed').textContent()).toContain('<5');
    // The funnel writes each rate with its denominator.
    expect(await page.locator('#report-funnel').textContent()).toMatch(/\d+%\s+of\s+\d+/);
    // Handoffs: times with the number of handoffs they are over.
    expect(await page.locator('#report-handoffs').textContent()).toMatch(/\d+ min of \d+/);
    await w.shot(page, 'reports-dashboard-1-charts.png');
    await expectAccessible('dashboard (charts)');
  }, SLOW);

  it('switches to the table view: numbers, and "<5" for the small theme', async () => {
    await byTheme().getByRole('button', { name: 'Table view' }).click();
    const table = page.locator('#report-by-theme-table');
    await table.waitFor(POLL);
    expect(await byTheme().getAttribute('data-view')).toBe('table');
    expect(await byTheme().getByRole('button', { name: 'Table view' }).getAttribute('aria-pressed')).toBe('true');
    const housing = (await table.locator('tr[data-row="housing"] td').textContent())?.trim();
    expect(housing).toMatch(/^\d+$/);
    expect(Number(housing)).toBeGreaterThanOrEqual(5);
    expect((await table.locator('tr[data-row="income"] td').textContent())?.trim()).toBe('<5');
    expect(await table.locator('tr[data-row="housing"] th').textContent()).toBe('Housing');
    await w.shot(page, 'reports-dashboard-2-table.png');
    await expectAccessible('dashboard (theme as a table)');

    // Every chart as a table at once.
    await page.getByLabel('Show every chart as a table').check();
    await expect.poll(() => page.locator('figure.report-view[data-view="chart"]').count(), POLL).toBe(0);
    await expectAccessible('dashboard (all tables)');
    await page.getByLabel('Show every chart as a table').uncheck();
  }, SLOW);

  it('downloads the view as CSV: the same cells and the same "<5" as on screen', async () => {
    await byTheme().getByRole('button', { name: 'Table view' }).click();
    const table = page.locator('#report-by-theme-table');
    await table.waitFor(POLL);
    const screen = new Map<string, string>();
    for (const row of await table.locator('tbody tr').all()) {
      screen.set((await row.getAttribute('data-row')) ?? '', ((await row.locator('td').first().textContent()) ?? '').trim());
    }
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      byTheme().getByRole('link', { name: 'Download "Questions by theme" as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const rows = csvRows((await downloaded(download)).toString('utf8'));
    for (const [theme, count] of screen) {
      const line = rows.find((r) => r.includes(theme));
      expect(line, `CSV has no row for ${theme}: ${JSON.stringify(rows)}`).toBeDefined();
      expect(line).toContain(count);
    }
    expect(rows.flat()).toContain('<5');
    expect(rows.flat()).not.toContain('3');
    // XLSX: offered for the same view.
    expect(await byTheme().getByRole('link', { name: 'Download "Questions by theme" as XLSX' }).getAttribute('href')).toContain('format=xlsx');
  }, SLOW);

  it('downloads the half-year PDF and reads its text; makes one for the period on demand', async () => {
    const section = page.locator('section', { has: page.locator('#report-documents-heading') });
    // The scheduled job's half-year report, in both languages.
    await expect.poll(() => section.locator('tbody tr').count(), POLL).toBe(2);
    expect(await section.locator('tbody').textContent()).toContain('Half-year report');
    const english = section.getByRole('link', { name: /^Download the report .* \(English, PDF\)$/ });
    const [download] = await Promise.all([page.waitForEvent('download'), english.click()]);
    expect(download.suggestedFilename()).toBe('half-year-report-demostad-2026-01-01-2026-06-30-en.pdf');
    const pdf = new Uint8Array(await downloaded(download));
    const text = Array.from({ length: pdfPageCount(pdf) }, (_, i) => pageText(pdf, i)).join('\n');
    expect(text).toContain('Half-yearly report Demostad');
    expect(text).toContain('Summary');
    expect(text).toMatch(/people asked the information bot [\d,]+ questions/);
    // The screen's total is the PDF's.
    const total = ((await page.locator('#report-by-theme-table tfoot td').textContent()) ?? '').trim();
    expect(total).toMatch(/^[\d,]+$/);
    expect(text).toContain(`people asked the information bot ${total} questions`);
    // The small theme is "<5" in the PDF as on screen, never its raw 3.
    expect(text).not.toMatch(/\b3 questions\b/);

    // "Make a PDF for this period": two more documents (on request).
    await section.getByRole('button', { name: 'Make a PDF for this period' }).click();
    await expect.poll(() => section.locator('tbody tr').count(), { timeout: 60_000 }).toBe(4);
    expect(await section.locator('tbody').textContent()).toContain('On request');
    await w.shot(page, 'reports-dashboard-3-documents.png');
    await expectAccessible('dashboard (with documents)');
  }, SLOW);

  it('the dashboard in Dutch', async () => {
    await page.getByLabel('Language', { exact: true }).selectOption('nl');
    await page.goto(`${w.base}${DASHBOARD}`);
    await settled();
    expect(await page.locator('main h1').textContent()).toBe('Rapporten');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await byTheme().getByRole('button', { name: 'Tabelweergave' }).click();
    expect((await page.locator('#report-by-theme-table tr[data-row="income"] td').textContent())?.trim()).toBe('<5');
    await expectAccessible('dashboard (nl)');
    await page.getByLabel('Taal', { exact: true }).selectOption('en');
  }, SLOW);

  it('an employer\'s editor sees only the layer\'s own view', async () => {
    const farm = await w.newPage();
    await farm.goto(`${w.base}/app/reports?from=${HALF_YEAR.from}&to=${HALF_YEAR.to}`);
    await submitSignIn(farm, PEOPLE.farmEditor, TEST_PASSWORD);
    await farm.waitForURL(/\/app\/reports/, POLL);
    await farm.locator('#report-layer-heading').waitFor(POLL);
    await expect.poll(() => farm.locator('#report-tile-shows').count(), POLL).toBe(1);
    expect(await farm.locator('#report-by-theme, #report-funnel, #report-handoffs, #report-documents-heading').count()).toBe(0);
    await farm.locator('#report-tile-shows').getByRole('button', { name: 'Table view' }).click();
    expect(await farm.locator('#report-tile-shows-table').textContent()).toContain('agrifarm-housing');
    // The municipality's dashboard is not theirs.
    const refused = await farm.request.get(`${w.base}/api/reports/demostad/questions?from=${HALF_YEAR.from}&to=${HALF_YEAR.to}&by=theme`);
    expect(refused.status()).toBe(404);
    await w.shot(farm, 'reports-dashboard-4-employer.png');
    const found = await seriousA11yViolations(farm);
    expect(found, describeViolations(found)).toEqual([]);
    checked.push('employer view');
  }, SLOW);

  it('a region\'s analyst sees each municipality\'s figures, protected on its own', async () => {
    const region = await w.newPage();
    await region.goto(`${w.base}/app/reports/holland?from=${HALF_YEAR.from}&to=${HALF_YEAR.to}`);
    await submitSignIn(region, REGION_ANALYST, TEST_PASSWORD);
    await region.waitForURL(/\/app\/reports\/holland/, POLL);
    const municipality = region.getByLabel('Municipality', { exact: true });
    await municipality.waitFor(POLL);
    expect(await municipality.inputValue()).toBe('demostad');
    await region.locator('#report-by-theme').getByRole('button', { name: 'Table view' }).click();
    expect((await region.locator('#report-by-theme-table tr[data-row="income"] td').textContent())?.trim()).toBe('<5');
    expect(await region.locator('#report-documents-heading').count()).toBe(0);
    await w.shot(region, 'reports-dashboard-5-region.png');
    const found = await seriousA11yViolations(region);
    expect(found, describeViolations(found)).toEqual([]);
    checked.push('region view');
  }, SLOW);

  it('checked the pages with axe-core', () => {
    console.log(`axe-core: no serious or critical violation on ${checked.join(', ')}`);
    expect(checked.length).toBeGreaterThanOrEqual(7);
  });
});
