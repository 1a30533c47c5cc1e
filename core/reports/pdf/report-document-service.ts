import type { Logger } from 'pino';
import type { DbClient } from '../../platform/db.ts';
import { previousHalfYear, type ReportPeriod } from './half-years.ts';
import type { ReportContent } from './report-content.ts';
import {
  findReportDocument, keptDocuments, listReportDocuments, reportMunicipalities, saveReportDocument,
  type ReportDocumentFile, type ReportDocumentInfo, type ReportDocumentKind,
} from './report-document-repository.ts';
import { renderReportPdf } from './report-pdf.ts';
import { REPORT_LANGUAGES } from './report-texts.ts';

/** A municipality a report is made for. */
export interface ReportMunicipality {
  id: string;
  slug: string;
  name: string;
}

/**
 * Where a report's figures come from: the reports' queries, protected
 * (core/reports disclosure). Implemented by report-content-source.ts.
 */
export interface ReportContentSource {
  content(municipality: ReportMunicipality, period: ReportPeriod, kind: ReportDocumentKind, now: Date): Promise<ReportContent>;
}

/** Options of {@link ReportDocumentService}. */
export interface ReportDocumentServiceOptions {
  db: DbClient;
  source: ReportContentSource;
  log?: Logger;
}

/** What one half-yearly run made. */
export interface HalfYearRun {
  period: ReportPeriod;
  /** Municipalities whose two documents were stored. */
  municipalities: number;
  /** Municipalities that failed (logged; the job fails so BullMQ tries again). */
  failed: string[];
}

/**
 * Makes, keeps and hands out the report documents: a PDF per municipality
 * and period in Dutch and in English. The figures are read once and
 * rendered in both languages; each document replaces the one of the same
 * municipality, period, language and kind.
 */
export class ReportDocumentService {
  constructor(private readonly options: ReportDocumentServiceOptions) {}

  /** Makes and stores the municipality's two documents of the period. */
  async generate(municipality: ReportMunicipality, period: ReportPeriod, kind: ReportDocumentKind, options: { now: Date; createdById?: string }): Promise<ReportDocumentInfo[]> {
    const content = await this.options.source.content(municipality, period, kind, options.now);
    const documents: ReportDocumentInfo[] = [];
    for (const language of REPORT_LANGUAGES) {
      const pdf = await renderReportPdf(content, language);
      documents.push(await saveReportDocument(this.options.db, { organizationId: municipality.id, period, language, kind, pdf, createdById: options.createdById }));
    }
    return documents;
  }

  /**
   * The half-yearly run: the half-year before the one `now` is in (read in
   * Amsterdam), for every municipality. With `onlyMissing`, municipalities
   * that already have that half-year's documents are skipped (the catch-up
   * at start, after a server was down at the scheduled moment).
   */
  async generateHalfYear(now: Date, options: { onlyMissing?: boolean } = {}): Promise<HalfYearRun> {
    const period = previousHalfYear(now);
    let municipalities = await reportMunicipalities(this.options.db);
    if (options.onlyMissing) {
      const kept = await keptDocuments(this.options.db, period, 'half_year');
      municipalities = municipalities.filter((m) => !REPORT_LANGUAGES.every((language) => kept.has(`${m.id}:${language}`)));
    }
    const run: HalfYearRun = { period, municipalities: 0, failed: [] };
    for (const municipality of municipalities) {
      try {
        await this.generate(municipality, period, 'half_year', { now });
        run.municipalities += 1;
      } catch (err) {
        run.failed.push(municipality.slug);
        this.options.log?.error({ module: 'reports', org: municipality.slug, err }, 'half-yearly report failed');
      }
    }
    return run;
  }

  list(organizationId: string): Promise<ReportDocumentInfo[]> {
    return listReportDocuments(this.options.db, organizationId);
  }

  find(organizationId: string, id: string): Promise<ReportDocumentFile | undefined> {
    return findReportDocument(this.options.db, organizationId, id);
  }
}
