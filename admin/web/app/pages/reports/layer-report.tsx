import { ErrorAlert, Loading } from '../../components/alerts.tsx';
import { Section } from '../../components/page.tsx';
import { useSession } from '../../shell/session.tsx';
import { useTexts } from '../../shell/texts.ts';
import { ReportChart, type ChartModel } from './report-chart.tsx';
import type { ReportFilters } from './report-filters.ts';
import { breakdownModel, monthLabel, useValueLabel } from './report-labels.ts';
import { exportsOf, reportPaths, type LayerReport as LayerReportData } from './reports-api.ts';
import { REPORT_TEXTS } from './reports-texts.ts';
import { useReportView } from './use-report-view.ts';

/**
 * What an employer's or housing provider's staff see: how often their own
 * tiles were shown and how many chats started through their own codes.
 * Never the themes, outcomes or handoffs of the people who came in through
 * them (the API does not send them; this view has no place for them).
 */
export function LayerReport({ slug, filters, tables }: { slug: string; filters: ReportFilters; tables: boolean }) {
  const t = useTexts(REPORT_TEXTS);
  const { language } = useSession();
  const label = useValueLabel();
  const path = reportPaths.layer(slug, filters);
  const report = useReportView<LayerReportData>(path);
  if (report.error) return <ErrorAlert error={report.error} />;
  if (!report.envelope) return <Loading />;
  if (!report.data) return <p>{t.noData}</p>;
  const exports = exportsOf(path);
  const tiles = breakdownModel({
    id: 'report-tile-shows', title: t.tileShows, category: t.tile, seriesLabel: t.shows, dimension: 'tile', report: report.data.tileShows, label, exports,
  });
  const chats: ChartModel = {
    id: 'report-code-chats', title: t.chatsByCode, category: t.month, kind: 'bar', series: [{ key: 'count', label: t.chats }],
    rows: report.data.chatsStarted.cells.map((c) => ({ key: String(c.month), label: monthLabel(String(c.month), language), values: { count: c.count } })),
    total: report.data.chatsStarted.total, exports,
  };
  return (
    <Section title={t.layerTitle} id="report-layer">
      <p>{t.layerLead}</p>
      <div className="report-grid">
        <ReportChart model={tiles} tables={tables} />
        <ReportChart model={chats} tables={tables} />
      </div>
    </Section>
  );
}
