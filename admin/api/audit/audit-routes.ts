import { stringify } from 'csv-stringify';
import type { FastifyInstance } from 'fastify';
import { mayReadAuditLog } from '../../../core/access/index.ts';
import { AUDIT_PAGE_SIZE_MAX, readAuditExport, readAuditPage, type AuditFilter } from '../../../core/content/index.ts';
import type { Db } from '../../../core/platform/db.ts';
import { AppError } from '../../../core/platform/errors.ts';
import { errorResponse, organizationFor, slugParams } from '../organizations/organization-scope.ts';

/** Options of {@link auditRoutes}. */
export interface AuditRoutesOptions {
  db: Db;
}

interface AuditQuery {
  action?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

/** `2026-12-07` or a full ISO date-time. */
const DATE = '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2}))?$';

const filterProperties = {
  action: { type: 'string', maxLength: 100, pattern: '^[a-z_.]*$', description: 'exact action or a dotted prefix: `staff` matches `staff.invited`' },
  from: { type: 'string', pattern: DATE, description: 'from this date or moment (inclusive)' },
  to: { type: 'string', pattern: DATE, description: 'up to this moment; a date alone includes that whole day (UTC)' },
} as const;

const pageQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...filterProperties,
    page: { type: 'integer', minimum: 1, maximum: 100_000, default: 1 },
    pageSize: { type: 'integer', minimum: 1, maximum: AUDIT_PAGE_SIZE_MAX, default: 50 },
  },
} as const;

const exportQuery = { type: 'object', additionalProperties: false, properties: filterProperties } as const;

const auditEntry = {
  type: 'object',
  required: ['id', 'at', 'actor', 'actorName', 'action', 'entityType', 'entityId', 'data'],
  properties: {
    id: { type: 'string' },
    at: { type: 'string', format: 'date-time' },
    actor: { type: 'string' },
    actorName: { type: ['string', 'null'] },
    action: { type: 'string' },
    entityType: { type: 'string' },
    entityId: { type: 'string' },
    data: { type: 'object', additionalProperties: true },
  },
} as const;

const pageResponse = {
  type: 'object',
  required: ['items', 'page', 'pageSize', 'total'],
  properties: { items: { type: 'array', items: auditEntry }, page: { type: 'integer' }, pageSize: { type: 'integer' }, total: { type: 'integer' } },
} as const;

function parseDate(value: string, field: string, endOfDay: boolean): Date {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const at = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(at.getTime())) throw new AppError('VALIDATION_FAILED', { details: `${field}: "${value}" is not a date` });
  return dateOnly && endOfDay ? new Date(at.getTime() + 24 * 3600_000) : at;
}

function filterOf(query: AuditQuery): AuditFilter {
  return {
    ...(query.action ? { action: query.action } : {}),
    ...(query.from ? { from: parseDate(query.from, 'from', false) } : {}),
    ...(query.to ? { to: parseDate(query.to, 'to', true) } : {}),
  };
}

/** The CSV's columns, in order. */
export const AUDIT_CSV_COLUMNS = ['at', 'actor', 'actor_name', 'action', 'entity_type', 'entity_id', 'data'] as const;

/**
 * The organization's audit log for its administrators (core/access mayReadAuditLog):
 * - `GET /api/organizations/:slug/audit?action=&from=&to=&page=&pageSize=`: a page, newest first, with the total;
 * - `GET /api/organizations/:slug/audit.csv?action=&from=&to=`: every matching row (up to 50,000) as CSV,
 *   written by csv-stringify (RFC 4180 quoting; cells that a spreadsheet would run as a formula are escaped).
 * Needs staffAuthPlugin registered before it.
 */
export async function auditRoutes(app: FastifyInstance, options: AuditRoutesOptions): Promise<void> {
  const { db } = options;
  const guard = app.requireStaff();
  const canRead = (principal: Parameters<typeof mayReadAuditLog>[0], org: { id: string }) => mayReadAuditLog(principal, org.id);

  app.get<{ Params: { slug: string }; Querystring: AuditQuery }>('/api/organizations/:slug/audit', {
    onRequest: guard,
    schema: { params: slugParams, querystring: pageQuery, response: { 200: pageResponse, 400: errorResponse, 403: errorResponse, 404: errorResponse } },
  }, async (request) => {
    const org = await organizationFor(db, request, request.params.slug, canRead);
    const page = request.query.page ?? 1;
    const pageSize = request.query.pageSize ?? 50;
    const { items, total } = await readAuditPage(db, org.id, filterOf(request.query), page, pageSize);
    return { items, page, pageSize, total };
  });

  app.get<{ Params: { slug: string }; Querystring: AuditQuery }>('/api/organizations/:slug/audit.csv', {
    onRequest: guard,
    schema: { params: slugParams, querystring: exportQuery, response: { 400: errorResponse, 403: errorResponse, 404: errorResponse } },
  }, async (request, reply) => {
    const org = await organizationFor(db, request, request.params.slug, canRead);
    const rows = await readAuditExport(db, org.id, filterOf(request.query));
    const csv = stringify({ header: true, columns: [...AUDIT_CSV_COLUMNS], escape_formulas: true, record_delimiter: 'windows' });
    for (const row of rows) {
      csv.write([row.at.toISOString(), row.actor, row.actorName ?? '', row.action, row.entityType, row.entityId, JSON.stringify(row.data)]);
    }
    csv.end();
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="audit-${org.slug}-${day}.csv"`)
      .header('cache-control', 'no-store')
      .send(csv);
  });
}
