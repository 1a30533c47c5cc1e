import { AppError, isAppError } from '../../platform/errors.ts';
import type { DbClient } from '../../platform/db.ts';
import { inTransaction } from '../transaction.ts';
import { reviewDateAfter } from './review-dates.ts';
import { auditTile, type LayerId, type StudioContext } from './studio-context.ts';
import { validateDraft, validateNewTile, type DraftInput, type NewTileInput } from './tile-draft.ts';
import { checkBase, loadTile, lostRace, withConflictDetails } from './tile-lookup.ts';
import {
  deleteTileRow, findEditableTileById, insertDraftTile, isMemberOf, listLayerTiles, nextSortOrder, themeIds, tileKeyExists,
  updateTileColumns, updateTileIfVersion,
} from './tile-repository.ts';
import { tileDetail, tileSummary, type TileDetail, type TileSummary } from './tile-view.ts';

/**
 * Editing a layer's tiles: create (a tile that is only a draft), read,
 * save and discard the draft, owner and review date, delete a tile never
 * published. Saves are compare-and-set on the tile's editVersion: a save
 * based on an older one is refused with the current state (two editors,
 * one tile). Every write leaves one audit row.
 */

/** A new tile: its first draft, and optionally its owner (default: the creator) and review date (default: six months on). */
export interface CreateTileInput extends NewTileInput {
  ownerId?: string | null;
  reviewBy?: Date;
}

/** A draft save: the draft and the editVersion it was based on. */
export interface SaveDraftInput extends DraftInput {
  baseEditVersion: number;
}

/** @throws AppError TILE_INVALID when the owner is not a staff member of the layer. */
async function checkOwner(db: DbClient, layer: LayerId, ownerId: string | null): Promise<void> {
  if (ownerId !== null && !(await isMemberOf(db, ownerId, layer.id))) {
    throw new AppError('TILE_INVALID', { details: 'ownerId: not an active staff member of this layer', problems: ['ownerId: not an active staff member of this layer'] });
  }
}

async function detailById(ctx: StudioContext, id: string): Promise<TileDetail> {
  const tile = await findEditableTileById(ctx.db, id);
  if (!tile) throw new AppError('TILE_NOT_FOUND', { key: id });
  return tileDetail(tile, ctx.now);
}

/** The layer's tiles (every status) in library order. */
export async function listTiles(db: DbClient, layer: LayerId, now: Date): Promise<TileSummary[]> {
  return (await listLayerTiles(db, layer.id)).map((t) => tileSummary(t, now));
}

/** @throws AppError TILE_NOT_FOUND */
export async function getTile(db: DbClient, layer: LayerId, key: string, now: Date): Promise<TileDetail> {
  return tileDetail(await loadTile(db, layer, key), now);
}

/**
 * Creates a tile that exists only as a draft: status `draft`, revision 0,
 * no live text until it is published.
 * @throws AppError TILE_INVALID, TILE_KEY_TAKEN
 */
export async function createTile(ctx: StudioContext, layer: LayerId, input: CreateTileInput): Promise<TileDetail> {
  const themes = await themeIds(ctx.db);
  const draft = validateNewTile(input, themes.keys());
  const ownerId = input.ownerId === undefined ? ctx.actorId : input.ownerId;
  await checkOwner(ctx.db, layer, ownerId);
  try {
    const id = await inTransaction(ctx.db, async (tx) => {
      if (await tileKeyExists(tx, layer.id, input.key)) throw new AppError('TILE_KEY_TAKEN', { key: input.key });
      const tileId = await insertDraftTile(tx, {
        organizationId: layer.id, key: input.key, themeId: themes.get(draft.themeKey) as string, sourceLang: input.sourceLang,
        sortOrder: await nextSortOrder(tx, layer.id), draft, ownerId, reviewBy: input.reviewBy ?? reviewDateAfter(ctx.now),
        actorId: ctx.actorId, now: ctx.now,
      });
      await auditTile(tx, ctx, { id: tileId, key: input.key, organizationId: layer.id }, 'created', {
        theme: draft.themeKey, sourceLang: input.sourceLang, languages: Object.keys(draft.content),
      });
      return tileId;
    }, 10_000);
    return await detailById(ctx, id);
  } catch (err) {
    // Two creations of one key at once: the unique index decides.
    if ((err as { code?: unknown }).code === 'P2002') throw new AppError('TILE_KEY_TAKEN', { key: input.key });
    throw err;
  }
}

/**
 * Replaces the tile's draft. The live version stays what it is until the
 * draft is published. `links` or `sensitive` left out keep the current ones.
 * @throws AppError TILE_NOT_FOUND, TILE_INVALID, TILE_EDIT_CONFLICT (with the current state)
 */
