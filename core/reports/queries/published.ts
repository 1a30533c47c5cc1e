import { protectCount, protectRate, protectTable, type Count, type ProtectedCell, type RawCell } from '../disclosure.ts';
import type { DbClient } from '../../platform/db.ts';
import type { ReportWhere } from './report-query.ts';

/**
 * The shapes every report view publishes, and the one way raw counts become
 * published ones: through core/reports/disclosure (`protectTable` for every
 * table, `protectRate` for every rate). A view never returns a raw count.
 */

export type { Count };

/** One published cell: its dimension values (null where the logs have none, e.g. no theme) and its protected count. */
export type PublishedCell = Record<string, string | null> & { count: Count };

/** A published table: its cells and its total, both protected (banded to a multiple of k, or `<k`). */
export interface PublishedTable {
  cells: PublishedCell[];
  total: Count;
}

/** A two-dimensional table with its margins (per value of the first and of the second dimension), protected with it. */
export interface PublishedTableWithMargins extends PublishedTable {
  rowTotals?: PublishedCell[];
  columnTotals?: PublishedCell[];
}

/** A rate with the denominator it was computed from, written next to it. */
export interface PublishedRate {
  count: Count;
  /** What the rate is a share of (`questions`, `answered`, `rated`, `handoffs`). */
  denominator: string;
  /** The denominator's published count. */
  of: Count;
  /** count / of as a fraction 0..1; null when either is suppressed. */
  rate: number | null;
}

/** What a view builder gets: the database, k, and the rows it may count. */
export interface ViewContext {
  db: DbClient;
  k: number;
  where: ReportWhere;
}

/**
 * Protects a table of raw cells over `dims` (primary and secondary
 * suppression, core/reports/disclosure) and returns only the dimension
 * values and the published counts.
 */
export function publishTable(raw: ReadonlyArray<Record<string, unknown> & { count: number }>, dims: readonly string[], k: number): PublishedTable;
export function publishTable(raw: ReadonlyArray<Record<string, unknown> & { count: number }>, dims: readonly string[], k: number, margins: true): PublishedTableWithMargins;
export function publishTable(raw: ReadonlyArray<Record<string, unknown> & { count: number }>, dims: readonly string[], k: number, margins = false): PublishedTableWithMargins {
  const input: RawCell[] = raw.map((cell) => {
    const out: RawCell = { count: cell.count };
    for (const d of dims) out[d] = cell[d] === undefined || cell[d] === null ? null : String(cell[d]);
    return out;
  });
  // Largest first, ties by the dimension values: the order the dashboard and the exports show.
  input.sort((a, b) => b.count - a.count || keyOf(a, dims).localeCompare(keyOf(b, dims)));
  const table = protectTable(input, dims, k);
  const published = (cells: readonly ProtectedCell[], names: readonly string[]): PublishedCell[] => cells.map((cell) => {
    const out = {} as PublishedCell;
    for (const d of names) out[d] = (cell[d] ?? null) as string | null;
    out.count = cell.count;
    return out;
  });
  const result: PublishedTableWithMargins = { cells: dims.length === 0 ? [] : published(table.cells, dims), total: table.total };
  if (margins && table.rowTotals && table.columnTotals) {
    result.rowTotals = published(table.rowTotals, [dims[0]]);
    result.columnTotals = published(table.columnTotals, [dims[1]]);
  }
  return result;
}

function keyOf(cell: Record<string, unknown>, dims: readonly string[]): string {
  return dims.map((d) => String(cell[d] ?? '')).join('\u0000');
}

/** The published count of the cell whose dimension values match `match`; a table without the cell counted none (published as 0 is). */
export function cellCount(table: PublishedTable, match: Record<string, string | null>, k: number): Count {
  const cell = table.cells.find((c) => Object.entries(match).every(([d, v]) => (c[d] ?? null) === v));
  return cell ? cell.count : protectCount(0, k);
}

/** A rate of two PUBLISHED counts (never of raw ones): null when either is suppressed or the denominator is 0. */
export function publishedRate(count: Count, of: Count, denominator: string, k: number): PublishedRate {
  const rate = typeof count === 'number' && typeof of === 'number' ? protectRate(count, of, k) : null;
  return { count, denominator, of, rate: rate === null ? null : Math.round(rate * 1000) / 1000 };
}
