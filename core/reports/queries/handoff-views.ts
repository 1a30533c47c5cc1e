import { protectCount, protectQuantile, type Count } from '../disclosure.ts';
import { publishTable, publishedRate, type PublishedRate, type PublishedTable, type ViewContext } from './published.ts';
import { countHandoffs, handoffTimes } from './handoff-figures.ts';

/**
 * The dashboard's handoff views, from handoff_records (one row per closed
 * handed-off conversation): waiting and handling times, the share outside
 * office hours, and the referrals per agency, employment and housing type.
 * Counts go through core/reports/disclosure; a median or 90th percentile is
 * published only with at least k handoffs on each side of it (protectQuantile:
 * never one person's own waiting time picked out of a small group).
 */

/** A duration's median and 90th percentile in whole minutes, with the number of handoffs it is over. */
export interface PublishedMinutes {
  median: number | null;
  p90: number | null;
  /** Handoffs with this duration recorded (published count). */
  of: Count;
}

export interface HandoffsView {
  /** Closed handed-off conversations. */
  count: Count;
  waitingMinutes: PublishedMinutes;
  handlingMinutes: PublishedMinutes;
  /** Handoffs outside the inbox's office hours, a share of all handoffs. */
  outsideHours: PublishedRate;
  byOutcome: PublishedTable;
  byReason: PublishedTable;
  byChannel: PublishedTable;
}

/** Median and p90 shown only with at least k handoffs on each side of them (core/reports/disclosure protectQuantile). */
function minutes(n: number, median: number | null, p90: number | null, k: number): PublishedMinutes {
  return { median: protectQuantile(median, n, 0.5, k), p90: protectQuantile(p90, n, 0.9, k), of: protectCount(n, k) };
}

/** Handoff counts and times of the rows in `ctx.where` (the theme filter does not apply to handoffs). */
export async function handoffsView(ctx: ViewContext): Promise<HandoffsView> {
  const { db, where, k } = ctx;
  const [times, byOutcome, byReason, byChannel] = await Promise.all([
    handoffTimes(db, where),
    countHandoffs(db, where, ['outcome']),
    countHandoffs(db, where, ['reason']),
    countHandoffs(db, where, ['channel']),
  ]);
  const outcomes = publishTable(byOutcome, ['outcome'], k);
  const hours = publishTable([
    { hours: 'outside', count: times.outsideHours },
    { hours: 'inside', count: times.count - times.outsideHours },
  ].filter((c) => c.count > 0), ['hours'], k);
  const outsideCount = hours.cells.find((c) => c.hours === 'outside')?.count ?? protectCount(0, k);
  return {
    count: outcomes.total,
    waitingMinutes: minutes(times.waiting.n, times.waiting.median, times.waiting.p90, k),
    handlingMinutes: minutes(times.handling.n, times.handling.median, times.handling.p90, k),
    outsideHours: publishedRate(outsideCount, hours.total, 'handoffs', k),
    byOutcome: outcomes,
    byReason: publishTable(byReason, ['reason'], k),
    byChannel: publishTable(byChannel, ['channel'], k),
  };
}

export interface ReferralsView {
  /** Handoffs the worker referred to an agency, per agency (only those with an agency recorded). */
  byAgency: PublishedTable;
  /** All handoffs per employment type (`agency`, `direct`, `self_employed`; null: not recorded). */
  byEmploymentType: PublishedTable;
  /** All handoffs per housing type (`employer`, `private_rent`, `other`; null: not recorded). */
  byHousingType: PublishedTable;
}

/** Referrals per agency, employment type and housing type. */
export async function referralsView(ctx: ViewContext): Promise<ReferralsView> {
  const { db, where, k } = ctx;
  const [agency, employment, housing] = await Promise.all([
    countHandoffs(db, where, ['agency']),
    countHandoffs(db, where, ['employmentType']),
    countHandoffs(db, where, ['housingType']),
  ]);
  return {
    byAgency: publishTable(agency.filter((c) => c.agency !== null && c.agency !== undefined), ['agency'], k),
    byEmploymentType: publishTable(employment, ['employmentType'], k),
    byHousingType: publishTable(housing, ['housingType'], k),
  };
}
