import { ErrorAlert, Loading } from '../../components/alerts.tsx';
import { Section } from '../../components/page.tsx';
import { useSession } from '../../shell/session.tsx';
import { useTexts } from '../../shell/texts.ts';
import { ExportLinks, ReportChart } from './report-chart.tsx';
import type { ReportFilters } from './report-filters.ts';
import { formatCount, formatMinutes, formatRate, type Count } from './report-format.ts';
import { breakdownModel, useValueLabel } from './report-labels.ts';
import {
  exportsOf, reportPaths, type FunnelReport, type HandoffsReport, type Rate, type ReferralsReport, type WeakTilesReport,
} from './reports-api.ts';
import { REPORT_TEXTS } from './reports-texts.ts';
import { useReportView } from './use-report-view.ts';

/** A rate cell: the percentage with its denominator next to it ("62% of 140"). */
function RateCell({ rate }: { rate: Rate }) {
  const t = useTexts(REPORT_TEXTS);
  const { language } = useSession();
  return <td className="report-number">{formatRate(rate.rate, rate.of, language, t.of)}</td>;
}

/** Per theme: answered → helpful → handed off → unresolved, each rate with its denominator. */
function Funnel({ slug, filters, unit }: { slug: string; filters: ReportFilters; unit?: string }) {
  const t = useTexts(REPORT_TEXTS);
  const { language } = useSession();
  const label = useValueLabel();
  const path = reportPaths.funnel(slug, filters);
  const report = useReportView<FunnelReport>(path, unit);
  if (report.error) return <ErrorAlert error={report.error} />;
  if (!report.envelope) return <Loading />;
  if (!report.data) return <p>{t.noData}</p>;
  return (
    <>
      <p>{t.funnelLead}</p>
      {report.data.themes.length === 0 ? <p>{t.noData}</p> : (
        <div className="app-table-wrap">
          <table className="app-table report-table" id="report-funnel">
            <caption className="visually-hidden">{t.funnel}</caption>
            <thead>
              <tr>
                <th scope="col">{t.theme}</th>
                <th scope="col" className="report-number">{t.questions}</th>
                <th scope="col" className="report-number">{t.answered}</th>
                <th scope="col" className="report-number">{t.helpful}</th>
                <th scope="col" className="report-number">{t.handedOff}</th>
                <th scope="col" className="report-number">{t.unresolved}</th>
              </tr>
            </thead>
            <tbody>
              {report.data.themes.map((row) => (
                <tr key={row.theme ?? ''} data-row={row.theme ?? ''}>
                  <th scope="row">{label('theme', row.theme)}</th>
                  <td className="report-number">{formatCount(row.questions, language)}</td>
                  <RateCell rate={row.answered} />
                  <RateCell rate={row.helpful} />
                  <RateCell rate={row.handedOff} />
                  <RateCell rate={row.unresolved} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ExportLinks title={t.funnel} exports={exportsOf(path)} />
    </>
  );
}

/** Waiting time (median, p90), handling time and the share outside office hours. */
function Handoffs({ slug, filters, unit }: { slug: string; filters: ReportFilters; unit?: string }) {
  const t = useTexts(REPORT_TEXTS);
  const { language } = useSession();
  const path = reportPaths.handoffs(slug, filters);
  const report = useReportView<HandoffsReport>(path, unit);
  if (report.error) return <ErrorAlert error={report.error} />;
  if (!report.envelope) return <Loading />;
  if (!report.data) return <p>{t.noData}</p>;
  const h = report.data;
  /** Minutes with the number of handoffs they are over ("12 min, of 19"). */
  const minutesOf = (value: number | null, of: Count) => `${formatMinutes(value, language)} ${t.of(formatCount(of, language))}`;
  const rows: Array<[string, string]> = [
    [t.handoffCount, formatCount(h.count, language)],
    [t.waitingMedian, minutesOf(h.waitingMinutes.median, h.waitingMinutes.of)],
    [t.waitingP90, minutesOf(h.waitingMinutes.p90, h.waitingMinutes.of)],
    [t.handling, minutesOf(h.handlingMinutes.median, h.handlingMinutes.of)],
    [t.outsideHours, formatRate(h.outsideHours.rate, h.outsideHours.of, language, t.of)],
  ];
  return (
    <>
      <div className="app-table-wrap">
        <table className="app-table report-table" id="report-handoffs">
          <caption className="visually-hidden">{t.handoffs}</caption>
          <thead><tr><th scope="col">{t.measure}</th><th scope="col" className="report-number">{t.value}</th></tr></thead>
          <tbody>
            {rows.map(([name, value]) => <tr key={name}><th scope="row">{name}</th><td className="report-number">{value}</td></tr>)}
          </tbody>
        </table>
      </div>
      {rows.some(([, value]) => value.startsWith('–')) ? <p className="app-muted report-suppressed">{t.notPublished}</p> : null}
      <ExportLinks title={t.handoffs} exports={exportsOf(path)} />
    </>
  );
}

/** Referrals per agency, kind of employment and kind of housing (from the workers' closing notes). */
function Referrals({ slug, filters, tables, unit }: { slug: string; filters: ReportFilters; tables: boolean; unit?: string }) {
  const t = useTexts(REPORT_TEXTS);
  const label = useValueLabel();
  const path = reportPaths.referrals(slug, filters);
  const report = useReportView<ReferralsReport>(path, unit);
  if (report.error) return <ErrorAlert error={report.error} />;
  if (!report.envelope) return <Loading />;
  if (!report.data) return <p>{t.noData}</p>;
  const exports = exportsOf(path);
  const views = [
    { id: 'report-agency', title: t.byAgency, category: t.agency, dimension: 'agency', report: report.data.byAgency },
    { id: 'report-employment', title: t.byEmployment, category: t.employmentType, dimension: 'employmentType', report: report.data.byEmploymentType },
    { id: 'report-housing', title: t.byHousing, category: t.housingType, dimension: 'housingType', report: report.data.byHousingType },
  ];
  return (
    <div className="report-grid">
      {views.map((v) => (
        <ReportChart key={v.id} tables={tables} model={breakdownModel({ ...v, seriesLabel: t.handoffCount, label, exports })} />
      ))}
    </div>
  );
}

/** The tiles with the lowest helpful rate per language (a sign of a weak translation). */
function WeakTiles({ slug, filters, unit }: { slug: string; filters: ReportFilters; unit?: string }) {
  const t = useTexts(REPORT_TEXTS);
  const path = reportPaths.weakTiles(slug, filters);
  const report = useReportView<WeakTilesReport>(path, unit);
  if (report.error) return <ErrorAlert error={report.error} />;
  if (!report.envelope) return <Loading />;
  if (!report.data) return <p>{t.noData}</p>;
  return (
    <>
      <p>{t.weakTilesLead}</p>
      <WeakTilesTable report={report.data} id="report-weak-tiles" />
      <ExportLinks title={t.weakTiles} exports={exportsOf(path)} />
    </>
  );
}

/** Per language (a row group each), the tiles with their helpful rate and the number of rated answers next to it. */
export function WeakTilesTable({ report, id }: { report: WeakTilesReport; id: string }) {
  const t = useTexts(REPORT_TEXTS);
  const { language } = useSession();
  const label = useValueLabel();
  if (report.languages.length === 0) return <p>{t.noData}</p>;
  return (
    <div className="app-table-wrap">
      <table className="app-table report-table" id={id}>
        <caption className="visually-hidden">{t.weakTiles}</caption>
        <thead>
          <tr><th scope="col">{t.tile}</th><th scope="col" className="report-number">{t.helpfulRate}</th></tr>
        </thead>
        {report.languages.map((group) => (
          <tbody key={group.language}>
            <tr><th scope="rowgroup" colSpan={2} className="report-rowgroup">{label('language', group.language)}</th></tr>
            {group.tiles.map((tile) => (
              <tr key={tile.tile} data-row={`${group.language}:${tile.tile}`}>
                <th scope="row">{tile.tile}</th>
                <td className="report-number">{formatRate(tile.helpfulRate, tile.rated, language, t.of)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

/** The funnel, weak tiles, handoffs and referrals of the dashboard. */
export function ReportOutcomes({ slug, filters, tables, unit }: { slug: string; filters: ReportFilters; tables: boolean; unit?: string }) {
  const t = useTexts(REPORT_TEXTS);
  return (
    <>
      <Section title={t.funnel} id="report-funnel-section"><Funnel slug={slug} filters={filters} unit={unit} /></Section>
      <Section title={t.weakTiles} id="report-weak-tiles-section"><WeakTiles slug={slug} filters={filters} unit={unit} /></Section>
      <Section title={t.handoffs} id="report-handoffs-section"><Handoffs slug={slug} filters={filters} unit={unit} /></Section>
      <Section title={t.referrals} id="report-referrals-section"><Referrals slug={slug} filters={filters} unit={unit} tables={tables} /></Section>
    </>
  );
}
