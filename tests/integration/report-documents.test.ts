import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reportDocumentRoutes } from '../../admin/api/reports/report-documents-routes.ts';
import { buildStaffAuthHarness, seedStaffAccounts, signIn, type SeededStaff, type StaffAuthHarness } from '../../admin/auth/testing/staff-auth-harness.ts';
import { seedDefaultThemes } from '../../core/content/index.ts';
import { pageText, pdfPageCount } from '../../core/entry-codes/testing/pdf-inspection.ts';
import { QUEUES } from '../../core/platform/queues.ts';
import { createRedis, type Redis } from '../../core/platform/redis.ts';
import {
  REPORT_PATTERN, ReportDocumentService, ReportScheduler, ServiceReportContent, reportFormat, reportSummary, type ReportLanguage,
} from '../../core/reports/pdf/index.ts';
import { ReportsService, type ReportTarget } from '../../core/reports/reports-service.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/**
 * The half-yearly report on real PostgreSQL and Redis: figures from known
 * question-log and handoff rows, read back from the PDF's text (MuPDF) in
 * Dutch and in English; the scheduled job with a clock the test chooses;
 * the staff routes (list, download, on demand) and who may use them.
 */
const db = createTestDb();
let redis: Redis;
let prefix: string;
let staff: SeededStaff;
let reports: ReportsService;
let documents: ReportDocumentService;

const flat = (text: string) => text.replace(/\s+/g, ' ');
const allText = (pdf: Uint8Array) => flat(Array.from({ length: pdfPageCount(pdf) }, (_, i) => pageText(pdf, i)).join(' '));

type Row = { theme: string | null; language: string; channel: 'webchat' | 'telegram' | 'whatsapp'; outcome: 'answered' | 'unanswered' | 'handoff' | 'clarify' | 'urgent'; day: string };
const times = (n: number, row: Row): Row[] => Array.from({ length: n }, () => row);

/** Questions of testdorp's first half of 2026 (small cells: Latvian 3, exploitation 3, Telegram 3), and of the half-year before. */
async function seedQuestions(): Promise<void> {
  const rows: Row[] = [
    ...times(23, { theme: 'housing', language: 'pl', channel: 'whatsapp', outcome: 'answered', day: '2026-01-15' }),
    ...times(14, { theme: 'work', language: 'ro', channel: 'webchat', outcome: 'answered', day: '2026-03-02' }),
    ...times(9, { theme: 'registration', language: 'pl', channel: 'whatsapp', outcome: 'unanswered', day: '2026-05-20' }),
    ...times(3, { theme: 'abuse', language: 'lv', channel: 'telegram', outcome: 'handoff', day: '2026-06-30' }),
    ...times(20, { theme: 'housing', language: 'pl', channel: 'whatsapp', outcome: 'answered', day: '2025-10-01' }),
  ];
  await db.questionLog.createMany({
    data: rows.map((r) => ({ organizationId: staff.organizations.testdorp, channel: r.channel, language: r.language, themeKey: r.theme, outcome: r.outcome, day: new Date(`${r.day}T00:00:00Z`) })),
  });
  const handoff = (agency: string | null, n: number) => Array.from({ length: n }, () => ({
    organizationId: staff.organizations.testdorp, channel: 'whatsapp' as const, language: 'pl', reason: 'asked', outcome: agency ? 'referred' : 'resolved', agency, day: new Date('2026-04-10T00:00:00Z'),
  }));
  await db.handoffRecord.createMany({ data: [...handoff('Juridisch Loket', 11), ...handoff('FairWork', 8), ...handoff('GGD', 2), ...handoff(null, 4)] });
}

beforeAll(async () => {
  redis = createRedis();
});
afterAll(async () => {
  await redis.quit();
  await db.$disconnect();
});

beforeEach(async () => {
  await truncateAll(db);
  await seedDefaultThemes(db);
  staff = await seedStaffAccounts(db);
  await db.organization.update({ where: { slug: 'testdorp' }, data: { name: 'Gemeente Testdorp' } });
  await seedQuestions();
  prefix = `test-reports-${randomUUID()}`;
  reports = new ReportsService(db);
  documents = new ReportDocumentService({ db, source: new ServiceReportContent(db, reports) });
});

const testdorp = () => ({ id: staff.organizations.testdorp, slug: 'testdorp', name: 'Gemeente Testdorp' });
const H1 = { from: '2026-01-01', to: '2026-06-30' };

