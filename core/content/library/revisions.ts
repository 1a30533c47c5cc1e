import { AppError } from '../../platform/errors.ts';
import type { DbClient } from '../../platform/db.ts';
import { inTransaction } from '../transaction.ts';
import type { Person } from './layer-repository.ts';
import { ensureBaselineRevision } from './publishing.ts';
import { findRevisionRow, listRevisionRows } from './revision-repository.ts';
import { draftFromSnapshot, snapshotOf, type RevisionSnapshot } from './revision-snapshot.ts';
import { auditTile, type LayerId, type StudioContext } from './studio-context.ts';
import { NOTHING, diffTiles, type ComparableTile, type DiffMode, type TileDiff } from './tile-diff.ts';
import { checkBase, loadTile, lostRace, withConflictDetails } from './tile-lookup.ts';
import { findEditableTileById, updateTileIfVersion, type EditableTile } from './tile-repository.ts';
import { tileDetail, type TileDetail } from './tile-view.ts';

/** A tile's history: its published revisions, differences between any two versions, and restoring one as the draft. */

export interface RevisionSummary {
  number: number;
  publishedAt: string;
  publishedBy: Person | null;
  theme: string;
  languages: string[];
  /** The revision that is live now (the tile is published and has no newer one). */
  current: boolean;
}

export interface RevisionDetail {
  number: number;
  publishedAt: string;
  publishedBy: Person | null;
  snapshot: RevisionSnapshot;
}

/** A version to compare: a revision number, the live version or the draft (the live version when there is no draft). */
export type VersionRef = number | 'live' | 'draft';

/** The tile with its imported live text kept as revision 1 if it had none yet. */
async function loadWithHistory(db: DbClient, layer: LayerId, key: string): Promise<EditableTile> {
  const tile = await loadTile(db, layer, key);
  if (tile.revision === 0 && tile.translations.length > 0) {
    await ensureBaselineRevision(db, tile);
    return loadTile(db, layer, key);
  }
  return tile;
}

/** Published revisions, newest first. @throws AppError TILE_NOT_FOUND */
export async function listRevisions(db: DbClient, layer: LayerId, key: string): Promise<RevisionSummary[]> {
  const tile = await loadWithHistory(db, layer, key);
  return (await listRevisionRows(db, tile.id)).map((r) => ({
    number: r.number,
    publishedAt: r.publishedAt.toISOString(),
    publishedBy: r.publishedBy,
    theme: r.snapshot.themeKey,
    languages: Object.keys(r.snapshot.content),
    current: tile.status === 'published' && r.number === tile.revision,
  }));
}

async function revisionOf(db: DbClient, tile: EditableTile, number: number): Promise<RevisionDetail> {
  const row = await findRevisionRow(db, tile.id, number);
  if (!row) throw new AppError('REVISION_NOT_FOUND', { key: tile.key, number });
  return { number: row.number, publishedAt: row.publishedAt.toISOString(), publishedBy: row.publishedBy, snapshot: row.snapshot };
}

/** @throws AppError TILE_NOT_FOUND, REVISION_NOT_FOUND */
export async function getRevision(db: DbClient, layer: LayerId, key: string, number: number): Promise<RevisionDetail> {
  return revisionOf(db, await loadWithHistory(db, layer, key), number);
}

function liveVersion(tile: EditableTile): ComparableTile {
  return tile.translations.length ? snapshotOf(tile) : NOTHING;
}

async function versionOf(db: DbClient, tile: EditableTile, ref: VersionRef): Promise<ComparableTile> {
  if (ref === 'live') return liveVersion(tile);
  if (ref === 'draft') return tile.draft ?? liveVersion(tile);
  return (await revisionOf(db, tile, ref)).snapshot;
}

/**
 * The differences between two versions of the tile, per language.
 * @throws AppError TILE_NOT_FOUND, REVISION_NOT_FOUND
 */
export async function diffVersions(db: DbClient, layer: LayerId, key: string, from: VersionRef, to: VersionRef, mode: DiffMode): Promise<TileDiff> {
  const tile = await loadWithHistory(db, layer, key);
  return diffTiles(await versionOf(db, tile, from), await versionOf(db, tile, to), mode);
}

/**
 * Makes a revision the tile's draft (every language it had); publishing it
 * brings that version back as a new revision. Replaces an unpublished draft.
 * @throws AppError TILE_NOT_FOUND, REVISION_NOT_FOUND, TILE_EDIT_CONFLICT
 */
export async function restoreRevision(ctx: StudioContext, layer: LayerId, key: string, number: number, baseEditVersion?: number): Promise<TileDetail> {
  const tile = await loadWithHistory(ctx.db, layer, key);
  checkBase(tile, baseEditVersion);
  const revision = await revisionOf(ctx.db, tile, number);
  await withConflictDetails(ctx.db, layer, key, () => inTransaction(ctx.db, async (tx) => {
    const saved = await updateTileIfVersion(tx, tile.id, tile.editVersion, {
      draft: draftFromSnapshot(revision.snapshot), draftUpdatedAt: ctx.now, updatedById: ctx.actorId, bumpEditVersion: true,
    });
    if (!saved) throw lostRace(key);
    await auditTile(tx, ctx, tile, 'restored', { revision: number, editVersion: tile.editVersion + 1, replacedDraft: tile.draft !== null });
  }, 10_000));
  return tileDetail(await findEditableTileById(ctx.db, tile.id) as EditableTile, ctx.now);
}
