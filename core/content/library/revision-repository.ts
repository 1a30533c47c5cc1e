import type { DbClient, Prisma } from '../../platform/db.ts';
import type { Person } from './layer-repository.ts';
import { parseSnapshot, snapshotJson, type RevisionSnapshot } from './revision-snapshot.ts';

/** Database access of a tile's published revisions (tile_revisions). */

export interface StoredRevision {
  number: number;
  snapshot: RevisionSnapshot;
  publishedAt: Date;
  publishedBy: Person | null;
}

const revisionSelect = {
  number: true, snapshot: true, createdAt: true,
  publishedBy: { select: { id: true, name: true } },
} as const;

type RevisionRow = { number: number; snapshot: Prisma.JsonValue; createdAt: Date; publishedBy: Person | null };

function toRevision(row: RevisionRow): StoredRevision {
  return { number: row.number, snapshot: parseSnapshot(row.snapshot), publishedAt: row.createdAt, publishedBy: row.publishedBy };
}

/** Every revision of the tile, newest first. */
export async function listRevisionRows(db: DbClient, tileId: string): Promise<StoredRevision[]> {
  const rows = await db.tileRevision.findMany({ where: { tileId }, orderBy: { number: 'desc' }, select: revisionSelect });
  return rows.map(toRevision);
}

export async function findRevisionRow(db: DbClient, tileId: string, number: number): Promise<StoredRevision | null> {
  const row = await db.tileRevision.findUnique({ where: { tileId_number: { tileId, number } }, select: revisionSelect });
  return row ? toRevision(row) : null;
}

/**
 * Stores a revision. With `ifMissing` an existing revision of that number is
 * left alone (two requests making the same baseline revision at once).
 */
export async function insertRevision(
  db: DbClient,
  revision: { tileId: string; number: number; snapshot: RevisionSnapshot; publishedById: string | null; publishedAt?: Date },
  ifMissing = false,
): Promise<void> {
  const data = {
    tileId: revision.tileId,
    number: revision.number,
    snapshot: snapshotJson(revision.snapshot) as Prisma.InputJsonObject,
    publishedById: revision.publishedById,
    ...(revision.publishedAt ? { createdAt: revision.publishedAt } : {}),
  };
  if (ifMissing) await db.tileRevision.createMany({ data: [data], skipDuplicates: true });
  else await db.tileRevision.create({ data });
}

/**
 * Makes `snapshot` revision 1 of a tile still at revision 0 (an imported
 * tile's live text). A second call, also a concurrent one, changes nothing.
 */
export async function insertBaselineRevision(db: DbClient, tileId: string, snapshot: RevisionSnapshot, publishedAt: Date): Promise<void> {
  await insertRevision(db, { tileId, number: 1, snapshot, publishedById: null, publishedAt }, true);
  await db.tile.updateMany({ where: { id: tileId, revision: 0 }, data: { revision: 1 } });
}
