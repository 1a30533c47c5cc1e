import type { ComponentType } from 'react';
import type { Session } from './shell/session.tsx';
import { lazyPage } from './shell/lazy-page.ts';

/** Where a page is listed in the navigation. */
export type NavArea = 'studio' | 'reports' | 'organization';

/**
 * One page of the staff app.
 * - `path`: under `/app/`, without the leading slash, in React Router syntax
 *   (`studio/layers/:slug`); read parameters with `useParams()`.
 * - `page`: the component, usually `lazyPage(() => import(...), 'Name')`.
 * - `nav`: list the page in the navigation, under `area`, with its label in
 *   both languages; `when` hides the entry from staff it is not for (a hint
 *   only: the API decides what anyone may see or do).
 */
export interface AppRoute {
  path: string;
  page: ComponentType;
  nav?: { area: NavArea; label: { en: string; nl: string }; when?: (session: Session) => boolean };
}

/** `nav.when` for pages of editors (and administrators). */
export const forEditors = (s: Session) => s.hasRole(['editor', 'admin']);
/** `nav.when` for pages of an organization's administrators. */
export const forAdmins = (s: Session) => s.hasRole('admin');
/** `nav.when` for pages of analysts (reports). */
export const forAnalysts = (s: Session) => s.hasRole(['analyst', 'admin']);
/**
 * `nav.when` for the reports dashboard (core/access/policies.ts `reportScope`): analysts, administrators and
 * (read-only) editors of any organization; employer and housing-provider staff get their own layer's view.
 */
export const forReports = (s: Session) => forAnalysts(s) || s.hasRole('editor');

/**
 * The staff app's pages: ONE LINE PER PAGE. Add yours anywhere in the list
 * (order = order in the navigation within its area).
 */