describe('the PDF shows the protected figures', () => {
  for (const language of ['nl', 'en'] as const satisfies readonly ReportLanguage[]) {
    it(`${language}: the summary, and per theme, language and channel exactly the published cells ("<5" where suppressed, never the raw count)`, async () => {
      const made = await documents.generate(testdorp(), H1, 'half_year', { now: new Date('2026-07-01T00:30:00+02:00') });
      expect(made.map((d) => [d.language, d.kind, d.period])).toEqual([['nl', 'half_year', H1], ['en', 'half_year', H1]]);
      const file = await documents.find(staff.organizations.testdorp, made.find((d) => d.language === language)!.id);
      const text = allText(file!.pdf);

      const content = await new ServiceReportContent(db, reports).content(testdorp(), H1, 'half_year', new Date('2026-07-01T00:30:00+02:00'));
      for (const sentence of reportSummary(content, language)) expect(text).toContain(flat(sentence));
      expect(text).toContain(language === 'nl' ? 'Halfjaarrapportage Gemeente Testdorp' : 'Half-yearly report Gemeente Testdorp');

      const target: ReportTarget = { ...testdorp(), kind: 'municipality', scope: 'full' };
      const format = reportFormat(language);
      const names: Record<string, (key: string) => string> = {
        language: format.languageName,
        channel: (key) => ({ webchat: language === 'nl' ? 'Webchat' : 'Web chat', telegram: 'Telegram', whatsapp: 'WhatsApp' })[key] ?? key,
      };
      const raw: Record<string, Record<string, number>> = {
        language: { pl: 32, ro: 14, lv: 3 }, channel: { whatsapp: 32, webchat: 14, telegram: 3 }, agency: { 'Juridisch Loket': 11, FairWork: 8, GGD: 2 },
      };
      const referrals = (await reports.view(target, 'referrals', H1)).data as { byAgency: Awaited<ReturnType<ReportsService['questions']>> };
      const tables = {
        language: await reports.questions(target, H1, ['language']),
        channel: await reports.questions(target, H1, ['channel']),
        agency: referrals.byAgency,
      };
      let suppressed = 0;
      for (const [dim, table] of Object.entries(tables)) {
        expect(table.cells.length, dim).toBe(3);
        for (const cell of table.cells) {
          const label = (names[dim] ?? ((key: string) => key))(String(cell[dim]));
          const shown = typeof cell.count === 'number' ? format.number(cell.count) : cell.count;
          expect(text, `${dim} ${cell[dim]}`).toContain(`${label} ${shown}`);
          if (typeof cell.count === 'string') {
            suppressed += 1;
            expect(text, `${dim} ${cell[dim]}`).not.toMatch(new RegExp(`${label} ${raw[dim][String(cell[dim])]}\\b`));
          }
        }
      }
      // At least the small cells (Latvian 3, Telegram 3, GGD 2) are "<5"; the disclosure may hide more.
      expect(suppressed).toBeGreaterThanOrEqual(3);
      expect(text).toContain(`${format.languageName('lv')} <5`);
      expect(text).toContain('Telegram <5');
      expect(text).toContain('GGD <5');
      expect(text).not.toMatch(new RegExp(`(${format.languageName('lv')}|Telegram|GGD) [1-4]\\b`));
    });
  }

  it('makes a half-year of a municipality well within 5 seconds', async () => {
    // 60,000 questions over the half-year in every language, theme and channel (bench:reports measures 1,000,000 rows).
    await db.$executeRaw`
      INSERT INTO question_logs (id, organization_id, channel, language, theme_key, outcome, day)
      SELECT 'bulk-' || i, ${staff.organizations.testdorp}, (ARRAY['webchat','telegram','whatsapp'])[1 + i % 3]::channel,
        (ARRAY['pl','ro','bg','lt','uk','en'])[1 + i % 6], (ARRAY['housing','work','income','health','registration'])[1 + i % 5],
        'answered'::question_outcome, DATE '2026-01-01' + (i % 181)
      FROM generate_series(1, 60000) AS i`;
    const started = performance.now();
    await documents.generate(testdorp(), H1, 'half_year', { now: new Date() });
    expect(performance.now() - started).toBeLessThan(5000);
  }, 60_000);
});

