/**
 * The reports API (admin/api/reports) as the dashboard reads it: the paths
 * of its views with the page's filters, their CSV and XLSX exports (the same
 * path with `format=`), and the half-year PDFs. Every count arrives already
 * protected (a number ≥ k or the marker `"<5"`); the page never computes a
 * count of its own from them.
 */
import type { Count } from './report-format.ts';
import { filtersToSearch, type Dimension, type ReportFilters } from './report-filters.ts';

export type { Count };

/** One cell of a breakdown: its dimension values and the protected count. */
export interface Cell {
  [dimension: string]: string | number | null | undefined;
  count: Count;
}

/** `GET /api/reports/:slug/questions?by=…`: the exact shape. */
export interface QuestionsReport {
  cells: Cell[];
  total: Count;
}

/** A published rate: count / of (0…1, null when either is suppressed), with what it is a share of. */
export interface Rate {
  count: Count;
  /** What the rate is a share of: `questions`, `rated`, `handoffs`. */
  denominator: string;
  /** The denominator's published count, written next to the rate. */
  of: Count;
  rate: number | null;
}

const seg = encodeURIComponent;

/** `?from=…&to=…[&channel=…]…[&extra…]`. */
function search(filters: ReportFilters, extra: Record<string, string | undefined> = {}): string {
  return `?${filtersToSearch(filters, extra).toString()}`;
}

/** The API paths of the dashboard's views. */
export const reportPaths = {
  organizations: () => '/api/reports',
  about: (slug: string) => `/api/reports/${seg(slug)}`,
  questions: (slug: string, filters: ReportFilters, by: readonly Dimension[]) =>
    `/api/reports/${seg(slug)}/questions${search(filters, { by: by.join(',') })}`,
  overview: (slug: string, filters: ReportFilters) => `/api/reports/${seg(slug)}/overview${search(filters, { granularity: 'month' })}`,
  funnel: (slug: string, filters: ReportFilters) => `/api/reports/${seg(slug)}/funnel${search(filters)}`,
  handoffs: (slug: string, filters: ReportFilters) => `/api/reports/${seg(slug)}/handoffs${search(filters)}`,
  referrals: (slug: string, filters: ReportFilters) => `/api/reports/${seg(slug)}/referrals${search(filters)}`,
  weakTiles: (slug: string, filters: ReportFilters) => `/api/reports/${seg(slug)}/weak-tiles${search(filters)}`,
  comparison: (slug: string, filters: ReportFilters) => `/api/reports/${seg(slug)}/comparison${search(filters)}`,
  nationalTiles: (slug: string, filters: ReportFilters) => `/api/reports/${seg(slug)}/national-tiles${search(filters)}`,
  gaps: (slug: string, filters: ReportFilters) => `/api/reports/${seg(slug)}/gaps${search(filters)}`,
  layer: (slug: string, filters: ReportFilters) => `/api/reports/${seg(slug)}/layer${search(filters)}`,
  documents: (slug: string) => `/api/reports/${seg(slug)}/documents`,
} as const;

/** The same view as a file: the API answers `format=csv|xlsx` on every view path. */
export function exportsOf(path: string): { csv: string; xlsx: string } {
  const join = path.includes('?') ? '&' : '?';
  return { csv: `${path}${join}format=csv`, xlsx: `${path}${join}format=xlsx` };
}

/** The dashboard's own page (for <Link to> and the organization picker). */
export const reportPages = {
  dashboard: (slug?: string) => (slug ? `/reports/${seg(slug)}` : '/reports'),
} as const;

/** `GET /api/reports`: an organization whose reports the caller may read. */
export interface ReportableOrganization {
  slug: string;
  name: string;
  kind: string;
  /** `full`: every view; `layer_only`: an employer's or housing provider's own layer view. */
  scope: 'full' | 'layer_only';
  views: string[];
}

