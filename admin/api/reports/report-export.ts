import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { ReportPeriod } from '../../../core/reports/queries/report-query.ts';

/**
 * CSV and XLSX of any report view, EQUAL to its JSON: both are written from
 * the rows {@link exportRows} makes of the very object the JSON answer
 * sends, one row per published cell (and per total, per funnel or
 * comparison row, per figure), so they hold the same cells with the same
 * suppression (`<5` stays `<5`) and nothing else.
 *
 * A row: `table` (where in the JSON it comes from: `byTheme`,
 * `byTheme.total`, `themes`, `languages.tiles`...), `municipality` for a
 * region's figures, then the dimension values and figures under their JSON
 * names (nested ones dotted: `answered.rate`). A null value (no theme, a
 * suppressed rate) is an empty cell.
 */

export type ExportValue = string | number | boolean | null;
export type ExportRow = Record<string, ExportValue>;

const isScalar = (v: unknown): v is ExportValue => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A published table: `{ cells: [...], total }`. */
const isTable = (v: unknown): v is { cells: Array<Record<string, unknown>>; total: ExportValue } & Record<string, unknown> =>
  isObject(v) && Array.isArray(v.cells) && 'total' in v;
/** An object of scalars only (a rate with its denominator, a median with its p90): flattened into its parent's row. */
const isLeafObject = (v: unknown): v is Record<string, ExportValue> => isObject(v) && !isTable(v) && Object.values(v).every(isScalar);

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function flatten(value: unknown, path: string, context: ExportRow, out: ExportRow[], inArray: boolean): void {
  if (isTable(value)) {
    const extra: ExportRow = {};
    for (const [key, v] of Object.entries(value)) if (isScalar(v) && key !== 'total') extra[key] = v;
    for (const cell of value.cells) out.push({ table: path, ...context, ...extra, ...scalars(cell) });
    for (const margin of ['rowTotals', 'columnTotals']) {
      const cells = value[margin];
      if (Array.isArray(cells)) for (const cell of cells) out.push({ table: join(path, margin), ...context, ...scalars(cell as Record<string, unknown>) });
    }
    out.push({ table: join(path, 'total'), ...context, ...extra, count: value.total });
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isObject(item)) flatten(item, path, context, out, true);
      else if (isScalar(item)) out.push({ table: path, ...context, value: item });
    }
    return;
  }
  if (!isObject(value)) return;
  const leaves: ExportRow = {};
  const nested: Array<[string, unknown]> = [];
  for (const [key, v] of Object.entries(value)) {
    if (isScalar(v)) leaves[key] = v;
    else if (isLeafObject(v)) for (const [inner, x] of Object.entries(v)) leaves[`${key}.${inner}`] = x;
    else nested.push([key, v]);
  }
  const hasLeaves = Object.keys(leaves).length > 0;
  // An element of a list with lists of its own (a language with its tiles): its values label the inner rows.
  if (inArray && nested.length > 0) {
    for (const [key, v] of nested) flatten(v, join(path, key), { ...context, ...leaves }, out, false);
    return;
  }
  if (hasLeaves) out.push({ table: path, ...context, ...leaves });
  for (const [key, v] of nested) flatten(v, join(path, key), context, out, false);
}

function scalars(cell: Record<string, unknown>): ExportRow {
  const row: ExportRow = {};
  for (const [key, v] of Object.entries(cell)) if (isScalar(v)) row[key] = v;
  return row;
}

/**
 * The rows of a view's JSON answer: its `data` (or, for a region, each
 * municipality's `data` with a `municipality` column), or a plain table
 * (GET .../questions) under `table` = `rootName`.
 */
export function exportRows(answer: unknown, rootName: string): ExportRow[] {
  const out: ExportRow[] = [];
  if (isObject(answer) && Array.isArray(answer.municipalities)) {
    for (const m of answer.municipalities as Array<{ slug: string; data: unknown }>) flatten(m.data, '', { municipality: m.slug }, out, false);
  } else if (isObject(answer) && 'data' in answer) {
    flatten(answer.data, '', {}, out, false);
  } else {
    flatten(answer, rootName, {}, out, false);
  }
  return out.map((row) => ({ ...row, table: row.table === '' ? rootName : row.table }));
}

/** The columns of the rows: `table`, `municipality` when present, then every other in order of first appearance. */
export function exportColumns(rows: readonly ExportRow[]): string[] {
  const seen = new Set<string>(['table']);
  if (rows.some((r) => 'municipality' in r)) seen.add('municipality');
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

/** The rows as CSV (RFC 4180, CRLF, a header line; cells a spreadsheet would run as a formula are escaped). */
export function reportCsv(rows: readonly ExportRow[]): string {
  const columns = exportColumns(rows);
  return stringify(rows.map((row) => columns.map((c) => (row[c] === null || row[c] === undefined ? '' : row[c]))), {
    header: true, columns, escape_formulas: true, record_delimiter: 'windows', cast: { boolean: (v) => (v ? 'true' : 'false') },
  });
}

/** What the XLSX's second sheet says about the report. */
export interface ReportAbout {
  organization: string;
  view: string;
  period: ReportPeriod;
  previousPeriod?: ReportPeriod;
  k: number;
  filters: Record<string, string | undefined>;
}

/**
 * The rows as an XLSX workbook (exceljs): sheet `report` holds exactly the
 * CSV's header and rows (numbers as numbers, `<5` as text, null as an empty
 * cell); sheet `about` names the organization, view, period, k and filters.
 */
export async function reportXlsx(rows: readonly ExportRow[], about: ReportAbout): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'migrant info bot';
  const sheet = workbook.addWorksheet('report');
  const columns = exportColumns(rows);
  sheet.addRow(columns);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => (row[c] === undefined ? null : row[c])));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const info = workbook.addWorksheet('about');
  info.addRows([
    ['organization', about.organization],
    ['view', about.view],
    ['from', about.period.from],
    ['to', about.period.to],
    ...(about.previousPeriod ? [['previous from', about.previousPeriod.from], ['previous to', about.previousPeriod.to]] : []),
    ['k', about.k],
    ['counts', `every count is a multiple of ${about.k} (rounded down) or "<${about.k}"`],
    ...Object.entries(about.filters).filter(([, v]) => v !== undefined).map(([key, v]) => [`filter ${key}`, v as string]),
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
