import type { Db } from '../../platform/db.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import { inTransaction } from '../transaction.ts';
import { publishTile, unpublishTile } from './publishing.ts';
import { auditTile, type ContentChangeNotifier, type LayerId, type PublishedTileListener, type StudioContext } from './studio-context.ts';
import { loadTile } from './tile-lookup.ts';
import { findEditableTileById, updateTileColumns, type EditableTile } from './tile-repository.ts';
import { tileDetail, type TileDetail } from './tile-view.ts';

/**
 * Publishing and unpublishing at a chosen time. The time lives in the
 * tile's `publishAt` / `unpublishAt` columns, and each gets a BullMQ
 * delayed job (TileScheduler). When a job runs it reads the tile again: a
 * time that was changed or cancelled since makes the job do nothing (the
 * new time has its own job), and a job more than 24 hours late (the
 * servers were down) does not act on stale intent: it leaves a problem on
 * the tile for the editors and an audit row instead.
 */

/** Payload of a tile-schedule job. */
export interface TileScheduleJob {
  tileId: string;
  action: 'publish' | 'unpublish';
  /** The scheduled time (ISO 8601) the job was made for; compared with the tile's column when it runs. */
  at: string;
}

/** Where scheduled actions go (TileScheduler; tests may record them). */
export interface TileScheduleQueue {
  enqueue(job: TileScheduleJob): Promise<void>;
}

/** How late a scheduled action may run and still act. */
export const SCHEDULE_MAX_LATENESS_MS = 24 * 60 * 60 * 1000;
/** How far ahead an action may be scheduled. */
export const SCHEDULE_MAX_AHEAD_MS = 2 * 366 * 24 * 60 * 60 * 1000;

/** A change of schedule: a time sets it, null cancels it, undefined leaves it as it is. */
export interface ScheduleInput {
  publishAt?: Date | null;
  unpublishAt?: Date | null;
}

function invalid(reason: string): AppError {
  return new AppError('SCHEDULE_INVALID', { reason });
}

/** @throws AppError SCHEDULE_INVALID */
function checkSchedule(tile: EditableTile, publishAt: Date | null, unpublishAt: Date | null, input: ScheduleInput, now: Date): void {
  for (const [name, value] of [['publishAt', input.publishAt], ['unpublishAt', input.unpublishAt]] as const) {
    if (!value) continue;
    if (Number.isNaN(value.getTime())) throw invalid(`${name} is not a valid time`);
    if (value.getTime() <= now.getTime()) throw invalid(`${name} must be in the future`);
    if (value.getTime() - now.getTime() > SCHEDULE_MAX_AHEAD_MS) throw invalid(`${name} is more than two years ahead`);
  }
  if (publishAt && !tile.draft && (tile.status === 'published' || tile.translations.length === 0)) {
    throw invalid('there is no draft to publish');
  }
  if (unpublishAt && tile.status !== 'published' && !publishAt) throw invalid('the tile is not published and no publish is scheduled');
  if (publishAt && unpublishAt && unpublishAt.getTime() <= publishAt.getTime()) throw invalid('unpublishAt must be after publishAt');
}

/**
 * Sets or cancels the tile's scheduled publish and unpublish, then adds a
 * delayed job for each new time (after the commit: a job never runs before
 * its time is stored). Clears an earlier schedule problem.
 * @throws AppError TILE_NOT_FOUND, SCHEDULE_INVALID
 */
export async function setSchedule(ctx: StudioContext, layer: LayerId, key: string, input: ScheduleInput, queue: TileScheduleQueue): Promise<TileDetail> {
  const tile = await loadTile(ctx.db, layer, key);
  const publishAt = input.publishAt === undefined ? tile.publishAt : input.publishAt;
  const unpublishAt = input.unpublishAt === undefined ? tile.unpublishAt : input.unpublishAt;
  checkSchedule(tile, publishAt, unpublishAt, input, ctx.now);
  const cancelled = !publishAt && !unpublishAt;
  await inTransaction(ctx.db, async (tx) => {
    await updateTileColumns(tx, tile.id, { publishAt, unpublishAt, scheduleProblem: null, updatedById: ctx.actorId });
    await auditTile(tx, ctx, tile, cancelled ? 'schedule_cancelled' : 'scheduled', {
      publishAt: publishAt?.toISOString() ?? null,
      unpublishAt: unpublishAt?.toISOString() ?? null,
      previousPublishAt: tile.publishAt?.toISOString() ?? null,
      previousUnpublishAt: tile.unpublishAt?.toISOString() ?? null,
    });
  }, 10_000);
  if (input.publishAt) await queue.enqueue({ tileId: tile.id, action: 'publish', at: input.publishAt.toISOString() });
  if (input.unpublishAt) await queue.enqueue({ tileId: tile.id, action: 'unpublish', at: input.unpublishAt.toISOString() });
  return tileDetail(await findEditableTileById(ctx.db, tile.id) as EditableTile, ctx.now);
}

