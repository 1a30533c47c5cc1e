/**
 * The content-gap loop (core/reports/gaps): unanswered questions and
 * answers marked "not helpful", kept 90 days with personal data scrubbed,
 * grouped for editors by language and similarity (a group once 3 different
 * people asked), and what editors do with them (add as an example question,
 * draft a tile, dismiss); how long gaps wait for a published answer.
 */
export { ContentGapStore, GAP_RETENTION_DAYS, GAP_TEXT_MAX, type ContentGapInput, type ContentGapStoreOptions } from './content-gap-recorder.ts';
export { scrubPersonalData, SCRUB_MARKERS } from './scrub.ts';
export { personKeyOf } from './person-key.ts';
export { groupGaps, MIN_PEOPLE, SIMILARITY_THRESHOLD, type GapGroup, type GapRow } from './grouping.ts';
export { gapTerms, jaccard } from './gap-terms.ts';
export { scopeWhere, type GapScope } from './gap-scope.ts';
export { loadGapGroups, type GapGroupsView, type ShownGapGroup } from './gap-view.ts';
export {
  addGapsAsExample, draftTileFromGaps, dismissGaps, type GapActionContext, type GapActionResult, type GapView,
} from './gap-actions.ts';
export { deleteExpiredGaps } from './gap-repository.ts';
export { gapResolutionDays, median, type GapResolutionFigures } from './gap-metrics.ts';
