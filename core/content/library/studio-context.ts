import type { Db, DbClient } from '../../platform/db.ts';
import { writeAuditLog } from '../audit-log.ts';

/**
 * What every studio command receives: the database, who acts and when.
 * Commands never look at HTTP requests or access rules: the staff API asks
 * the policies (core/access) first and passes the layer it resolved.
 */
export interface StudioContext {
  db: Db;
  /** The staff member; null for the scheduler acting on its own (audit actor `system`). */
  actorId: string | null;
  /** The moment of the command, from the caller's clock (tests move it). */
  now: Date;
  /** Told after a publish or unpublish is committed, so every process's answer engines refresh (core/answers ContentChanges fits). */
  changes?: ContentChangeNotifier;
  /** Told after a publish is committed, so missing and stale languages get machine translations (core/content/translations). */
  translations?: PublishedTileListener;
}

/** The port a publish announces itself on for translation; never throws (the matrix shows what is missing). */
export interface PublishedTileListener {
  tilePublished(tileId: string): Promise<void>;
}

/** The port a content write announces itself on; never throws (a lost notice is caught up by the engines' periodic re-check). */
export interface ContentChangeNotifier {
  notifyContentChanged(organizationIds: readonly string[]): Promise<void>;
}

/** The layer (organization) a command works in, as the route resolved it. */
export interface LayerId {
  id: string;
  slug: string;
}

/** `user:<id>`, or `system` for the scheduler. */
export function auditActor(ctx: Pick<StudioContext, 'actorId'>): string {
  return ctx.actorId ? `user:${ctx.actorId}` : 'system';
}

/** One audit row for a tile: `tile.<action>` in the tile's layer. */
export async function auditTile(
  db: DbClient,
  ctx: Pick<StudioContext, 'actorId'>,
  tile: { id: string; key: string; organizationId: string },
  action: string,
  data: Record<string, unknown> = {},
): Promise<void> {
  await writeAuditLog(db, {
    actor: auditActor(ctx),
    organizationId: tile.organizationId,
    action: `tile.${action}`,
    entityType: 'tile',
    entityId: tile.id,
    data: { key: tile.key, ...data },
  });
}
