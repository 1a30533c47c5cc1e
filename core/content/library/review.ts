import type { DbClient } from '../../platform/db.ts';
import type { TileStatus } from '../library-repository.ts';
import { inTransaction } from '../transaction.ts';
import type { Person } from './layer-repository.ts';
import { reviewDateAfter } from './review-dates.ts';
import { auditTile, type LayerId, type StudioContext } from './studio-context.ts';
import { loadTile } from './tile-lookup.ts';
import { findEditableTileById, findOverdueTiles, updateTileColumns, type EditableTile } from './tile-repository.ts';
import { tileDetail, type TileDetail } from './tile-view.ts';

/** Review dates: "still correct" renews a tile for six months; each editor has a list of what is overdue. */

/**
 * "Still correct": the tile's review date moves to six months from now, for
 * every language at once (the date belongs to the tile, not to a translation).
 * @throws AppError TILE_NOT_FOUND
 */
export async function markReviewed(ctx: StudioContext, layer: LayerId, key: string): Promise<TileDetail> {
  const tile = await loadTile(ctx.db, layer, key);
  const reviewBy = reviewDateAfter(ctx.now);
  await inTransaction(ctx.db, async (tx) => {
    await updateTileColumns(tx, tile.id, { reviewBy, updatedById: ctx.actorId });
    await auditTile(tx, ctx, tile, 'reviewed', { reviewBy: reviewBy.toISOString(), previousReviewBy: tile.reviewBy?.toISOString() ?? null });
  }, 10_000);
  return tileDetail(await findEditableTileById(ctx.db, tile.id) as EditableTile, ctx.now);
}

export interface OverdueItem {
  layer: { slug: string; name: string };
  key: string;
  /** The draft's source-language title if there is a draft, else the live one. */
  title: string;
  status: TileStatus;
  reviewBy: string;
  owner: Person | null;
  ownedByMe: boolean;
}

/**
 * Tiles of the given layers (the ones the staff member edits) whose review
 * date has passed, archived ones left out: the member's own first, then
 * the oldest date first.
 */
export async function listOverdue(db: DbClient, userId: string, layerIds: readonly string[], now: Date): Promise<OverdueItem[]> {
  const tiles = await findOverdueTiles(db, layerIds, now);
  const items = tiles.map((t) => ({
    layer: t.layer,
    key: t.key,
    title: t.draft?.content[t.sourceLang]?.title ?? t.liveTitle ?? t.key,
    status: t.status,
    reviewBy: t.reviewBy.toISOString(),
    owner: t.owner,
    ownedByMe: t.owner?.id === userId,
  }));
  // Stable sort: within each group the repository's order (oldest date first) stays.
  return items.sort((a, b) => Number(b.ownedByMe) - Number(a.ownedByMe));
}