describe('the half-yearly job', () => {
  it('on 1 January at 00:30 in Amsterdam makes July–December of the year before for every municipality, in nl and en', async () => {
    const clock = new Date('2026-12-31T23:30:00Z'); // 00:30 on 1 January 2027 in Amsterdam
    const scheduler = new ReportScheduler(documents, { connection: redis, prefix, now: () => clock, catchUp: false });
    try {
      await scheduler.start();
      const run = await scheduler.result(await scheduler.runNow());
      expect(run).toEqual({ period: { from: '2026-07-01', to: '2026-12-31' }, municipalities: 2, failed: [] });
      const kept = await db.reportDocument.findMany({ select: { organizationId: true, language: true, kind: true, periodStart: true, periodEnd: true } });
      expect(kept).toHaveLength(4);
      for (const doc of kept) {
        expect([doc.kind, doc.periodStart.toISOString().slice(0, 10), doc.periodEnd.toISOString().slice(0, 10)]).toEqual(['half_year', '2026-07-01', '2026-12-31']);
      }
      expect(new Set(kept.map((d) => `${d.organizationId}:${d.language}`)).size).toBe(4);
    } finally {
      await scheduler.obliterate();
      await scheduler.close();
    }
  });

  it('on 1 July at 00:30 in Amsterdam makes January–June; runs again replace the documents instead of adding', async () => {
    const clock = new Date('2026-06-30T22:30:00Z'); // 00:30 on 1 July 2026 in Amsterdam
    const scheduler = new ReportScheduler(documents, { connection: redis, prefix, now: () => clock, catchUp: false });
    try {
      await scheduler.start();
      expect((await scheduler.result(await scheduler.runNow())).period).toEqual(H1);
      const first = await db.reportDocument.findMany({ orderBy: { id: 'asc' }, select: { id: true } });
      expect((await scheduler.result(await scheduler.runNow())).municipalities).toBe(2);
      expect(await db.reportDocument.findMany({ orderBy: { id: 'asc' }, select: { id: true } })).toEqual(first);
      const nl = await db.reportDocument.findFirstOrThrow({ where: { organizationId: staff.organizations.testdorp, language: 'nl' } });
      expect(allText(nl.pdf)).toContain('1 januari 2026 t/m 30 juni 2026');
    } finally {
      await scheduler.obliterate();
      await scheduler.close();
    }
  });

  it('registers one schedule at 00:30 on 1 January and 1 July (Amsterdam), also when started twice, and catches up what is missing', async () => {
    const clock = new Date('2026-08-15T10:00:00Z');
    const first = new ReportScheduler(documents, { connection: redis, prefix, now: () => clock });
    const second = new ReportScheduler(documents, { connection: redis, prefix, now: () => clock });
    try {
      await first.start();
      await second.start();
      const queue = new Queue(QUEUES.reports, { connection: redis, prefix });
      expect(await queue.getJobSchedulersCount()).toBe(1);
      await queue.close();
      const schedule = await first.schedule();
      expect(schedule).toMatchObject({ pattern: REPORT_PATTERN, tz: 'Europe/Amsterdam' });
      const next = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(schedule!.next!));
      expect(['01/01, 00:30', '01/07, 00:30']).toContain(next);
      // The catch-up run (added at start): the half-year before the clock's, for municipalities that lack it.
      await expect.poll(() => db.reportDocument.count(), { timeout: 20_000 }).toBe(4);
      const kept = await db.reportDocument.findMany({ select: { periodStart: true } });
      expect(new Set(kept.map((d) => d.periodStart.toISOString().slice(0, 10)))).toEqual(new Set(['2026-01-01']));
      const run = await first.result(await first.runNow({ onlyMissing: true }));
      expect(run.municipalities).toBe(0);
    } finally {
      await second.close();
      await first.obliterate();
      await first.close();
    }
  });
});

