import { useEffect, useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useSession } from '../../shell/session.tsx';
import { useTexts } from '../../shell/texts.ts';
import { chartValue, formatCount, isSuppressed, type Count } from './report-format.ts';
import { REPORT_TEXTS } from './reports-texts.ts';

/** One series of a chart (a bar per row, or a line). */
export interface ChartSeries {
  key: string;
  label: string;
}

/** One row of a view: a category (a theme, a language, a month...) and its counts per series. */
export interface ChartRow {
  key: string;
  label: string;
  /** The label's language, when it is a name in another language (screen readers pronounce it right). */
  lang?: string;
  values: Record<string, Count | null | undefined>;
}

/** A view of the dashboard: the same data drawn as a chart or written as a table. */
export interface ChartModel {
  /** Stable id (element ids, test hooks). */
  id: string;
  title: string;
  /** The header of the category column (Theme, Language, Month...). */
  category: string;
  kind: 'bar' | 'line';
  series: ChartSeries[];
  rows: ChartRow[];
  /** The published total, shown in the table's last row. */
  total?: Count;
  /** The same view as the API exports it (CSV, XLSX). */
  exports?: { csv: string; xlsx: string };
}

/** Colours of the series: each at least 3:1 against white (WCAG 1.4.11), told apart by their legend, not by colour alone. */
const COLOURS = ['#0063b1', '#b34700', '#2e7d32', '#6a1b9a', '#8a0018', '#00695c'];

/** The chart's rows with suppressed counts left out of the drawing (null: no bar, no point). */
function chartData(model: ChartModel): Array<Record<string, string | number | null>> {
  return model.rows.map((row) => {
    const point: Record<string, string | number | null> = { label: row.label };
    for (const s of model.series) point[s.key] = chartValue(row.values[s.key]);
    return point;
  });
}

/** The rows × series that were suppressed, named under the chart ("<5" is never drawn). */
function suppressedCells(model: ChartModel): string[] {
  const names: string[] = [];
  for (const row of model.rows) {
    for (const s of model.series) {
      const value = row.values[s.key];
      if (isSuppressed(value)) names.push(model.series.length > 1 ? `${row.label} (${s.label}): ${value}` : `${row.label}: ${value}`);
    }
  }
  return names;
}

function Drawing({ model }: { model: ChartModel }) {
  const t = useTexts(REPORT_TEXTS);
  const data = chartData(model);
  const common = {
    data,
    responsive: true,
    style: { width: '100%', height: model.kind === 'bar' ? Math.max(180, 36 * model.rows.length + 60) : 280 },
    role: 'img',
    title: model.title,
    desc: t.chartDescription,
    accessibilityLayer: false,
    margin: { top: 8, right: 24, bottom: 8, left: 8 },
  } as const;
  const legend = model.series.length > 1 ? <Legend /> : null;
  if (model.kind === 'line') {
    return (
      <LineChart {...common}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        {legend}
        {model.series.map((s, i) => (
          <Line key={s.key} type="monotone" dataKey={s.key} name={s.label} stroke={COLOURS[i % COLOURS.length]} strokeWidth={2} connectNulls={false} isAnimationActive={false} />
        ))}
      </LineChart>
    );
  }
  return (
    <BarChart {...common} layout="vertical">
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis type="number" allowDecimals={false} />
      <YAxis type="category" dataKey="label" width={170} />
      <Tooltip />
      {legend}
      {model.series.map((s, i) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} fill={COLOURS[i % COLOURS.length]} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}

/** The same rows as a table: every count as published (`<5` as it is). */
export function ChartTable({ model }: { model: ChartModel }) {
  const t = useTexts(REPORT_TEXTS);
  const { language } = useSession();
  return (
    <div className="app-table-wrap">
      <table className="app-table report-table" id={`${model.id}-table`}>
        <caption className="visually-hidden">{model.title}</caption>
        <thead>
          <tr>
            <th scope="col">{model.category}</th>
            {model.series.map((s) => <th scope="col" key={s.key} className="report-number">{s.label}</th>)}
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row" lang={row.lang}>{row.label}</th>
              {model.series.map((s) => <td key={s.key} className="report-number">{formatCount(row.values[s.key], language)}</td>)}
            </tr>
          ))}
        </tbody>
        {model.total !== undefined ? (
          <tfoot>
            <tr>
              <th scope="row">{t.total}</th>
              <td className="report-number" colSpan={Math.max(1, model.series.length)}>{formatCount(model.total, language)}</td>
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}

/** Download links of a view (the API's CSV and XLSX: the same cells and suppression as on screen). */
export function ExportLinks({ title, exports }: { title: string; exports?: { csv: string; xlsx: string } }) {
  const t = useTexts(REPORT_TEXTS);
  if (!exports) return null;
  return (
    <p className="report-exports">
      <a href={exports.csv} download aria-label={t.downloadAs(title, 'CSV')}>CSV</a>
      <a href={exports.xlsx} download aria-label={t.downloadAs(title, 'XLSX')}>XLSX</a>
    </p>
  );
}

/**
 * A view of the dashboard as a chart (recharts, SVG) with a toggle to its
 * table: the same rows and counts, for screen readers, keyboard users and
 * anyone who wants the figures. Suppressed counts (`<5`) are not drawn;
 * they are named under the chart and written in the table.
 */
export function ReportChart({ model, tables }: { model: ChartModel; tables?: boolean }) {
  const t = useTexts(REPORT_TEXTS);
  const [own, setOwn] = useState<boolean | undefined>();
  // The page-wide switch ("every chart as a table") overrides a chart's own choice when it changes.
  useEffect(() => setOwn(undefined), [tables]);
  const asTable = own ?? tables ?? false;
  const headingId = useId();
  const hidden = suppressedCells(model);
  const empty = model.rows.length === 0;
  return (
    <figure className="report-view" id={model.id} aria-labelledby={headingId} data-view={asTable ? 'table' : 'chart'}>
      <div className="report-view-head">
        <h3 id={headingId}>{model.title}</h3>
        <button type="button" className="staff-button staff-button-secondary" aria-pressed={asTable} onClick={() => setOwn(!asTable)} disabled={empty}>
          {t.tableView}
        </button>
      </div>
      {empty ? <p>{t.noData}</p> : asTable ? <ChartTable model={model} /> : (
        <>
          <div className="report-drawing"><Drawing model={model} /></div>
          {hidden.length > 0 ? <p className="app-muted report-suppressed">{t.suppressedNote(hidden.join('; '))}</p> : null}
        </>
      )}
      <ExportLinks title={model.title} exports={model.exports} />
    </figure>
  );
}
