import type { FastifyRequest } from 'fastify';
import { layerAccess, type LayerAccess } from '../../../core/access/index.ts';
import { findLayer, type LayerRecord } from '../../../core/content/index.ts';
import type { DbClient } from '../../../core/platform/db.ts';
import { AppError } from '../../../core/platform/errors.ts';
import type { StaffPrincipal } from '../../../core/staff/index.ts';

/**
 * How a studio route finds the layer it works in: by slug, then the named
 * policy `layerAccess` (core/access) decides. `none` is answered exactly as
 * an unknown slug (404 LAYER_NOT_FOUND: nobody learns which layers exist);
 * `read` may read and gets 403 FORBIDDEN on writes.
 */

/** A layer the caller may use, with what they may do there. */
export interface ResolvedLayer extends LayerRecord {
  access: Exclude<LayerAccess, 'none'>;
}

/** The signed-in staff member (the guard ran first). */
export function principalOf(request: FastifyRequest): StaffPrincipal {
  if (!request.staff) throw new AppError('AUTH_REQUIRED');
  return request.staff;
}

/**
 * @param need `read` for reads, `edit` for writes.
 * @throws AppError LAYER_NOT_FOUND (unknown or not visible), FORBIDDEN (a write with read access)
 */
export async function resolveLayer(db: DbClient, principal: StaffPrincipal, slug: string, need: 'read' | 'edit'): Promise<ResolvedLayer> {
  const layer = await findLayer(db, slug);
  const access = layer ? layerAccess(principal, layer) : 'none';
  if (!layer || access === 'none') throw new AppError('LAYER_NOT_FOUND', { slug });
  if (need === 'edit' && access !== 'edit') throw new AppError('FORBIDDEN');
  return { ...layer, access };
}
