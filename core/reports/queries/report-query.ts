import { Prisma } from '../../platform/db.ts';

/**
 * What every report query is asked: whose rows (a set of municipalities, or
 * every municipality for the national figures), which whole-month period
 * (already snapped by core/reports/disclosure `snapPeriod`), and the
 * dashboard's filters. The SQL is built here once, from whitelisted column
 * expressions and bound parameters only: no request text is ever spliced
 * into a statement.
 *
 * Reports count by `day` (a DATE, UTC), never by `created_at`: no exact time
 * leaves the database.
 */

/** An inclusive period of whole days, `YYYY-MM-DD`. */
export interface ReportPeriod {
  from: string;
  to: string;
}

/** The dashboard's filters; each narrows to one value. */
export interface ReportFilters {
  channel?: string;
  language?: string;
  /** A theme key. */
  theme?: string;
  /** An entry point as the `entry` dimension writes it: a kind (`employer`) or a kind and code (`employer:agrifarm-gate`). */
  entry?: string;
}

/** Whose rows: some municipalities (by id), or all of them (the national figures). */
export type RowScope = { organizationIds: readonly string[] } | { all: true };

/** One report query's where-clause inputs. */
export interface ReportWhere {
  scope: RowScope;
  period: ReportPeriod;
  filters?: ReportFilters;
}

/** The dimensions a question count can be broken down by (the API's `by=`), and the internal ones the views use. */
export const PUBLIC_DIMENSIONS = ['theme', 'language', 'channel', 'outcome', 'entry'] as const;
export type PublicDimension = (typeof PUBLIC_DIMENSIONS)[number];
export type QuestionDimension = PublicDimension | 'feedback' | 'month' | 'week' | 'tile' | 'municipality';

/** The `entry` dimension's value: the kind alone, or `kind:code` when the chat came in through an entry code. */
const ENTRY_SQL = `CASE WHEN entry_code IS NULL THEN entry_kind ELSE entry_kind || ':' || entry_code END`;

/** The SQL expression of each dimension on question_logs (fixed text: never built from input). */
export const QUESTION_DIMENSION_SQL: Record<QuestionDimension, string> = {
  theme: 'theme_key',
  language: 'language',
  channel: 'channel::text',
  outcome: 'outcome::text',
  entry: ENTRY_SQL,
  feedback: 'feedback::text',
  month: `to_char(day, 'YYYY-MM')`,
  week: `to_char(date_trunc('week', day), 'YYYY-MM-DD')`,
  tile: 'tile_key',
  municipality: 'organization_id',
};

/** The dimensions handoff_records can be broken down by. */
export type HandoffDimension = 'channel' | 'language' | 'entry' | 'outcome' | 'reason' | 'agency' | 'employmentType' | 'housingType' | 'month' | 'municipality';

export const HANDOFF_DIMENSION_SQL: Record<HandoffDimension, string> = {
  channel: 'channel::text',
  language: 'language',
  entry: ENTRY_SQL,
  outcome: 'outcome',
  reason: 'reason',
  agency: 'agency',
  employmentType: 'employment_type',
  housingType: 'housing_type',
  month: `to_char(day, 'YYYY-MM')`,
  municipality: 'organization_id',
};

/** The municipality condition: an equality for one municipality (the (organization_id, day) index), `= ANY` for several. */
function scopeSql(scope: RowScope): Prisma.Sql {
  if ('all' in scope) return Prisma.sql`TRUE`;
  if (scope.organizationIds.length === 1) return Prisma.sql`organization_id = ${scope.organizationIds[0]}`;
  return Prisma.sql`organization_id = ANY(${[...scope.organizationIds]}::text[])`;
}

/** `kind` or `kind:code` → the condition on entry_kind / entry_code. */
function entrySql(entry: string): Prisma.Sql {
  const colon = entry.indexOf(':');
  if (colon < 0) return Prisma.sql`entry_kind = ${entry}`;
  return Prisma.sql`entry_kind = ${entry.slice(0, colon)} AND entry_code = ${entry.slice(colon + 1)}`;
}

/**
 * The WHERE clause for question_logs (`questions: true`) or handoff_records:
 * municipalities, period, and the filters that apply to that table (handoff
 * records have no theme: a theme filter is left out for them, and the views say so).
 */
export function whereSql(where: ReportWhere, table: 'questions' | 'handoffs'): Prisma.Sql {
  const { scope, period, filters = {} } = where;
  const parts: Prisma.Sql[] = [scopeSql(scope), Prisma.sql`day >= ${period.from}::date AND day <= ${period.to}::date`];
  if (filters.channel) parts.push(Prisma.sql`channel::text = ${filters.channel}`);
  if (filters.language) parts.push(Prisma.sql`language = ${filters.language}`);
  if (filters.theme && table === 'questions') parts.push(Prisma.sql`theme_key = ${filters.theme}`);
  if (filters.entry) parts.push(entrySql(filters.entry));
  return Prisma.join(parts, ' AND ');
}

/** The filters that apply to handoff records (all but the theme). */
export function handoffFilters(filters: ReportFilters = {}): ReportFilters {
  const { theme: _theme, ...rest } = filters;
  return rest;
}

/** `SELECT <dims>, count(*)` column list: each dimension as a quoted alias. */
export function selectDimensions(dims: readonly string[], sqlOf: Record<string, string>): Prisma.Sql {
  return Prisma.raw(dims.map((d) => `${sqlOf[d]} AS "${d}"`).join(', '));
}

/** The GROUP BY list: positions 1..n. */
export function groupByPositions(dims: readonly string[]): Prisma.Sql {
  return Prisma.raw(dims.map((_d, i) => String(i + 1)).join(', '));
}
