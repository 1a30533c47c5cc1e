import { ANY_STAFF, TARGETS, type Cell, type OrgSlug, type Table } from './isolation-fixture.ts';
import type { RouteSpec } from './isolation-routes.ts';

/**
 * The reports API's rows of the isolation matrix (admin/api/reports/report-routes.ts), EXPECTED from
 * core/access reportScope, written out (not computed by the code under test):
 * - a municipality's reports: its editors, analysts and administrators, and its region's (`full`);
 * - a region's and the national organization's: their own editors, analysts and administrators (`full`);
 * - an employer's or housing provider's: its own editors, analysts and administrators, the layer view only (`layer_only`);
 * - everyone else: 404, except the organization's own members (outreach workers, translators; an employer's staff
 *   outside the layer view), who get 403; a view that does not exist for the kind of organization: 400.
 * Letters per role: editor, outreach_worker, analyst, admin, translator.
 */

/** A row from the cells of the targets named; every other target `NNNNN`. */
function row(cells: Partial<Record<OrgSlug, Cell>>): Record<OrgSlug, Cell> {
  return Object.fromEntries(TARGETS.map((t) => [t, cells[t] ?? 'NNNNN'])) as Record<OrgSlug, Cell>;
}

/** What a caller may read of an organization's reports at all (GET /api/reports/:slug). */
export const REPORT_SUMMARY: Table = {
  nl: row({ nl: 'EFEEF' }),
  holland: row({ holland: 'EFEEF', demostad: 'ENEEN', otherstad: 'ENEEN' }),
  demostad: row({ demostad: 'EFEEF' }),
  agrifarm: row({ agrifarm: 'EFEEF' }),
  flexwonen: row({ flexwonen: 'EFEEF' }),
};

/** The main table and the dashboard's views (municipality, region, national figures); an employer's own staff 403. */
export const REPORT_FULL: Table = {
  nl: row({ nl: 'EFEEF' }),
  holland: row({ holland: 'EFEEF', demostad: 'ENEEN', otherstad: 'ENEEN' }),
  demostad: row({ demostad: 'EFEEF' }),
  agrifarm: row({ agrifarm: 'FFFFF' }),
  flexwonen: row({ flexwonen: 'FFFFF' }),
};

/** The layer view: only employers and housing providers have one (400 to those who read a municipality's, region's or national reports). */
export const REPORT_LAYER: Table = {
  nl: row({ nl: 'BFBBF' }),
  holland: row({ holland: 'BFBBF', demostad: 'BNBBN', otherstad: 'BNBBN' }),
  demostad: row({ demostad: 'BFBBF' }),
  agrifarm: row({ agrifarm: 'EFEEF' }),
  flexwonen: row({ flexwonen: 'EFEEF' }),
};

/** The national tiles view: only the national organization has one. */
export const REPORT_NATIONAL_TILES: Table = {
  nl: row({ nl: 'EFEEF' }),
  holland: row({ holland: 'BFBBF', demostad: 'BNBBN', otherstad: 'BNBBN' }),
  demostad: row({ demostad: 'BFBBF' }),
  agrifarm: row({ agrifarm: 'FFFFF' }),
  flexwonen: row({ flexwonen: 'FFFFF' }),
};

const PERIOD = 'from=2026-01-01&to=2026-06-30';
const FULL_VIEWS = ['overview', 'funnel', 'handoffs', 'referrals', 'weak-tiles', 'comparison', 'gaps'] as const;

/** Every report view route (not the PDF documents: see isolation-routes.ts), with its probes. */
export const REPORT_ROUTES: readonly RouteSpec[] = [
  { method: 'GET', url: '/api/reports', probes: [{
    table: ANY_STAFF, path: () => '/api/reports',
    // Lists only organizations the caller may read (the summary table's E cells of the caller's own row).
    check: (json, c) => ((json as { organizations?: Array<{ slug: string }> }).organizations ?? [])
      .filter((o) => !(TARGETS as readonly string[]).includes(o.slug) || !REPORT_SUMMARY[c.caller][o.slug as OrgSlug].includes('E'))
      .map((o) => `lists reports of ${o.slug}`),
  }] },
  { method: 'GET', url: '/api/reports/:slug', probes: [{ table: REPORT_SUMMARY, path: (c) => `/api/reports/${c.target}` }] },
  { method: 'GET', url: '/api/reports/:slug/questions', probes: [
    { table: REPORT_FULL, path: (c) => `/api/reports/${c.target}/questions?${PERIOD}&by=theme,language` },
    { table: REPORT_FULL, path: (c) => `/api/reports/${c.target}/questions?${PERIOD}&by=channel&format=csv` },
    { table: REPORT_FULL, path: (c) => `/api/reports/${c.target}/questions?${PERIOD}&by=outcome&format=xlsx` },
  ] },
  ...FULL_VIEWS.map((view): RouteSpec => ({
    method: 'GET', url: `/api/reports/:slug/${view}`, probes: [
      { table: REPORT_FULL, path: (c) => `/api/reports/${c.target}/${view}?${PERIOD}` },
      ...(view === 'overview' ? [{ table: REPORT_FULL, path: (c: { target: string }) => `/api/reports/${c.target}/overview?${PERIOD}&format=csv` }] : []),
    ],
  })),
  { method: 'GET', url: '/api/reports/:slug/layer', probes: [
    { table: REPORT_LAYER, path: (c) => `/api/reports/${c.target}/layer?${PERIOD}` },
    { table: REPORT_LAYER, path: (c) => `/api/reports/${c.target}/layer?${PERIOD}&format=xlsx` },
  ] },
  { method: 'GET', url: '/api/reports/:slug/national-tiles', probes: [{ table: REPORT_NATIONAL_TILES, path: (c) => `/api/reports/${c.target}/national-tiles?${PERIOD}` }] },
];