/** Cancels both scheduled actions. @throws AppError TILE_NOT_FOUND */
export function cancelSchedule(ctx: StudioContext, layer: LayerId, key: string, queue: TileScheduleQueue): Promise<TileDetail> {
  return setSchedule(ctx, layer, key, { publishAt: null, unpublishAt: null }, queue);
}

/** What a scheduled job did. */
export type ScheduleOutcome =
  /** Published or unpublished. */
  | 'done'
  /** The tile is gone, or its time was changed or cancelled: nothing to do. */
  | 'skipped'
  /** More than 24 h late: not done, flagged on the tile. */
  | 'missed'
  /** Could not be done (nothing to publish, no longer published...): flagged on the tile. */
  | 'failed';

function lateBy(ms: number): string {
  const hours = Math.round(ms / 3_600_000);
  return hours >= 48 ? `${Math.round(hours / 24)} days` : `${hours} hours`;
}

/** Clears the time, leaves the problem on the tile and an audit row. */
async function flag(db: Db, tile: EditableTile, job: TileScheduleJob, action: 'schedule_missed' | 'schedule_failed', problem: string, data: Record<string, unknown>): Promise<void> {
  const column = job.action === 'publish' ? { publishAt: null } : { unpublishAt: null };
  await inTransaction(db, async (tx) => {
    await updateTileColumns(tx, tile.id, { ...column, scheduleProblem: problem });
    await auditTile(tx, { actorId: null }, tile, action, { action: job.action, at: job.at, ...data });
  }, 10_000);
}

/**
 * Runs one scheduled action at `now`: does nothing unless the tile still has
 * exactly this time scheduled; flags the tile instead of acting when the
 * job is more than {@link SCHEDULE_MAX_LATENESS_MS} late; otherwise
 * publishes (the draft as it is then) or unpublishes as `system`. An action
 * the tile's state no longer allows is flagged, not retried; anything else
 * (database down) throws, and the job is retried.
 */
export async function runScheduledAction(
  db: Db, job: TileScheduleJob, now: Date, changes?: ContentChangeNotifier, translations?: PublishedTileListener,
): Promise<ScheduleOutcome> {
  const tile = await findEditableTileById(db, job.tileId);
  const scheduled = tile ? (job.action === 'publish' ? tile.publishAt : tile.unpublishAt) : null;
  const at = Date.parse(job.at);
  if (!tile || !scheduled || scheduled.getTime() !== at) return 'skipped';
  const late = now.getTime() - at;
  if (late > SCHEDULE_MAX_LATENESS_MS) {
    const problem = `The ${job.action} scheduled for ${job.at} did not happen: it came ${lateBy(late)} late (more than 24 hours), so it was not done. Check the tile and ${job.action} it yourself or schedule it again.`;
    await flag(db, tile, job, 'schedule_missed', problem, { lateMinutes: Math.round(late / 60_000) });
    return 'missed';
  }
  const ctx: StudioContext = { db, actorId: null, now, changes, translations };
  const layer: LayerId = { id: tile.organizationId, slug: tile.layerSlug };
  try {
    if (job.action === 'publish') await publishTile(ctx, layer, tile.key);
    else await unpublishTile(ctx, layer, tile.key);
    return 'done';
  } catch (err) {
    if (!isAppError(err) || err.retryable || err.status >= 500) throw err;
    // TILE_EDIT_CONFLICT: an editor saved at that very moment; the next attempt publishes their draft.
    if (err.code === 'TILE_EDIT_CONFLICT') throw err;
    const problem = `The ${job.action} scheduled for ${job.at} could not be done: ${err.message}`;
    await flag(db, tile, job, 'schedule_failed', problem, { code: err.code });
    return 'failed';
  }
}
