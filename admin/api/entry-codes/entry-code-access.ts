import type { FastifyRequest } from 'fastify';
import { mayManageEntryCodes, maySeeEntryCodes, maySeeLayer } from '../../../core/access/index.ts';
import { findEntryCodeView, findEntryLayer, type EntryCode } from '../../../core/content/index.ts';
import type { DbClient } from '../../../core/platform/db.ts';
import { AppError } from '../../../core/platform/errors.ts';
import type { StaffPrincipal } from '../../../core/staff/index.ts';

/**
 * The entry-code routes' questions to the named access policies
 * (core/access): what a caller may not see is 404, as if it did not exist;
 * what they may see but not change is 403.
 */

/** The signed-in staff member. @throws AppError AUTH_REQUIRED when the route ran without the guard. */
export function principalOf(request: FastifyRequest): StaffPrincipal {
  if (!request.staff) throw new AppError('AUTH_REQUIRED');
  return request.staff;
}

/** A municipality whose entry codes the caller may see. */
export interface CodeMunicipality {
  id: string;
  slug: string;
}

/**
 * The municipality named `slug` when the caller may see its entry codes
 * (`maySeeEntryCodes`); codes belong to municipalities only.
 * @throws AppError ORGANIZATION_NOT_FOUND otherwise, as for an unknown one.
 */
export function visibleMunicipality(principal: StaffPrincipal, slug: string): CodeMunicipality {
  const membership = principal.memberships.find((m) => m.slug === slug && m.kind === 'municipality');
  if (!membership || !maySeeEntryCodes(principal, membership.organizationId)) throw new AppError('ORGANIZATION_NOT_FOUND', { slug });
  return { id: membership.organizationId, slug };
}

/**
 * The code when the caller may see its municipality's codes.
 * @throws AppError NOT_FOUND otherwise, as for an unknown code.
 */
export async function visibleCode(db: DbClient, principal: StaffPrincipal, code: string): Promise<EntryCode> {
  const entry = await findEntryCodeView(db, code);
  if (!entry || !maySeeEntryCodes(principal, entry.municipality.id)) throw new AppError('NOT_FOUND', { what: `Entry code "${code}"` });
  return entry;
}

/**
 * Checks that a layer named for a new code is one the caller may know:
 * an employer or housing provider active in one of their municipalities
 * (`maySeeLayer`). Whether it may be opened from this municipality is the
 * core's check (400 ENTRY_CODE_INVALID).
 * @throws AppError ORGANIZATION_NOT_FOUND for an unknown layer or one the caller may not see.
 */
export async function assertVisibleLayer(db: DbClient, principal: StaffPrincipal, slug: string): Promise<void> {
  const layer = await findEntryLayer(db, slug);
  if (!layer || !maySeeLayer(principal, layer)) throw new AppError('ORGANIZATION_NOT_FOUND', { slug });
}

/** Whether the caller may change the code (label, on/off): editors and admins; with a layer, admins only. */
export function mayChange(principal: StaffPrincipal, entry: Pick<EntryCode, 'municipality' | 'layer'>): boolean {
  return mayManageEntryCodes(principal, entry.municipality.id, entry.layer !== undefined);
}

/**
 * Checks that the caller may create or change a code of the municipality
 * (with a layer: `withLayer`).
 * @throws AppError FORBIDDEN when they may see its codes but not do that.
 */
export function assertMayManage(principal: StaffPrincipal, municipalityId: string, withLayer: boolean): void {
  if (!mayManageEntryCodes(principal, municipalityId, withLayer)) throw new AppError('FORBIDDEN');
}
