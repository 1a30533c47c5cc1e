import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { DbClient } from '../../../core/platform/db.ts';
import { AppError } from '../../../core/platform/errors.ts';
import {
  ReportDocumentService, ServiceReportContent, reportTitle, type ReportDocumentInfo, type ReportMunicipality,
} from '../../../core/reports/pdf/index.ts';
import { ReportsService, reportPeriods } from '../../../core/reports/reports-service.ts';
import { principalOf, reportTargetFor } from './report-access.ts';

/** Options of {@link reportDocumentRoutes}. */
export interface ReportDocumentRoutesOptions {
  db: DbClient;
  /** The disclosure threshold (default core/reports DEFAULT_K). */
  k?: number;
  /** Makes and keeps the documents; default one on `db` reading through a ReportsService with `k`. */
  documents?: ReportDocumentService;
  /** The clock of on-demand reports; tests pass their own. */
  now?: () => Date;
}

/** The longest period an on-demand report covers, in whole months (its chart has a column per month). */
export const ON_DEMAND_MAX_MONTHS = 24;

const TAGS = ['reports'];
const slug = { type: 'string', minLength: 1, maxLength: 64 } as const;
const day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const period = { type: 'object', required: ['from', 'to'], properties: { from: { type: 'string' }, to: { type: 'string' } } } as const;
const documentSchema = {
  type: 'object',
  required: ['id', 'kind', 'period', 'language', 'title', 'fileName', 'url', 'createdAt'],
  properties: {
    id: { type: 'string' },
    kind: { type: 'string', enum: ['half_year', 'on_demand'], description: '`half_year`: made by the job on 1 January and 1 July; `on_demand`: asked for by staff.' },
    period,
    language: { type: 'string', enum: ['nl', 'en'] },
    title: { type: 'string' },
    fileName: { type: 'string' },
    url: { type: 'string', description: 'Where to download the PDF.' },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;
const listResponse = {
  type: 'object', required: ['organization', 'documents'],
  properties: { organization: { type: 'object', properties: { slug: { type: 'string' }, name: { type: 'string' } } }, documents: { type: 'array', items: documentSchema } },
} as const;
const slugParams = { type: 'object', required: ['slug'], additionalProperties: false, properties: { slug } } as const;
const documentParams = {
  type: 'object', required: ['slug', 'id'], additionalProperties: false, properties: { slug, id: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' } },
} as const;
const generateBody = {
  type: 'object', required: ['from', 'to'], additionalProperties: false,
  properties: {
    from: { ...day, description: 'First day; the period is widened to whole calendar months.' },
    to: { ...day, description: `Last day (inclusive); at most ${ON_DEMAND_MAX_MONTHS} months after the first.` },
  },
} as const;

/**
 * The municipality whose documents the caller may read: the same access
 * as the reports (report-access.ts; core/access reportScope `full`: the
 * municipality's analysts, administrators and editors, and its region's).
 * @throws AppError ORGANIZATION_NOT_FOUND (404) for an organization the caller may not know;
 *   FORBIDDEN (403) for a member without report access, or an employer's or housing provider's own staff (their view is the layer view);
 *   VALIDATION_FAILED (400) for a region or the national organization (documents are made per municipality).
 */
async function documentMunicipality(db: DbClient, request: FastifyRequest, slugValue: string): Promise<ReportMunicipality> {
  const target = await reportTargetFor(db, request, slugValue);
  if (target.scope !== 'full') throw new AppError('FORBIDDEN');
  if (target.kind !== 'municipality') throw new AppError('VALIDATION_FAILED', { details: `report documents are made per municipality; "${target.slug}" is a ${target.kind.replace('_', ' ')}` });
  return { id: target.id, slug: target.slug, name: target.name };
}

/** `half-year-report-demostad-2026-01-01-2026-06-30-nl.pdf` (slugs and days are ASCII already). */
export function documentFileName(municipality: Pick<ReportMunicipality, 'slug'>, document: Pick<ReportDocumentInfo, 'kind' | 'period' | 'language'>): string {
  const prefix = document.kind === 'half_year' ? 'half-year-report' : 'report';
  return `${prefix}-${municipality.slug}-${document.period.from}-${document.period.to}-${document.language}.pdf`;
}

function described(municipality: ReportMunicipality, document: ReportDocumentInfo) {
  return {
    id: document.id, kind: document.kind, period: document.period, language: document.language,
    title: `${reportTitle({ kind: document.kind, municipality }, document.language)} (${document.period.from} – ${document.period.to})`,
    fileName: documentFileName(municipality, document),
    url: `/api/reports/${municipality.slug}/documents/${document.id}/pdf`,
    createdAt: document.createdAt.toISOString(),
  };
}

/**
 * The kept report documents of a municipality (staff with report access, 404 otherwise):
 *
 * - `GET /api/reports/:slug/documents`: the half-yearly and on-demand PDFs, newest period first;
 * - `GET /api/reports/:slug/documents/:id/pdf`: one of them (`application/pdf`, as an attachment with a file name);
 * - `POST /api/reports/:slug/documents` `{ from, to }`: makes the report of a period (widened to whole months, at
 *   most 24) in Dutch and in English now, replacing the on-demand documents of the same period; 201 with both.
 */
export async function reportDocumentRoutes(app: FastifyInstance, options: ReportDocumentRoutesOptions): Promise<void> {
  const { db } = options;
  const documents = options.documents ?? new ReportDocumentService({
    db,
    source: new ServiceReportContent(db, new ReportsService(db, { k: options.k })),
  });
  const now = options.now ?? (() => new Date());
  const guard = app.requireStaff();

  app.get<{ Params: { slug: string } }>('/api/reports/:slug/documents', {
    onRequest: guard,
    schema: { tags: TAGS, summary: 'The kept report documents (PDF) of a municipality', params: slugParams, response: { 200: listResponse } },
  }, async (request) => {
    const municipality = await documentMunicipality(db, request, request.params.slug);
    const kept = await documents.list(municipality.id);
    return { organization: { slug: municipality.slug, name: municipality.name }, documents: kept.map((d) => described(municipality, d)) };
  });

  app.get<{ Params: { slug: string; id: string } }>('/api/reports/:slug/documents/:id/pdf', {
    onRequest: guard,
    schema: { tags: TAGS, summary: 'One report document (application/pdf)', params: documentParams },
  }, async (request, reply) => {
    const municipality = await documentMunicipality(db, request, request.params.slug);
    const document = await documents.find(municipality.id, request.params.id);
    if (!document) throw new AppError('NOT_FOUND', { what: `Report document "${request.params.id}"` });
    return reply.type('application/pdf')
      .header('content-disposition', `attachment; filename="${documentFileName(municipality, document)}"`)
      .header('cache-control', 'private, no-store')
      .send(document.pdf);
  });

  app.post<{ Params: { slug: string }; Body: { from: string; to: string } }>('/api/reports/:slug/documents', {
    onRequest: guard,
    schema: {
      tags: TAGS, summary: 'Make the report of a period now, in Dutch and in English', params: slugParams, body: generateBody,
      response: { 201: { type: 'object', required: ['documents'], properties: { documents: { type: 'array', items: documentSchema } } } },
    },
  }, async (request, reply) => {
    const principal = principalOf(request);
    const municipality = await documentMunicipality(db, request, request.params.slug);
    const { period } = reportPeriods(request.body.from, request.body.to);
    const [fy, fm] = period.from.split('-').map(Number);
    const [ty, tm] = period.to.split('-').map(Number);
    const months = ty * 12 + tm - (fy * 12 + fm) + 1;
    if (months > ON_DEMAND_MAX_MONTHS) throw new AppError('VALIDATION_FAILED', { details: `a report covers at most ${ON_DEMAND_MAX_MONTHS} months, not ${months}` });
    const made = await documents.generate(municipality, period, 'on_demand', { now: now(), createdById: principal.userId });
    return reply.code(201).send({ documents: made.map((d) => described(municipality, d)) });
  });
}
