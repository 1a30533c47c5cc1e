import { ErrorAlert, Loading } from '../../components/alerts.tsx';
import { Section } from '../../components/page.tsx';
import { useSession } from '../../shell/session.tsx';
import { formatDate, useTexts } from '../../shell/texts.ts';
import { ReportChart, type ChartModel } from './report-chart.tsx';
import type { Dimension, ReportFilters } from './report-filters.ts';
import { formatChange, formatCount, type Count } from './report-format.ts';
import { breakdownModel, monthLabel, useValueLabel } from './report-labels.ts';
import { exportsOf, reportPaths, type ChangeRow, type ComparisonReport, type OverviewReport } from './reports-api.ts';
import { REPORT_TEXTS } from './reports-texts.ts';
import { useReportView } from './use-report-view.ts';

const BREAKDOWNS = [
  { dimension: 'theme', table: 'byTheme', title: 'byTheme', category: 'theme' },
  { dimension: 'language', table: 'byLanguage', title: 'byLanguage', category: 'language' },
  { dimension: 'channel', table: 'byChannel', title: 'byChannel', category: 'channel' },
  { dimension: 'entry', table: 'byEntry', title: 'byEntry', category: 'entry' },
  { dimension: 'outcome', table: 'byOutcome', title: 'byOutcome', category: 'outcome' },
] as const satisfies ReadonlyArray<{ dimension: Dimension; table: keyof OverviewReport; title: string; category: string }>;

/**
 * Questions over time and by each dimension: one request (`…/overview`);
 * each breakdown's downloads are the issue's `…/questions?by=<dimension>`,
 * the same protected table.
 */
function Overview({ slug, filters, tables, unit }: { slug: string; filters: ReportFilters; tables: boolean; unit?: string }) {
  const t = useTexts(REPORT_TEXTS);
  const { language } = useSession();
  const label = useValueLabel();
  const path = reportPaths.overview(slug, filters);
  const report = useReportView<OverviewReport>(path, unit);
  if (report.error) return <ErrorAlert error={report.error} />;
  if (!report.envelope) return <Loading />;
  if (!report.data) return <p>{t.noData}</p>;
  const data = report.data;
  const overTime: ChartModel = {
    id: 'report-over-time', title: t.questionsOverTime, category: t.month, kind: 'line',
    series: [{ key: 'count', label: t.questions }],
    rows: data.overTime.cells.map((c) => ({ key: String(c.period), label: monthLabel(String(c.period), language), values: { count: c.count } })),
    total: data.overTime.total, exports: exportsOf(path),
  };
  return (
    <div className="report-grid">
      <ReportChart model={overTime} tables={tables} />
      {BREAKDOWNS.map((b) => (
        <ReportChart key={b.dimension} tables={tables} model={breakdownModel({
          id: `report-by-${b.dimension}`, title: t[b.title], category: t[b.category], seriesLabel: t.questions, dimension: b.dimension,
          report: data[b.table], label, exports: exportsOf(reportPaths.questions(slug, filters, [b.dimension])),
        })} />
      ))}
    </div>
  );
}

const CHANGES = [
  { rows: 'byTheme', dimension: 'theme', name: 'theme' },
  { rows: 'byLanguage', dimension: 'language', name: 'language' },
  { rows: 'byChannel', dimension: 'channel', name: 'channel' },
  { rows: 'byOutcome', dimension: 'outcome', name: 'outcome' },
] as const;

/** The questions of the period against the previous period of the same length: a chart per theme, a table of every dimension. */
function Comparison({ slug, filters, tables, unit }: { slug: string; filters: ReportFilters; tables: boolean; unit?: string }) {
  const t = useTexts(REPORT_TEXTS);
  const { language } = useSession();
  const label = useValueLabel();
  const path = reportPaths.comparison(slug, filters);
  const report = useReportView<ComparisonReport>(path, unit);
  if (report.error) return <ErrorAlert error={report.error} />;
  if (!report.envelope) return <Loading />;
  if (!report.data) return <p>{t.noData}</p>;
  const data = report.data;
  const valueOf = (row: object, dimension: string) => (row as Record<string, string | null>)[dimension] ?? null;
  const model: ChartModel = {
    id: 'report-comparison', title: t.comparisonByTheme, category: t.theme, kind: 'bar',
    series: [{ key: 'current', label: t.current }, { key: 'previous', label: t.previous }],
    rows: data.byTheme.map((c) => ({ key: c.theme ?? '', label: label('theme', c.theme), values: { current: c.current, previous: c.previous } })),
    exports: exportsOf(path),
  };
  const number = (row: { current: Count; previous: Count }) => (
    <>
      <td className="report-number">{formatCount(row.current, language)}</td>
      <td className="report-number">{formatCount(row.previous, language)}</td>
      <td className="report-number">{formatChange(row.current, row.previous, language)}</td>
    </>
  );
  return (
    <>
      <p>{t.comparisonLead(formatDate(report.envelope.previousPeriod.from, language), formatDate(report.envelope.previousPeriod.to, language))}</p>
      <ReportChart model={model} tables={tables} />
      <div className="app-table-wrap">
        <table className="app-table report-table" id="report-change">
          <caption>{t.changeTable}</caption>
          <thead>
            <tr>
              <th scope="col">{t.group}</th><th scope="col" className="report-number">{t.current}</th>
              <th scope="col" className="report-number">{t.previous}</th><th scope="col" className="report-number">{t.change}</th>
            </tr>
          </thead>
          <tbody>
            <tr data-row="total"><th scope="row">{t.total}</th>{number(data.total)}</tr>
          </tbody>
          {CHANGES.map((group) => (
            <tbody key={group.rows}>
              <tr><th scope="rowgroup" colSpan={4} className="report-rowgroup">{t[group.name]}</th></tr>
              {(data[group.rows] as ChangeRow[]).map((row) => {
                const value = valueOf(row, group.dimension);
                return <tr key={value ?? ''} data-row={`${group.dimension}:${value ?? ''}`}><th scope="row">{label(group.dimension, value)}</th>{number(row)}</tr>;
              })}
            </tbody>
          ))}
        </table>
      </div>
    </>
  );
}

/** Questions over time, by theme, language, channel, entry point and outcome, and the change against the previous period. */
export function ReportOverview({ slug, filters, tables, unit }: { slug: string; filters: ReportFilters; tables: boolean; unit?: string }) {
  const t = useTexts(REPORT_TEXTS);
  return (
    <>
      <Section title={t.overview} id="report-overview">
        <Overview slug={slug} filters={filters} unit={unit} tables={tables} />
      </Section>
      <Section title={t.comparison} id="report-comparison-section">
        <Comparison slug={slug} filters={filters} unit={unit} tables={tables} />
      </Section>
    </>
  );
}
