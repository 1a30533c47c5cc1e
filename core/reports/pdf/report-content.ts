import type { ReportPeriod } from './half-years.ts';

/**
 * What a report document shows: only protected figures (core/reports
 * disclosure), each a whole number of at least k or the string `<k`. The
 * renderer prints them as they are; no count is computed from them, except
 * the change in the total, a percentage of two published totals.
 */

/** A published count: a number (at least k) or `<k`. */
export type PublishedCount = number | `<${number}`;

/** One bar of a chart, one row of a table. */
export interface ReportRow {
  /** A theme key (`''` for questions without a theme), language code, channel, month (`YYYY-MM`), outcome or agency name. */
  key: string;
  count: PublishedCount;
}

/** The report's data, as the PDF shows it. */
export interface ReportContent {
  municipality: { slug: string; name: string };
  kind: 'half_year' | 'on_demand';
  period: ReportPeriod;
  /** The period of the same length just before, for the change. */
  previousPeriod: ReportPeriod;
  /** The disclosure threshold the figures were protected with. */
  k: number;
  total: PublishedCount;
  previousTotal: PublishedCount;
  /** Questions per month of the period, every month present, in order. */
  months: ReportRow[];
  themes: ReportRow[];
  languages: ReportRow[];
  channels: ReportRow[];
  outcomes: ReportRow[];
  /** Handed-off conversations referred to an agency, per agency. */
  referrals: ReportRow[];
  /** All referrals of the period. */
  referralTotal: PublishedCount;
  /** Open groups of content gaps (unanswered or unhelpful questions that at least 3 people asked). */
  openGapGroups: PublishedCount;
  /** Theme display names per report language (themes table; the key when a theme has no name). */
  themeNames: Record<string, { nl?: string; en?: string }>;
  /** When the document was made. */
  generatedAt: Date;
}

/** A count's size for ordering: a suppressed count sorts below every published number. */
export function rank(count: PublishedCount): number {
  return typeof count === 'number' ? count : -1;
}

/** Rows with the largest counts first; ties by key, so a document is reproducible. */
export function largestFirst(rows: readonly ReportRow[]): ReportRow[] {
  return [...rows].sort((a, b) => rank(b.count) - rank(a.count) || a.key.localeCompare(b.key));
}

/** Whether the count is a published number (not suppressed). */
export function isShown(count: PublishedCount): count is number {
  return typeof count === 'number';
}
