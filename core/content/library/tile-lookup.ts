import { AppError, isAppError } from '../../platform/errors.ts';
import type { DbClient } from '../../platform/db.ts';
import type { LayerId } from './studio-context.ts';
import { findEditableTile, type EditableTile } from './tile-repository.ts';
import { draftView, liveView, type DraftView, type LiveView } from './tile-view.ts';
import type { Person } from './layer-repository.ts';

/** Finding a layer's tile, and the "someone else changed it" answer every compare-and-set write shares. */

/** @throws AppError TILE_NOT_FOUND */
export async function loadTile(db: DbClient, layer: LayerId, key: string): Promise<EditableTile> {
  const tile = await findEditableTile(db, layer.id, key);
  if (!tile) throw new AppError('TILE_NOT_FOUND', { key });
  return tile;
}

/** What the editor whose save was refused sees: the tile as it is now, and who saved it when. */
export interface EditConflict {
  editVersion: number;
  draft: DraftView | null;
  live: LiveView | null;
  savedBy: Person | null;
  savedAt: string | null;
}

/** The state a refused editor is shown, from a fresh read. */
export function conflictOf(tile: EditableTile): EditConflict {
  return {
    editVersion: tile.editVersion,
    draft: draftView(tile),
    live: liveView(tile),
    savedBy: tile.updatedBy,
    savedAt: (tile.draftUpdatedAt ?? tile.updatedAt).toISOString(),
  };
}

/** TILE_EDIT_CONFLICT carrying the current state in `params.current` (the staff API puts it in the 409 body). */
export function editConflict(tile: EditableTile): AppError {
  return new AppError('TILE_EDIT_CONFLICT', { key: tile.key, current: conflictOf(tile) });
}

/**
 * Runs a compare-and-set write; a TILE_EDIT_CONFLICT raised inside without
 * details (the write lost a race inside its transaction, which then rolled
 * back) is raised again with the tile's state read afresh.
 */
export async function withConflictDetails<T>(db: DbClient, layer: LayerId, key: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isAppError(err, 'TILE_EDIT_CONFLICT') && err.params.current === undefined) throw editConflict(await loadTile(db, layer, key));
    throw err;
  }
}

/** Refuses a write based on an older edit version. @throws AppError TILE_EDIT_CONFLICT */
export function checkBase(tile: EditableTile, baseEditVersion: number | undefined): void {
  if (baseEditVersion !== undefined && baseEditVersion !== tile.editVersion) throw editConflict(tile);
}

/** A compare-and-set write lost the race; {@link withConflictDetails} fills in the state. */
export function lostRace(key: string): AppError {
  return new AppError('TILE_EDIT_CONFLICT', { key });
}
