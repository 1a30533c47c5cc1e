import type { Db } from '../core/platform/db.ts';
import type { PublicDimension } from '../core/reports/queries/report-query.ts';
import { ReportDocumentService, ServiceReportContent } from '../core/reports/pdf/index.ts';
import { FULL_VIEWS, ReportsService, type ReportRequest, type ReportTarget } from '../core/reports/reports-service.ts';

/**
 * What bench:reports measures: the queries one dashboard view of a
 * municipality and half-year runs, as one list (add a query here when the
 * dashboard gains one), and the half-yearly report.
 */

export interface BenchPeriod {
  from: string;
  to: string;
}

export interface BenchOrganization {
  id: string;
  slug: string;
  name: string;
}

export interface BenchQuery {
  name: string;
  run: () => Promise<unknown>;
}

/** The main table's breakdowns the dashboard asks for (`by=`). */
const TABLES: ReadonlyArray<readonly PublicDimension[]> = [['theme'], ['language'], ['channel'], ['outcome'], ['entry'], ['theme', 'language']];

/**
 * The dashboard's queries for one municipality and period, through the
 * reports service (its SQL and the disclosure protection), as an analyst
 * opening each view and table, with and without filters.
 */
export function dashboardQueries(db: Db, org: BenchOrganization, period: BenchPeriod): BenchQuery[] {
  const service = new ReportsService(db);
  const target: ReportTarget = { ...org, kind: 'municipality', scope: 'full' };
  const request: ReportRequest = { from: period.from, to: period.to };
  const filtered: ReportRequest = { ...request, filters: { language: 'pl', channel: 'whatsapp' } };
  return [
    ...FULL_VIEWS.map((view) => ({ name: `view ${view}`, run: () => service.view(target, view, request) })),
    { name: 'view overview by week', run: () => service.view(target, 'overview', { ...request, granularity: 'week' }) },
    ...FULL_VIEWS.map((view) => ({ name: `view ${view} (pl, whatsapp)`, run: () => service.view(target, view, filtered) })),
    ...TABLES.map((dims) => ({ name: `questions by ${dims.join(',')}`, run: () => service.questions(target, request, dims) })),
    { name: 'questions by theme,language (pl, whatsapp)', run: () => service.questions(target, filtered, ['theme', 'language']) },
  ];
}

/**
 * Makes the municipality's half-yearly report as the scheduled job does
 * (figures read once through the reports service, PDF rendered in every
 * report language and kept); returns how many documents and bytes.
 */
export async function makeHalfYearReport(db: Db, org: BenchOrganization, period: BenchPeriod): Promise<{ documents: number; bytes: number }> {
  const documents = new ReportDocumentService({ db, source: new ServiceReportContent(db, new ReportsService(db)) });
  const made = await documents.generate(org, period, 'half_year', { now: new Date() });
  const [row] = await db.$queryRaw<Array<{ bytes: number }>>`
    SELECT coalesce(sum(octet_length(pdf)), 0)::int AS bytes FROM report_documents WHERE id = ANY(${made.map((d) => d.id)}::text[])`;
  return { documents: made.length, bytes: row.bytes };
}
