import { AppError } from '../platform/errors.ts';
import { suppressEdges, type TableEdge } from './disclosure-suppression.ts';

/**
 * Disclosure control for every figure a report shows or exports (pure, no
 * database). Three layers, explained in full in the README ("Disclosure
 * control"):
 *
 * 1. Primary suppression: a count below k is published as the string `<k`.
 * 2. Secondary suppression (`protectTable`): within one table with its row,
 *    column and grand totals, more cells are hidden until no hidden figure
 *    can be worked out exactly from the published ones.
 * 3. Banding against differencing between queries (overlapping periods,
 *    nested filters, a total against a filtered total): every published
 *    count is rounded DOWN to a multiple of k, so it stands for a band of k
 *    values (10 means 10 to 14 for k = 5, just as `<5` means 0 to 4). Every
 *    sum or difference of published counts is then a multiple of k, never 1
 *    to k-1, and the true difference of any two of them is only known to
 *    lie in a range of at least k values. The same raw count always gives
 *    the same published count, so asking again teaches nothing.
 *
 * Periods are snapped to whole calendar months (`snapPeriod`), rates and
 * percentiles are computed only from enough people (`protectRate`,
 * `protectQuantile`).
 */

/** The default threshold: counts below it are never shown. A deployment may set another (DeploymentSetting). */
export const DEFAULT_K = 5;

/** A published count: a multiple of k that is at least k, or `<k` (`<5`). */
export type Count = number | `<${number}`;

/** A dimension value of a cell (null where the logs have none, e.g. no theme). */
export type DimensionValue = string | number | null | undefined;

/** A raw count with its dimension values, as a query returns it. */
export interface RawCell {
  [dimension: string]: DimensionValue;
  count: number;
}

/** A published cell (or a row or column total): its dimension values and its protected count. */
export type ProtectedCell = Record<string, DimensionValue> & { count: Count };

/** A protected table: every count banded or `<k`, and no hidden one derivable from the others. */
export interface ProtectedTable {
  /** One per distinct combination of the dimension values in the input, in the input's order. */
  cells: ProtectedCell[];
  /** The grand total. */
  total: Count;
  /** Two dimensions only: the total per value of the first dimension (the rows). */
  rowTotals?: ProtectedCell[];
  /** Two dimensions only: the total per value of the second dimension (the columns). */
  columnTotals?: ProtectedCell[];
}

/** A rate that may be shown: from the published (banded) counts. */
export type Rate = number;

/** Throws VALIDATION_FAILED unless k is a whole number of at least 2. */
export function checkK(k: number): number {
  if (!Number.isInteger(k) || k < 2) throw new AppError('VALIDATION_FAILED', { details: `the disclosure threshold k must be a whole number of at least 2, not ${k}` });
  return k;
}

/** The string a hidden count is published as: `<5` for k = 5. */
export function suppressedCount(k: number = DEFAULT_K): `<${number}` {
  return `<${checkK(k)}`;
}

/** True for a hidden count (`<k`). */
export function isSuppressed(count: Count): count is `<${number}` {
  return typeof count === 'string';
}

/**
 * The band a raw count falls in: the largest multiple of k not above it
 * (12 -> 10 for k = 5). Idempotent, so banding a published count again
 * changes nothing.
 */
export function band(n: number, k: number = DEFAULT_K): number {
  return Math.floor(n / k) * k;
}

/**
 * One count on its own (a total, a figure outside any table): `<k` below k,
 * otherwise its band (at least k). Zero is `<k` too: a report never shows a
 * count it could not show as a band.
 */
export function protectCount(n: number, k: number = DEFAULT_K): Count {
  checkK(k);
  if (!Number.isFinite(n) || n < 0) throw new AppError('VALIDATION_FAILED', { details: `a count must be a number of at least 0, not ${n}` });
  return n < k ? suppressedCount(k) : band(n, k);
}

/**
 * A share of two counts (helpful answers of rated ones, one funnel step of
 * the previous one, handoffs outside office hours of all handoffs): null
 * when either count is below k, otherwise the ratio of their BANDS, so the
 * rate tells nothing beyond the two published counts (an exact ratio next
 * to a published denominator would give the exact numerator away). A
 * fraction 0..1 (1 at most, also when the numerator's band reaches the
 * denominator's). Passing counts that were already published is fine.
 */
export function protectRate(numerator: number, denominator: number, k: number = DEFAULT_K): Rate | null {
  checkK(k);
  if (!(numerator >= k) || !(denominator >= k)) return null;
  return Math.min(1, band(numerator, k) / band(denominator, k));
}

/**
 * A percentile (the median waiting time, the 90th percentile of handling
 * time) over `n` values: shown only when at least k values lie on each side
 * of it (n·q ≥ k and n·(1−q) ≥ k), so it is never one person's own value
 * picked out of a small group; otherwise null. The median thus needs 2k
 * values, the 90th percentile 10k.
 */
export function protectQuantile(value: number | null, n: number, q: number, k: number = DEFAULT_K): number | null {
  checkK(k);
  if (value === null || !(q > 0 && q < 1)) return null;
  const below = Math.round(n * q * 1e6) / 1e6;
  return below >= k && n - below >= k ? value : null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(text: string, name: string): { year: number; month: number } {
  const match = DATE.exec(text);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!match || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new AppError('VALIDATION_FAILED', { details: `${name} must be a date YYYY-MM-DD, not "${text}"` });
  }
  return { year, month };
}

function day(year: number, month: number, dayOfMonth: number): string {
  return new Date(Date.UTC(year, month - 1, dayOfMonth)).toISOString().slice(0, 10);
}

