import type { DbClient } from '../../platform/db.ts';
import { dayDate, dayString, type ReportPeriod } from './half-years.ts';
import type { ReportLanguage } from './report-texts.ts';

/**
 * The kept report documents (report_documents): one PDF per municipality,
 * period, language and kind. Storing one again for the same four replaces
 * it, so the half-yearly job may run twice and an on-demand report asked
 * again for the same period is made anew.
 */

/** `half_year`: made by the scheduled job; `on_demand`: asked for by staff. */
export type ReportDocumentKind = 'half_year' | 'on_demand';

/** A kept document without its bytes (lists). */
export interface ReportDocumentInfo {
  id: string;
  organizationId: string;
  period: ReportPeriod;
  language: ReportLanguage;
  kind: ReportDocumentKind;
  createdAt: Date;
  /** The staff member who asked for an on-demand report; null for the scheduled job's. */
  createdById: string | null;
}

/** A kept document with its PDF. */
export interface ReportDocumentFile extends ReportDocumentInfo {
  pdf: Buffer;
}

const INFO = { id: true, organizationId: true, periodStart: true, periodEnd: true, language: true, kind: true, createdAt: true, createdById: true } as const;

type Row = { id: string; organizationId: string; periodStart: Date; periodEnd: Date; language: string; kind: string; createdAt: Date; createdById: string | null };

function infoOf(row: Row): ReportDocumentInfo {
  return {
    id: row.id, organizationId: row.organizationId, period: { from: dayString(row.periodStart), to: dayString(row.periodEnd) },
    language: row.language as ReportLanguage, kind: row.kind as ReportDocumentKind, createdAt: row.createdAt, createdById: row.createdById,
  };
}

/** Stores a document, replacing the one of the same organization, period, language and kind. */
export async function saveReportDocument(db: DbClient, input: {
  organizationId: string; period: ReportPeriod; language: ReportLanguage; kind: ReportDocumentKind; pdf: Buffer; createdById?: string | null;
}): Promise<ReportDocumentInfo> {
  const key = { organizationId: input.organizationId, periodStart: dayDate(input.period.from), periodEnd: dayDate(input.period.to), language: input.language, kind: input.kind };
  const data = { pdf: new Uint8Array(input.pdf), createdById: input.createdById ?? null, createdAt: new Date() };
  const row = await db.reportDocument.upsert({
    where: { organizationId_periodStart_periodEnd_language_kind: key },
    create: { ...key, ...data },
    update: data,
    select: INFO,
  });
  return infoOf(row);
}

/** The organization's kept documents, newest period first (half-yearly before on-demand, Dutch before English). */
export async function listReportDocuments(db: DbClient, organizationId: string): Promise<ReportDocumentInfo[]> {
  const rows = await db.reportDocument.findMany({
    where: { organizationId },
    select: INFO,
    orderBy: [{ periodEnd: 'desc' }, { periodStart: 'desc' }, { kind: 'asc' }, { language: 'desc' }],
  });
  return rows.map(infoOf);
}

/** One of the organization's documents with its PDF; undefined when it has none with that id. */
export async function findReportDocument(db: DbClient, organizationId: string, id: string): Promise<ReportDocumentFile | undefined> {
  const row = await db.reportDocument.findFirst({ where: { id, organizationId }, select: { ...INFO, pdf: true } });
  return row ? { ...infoOf(row), pdf: Buffer.from(row.pdf) } : undefined;
}

/** Which documents of the period and kind are kept: `<organizationId>:<language>`. */
export async function keptDocuments(db: DbClient, period: ReportPeriod, kind: ReportDocumentKind): Promise<Set<string>> {
  const rows = await db.reportDocument.findMany({
    where: { kind, periodStart: dayDate(period.from), periodEnd: dayDate(period.to) },
    select: { organizationId: true, language: true },
  });
  return new Set(rows.map((row) => `${row.organizationId}:${row.language}`));
}

/** The municipalities the half-yearly job makes reports for: every organization of kind municipality. */
export async function reportMunicipalities(db: DbClient): Promise<Array<{ id: string; slug: string; name: string }>> {
  return db.organization.findMany({ where: { kind: 'municipality' }, select: { id: true, slug: true, name: true }, orderBy: { slug: 'asc' } });
}