export async function saveDraft(ctx: StudioContext, layer: LayerId, key: string, input: SaveDraftInput): Promise<TileDetail> {
  const tile = await loadTile(ctx.db, layer, key);
  checkBase(tile, input.baseEditVersion);
  const themes = await themeIds(ctx.db);
  const draft = validateDraft(input, { sourceLang: tile.sourceLang, themes: themes.keys() }, tile.draft ?? tile);
  await withConflictDetails(ctx.db, layer, key, () => inTransaction(ctx.db, async (tx) => {
    const saved = await updateTileIfVersion(tx, tile.id, input.baseEditVersion, {
      draft, draftUpdatedAt: ctx.now, updatedById: ctx.actorId, bumpEditVersion: true,
    });
    if (!saved) throw lostRace(key);
    await auditTile(tx, ctx, tile, 'draft_saved', { editVersion: input.baseEditVersion + 1, languages: Object.keys(draft.content) });
  }, 10_000));
  return detailById(ctx, tile.id);
}

/**
 * Drops the draft: the tile is its live version again. A pending scheduled
 * publish of a live tile is cancelled with it (nothing is left to publish).
 * @throws AppError TILE_NOT_FOUND, TILE_EDIT_CONFLICT, TILE_STATE_CONFLICT (a tile never published is deleted instead)
 */
export async function discardDraft(ctx: StudioContext, layer: LayerId, key: string, baseEditVersion?: number): Promise<TileDetail> {
  const tile = await loadTile(ctx.db, layer, key);
  checkBase(tile, baseEditVersion);
  if (tile.translations.length === 0) {
    throw new AppError('TILE_STATE_CONFLICT', { key, reason: 'it has never been published, so the draft is all there is: delete the tile instead' });
  }
  if (!tile.draft) return tileDetail(tile, ctx.now);
  await withConflictDetails(ctx.db, layer, key, () => inTransaction(ctx.db, async (tx) => {
    const saved = await updateTileIfVersion(tx, tile.id, tile.editVersion, {
      draft: null, draftUpdatedAt: null, updatedById: ctx.actorId, bumpEditVersion: true,
      ...(tile.status === 'published' && tile.publishAt ? { publishAt: null } : {}),
    });
    if (!saved) throw lostRace(key);
    await auditTile(tx, ctx, tile, 'draft_discarded', { editVersion: tile.editVersion + 1 });
  }, 10_000));
  return detailById(ctx, tile.id);
}

/** Owner and review date: tile settings outside the draft, applied at once. */
export interface TileSettingsInput {
  ownerId?: string | null;
  reviewBy?: Date;
}

/** @throws AppError TILE_NOT_FOUND, TILE_INVALID (owner not in the layer) */
export async function updateTileSettings(ctx: StudioContext, layer: LayerId, key: string, input: TileSettingsInput): Promise<TileDetail> {
  const tile = await loadTile(ctx.db, layer, key);
  if (input.ownerId !== undefined) await checkOwner(ctx.db, layer, input.ownerId);
  await inTransaction(ctx.db, async (tx) => {
    await updateTileColumns(tx, tile.id, {
      ...(input.ownerId !== undefined ? { ownerId: input.ownerId } : {}),
      ...(input.reviewBy ? { reviewBy: input.reviewBy } : {}),
      updatedById: ctx.actorId,
    });
    await auditTile(tx, ctx, tile, 'updated', {
      ...(input.ownerId !== undefined ? { ownerId: input.ownerId, previousOwnerId: tile.owner?.id ?? null } : {}),
      ...(input.reviewBy ? { reviewBy: input.reviewBy.toISOString(), previousReviewBy: tile.reviewBy?.toISOString() ?? null } : {}),
    });
  }, 10_000);
  return detailById(ctx, tile.id);
}

/**
 * Deletes a tile that was never published (only a draft): nobody has seen
 * it. A tile that was ever live is unpublished instead, so its history stays.
 * @throws AppError TILE_NOT_FOUND, TILE_STATE_CONFLICT
 */
export async function deleteTile(ctx: StudioContext, layer: LayerId, key: string): Promise<void> {
  const tile = await loadTile(ctx.db, layer, key);
  if (tile.revision > 0 || tile.translations.length > 0 || tile.status !== 'draft') {
    throw new AppError('TILE_STATE_CONFLICT', { key, reason: 'it has been published before: unpublish it instead' });
  }
  try {
    await inTransaction(ctx.db, async (tx) => {
      await deleteTileRow(tx, tile.id);
      await auditTile(tx, ctx, tile, 'deleted', { theme: tile.themeKey });
    }, 10_000);
  } catch (err) {
    // Deleted by someone else a moment ago.
    if ((err as { code?: unknown }).code === 'P2025' && !isAppError(err)) throw new AppError('TILE_NOT_FOUND', { key });
    throw err;
  }
}
