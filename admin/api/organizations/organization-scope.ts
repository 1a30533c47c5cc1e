import type { FastifyRequest } from 'fastify';
import { isMemberOf, mayManageOrganizations } from '../../../core/access/index.ts';
import { findOrganizationRef, type OrganizationRef } from '../../../core/content/index.ts';
import type { DbClient } from '../../../core/platform/db.ts';
import { AppError } from '../../../core/platform/errors.ts';
import type { StaffPrincipal } from '../../../core/staff/index.ts';

/** A named policy of core/access, asked about one organization. */
export type OrganizationPolicy = (principal: StaffPrincipal, organization: OrganizationRef) => boolean;

/** The signed-in staff member (set by `requireStaff`). @throws AppError AUTH_REQUIRED when the route ran without the guard. */
export function principalOf(request: FastifyRequest): StaffPrincipal {
  if (!request.staff) throw new AppError('AUTH_REQUIRED');
  return request.staff;
}

/**
 * The organization a `/api/organizations/:slug/...` route acts on, when
 * `policy` allows the caller. Otherwise the answer tells only what the
 * caller may know: 404 ORGANIZATION_NOT_FOUND (as for an unknown slug) to
 * someone who is not a member of the organization (nor a national
 * administrator, who knows every organization), 403 FORBIDDEN to the rest.
 */
export async function organizationFor(db: DbClient, request: FastifyRequest, slug: string, policy: OrganizationPolicy): Promise<OrganizationRef> {
  const principal = principalOf(request);
  const organization = await findOrganizationRef(db, slug);
  if (organization && policy(principal, organization)) return organization;
  if (organization && (isMemberOf(principal, organization.id) || mayManageOrganizations(principal))) throw new AppError('FORBIDDEN');
  throw new AppError('ORGANIZATION_NOT_FOUND', { slug });
}

/** `:slug` as every organization route declares it. */
export const slugParams = {
  type: 'object',
  required: ['slug'],
  additionalProperties: false,
  properties: { slug: { type: 'string', minLength: 1, maxLength: 64 } },
} as const;

/** The `{ code, message }` body of an error answer, for response schemas. */
export const errorResponse = {
  type: 'object',
  required: ['code', 'message'],
  properties: { code: { type: 'string' }, message: { type: 'string' } },
} as const;