/**
 * Widens a requested period (inclusive, YYYY-MM-DD) to whole calendar
 * months: from the first day of `from`'s month to the last day of `to`'s
 * month. A report can then never isolate a few days. VALIDATION_FAILED for
 * a malformed date or `from` after `to`.
 */
export function snapPeriod(from: string, to: string): { from: string; to: string } {
  const start = parseDay(from, 'from');
  const end = parseDay(to, 'to');
  if (from > to) throw new AppError('VALIDATION_FAILED', { details: `the period starts (${from}) after it ends (${to})` });
  return { from: day(start.year, start.month, 1), to: day(end.year, end.month + 1, 0) };
}

/** Cells with the same dimension values merged, in order of first appearance. */
function mergeCells(cells: readonly RawCell[], dims: readonly string[]): Array<{ values: DimensionValue[]; count: number }> {
  const merged = new Map<string, { values: DimensionValue[]; count: number }>();
  for (const cell of cells) {
    if (!Number.isInteger(cell.count) || cell.count < 0) throw new AppError('VALIDATION_FAILED', { details: `a count must be a whole number of at least 0, not ${cell.count}` });
    const values = dims.map((d) => cell[d] ?? null);
    const key = JSON.stringify(values);
    const entry = merged.get(key);
    if (entry) entry.count += cell.count;
    else merged.set(key, { values, count: cell.count });
  }
  return [...merged.values()];
}

function labelled(dims: readonly string[], values: readonly DimensionValue[], count: Count): ProtectedCell {
  const cell = {} as ProtectedCell;
  dims.forEach((d, i) => { cell[d] = values[i]; });
  cell.count = count;
  return cell;
}

/** Distinct values in order of first appearance, with each one's position. */
function positions(values: readonly DimensionValue[]): { list: DimensionValue[]; index: Map<string, number> } {
  const index = new Map<string, number>();
  const list: DimensionValue[] = [];
  for (const v of values) {
    const key = JSON.stringify(v);
    if (!index.has(key)) { index.set(key, list.length); list.push(v); }
  }
  return { list, index };
}

/**
 * Protects a table of raw cells over `dims` (zero, one, two or more
 * dimensions) with its totals: primary suppression (below k), secondary
 * suppression (no hidden cell or total can be worked out from the published
 * ones: see disclosure-suppression.ts), and every published count banded to
 * a multiple of k. Published with it: the grand total, and for two
 * dimensions the row totals (per value of dims[0]) and column totals (per
 * value of dims[1]). Hidden cells, whether below k or hidden to protect
 * another, are all `<k`, so no one can tell which is which. Cells with the
 * same dimension values are merged; a combination absent from the input is
 * a structural zero and is not listed.
 */
export function protectTable(cells: RawCell[], dims: readonly string[], k: number = DEFAULT_K): ProtectedTable {
  checkK(k);
  const merged = mergeCells(cells, dims);
  const totalValue = merged.reduce((sum, c) => sum + c.count, 0);
  const show = (value: number, hidden: boolean): Count => (hidden ? suppressedCount(k) : band(value, k));
  if (merged.length === 0) return dims.length === 2 ? { cells: [], total: suppressedCount(k), rowTotals: [], columnTotals: [] } : { cells: [], total: suppressedCount(k) };
  if (dims.length === 0) {
    const total = show(totalValue, totalValue < k);
    return { cells: [labelled(dims, [], total)], total };
  }
  if (dims.length !== 2) {
    // Flat: the total and every cell join the same two nodes (total = sum of cells).
    const edges: TableEdge[] = [{ a: 1, b: 0, value: totalValue }, ...merged.map((c) => ({ a: 0, b: 1, value: c.count }))];
    const hidden = suppressEdges(edges, 2, k);
    return {
      cells: merged.map((c, i) => labelled(dims, c.values, show(c.count, hidden[i + 1]))),
      total: show(totalValue, hidden[0]),
    };
  }
  // Two dimensions: nodes in (0), out (1), rows (2..), columns (after the rows).
  const rows = positions(merged.map((c) => c.values[0]));
  const columns = positions(merged.map((c) => c.values[1]));
  const rowNode = (r: number) => 2 + r;
  const columnNode = (c: number) => 2 + rows.list.length + c;
  const rowSums = new Array<number>(rows.list.length).fill(0);
  const columnSums = new Array<number>(columns.list.length).fill(0);
  const cellEdges: TableEdge[] = merged.map((cell) => {
    const r = rows.index.get(JSON.stringify(cell.values[0]))!;
    const c = columns.index.get(JSON.stringify(cell.values[1]))!;
    rowSums[r] += cell.count;
    columnSums[c] += cell.count;
    return { a: rowNode(r), b: columnNode(c), value: cell.count };
  });
  const edges: TableEdge[] = [
    { a: 0, b: 1, value: totalValue },
    ...rowSums.map((value, r) => ({ a: 1, b: rowNode(r), value })),
    ...columnSums.map((value, c) => ({ a: columnNode(c), b: 0, value })),
    ...cellEdges,
  ];
  const hidden = suppressEdges(edges, 2 + rows.list.length + columns.list.length, k);
  const firstColumn = 1 + rows.list.length;
  const firstCell = firstColumn + columns.list.length;
  return {
    cells: merged.map((c, i) => labelled(dims, c.values, show(c.count, hidden[firstCell + i]))),
    total: show(totalValue, hidden[0]),
    rowTotals: rows.list.map((v, r) => labelled([dims[0]], [v], show(rowSums[r], hidden[1 + r]))),
    columnTotals: columns.list.map((v, c) => labelled([dims[1]], [v], show(columnSums[c], hidden[firstColumn + c]))),
  };
}
