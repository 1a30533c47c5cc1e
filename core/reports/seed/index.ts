/**
 * Synthetic report data (issue 13): realistic question-log and handoff rows
 * for trying the dashboard, the exports and the half-yearly report, and for
 * bench:reports. Used by `npm run reports:seed` and the demo seed.
 */
export { seedReportRows, MAX_SEED_ROWS, type SeedReportRowsInput, type SeedReportRowsSummary } from './seed-report-rows.ts';
export { deleteSyntheticRows, SYNTHETIC_ID_PREFIX } from './synthetic-rows-repository.ts';
