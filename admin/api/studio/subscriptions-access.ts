import type { FastifyRequest } from 'fastify';
import { mayManageSubscriptions, maySeeLayer } from '../../../core/access/index.ts';
import { findLayer, type ContentChangeNotifier, type LayerRecord } from '../../../core/content/index.ts';
import type { Db, DbClient } from '../../../core/platform/db.ts';
import { AppError } from '../../../core/platform/errors.ts';
import type { StaffPrincipal } from '../../../core/staff/index.ts';

/**
 * How the subscription and local-addition routes find the municipality they
 * work for, asking the named policies (core/access): a caller who may not
 * see it, or an organization that is not a municipality (it has no
 * subscriptions), gets 404 LAYER_NOT_FOUND as for an unknown slug; a caller
 * who may see it but not manage its subscriptions gets 403 FORBIDDEN on writes.
 */

/** Options of the subscription and local-addition routes. */
export interface SubscriptionRoutesOptions {
  db: Db;
  /** Told after every write so every process's answer engines refresh (core/answers RedisContentChanges). */
  changes?: ContentChangeNotifier;
}

/** A municipality the caller may use, with what they may do. */
export interface ResolvedMunicipality extends LayerRecord {
  access: 'read' | 'edit';
}

/** The signed-in staff member (the guard ran first). */
export function staffOf(request: FastifyRequest): StaffPrincipal {
  if (!request.staff) throw new AppError('AUTH_REQUIRED');
  return request.staff;
}

/** The audit actor of a request: `user:<id>`. */
export const actorOf = (request: FastifyRequest): string => `user:${staffOf(request).userId}`;

/**
 * @param need `read` for reads, `edit` for writes.
 * @throws AppError LAYER_NOT_FOUND (unknown, not visible, not a municipality), FORBIDDEN (a write without mayManageSubscriptions)
 */
export async function resolveMunicipality(
  db: DbClient,
  principal: StaffPrincipal,
  slug: string,
  need: 'read' | 'edit',
): Promise<ResolvedMunicipality> {
  const layer = await findLayer(db, slug);
  if (!layer || layer.kind !== 'municipality' || !maySeeLayer(principal, layer)) throw new AppError('LAYER_NOT_FOUND', { slug });
  const access = mayManageSubscriptions(principal, layer) ? 'edit' : 'read';
  if (need === 'edit' && access !== 'edit') throw new AppError('FORBIDDEN');
  return { ...layer, access };
}