describe('the routes', () => {
  let harness: StaffAuthHarness;
  const now = new Date('2026-09-01T08:00:00Z');
  beforeEach(async () => {
    harness = await buildStaffAuthHarness(db, {}, async (app) => {
      await app.register(reportDocumentRoutes, { db, documents, now: () => now });
    });
  });
  afterEach(() => harness.close());

  async function as(email: string) {
    const { cookie, csrfToken } = await signIn(harness.app, email);
    return (method: 'GET' | 'POST', url: string, payload?: object): Promise<LightMyRequestResponse> =>
      harness.app.inject({ method, url, headers: { cookie, ...(method === 'POST' ? { 'x-csrf-token': csrfToken } : {}) }, ...(payload ? { payload } : {}) });
  }

  it('lists the kept documents and downloads one as application/pdf with a file name', async () => {
    await documents.generate(testdorp(), H1, 'half_year', { now });
    const editor = await as('editor@testdorp.example');
    const list = await editor('GET', '/api/reports/testdorp/documents');
    expect(list.statusCode).toBe(200);
    const items = list.json().documents as Array<{ id: string; language: string; kind: string; fileName: string; url: string; title: string }>;
    expect(items.map((d) => [d.kind, d.language, d.fileName])).toEqual([
      ['half_year', 'nl', 'half-year-report-testdorp-2026-01-01-2026-06-30-nl.pdf'],
      ['half_year', 'en', 'half-year-report-testdorp-2026-01-01-2026-06-30-en.pdf'],
    ]);
    expect(items[0].title).toBe('Halfjaarrapportage Gemeente Testdorp (2026-01-01 – 2026-06-30)');
    const pdf = await editor('GET', items[1].url);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="half-year-report-testdorp-2026-01-01-2026-06-30-en.pdf"');
    expect(allText(pdf.rawPayload)).toContain('Half-yearly report Gemeente Testdorp');
    expect((await editor('GET', '/api/reports/testdorp/documents/nope/pdf')).statusCode).toBe(404);
  });

  it('makes a report on demand for whole months, in nl and en, and replaces it when asked again', async () => {
    const editor = await as('editor@testdorp.example');
    const made = await editor('POST', '/api/reports/testdorp/documents', { from: '2026-02-10', to: '2026-04-03' });
    expect(made.statusCode).toBe(201);
    const docs = made.json().documents as Array<{ id: string; kind: string; period: { from: string; to: string }; language: string }>;
    expect(docs.map((d) => [d.kind, d.language, d.period])).toEqual([
      ['on_demand', 'nl', { from: '2026-02-01', to: '2026-04-30' }], ['on_demand', 'en', { from: '2026-02-01', to: '2026-04-30' }],
    ]);
    const text = allText((await editor('GET', `/api/reports/testdorp/documents/${docs[1].id}/pdf`)).rawPayload);
    expect(text).toContain('Report Gemeente Testdorp');
    expect(text).toContain('1 February 2026 to 30 April 2026');
    const again = await editor('POST', '/api/reports/testdorp/documents', { from: '2026-02-01', to: '2026-04-30' });
    expect(again.json().documents.map((d: { id: string }) => d.id)).toEqual(docs.map((d) => d.id));
    expect(await db.reportDocument.count({ where: { kind: 'on_demand' } })).toBe(2);
    const stored = await db.reportDocument.findFirstOrThrow({ where: { kind: 'on_demand', language: 'nl' } });
    expect(stored.createdById).toBe(staff.editor);
  });

  it('refuses bad periods with 400, other municipalities with 404, members without report access with 403, strangers with 401', async () => {
    const editor = await as('editor@testdorp.example');
    expect((await editor('POST', '/api/reports/testdorp/documents', { from: '2026-05-01', to: '2026-02-01' })).statusCode).toBe(400);
    expect((await editor('POST', '/api/reports/testdorp/documents', { from: '2024-01-01', to: '2026-06-30' })).statusCode).toBe(400);
    expect((await editor('POST', '/api/reports/testdorp/documents', { from: 'yesterday', to: '2026-06-30' })).statusCode).toBe(400);
    expect((await editor('GET', '/api/reports/otherdorp/documents')).statusCode).toBe(404);
    expect((await editor('GET', '/api/reports/nowhere/documents')).statusCode).toBe(404);
    // worker@testdorp: outreach worker in testdorp (no report access: 403), analyst in otherdorp (allowed).
    const worker = await as('worker@testdorp.example');
    expect((await worker('GET', '/api/reports/testdorp/documents')).statusCode).toBe(403);
    expect((await worker('GET', '/api/reports/otherdorp/documents')).statusCode).toBe(200);
    const [doc] = await documents.generate(testdorp(), H1, 'half_year', { now });
    expect((await worker('GET', `/api/reports/testdorp/documents/${doc.id}/pdf`)).statusCode).toBe(403);
    expect((await worker('GET', `/api/reports/otherdorp/documents/${doc.id}/pdf`)).statusCode).toBe(404);
    expect((await harness.app.inject({ method: 'GET', url: '/api/reports/testdorp/documents' })).statusCode).toBe(401);
  });
});