export const ROUTES: readonly AppRoute[] = [
  { path: '', page: lazyPage(() => import('./pages/home/home-page.tsx'), 'HomePage') },
  { path: 'inbox', page: lazyPage(() => import('./pages/inbox/inbox-page.tsx'), 'InboxPage') },
  { path: 'studio/layers', page: lazyPage(() => import('./pages/studio/layers-page.tsx'), 'LayersPage'), nav: { area: 'studio', label: { en: 'Layers and tiles', nl: 'Lagen en tegels' }, when: forEditors } },
  { path: 'studio/reviews', page: lazyPage(() => import('./pages/studio/overdue-page.tsx'), 'OverduePage'), nav: { area: 'studio', label: { en: 'Overdue reviews', nl: 'Te late controles' }, when: forEditors } },
  { path: 'studio/layers/:slug', page: lazyPage(() => import('./pages/studio/layer-page.tsx'), 'LayerPage') },
  { path: 'studio/layers/:slug/new', page: lazyPage(() => import('./pages/studio/new-tile-page.tsx'), 'NewTilePage') },
  { path: 'studio/layers/:slug/tiles/:key', page: lazyPage(() => import('./pages/studio/tile-page.tsx'), 'TilePage') },
  { path: 'studio/layers/:slug/tiles/:key/revisions', page: lazyPage(() => import('./pages/studio/revisions-page.tsx'), 'RevisionsPage') },
  { path: 'studio/layers/:slug/tiles/:key/preview', page: lazyPage(() => import('./pages/preview/tile-preview-page.tsx'), 'TilePreviewPage') },
  { path: 'studio/translations', page: lazyPage(() => import('./pages/translations/translation-layers-page.tsx'), 'TranslationLayersPage'), nav: { area: 'studio', label: { en: 'Translations', nl: 'Vertalingen' }, when: (s) => s.hasRole(['editor', 'admin', 'translator']) } },
  { path: 'studio/layers/:slug/translations', page: lazyPage(() => import('./pages/translations/translation-matrix-page.tsx'), 'TranslationMatrixPage') },
  { path: 'studio/layers/:slug/translations/machine', page: lazyPage(() => import('./pages/translations/machine-run-page.tsx'), 'MachineRunPage') },
  { path: 'studio/layers/:slug/translations/xliff', page: lazyPage(() => import('./pages/translations/xliff-page.tsx'), 'XliffPage') },
  { path: 'studio/layers/:slug/translations/glossary', page: lazyPage(() => import('./pages/translations/glossary-page.tsx'), 'GlossaryPage') },
  { path: 'studio/layers/:slug/tiles/:key/translations', page: lazyPage(() => import('./pages/translations/translation-editor-page.tsx'), 'TranslationEditorPage') },
  { path: 'studio/gaps', page: lazyPage(() => import('./pages/gaps/gaps-page.tsx'), 'GapsPage'), nav: { area: 'studio', label: { en: 'Questions without a good answer', nl: 'Vragen zonder goed antwoord' }, when: (s) => s.staff.memberships.some((m) => (m.kind === 'municipality' || m.kind === 'national') && ['editor', 'admin'].includes(m.role)) } },
  { path: 'studio/gaps/:slug', page: lazyPage(() => import('./pages/gaps/gaps-page.tsx'), 'GapsPage') },
  { path: 'studio/try', page: lazyPage(() => import('./pages/preview/try-it-page.tsx'), 'TryItPage'), nav: { area: 'studio', label: { en: 'Try it', nl: 'Uitproberen' }, when: forEditors } },
  { path: 'studio/subscriptions', page: lazyPage(() => import('./pages/subscriptions/subscriptions-page.tsx'), 'SubscriptionsPage'), nav: { area: 'studio', label: { en: 'National and regional tiles', nl: 'Landelijke en regionale tegels' }, when: (s) => s.staff.memberships.some((m) => m.kind === 'municipality') } },
  { path: 'studio/subscriptions/:slug', page: lazyPage(() => import('./pages/subscriptions/subscriptions-page.tsx'), 'SubscriptionsPage') },
  { path: 'studio/subscriptions/:slug/additions/:library/:key', page: lazyPage(() => import('./pages/subscriptions/local-addition-page.tsx'), 'LocalAdditionPage') },
  { path: 'studio/entry-codes', page: lazyPage(() => import('./pages/entry-codes/entry-codes-page.tsx'), 'EntryCodesPage'), nav: { area: 'studio', label: { en: 'Entry codes and QR codes', nl: 'Toegangscodes en QR-codes' }, when: (s) => s.staff.memberships.some((m) => m.kind === 'municipality' && ['editor', 'admin', 'outreach_worker'].includes(m.role)) } },
  { path: 'studio/entry-codes/:slug', page: lazyPage(() => import('./pages/entry-codes/entry-codes-page.tsx'), 'EntryCodesPage') },
  { path: 'reports', page: lazyPage(() => import('./pages/reports/reports-page.tsx'), 'ReportsPage'), nav: { area: 'reports', label: { en: 'Dashboard', nl: 'Dashboard' }, when: forReports } },
  { path: 'reports/:slug', page: lazyPage(() => import('./pages/reports/reports-page.tsx'), 'ReportsPage') },
  { path: 'organization/staff', page: lazyPage(() => import('./pages/staff/staff-page.tsx'), 'StaffPage'), nav: { area: 'organization', label: { en: 'Staff', nl: 'Medewerkers' }, when: forAdmins } },
  { path: 'organization/staff/:slug', page: lazyPage(() => import('./pages/staff/staff-page.tsx'), 'StaffPage') },
  { path: 'organization/settings', page: lazyPage(() => import('./pages/settings/settings-page.tsx'), 'SettingsPage'), nav: { area: 'organization', label: { en: 'Settings', nl: 'Instellingen' }, when: forAdmins } },
  { path: 'organization/settings/:slug', page: lazyPage(() => import('./pages/settings/settings-page.tsx'), 'SettingsPage') },
  { path: 'organization/audit', page: lazyPage(() => import('./pages/audit/audit-page.tsx'), 'AuditPage'), nav: { area: 'organization', label: { en: 'Audit log', nl: 'Auditlog' }, when: forAdmins } },
  { path: 'organization/audit/:slug', page: lazyPage(() => import('./pages/audit/audit-page.tsx'), 'AuditPage') },
  { path: 'organization/organizations', page: lazyPage(() => import('./pages/organizations/organizations-page.tsx'), 'OrganizationsPage'), nav: { area: 'organization', label: { en: 'Organizations', nl: 'Organisaties' }, when: (s) => s.staff.memberships.some((m) => m.kind === 'national' && m.role === 'admin') } },
];
