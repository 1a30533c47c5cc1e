import type { FastifyPluginAsync } from 'fastify';
import type { DbClient } from '../../../core/platform/db.ts';
import type { ReportDocumentService } from '../../../core/reports/pdf/index.ts';
import { ReportsService } from '../../../core/reports/reports-service.ts';
import { reportDocumentRoutes } from './report-documents-routes.ts';
import { reportViewRoutes } from './report-routes.ts';

/** Options of {@link reportRoutes}. */
export interface ReportRoutesOptions {
  db: DbClient;
  /** The disclosure threshold (default core/reports DEFAULT_K): every published count is a multiple of k or `<k`. */
  k?: number;
  /** Makes and keeps the report PDFs; default one on `db` reading through the same reports. */
  documents?: ReportDocumentService;
  /** The clock of on-demand report documents; tests pass their own. */
  now?: () => Date;
}

/**
 * The reports API (issue 13) under /api/reports: the dashboard's views and
 * their CSV / XLSX exports (report-routes.ts), and the kept PDF documents
 * (report-documents-routes.ts). Staff only; needs staffAuthPlugin registered
 * before it (for `app.requireStaff`).
 */
export const reportRoutes: FastifyPluginAsync<ReportRoutesOptions> = async (app, options) => {
  const reports = new ReportsService(options.db, { k: options.k });
  await app.register(reportViewRoutes, { db: options.db, k: options.k, reports });
  await app.register(reportDocumentRoutes, { db: options.db, k: options.k, documents: options.documents, now: options.now });
};

export { ReportsService };
