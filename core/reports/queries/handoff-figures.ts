import { Prisma, type DbClient } from '../../platform/db.ts';
import {
  HANDOFF_DIMENSION_SQL, groupByPositions, handoffFilters, selectDimensions, whereSql, type HandoffDimension, type ReportWhere,
} from './report-query.ts';

/**
 * Raw figures of handoff_records (one row per closed handed-off
 * conversation): counts by dimension, and the waiting and handling times.
 * RAW: the reports service protects them before anything is published.
 */

export type RawHandoffCell = Partial<Record<HandoffDimension, string | null>> & { count: number };

/** Handoff counts per combination of `dims` (the theme filter does not apply: records have no theme). */
export async function countHandoffs(db: DbClient, where: ReportWhere, dims: readonly HandoffDimension[]): Promise<RawHandoffCell[]> {
  const condition = whereSql({ ...where, filters: handoffFilters(where.filters) }, 'handoffs');
  if (dims.length === 0) {
    const rows = await db.$queryRaw<Array<{ count: number }>>(Prisma.sql`SELECT count(*)::int AS count FROM handoff_records WHERE ${condition}`);
    return [{ count: rows[0]?.count ?? 0 }];
  }
  return db.$queryRaw<RawHandoffCell[]>(Prisma.sql`
    SELECT ${selectDimensions(dims, HANDOFF_DIMENSION_SQL)}, count(*)::int AS count
    FROM handoff_records WHERE ${condition}
    GROUP BY ${groupByPositions(dims)}`);
}

/** Waiting and handling times in whole minutes, with how many records had each. */
export interface RawHandoffTimes {
  /** Records in the period. */
  count: number;
  /** Records that came outside office hours. */
  outsideHours: number;
  waiting: { n: number; median: number | null; p90: number | null };
  handling: { n: number; median: number | null; p90: number | null };
}

/** Medians and 90th percentiles (percentile_cont, rounded to whole minutes) of waiting and handling minutes. */
export async function handoffTimes(db: DbClient, where: ReportWhere): Promise<RawHandoffTimes> {
  const condition = whereSql({ ...where, filters: handoffFilters(where.filters) }, 'handoffs');
  const [row] = await db.$queryRaw<Array<{
    count: number; outside: number; waitingN: number; waitingMedian: number | null; waitingP90: number | null;
    handlingN: number; handlingMedian: number | null; handlingP90: number | null;
  }>>(Prisma.sql`
    SELECT count(*)::int AS count,
      count(*) FILTER (WHERE outside_hours)::int AS outside,
      count(waiting_minutes)::int AS "waitingN",
      round(percentile_cont(0.5) WITHIN GROUP (ORDER BY waiting_minutes))::int AS "waitingMedian",
      round(percentile_cont(0.9) WITHIN GROUP (ORDER BY waiting_minutes))::int AS "waitingP90",
      count(handling_minutes)::int AS "handlingN",
      round(percentile_cont(0.5) WITHIN GROUP (ORDER BY handling_minutes))::int AS "handlingMedian",
      round(percentile_cont(0.9) WITHIN GROUP (ORDER BY handling_minutes))::int AS "handlingP90"
    FROM handoff_records WHERE ${condition}`);
  return {
    count: row?.count ?? 0,
    outsideHours: row?.outside ?? 0,
    waiting: { n: row?.waitingN ?? 0, median: row?.waitingMedian ?? null, p90: row?.waitingP90 ?? null },
    handling: { n: row?.handlingN ?? 0, median: row?.handlingMedian ?? null, p90: row?.handlingP90 ?? null },
  };
}
