/**
 * The studio's tile library (core/content/library): editing a layer's tiles
 * as drafts, publishing and unpublishing (now or scheduled), revisions with
 * diffs and restore, and review dates. Commands take a {@link StudioContext}
 * (database, actor, clock) and the layer the caller already resolved; access
 * rules are the staff API's business (core/access).
 */
export type { StudioContext, LayerId, ContentChangeNotifier, PublishedTileListener } from './studio-context.ts';
export type { TileDraft, DraftInput, NewTileInput } from './tile-draft.ts';
export { validateDraft, validateNewTile } from './tile-draft.ts';
export { REVIEW_INTERVAL_MONTHS, reviewDateAfter, isReviewOverdue } from './review-dates.ts';
export type { TileDetail, TileSummary, LiveView, DraftView, LiveContent } from './tile-view.ts';
export type { EditConflict } from './tile-lookup.ts';
export {
  createTile, getTile, listTiles, saveDraft, discardDraft, updateTileSettings, deleteTile,
  type CreateTileInput, type SaveDraftInput, type TileSettingsInput,
} from './editing.ts';
export { publishTile, unpublishTile, ensureBaselineRevision } from './publishing.ts';
export {
  listRevisions, getRevision, diffVersions, restoreRevision,
  type RevisionSummary, type RevisionDetail, type VersionRef,
} from './revisions.ts';
export type { RevisionSnapshot, RevisionContent } from './revision-snapshot.ts';
export { diffTiles, diffText, type DiffPart, type DiffMode, type TileDiff, type LanguageDiff } from './tile-diff.ts';
export { markReviewed, listOverdue, type OverdueItem } from './review.ts';
export {
  setSchedule, cancelSchedule, runScheduledAction, SCHEDULE_MAX_LATENESS_MS,
  type ScheduleInput, type ScheduleOutcome, type TileScheduleJob, type TileScheduleQueue,
} from './scheduling.ts';
export { TileScheduler, type TileSchedulerOptions } from './tile-scheduler.ts';
export { loadLayers, findLayer, layerNames, listLayerEditors, countLayerTiles, type LayerRecord, type Person } from './layer-repository.ts';
export { listThemes } from './tile-repository.ts';
export { seedDemoLibrary } from './demo-library.ts';
