/**
 * The dashboard's filters as they live in the page's URL (`?from=&to=&channel=
 * &language=&theme=&entry=`), so a view can be bookmarked and shared, and as
 * the reports API takes them. Pure: no React, no fetch.
 */

/** The dimensions the API can break questions down by (`by=`). */
export const DIMENSIONS = ['theme', 'language', 'channel', 'entry', 'outcome'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The dimensions a view can be filtered by (outcome is not a filter). */
export const FILTER_DIMENSIONS = ['channel', 'language', 'theme', 'entry'] as const;
export type FilterDimension = (typeof FILTER_DIMENSIONS)[number];

/** A period (inclusive days, `YYYY-MM-DD`) and the optional filters; '' = all. */
export interface ReportFilters {
  from: string;
  to: string;
  channel: string;
  language: string;
  theme: string;
  entry: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The default period: the last six whole calendar months up to and including
 * the current one (the API snaps every period to whole months anyway).
 */
export function defaultPeriod(now: Date = new Date()): { from: string; to: string } {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 5, 1));
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 0));
  return { from: iso(from), to: iso(to) };
}

/** The half-year a day falls in: 1 January–30 June or 1 July–31 December. */
export function halfYearOf(day: string): { from: string; to: string } {
  const [year, month] = day.split('-').map(Number);
  return month <= 6 ? { from: `${year}-01-01`, to: `${year}-06-30` } : { from: `${year}-07-01`, to: `${year}-12-31` };
}

/** The last whole half-year before `now` (the one the scheduled PDF covers). */
export function previousHalfYear(now: Date = new Date()): { from: string; to: string } {
  const year = now.getUTCFullYear();
  return now.getUTCMonth() < 6 ? { from: `${year - 1}-07-01`, to: `${year - 1}-12-31` } : { from: `${year}-01-01`, to: `${year}-06-30` };
}

/** The filters of a page URL's search string; a missing or malformed date takes the default period's. */
export function filtersFromSearch(search: URLSearchParams, now: Date = new Date()): ReportFilters {
  const period = defaultPeriod(now);
  const date = (name: 'from' | 'to') => {
    const value = search.get(name) ?? '';
    return DATE.test(value) ? value : period[name];
  };
  const text = (name: FilterDimension) => search.get(name) ?? '';
  return { from: date('from'), to: date('to'), channel: text('channel'), language: text('language'), theme: text('theme'), entry: text('entry') };
}

/** The search parameters of a set of filters (empty filters left out), for the page URL and the API. */
export function filtersToSearch(filters: ReportFilters, extra: Record<string, string | undefined> = {}): URLSearchParams {
  const params = new URLSearchParams();
  params.set('from', filters.from);
  params.set('to', filters.to);
  for (const name of FILTER_DIMENSIONS) if (filters[name]) params.set(name, filters[name]);
  for (const [name, value] of Object.entries(extra)) if (value) params.set(name, value);
  return params;
}

/** Any filter besides the period is set. */
export function isFiltered(filters: ReportFilters): boolean {
  return FILTER_DIMENSIONS.some((name) => filters[name] !== '');
}
