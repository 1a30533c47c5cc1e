import { ErrorAlert, Loading } from '../../components/alerts.tsx';
import { Section } from '../../components/page.tsx';
import { useTexts } from '../../shell/texts.ts';
import { ChartTable, ExportLinks, ReportChart } from './report-chart.tsx';
import type { ReportFilters } from './report-filters.ts';
import { breakdownModel, useValueLabel } from './report-labels.ts';
import { WeakTilesTable } from './report-outcomes.tsx';
import { exportsOf, reportPaths, type NationalTilesReport } from './reports-api.ts';
import { REPORT_TEXTS } from './reports-texts.ts';
import { useReportView } from './use-report-view.ts';

/**
 * The national editor's view of the national tiles, across every
 * municipality: how often each was shown, the weakest per language, and what
 * is missing (unanswered questions per language and theme).
 */
export function NationalTiles({ slug, filters, tables }: { slug: string; filters: ReportFilters; tables: boolean }) {
  const t = useTexts(REPORT_TEXTS);
  const label = useValueLabel();
  const path = reportPaths.nationalTiles(slug, filters);
  const report = useReportView<NationalTilesReport>(path);
  const exports = exportsOf(path);
  let content;
  if (report.error) content = <ErrorAlert error={report.error} />;
  else if (!report.envelope) content = <Loading />;
  else if (!report.data) content = <p>{t.noData}</p>;
  else {
    const asked = breakdownModel({
      id: 'report-national-asked', title: t.nationalAsked, category: t.tile, seriesLabel: t.shows, dimension: 'tile', report: report.data.asked, label, exports,
    });
    const missing = {
      id: 'report-national-missing', title: t.nationalMissing, category: t.language, kind: 'bar' as const,
      series: [{ key: 'count', label: t.questions }],
      rows: report.data.missing.cells.map((c) => ({
        key: `${c.language ?? ''}:${c.theme ?? ''}`, label: `${label('language', c.language)} – ${label('theme', c.theme)}`, values: { count: c.count },
      })),
      total: report.data.missing.total,
    };
    content = (
      <>
        <ReportChart model={asked} tables={tables} />
        <h3>{t.nationalWeak}</h3>
        <WeakTilesTable report={report.data.weak} id="report-national-weak" />
        <h3>{t.nationalMissing}</h3>
        {missing.rows.length === 0 ? <p>{t.noData}</p> : <ChartTable model={missing} />}
        <ExportLinks title={t.nationalTiles} exports={exports} />
      </>
    );
  }
  return <Section title={t.nationalTiles} id="report-national-tiles">{content}</Section>;
}
