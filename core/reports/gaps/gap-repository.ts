import type { DbClient } from '../../platform/db.ts';
import type { GapRow } from './grouping.ts';
import { scopeWhere, type GapScope } from './gap-scope.ts';

/** The content_gaps statements (Prisma only here). */

/** At most this many open questions are grouped per view (the newest); 90 days of one municipality stay far below. */
export const GAP_VIEW_LIMIT = 5000;

/** A gap to store: what grouping reads, and when it expires. */
export type NewGapRow = Omit<GapRow, 'id'> & { expiresAt: Date };

export async function insertGap(db: DbClient, row: NewGapRow): Promise<void> {
  await db.contentGap.create({ data: row });
}

const ROW = {
  id: true, organizationId: true, kind: true, language: true, text: true, tileKey: true, tileOwnerId: true, personKey: true, createdAt: true,
} as const;

/** The scope's open (not yet acted on, not expired) questions, newest {@link GAP_VIEW_LIMIT}. */
export async function openGaps(db: DbClient, scope: GapScope, now: Date, filter: { language?: string; kind?: GapRow['kind'] } = {}): Promise<GapRow[]> {
  return db.contentGap.findMany({
    where: {
      AND: [scopeWhere(scope), { status: 'open', expiresAt: { gt: now } }],
      ...(filter.language ? { language: filter.language } : {}),
      ...(filter.kind ? { kind: filter.kind } : {}),
    },
    select: ROW,
    orderBy: { createdAt: 'desc' },
    take: GAP_VIEW_LIMIT,
  });
}

/** The scope's gaps among `ids`, with their status (ids outside the scope are simply not returned). */
export async function gapsInScope(db: DbClient, scope: GapScope, ids: readonly string[]): Promise<Array<GapRow & { status: string }>> {
  return db.contentGap.findMany({ where: { AND: [scopeWhere(scope), { id: { in: [...ids] } }] }, select: { ...ROW, status: true } });
}

/** Marks open gaps as acted on; returns how many were still open (the caller compares with `ids.length`). */
export async function resolveGaps(
  db: DbClient, ids: readonly string[], status: 'added_as_example' | 'drafted' | 'dismissed', tileKey: string | null, now: Date,
): Promise<number> {
  const { count } = await db.contentGap.updateMany({
    where: { id: { in: [...ids] }, status: 'open' },
    data: { status, resolvedTileKey: tileKey, resolvedAt: now },
  });
  return count;
}

/** Deletes up to `batch` gaps whose 90 days are over; returns how many. */
export async function deleteExpiredGaps(db: DbClient, now: Date, batch: number): Promise<number> {
  const doomed = await db.contentGap.findMany({ where: { expiresAt: { lte: now } }, select: { id: true }, take: batch });
  if (doomed.length === 0) return 0;
  const { count } = await db.contentGap.deleteMany({ where: { id: { in: doomed.map((d) => d.id) } } });
  return count;
}

/** The id of a layer's tile (for audit rows), or undefined. */
export async function tileIdOf(db: DbClient, layerId: string, key: string): Promise<string | undefined> {
  return (await db.tile.findUnique({ where: { organizationId_key: { organizationId: layerId, key } }, select: { id: true } }))?.id;
}

/** Slugs of organizations by id (the owners of tiles named in "not helpful" groups). */
export async function organizationSlugs(db: DbClient, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.organization.findMany({ where: { id: { in: [...ids] } }, select: { id: true, slug: true } });
  return new Map(rows.map((r) => [r.id, r.slug]));
}
