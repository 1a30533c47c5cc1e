import { ErrorAlert, Loading } from '../../components/alerts.tsx';
import { Section } from '../../components/page.tsx';
import { useSession } from '../../shell/session.tsx';
import { useTexts } from '../../shell/texts.ts';
import type { ReportFilters } from './report-filters.ts';
import { formatCount } from './report-format.ts';
import { reportPaths, type GapTimesReport } from './reports-api.ts';
import { REPORT_TEXTS } from './reports-texts.ts';
import { useReportView } from './use-report-view.ts';

/**
 * How long content gaps take from the first unanswered question of a group
 * to a published answer (core/reports/gaps gapResolutionDays), shown when
 * the API offers the `gaps` view for the organization.
 */
export function ReportGaps({ slug, filters, unit }: { slug: string; filters: ReportFilters; unit?: string }) {
  const t = useTexts(REPORT_TEXTS);
  const { language } = useSession();
  const report = useReportView<GapTimesReport>(reportPaths.gaps(slug, filters), unit);
  let content;
  if (report.error) content = <ErrorAlert error={report.error} />;
  else if (!report.envelope) content = <Loading />;
  else if (!report.data) content = <p>{t.noData}</p>;
  else {
    const g = report.data;
    const days = g.medianDays === null ? '–' : t.days(new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(g.medianDays));
    content = (
      <div className="app-table-wrap">
        <table className="app-table report-table" id="report-gaps">
          <caption className="visually-hidden">{t.gaps}</caption>
          <thead><tr><th scope="col">{t.measure}</th><th scope="col" className="report-number">{t.value}</th></tr></thead>
          <tbody>
            <tr><th scope="row">{t.gapTime}</th><td className="report-number">{days}</td></tr>
            <tr><th scope="row">{t.gapsAnswered}</th><td className="report-number">{formatCount(g.answered, language)}</td></tr>
            <tr><th scope="row">{t.gapsWaiting}</th><td className="report-number">{formatCount(g.waitingForPublish, language)}</td></tr>
          </tbody>
        </table>
      </div>
    );
  }
  return <Section title={t.gaps} id="report-gaps-section">{content}</Section>;
}
