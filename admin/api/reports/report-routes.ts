import type { FastifyInstance, FastifyReply } from 'fastify';
import type { DbClient } from '../../../core/platform/db.ts';
import { AppError } from '../../../core/platform/errors.ts';
import { PUBLIC_DIMENSIONS, type PublicDimension, type ReportFilters } from '../../../core/reports/queries/report-query.ts';
import {
  FULL_VIEWS, ReportsService, reportPeriods, viewsFor, type FullView, type ReportRequest, type ReportView,
} from '../../../core/reports/reports-service.ts';
import { principalOf, reportTargetFor } from './report-access.ts';
import { exportRows, reportCsv, reportXlsx, type ReportAbout } from './report-export.ts';
import {
  TAGS, envelope, errors, organizationSummary, questionsQuery, slugParams, table, viewQuery,
} from './report-schemas.ts';

/** Options of {@link reportViewRoutes}. */
export interface ReportViewRoutesOptions {
  db: DbClient;
  /** The disclosure threshold (default core/reports DEFAULT_K); the deployment's setting. */
  k?: number;
  /** The reports; default one on `db` with `k`. */
  reports?: ReportsService;
}

interface ViewQuery {
  from: string;
  to: string;
  channel?: string;
  language?: string;
  theme?: string;
  entry?: string;
  granularity?: 'month' | 'week';
  format?: 'json' | 'csv' | 'xlsx';
  by?: string;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function requestOf(query: ViewQuery): ReportRequest {
  const filters: ReportFilters = {};
  for (const key of ['channel', 'language', 'theme', 'entry'] as const) if (query[key]) filters[key] = query[key];
  return { from: query.from, to: query.to, filters, granularity: query.granularity };
}

/** `theme,language` → the dimensions; 400 for an unknown or repeated one. */
export function parseDimensions(by: string | undefined): PublicDimension[] {
  if (!by) return [];
  const dims = by.split(',');
  for (const d of dims) {
    if (!(PUBLIC_DIMENSIONS as readonly string[]).includes(d)) {
      throw new AppError('VALIDATION_FAILED', { details: `by: "${d}" is not a dimension; use any of ${PUBLIC_DIMENSIONS.join(', ')}` });
    }
  }
  if (new Set(dims).size !== dims.length) throw new AppError('VALIDATION_FAILED', { details: 'by: a dimension is named twice' });
  return dims as PublicDimension[];
}

/**
 * Sends a view's answer as JSON, or as CSV / XLSX made from exactly what the
 * JSON answer would hold (the route's own serializer, so not one field more
 * or less): same cells, same suppression.
 */
async function send(reply: FastifyReply, answer: object, format: ViewQuery['format'], about: ReportAbout, fileBase: string): Promise<unknown> {
  void reply.header('cache-control', 'no-store').header('x-report-period', `${about.period.from}/${about.period.to}`);
  if (!format || format === 'json') return answer;
  const published: unknown = JSON.parse(reply.serialize(answer) as string);
  const rows = exportRows(published, about.view);
  const name = `${fileBase}-${about.period.from}-${about.period.to}`;
  if (format === 'csv') {
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`).send(reportCsv(rows));
  }
  const xlsx = await reportXlsx(rows, about);
  return reply.type(XLSX_TYPE).header('content-disposition', `attachment; filename="${name}.xlsx"`).send(xlsx);
}

const VIEW_DESCRIPTIONS: Record<FullView | 'layer' | 'national-tiles', string> = {
  overview: 'Questions over time (per month or week) and by theme, language, channel, entry point and outcome; each table protected on its own.',
  funnel: 'Per theme: answered → helpful → handed off → unresolved, each rate with its denominator.',
  handoffs: 'Closed handoffs: waiting and handling time (median, p90), the share outside office hours, by outcome, reason and channel.',
  referrals: 'Handoffs per agency referred to, employment type and housing type.',
  'weak-tiles': 'Per language, the tiles with the lowest helpful rate (a sign of a weak translation).',
  gaps: 'How long content gaps take from first appearing to a published answer: gap groups answered in the period, the median days (shown only when enough were answered) and drafts not yet published.',
  comparison: 'The change against the previous period of the same length, in total and by theme, language, channel and outcome.',
  layer: 'An employer\'s or housing provider\'s own view: how often its tiles were shown and how many chats started through its codes.',
  'national-tiles': 'National tiles across every municipality: how often asked for, the weakest per language, and what is missing (unanswered questions per language and theme).',
};

/**
 * The reports API (issue 13), for signed-in staff, every figure protected by
 * core/reports/disclosure (a multiple of k or `<k`), every period widened to
 * whole calendar months (`x-report-period` says which):
 * - `GET /api/reports`: the organizations whose reports the caller may read;
 * - `GET /api/reports/:slug`: what the caller may read of one (scope, views; a region's municipalities);
 * - `GET /api/reports/:slug/questions?from=&to=&by=theme,language`: `{ cells, total }`;
 * - `GET /api/reports/:slug/<view>?from=&to=&channel=&language=&theme=&entry=` for the dashboard's views;
 * - every view also `&format=csv` or `&format=xlsx`, equal to the JSON.
 * Access: core/access reportScope (404 for an organization the caller may not read, 403 for its own members
 * without a report role and for an employer's staff outside its layer view; 400 for a view that does not exist
 * for that kind of organization).
 */
export async function reportViewRoutes(app: FastifyInstance, options: ReportViewRoutesOptions): Promise<void> {
  const { db } = options;
  const reports = options.reports ?? new ReportsService(db, { k: options.k });
  const guard = app.requireStaff();

  app.get('/api/reports', {
    onRequest: guard,
    schema: {
      tags: TAGS, summary: 'Organizations whose reports you may read',
      response: { 200: { type: 'object', required: ['organizations'], properties: { organizations: { type: 'array', items: organizationSummary } } }, ...errors },
    },
  }, async (request, reply) => {
    void reply.header('cache-control', 'no-store');
    return { organizations: await reports.reportableOrganizations(principalOf(request)) };
  });

  app.get<{ Params: { slug: string } }>('/api/reports/:slug', {
    onRequest: guard,
    schema: {
      tags: TAGS, summary: 'What you may read of an organization\'s reports', params: slugParams,
      response: {
        200: {
          type: 'object',
          required: ['organization', 'scope', 'views', 'k', 'dimensions'],
          properties: {
            organization: { type: 'object', properties: { slug: { type: 'string' }, name: { type: 'string' }, kind: { type: 'string' } } },
            scope: organizationSummary.properties.scope,
            views: { type: 'array', items: { type: 'string' } },
            k: { type: 'integer' },
            dimensions: { type: 'array', items: { type: 'string' } },
            municipalities: { type: 'array', items: { type: 'object', properties: { slug: { type: 'string' }, name: { type: 'string' } } } },
          },
        },
        ...errors,
      },
    },
  }, async (request, reply) => {
    const target = await reportTargetFor(db, request, request.params.slug);
    void reply.header('cache-control', 'no-store');
    return {
      organization: { slug: target.slug, name: target.name, kind: target.kind },
      scope: target.scope,
      views: viewsFor(target.kind, target.scope),
      k: reports.k,
      dimensions: target.scope === 'full' ? [...PUBLIC_DIMENSIONS] : [],
      ...(target.kind === 'region' ? { municipalities: await reports.municipalitiesOf(target) } : {}),
    };
  });

  app.get<{ Params: { slug: string }; Querystring: ViewQuery }>('/api/reports/:slug/questions', {
    onRequest: guard,
    schema: {
      tags: TAGS,
      summary: 'Questions by theme, language, channel, outcome or entry point',
      description: 'The main report: `{ cells: [{ theme, language, count }], total }`, every count a multiple of k or `<k`. '
        + 'A region\'s cells carry `municipality` (each municipality protected on its own).',
      params: slugParams, querystring: questionsQuery, response: { 200: table, ...errors },
    },
  }, async (request, reply) => {
    const dims = parseDimensions(request.query.by);
    const target = await reportTargetFor(db, request, request.params.slug, 'questions');
    const query = requestOf(request.query);
    const { period, previousPeriod } = reportPeriods(query.from, query.to);
    const answer = await reports.questions(target, query, dims);
    return send(reply, answer, request.query.format, {
      organization: target.slug, view: 'questions', period, previousPeriod, k: reports.k, filters: { ...query.filters, by: dims.join(',') || undefined },
    }, `report-${target.slug}-questions`);
  });

  for (const view of [...FULL_VIEWS, 'layer', 'national-tiles'] as const) {
    app.get<{ Params: { slug: string }; Querystring: ViewQuery }>(`/api/reports/:slug/${view}`, {
      onRequest: guard,
      schema: { tags: TAGS, summary: `Report view: ${view}`, description: VIEW_DESCRIPTIONS[view], params: slugParams, querystring: viewQuery, response: { 200: envelope(view), ...errors } },
    }, async (request, reply) => {
      const target = await reportTargetFor(db, request, request.params.slug, view as ReportView);
      const query = requestOf(request.query);
      const answer = view === 'layer' ? await reports.layer(target, query)
        : view === 'national-tiles' ? await reports.nationalTiles(target, query)
          : await reports.view(target, view, query);
      return send(reply, answer, request.query.format, {
        organization: target.slug, view, period: answer.period, previousPeriod: answer.previousPeriod, k: reports.k, filters: { ...answer.filters },
      }, `report-${target.slug}-${view}`);
    });
  }
}
