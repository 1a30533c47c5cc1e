import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ContentChangeNotifier, PublishedTileListener, StudioContext, TileScheduleQueue } from '../../../core/content/index.ts';
import type { Db } from '../../../core/platform/db.ts';
import { isAppError } from '../../../core/platform/errors.ts';
import { principalOf } from './layers-access.ts';

/** Options of the tile library routes (tileLibraryRoutes and the plugins it registers). */
export interface TileLibraryRoutesOptions {
  db: Db;
  /** Where scheduled publishes and unpublishes go (the TileScheduler of core/content). */
  schedule: TileScheduleQueue;
  /** Told after every publish and unpublish so every process's answer engines refresh (RedisContentChanges). */
  changes?: ContentChangeNotifier;
  /** The clock of review dates, overdue lists and schedule checks; default the real one. */
  now?: () => Date;
  /** Told after every publish: missing and stale languages get machine translations (TileTranslationQueue). */
  translations?: PublishedTileListener;
}

/** The command context of a request: the database, the signed-in staff member, the moment. */
export function studioContext(request: FastifyRequest, options: TileLibraryRoutesOptions): StudioContext {
  return {
    db: options.db, actorId: principalOf(request).userId, now: (options.now ?? (() => new Date()))(), changes: options.changes,
    translations: options.translations,
  };
}

/**
 * Runs a tile write; a TILE_EDIT_CONFLICT is answered 409 with the tile's
 * current state (`current`: draft, live, editVersion, who saved it and when)
 * so the editor sees what changed instead of a bare refusal.
 */
export async function answeringConflicts<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T | FastifyReply> {
  try {
    return await work();
  } catch (err) {
    if (!isAppError(err, 'TILE_EDIT_CONFLICT')) throw err;
    return reply.status(409).send({ code: err.code, message: err.message, current: err.params.current });
  }
}