/** `GET /api/reports/:slug`: what the caller may read of the organization (a region: its municipalities). */
export interface ReportAbout {
  organization: { slug: string; name: string; kind: string };
  scope: 'full' | 'layer_only';
  views: string[];
  k: number;
  dimensions: string[];
  municipalities?: Array<{ slug: string; name: string }>;
}

/** A published table: its cells (dimension values, null where the log has none) and its protected total. */
export interface PublishedTable {
  cells: Cell[];
  total: Count;
}

/** `GET …/overview`: questions over time (cells by `period`: `YYYY-MM`, or a week's Monday) and by every dimension. */
export interface OverviewReport {
  total: Count;
  overTime: PublishedTable & { granularity: 'month' | 'week' };
  byTheme: PublishedTable;
  byLanguage: PublishedTable;
  byChannel: PublishedTable;
  byEntry: PublishedTable;
  byOutcome: PublishedTable;
}

/** One theme's funnel: each step a published count with its rate and the denominator next to it. */
export interface FunnelRow {
  theme: string | null;
  questions: Count;
  answered: Rate;
  helpful: Rate;
  handedOff: Rate;
  unresolved: Rate;
}

/** `GET …/funnel`. */
export interface FunnelReport {
  themes: FunnelRow[];
}

/** A duration's median and 90th percentile in whole minutes (null when over fewer than k handoffs). */
export interface Minutes {
  median: number | null;
  p90: number | null;
  of: Count;
}

/** `GET …/handoffs`: closed handed-off conversations of the period. */
export interface HandoffsReport {
  count: Count;
  waitingMinutes: Minutes;
  handlingMinutes: Minutes;
  outsideHours: Rate;
  byOutcome: PublishedTable;
  byReason: PublishedTable;
  byChannel: PublishedTable;
}

/** `GET …/referrals`. */
export interface ReferralsReport {
  byAgency: PublishedTable;
  byEmploymentType: PublishedTable;
  byHousingType: PublishedTable;
}

/** `GET …/weak-tiles`: per language, the tiles with the lowest helpful rate first. */
export interface WeakTilesReport {
  languages: Array<{ language: string; tiles: Array<{ tile: string; rated: Count; helpfulRate: number }> }>;
}

/** A value now and in the previous period of the same length. */
export interface ChangeRow {
  current: Count;
  previous: Count;
  change: number | null;
  changePercent: number | null;
}

/** `GET …/comparison`: the change against the previous period of the same length. */
export interface ComparisonReport {
  total: ChangeRow;
  byTheme: Array<ChangeRow & { theme: string | null }>;
  byLanguage: Array<ChangeRow & { language: string | null }>;
  byChannel: Array<ChangeRow & { channel: string | null }>;
  byOutcome: Array<ChangeRow & { outcome: string | null }>;
}

/** `GET …/layer`: an employer's or housing provider's own view (its tiles' shows, chats through its codes per month). */
export interface LayerReport {
  tileShows: PublishedTable;
  chatsStarted: PublishedTable;
}

/** `GET …/national-tiles`: the national tiles across every municipality. */
export interface NationalTilesReport {
  /** Shows per national tile (cells by `tile`). */
  asked: PublishedTable;
  weak: WeakTilesReport;
  /** Unanswered questions per language and theme. */
  missing: PublishedTable;
}

/** `GET …/gaps` (when the API offers the view): content gaps from first question to a published answer. */
export interface GapTimesReport {
  /** Groups that got a published answer in the period. */
  answered: Count;
  /** Median days from the first question to the published answer; null when none. */
  medianDays: number | null;
  /** Groups drafted as a tile that is not published yet. */
  waitingForPublish: Count;
}

/** A kept PDF (`GET …/documents`). */
export interface ReportDocument {
  id: string;
  period: { from: string; to: string };
  language: string;
  kind: 'half_year' | 'on_demand' | string;
  /** The document's title in its own language, with the period. */
  title: string;
  fileName: string;
  /** Where to download the PDF (`…/documents/:id/pdf`). */
  url: string;
  createdAt: string;
}
