import { Prisma, type DbClient } from '../../platform/db.ts';
import {
  QUESTION_DIMENSION_SQL, groupByPositions, selectDimensions, whereSql, type QuestionDimension, type ReportWhere,
} from './report-query.ts';

/**
 * Raw counts of question_logs, grouped by the given dimensions: one
 * `SELECT dims, count(*) ... WHERE organization_id = $1 AND day BETWEEN ... GROUP BY dims`
 * on the (organization_id, day) index. The counts are RAW: only the reports
 * service publishes them, after core/reports/disclosure protected them.
 */

/** A raw count with its dimension values (null where the log has none, e.g. no theme). */
export type RawQuestionCell = Partial<Record<QuestionDimension, string | null>> & { count: number };

/** Counts per combination of `dims`; with no dims, one row with the total. */
export async function countQuestions(db: DbClient, where: ReportWhere, dims: readonly QuestionDimension[], extra?: Prisma.Sql): Promise<RawQuestionCell[]> {
  const condition = extra ? Prisma.sql`${whereSql(where, 'questions')} AND ${extra}` : whereSql(where, 'questions');
  if (dims.length === 0) {
    const rows = await db.$queryRaw<Array<{ count: number }>>(Prisma.sql`SELECT count(*)::int AS count FROM question_logs WHERE ${condition}`);
    return [{ count: rows[0]?.count ?? 0 }];
  }
  return db.$queryRaw<RawQuestionCell[]>(Prisma.sql`
    SELECT ${selectDimensions(dims, QUESTION_DIMENSION_SQL)}, count(*)::int AS count
    FROM question_logs WHERE ${condition}
    GROUP BY ${groupByPositions(dims)}`);
}

/**
 * Several breakdowns in ONE scan: `GROUP BY GROUPING SETS ((theme), (language), ...)`, so a view's tables
 * cost one pass over the municipality's rows of the period instead of one per table. Returns the raw cells
 * of each set, in the order of `sets` (each set distinct).
 */
export async function countQuestionSets(db: DbClient, where: ReportWhere, sets: ReadonlyArray<readonly QuestionDimension[]>): Promise<RawQuestionCell[][]> {
  const dims = [...new Set(sets.flat())];
  const expr = (d: QuestionDimension) => QUESTION_DIMENSION_SQL[d];
  const grouping = Prisma.raw(`GROUPING(${dims.map(expr).join(', ')})`);
  const groupingSets = Prisma.raw(sets.map((set) => `(${set.map(expr).join(', ')})`).join(', '));
  const rows = await db.$queryRaw<Array<RawQuestionCell & { grouping: number }>>(Prisma.sql`
    SELECT ${selectDimensions(dims, QUESTION_DIMENSION_SQL)}, ${grouping}::int AS grouping, count(*)::int AS count
    FROM question_logs WHERE ${whereSql(where, 'questions')}
    GROUP BY GROUPING SETS (${groupingSets})`);
  // GROUPING(d0..dn-1): bit n-1-i is set when d_i is not grouped in the row.
  const maskOf = (set: readonly QuestionDimension[]) => dims.reduce((mask, d, i) => (set.includes(d) ? mask : mask | (1 << (dims.length - 1 - i))), 0);
  return sets.map((set) => {
    const mask = maskOf(set);
    return rows.filter((row) => row.grouping === mask).map((row) => {
      const cell: RawQuestionCell = { count: row.count };
      for (const d of set) cell[d] = row[d] ?? null;
      return cell;
    });
  });
}

/** Per tile and language: questions whose answer got feedback, and those marked helpful (the weak-tiles view). */
export interface RawTileFeedback {
  tile: string;
  language: string;
  rated: number;
  helpful: number;
}

/**
 * Feedback per tile and language. `tileOwnerId` narrows to the tiles of one
 * layer (the national tiles view).
 */
export async function tileFeedback(db: DbClient, where: ReportWhere, tileOwnerId?: string): Promise<RawTileFeedback[]> {
  const owner = tileOwnerId ? Prisma.sql`AND tile_owner_id = ${tileOwnerId}` : Prisma.empty;
  return db.$queryRaw<RawTileFeedback[]>(Prisma.sql`
    SELECT tile_key AS tile, language, count(*)::int AS rated, count(*) FILTER (WHERE feedback = 'helpful')::int AS helpful
    FROM question_logs
    WHERE ${whereSql(where, 'questions')} AND tile_key IS NOT NULL AND feedback IS NOT NULL ${owner}
    GROUP BY 1, 2`);
}

/**
 * How often a layer's tiles were shown (questions answered with one of its
 * tiles), per tile: by tile_owner_id and day (its own index), in any
 * municipality. The period, and for the national tiles the channel and
 * language filters; an employer's view has none.
 */
export async function tileShows(db: DbClient, tileOwnerId: string, where: Omit<ReportWhere, 'scope'>): Promise<Array<{ tile: string; count: number }>> {
  const { period, filters = {} } = where;
  const channel = filters.channel ? Prisma.sql`AND channel::text = ${filters.channel}` : Prisma.empty;
  const language = filters.language ? Prisma.sql`AND language = ${filters.language}` : Prisma.empty;
  return db.$queryRaw<Array<{ tile: string; count: number }>>(Prisma.sql`
    SELECT tile_key AS tile, count(*)::int AS count
    FROM question_logs
    WHERE tile_owner_id = ${tileOwnerId} AND day >= ${period.from}::date AND day <= ${period.to}::date AND tile_key IS NOT NULL ${channel} ${language}
    GROUP BY 1`);
}
