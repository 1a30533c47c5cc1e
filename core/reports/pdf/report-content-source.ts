import type { DbClient } from '../../platform/db.ts';
import { protectCount } from '../disclosure.ts';
import { loadGapGroups } from '../gaps/index.ts';
import type { OverviewView } from '../queries/question-views.ts';
import type { ReferralsView } from '../queries/handoff-views.ts';
import type { PublishedTable } from '../queries/published.ts';
import type { ReportsService, ReportTarget } from '../reports-service.ts';
import { monthKeys, type ReportPeriod } from './half-years.ts';
import type { ReportContent, ReportRow } from './report-content.ts';
import type { ReportDocumentKind } from './report-document-repository.ts';
import type { ReportContentSource, ReportMunicipality } from './report-document-service.ts';
import { themeNamesByKey } from './theme-names-repository.ts';

/**
 * The report's figures, read through the reports service (the dashboard's
 * own views, so the PDF shows exactly the dashboard's published cells:
 * banded, `<5` where suppressed): the overview (per month, theme, language,
 * channel, outcome), the referrals per agency, the total of the period
 * before, and the number of open content-gap groups (core/reports/gaps:
 * groups at least 3 different people asked), published as a count too.
 */
export class ServiceReportContent implements ReportContentSource {
  constructor(private readonly db: DbClient, private readonly reports: Pick<ReportsService, 'view' | 'questions' | 'k'>) {}

  async content(municipality: ReportMunicipality, period: ReportPeriod, kind: ReportDocumentKind, now: Date): Promise<ReportContent> {
    const target: ReportTarget = { ...municipality, kind: 'municipality', scope: 'full' };
    const request = { from: period.from, to: period.to };
    const [overview, referrals, gaps, themeNames] = await Promise.all([
      this.reports.view(target, 'overview', { ...request, granularity: 'month' }),
      this.reports.view(target, 'referrals', request),
      loadGapGroups(this.db, { kind: 'municipality', organizationId: municipality.id }, now),
      themeNamesByKey(this.db),
    ]);
    const previousPeriod = overview.previousPeriod;
    const previous = await this.reports.questions(target, { from: previousPeriod.from, to: previousPeriod.to }, ['channel']);
    const view = overview.data as OverviewView;
    const agencies = (referrals.data as ReferralsView).byAgency;
    const k = overview.k;
    const months = monthKeys(overview.period).map((month): ReportRow => ({
      key: month, count: view.overTime.cells.find((cell) => cell.period === month)?.count ?? protectCount(0, k),
    }));
    return {
      municipality: { slug: municipality.slug, name: municipality.name },
      kind,
      period: overview.period,
      previousPeriod,
      k,
      total: view.total,
      previousTotal: previous.total,
      months,
      themes: rows(view.byTheme, 'theme'),
      languages: rows(view.byLanguage, 'language'),
      channels: rows(view.byChannel, 'channel'),
      outcomes: rows(view.byOutcome, 'outcome'),
      referrals: rows(agencies, 'agency'),
      referralTotal: agencies.total,
      openGapGroups: protectCount(gaps.groups.length, k),
      themeNames,
      generatedAt: now,
    };
  }
}

/** A published one-dimension table as rows (a cell without a value, e.g. no theme, has key `''`). */
function rows(table: PublishedTable, dimension: string): ReportRow[] {
  return table.cells.map((cell) => ({ key: cell[dimension] ?? '', count: cell.count }));
}
