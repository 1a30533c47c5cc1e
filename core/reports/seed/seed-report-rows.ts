import type { Db } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { loadSeedDimensions } from './dimension-repository.ts';
import { isoDay } from './distributions.ts';
import { planSeed } from './seed-plan.ts';
import { writeSyntheticRows } from './synthetic-rows-repository.ts';

/** At most this many rows per call (a bound against typos, not a limit of the method). */
export const MAX_SEED_ROWS = 20_000_000;

export interface SeedReportRowsInput {
  /** Slug of the municipality. */
  org: string;
  /** How many question-log rows to write. */
  rows: number;
  /** Any string; the same seed, content and `lastDay` give the same rows. Default `'1'`. */
  seed?: string;
  /** The last day of the two years covered (UTC); default yesterday. */
  lastDay?: Date;
}

/** What a run wrote: the JSON line `npm run reports:seed` prints. */
export interface SeedReportRowsSummary {
  organization: string;
  seed: string;
  /** First and last day of the period covered (`YYYY-MM-DD`). */
  from: string;
  to: string;
  rows: number;
  handoffRecords: number;
  /** Synthetic rows of an earlier run, deleted first (real rows are never touched). */
  replaced: { rows: number; handoffRecords: number };
  /** Rows per entry kind. */
  entryKinds: Record<string, number>;
  milliseconds: number;
}

/**
 * Writes `rows` realistic synthetic question-log rows for municipality `org`
 * over the two years up to `lastDay`, plus handoff records for the
 * handed-off and urgent ones a worker closed: every channel, the
 * organization's languages weighted like the labour-migrant population,
 * themes and tiles its entry points really show, its entry codes (and the
 * employer and housing-provider layers behind them), outcomes, feedback,
 * seasonality and growth, and the small cells rare languages and themes make
 * (distributions.ts). Idempotent: the organization's earlier synthetic rows
 * are replaced (they are marked by their id, see synthetic-rows-repository.ts),
 * real rows are left alone. One transaction of a few INSERT … SELECT
 * statements (a million rows: 43 s on the 2-core development machine under a load of 9).
 * @throws AppError ORGANIZATION_NOT_FOUND; VALIDATION_FAILED (not a municipality, bad row count)
 */
export async function seedReportRows(db: Db, input: SeedReportRowsInput): Promise<SeedReportRowsSummary> {
  const started = performance.now();
  if (!Number.isInteger(input.rows) || input.rows < 0 || input.rows > MAX_SEED_ROWS) {
    throw new AppError('VALIDATION_FAILED', { details: `rows must be a whole number from 0 to ${MAX_SEED_ROWS}` });
  }
  const seed = input.seed ?? '1';
  const lastDay = input.lastDay ?? new Date(Date.now() - 86_400_000);
  const plan = planSeed(await loadSeedDimensions(db, input.org), input.rows, seed, lastDay);
  const written = await writeSyntheticRows(db, plan);
  const entryKinds: Record<string, number> = {};
  for (const b of plan.batches) entryKinds[b.entryKind] = (entryKinds[b.entryKind] ?? 0) + b.end - b.start + 1;
  return {
    organization: input.org,
    seed,
    from: plan.days.values[0],
    to: isoDay(new Date(Date.UTC(lastDay.getUTCFullYear(), lastDay.getUTCMonth(), lastDay.getUTCDate()))),
    ...written,
    entryKinds,
    milliseconds: Math.round(performance.now() - started),
  };
}
