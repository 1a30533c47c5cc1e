import type { FastifyRequest } from 'fastify';
import { isMemberOf, reportScope } from '../../../core/access/index.ts';
import { findOrganizationRef } from '../../../core/content/index.ts';
import type { DbClient } from '../../../core/platform/db.ts';
import { AppError } from '../../../core/platform/errors.ts';
import { viewsFor, type ReportTarget, type ReportView } from '../../../core/reports/reports-service.ts';
import type { StaffPrincipal } from '../../../core/staff/index.ts';

/** The signed-in staff member. @throws AppError AUTH_REQUIRED when the route ran without the guard. */
export function principalOf(request: FastifyRequest): StaffPrincipal {
  if (!request.staff) throw new AppError('AUTH_REQUIRED');
  return request.staff;
}

/**
 * The organization a `/api/reports/:slug/...` route reports on, when the
 * caller may read that view of it (core/access reportScope):
 * - 404 ORGANIZATION_NOT_FOUND for an unknown slug and for an organization the caller may not read reports of
 *   (its existence is not revealed), unless the caller is a member of it;
 * - 403 FORBIDDEN for a member without a report role, and for an employer's or housing provider's staff asking
 *   for anything but their layer view;
 * - 400 VALIDATION_FAILED for a view that does not exist for that kind of organization (the layer view of a
 *   municipality, the national tiles of a region).
 * `view` undefined: any view (the organization's report summary).
 */
export async function reportTargetFor(db: DbClient, request: FastifyRequest, slug: string, view?: ReportView): Promise<ReportTarget> {
  const principal = principalOf(request);
  const org = await findOrganizationRef(db, slug);
  const scope = org ? reportScope(principal, org) : 'none';
  if (!org || scope === 'none') {
    if (org && isMemberOf(principal, org.id)) throw new AppError('FORBIDDEN');
    throw new AppError('ORGANIZATION_NOT_FOUND', { slug });
  }
  if (view && !viewsFor(org.kind, scope).includes(view)) {
    if (scope === 'layer_only') throw new AppError('FORBIDDEN');
    throw new AppError('VALIDATION_FAILED', { details: `the ${view} view does not exist for a ${org.kind.replace('_', ' ')}` });
  }
  return { id: org.id, slug: org.slug, name: org.name, kind: org.kind, scope };
}
