import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { SUPPORTED_LANGUAGES } from '../../../../../core/languages/index.ts';
import { ErrorAlert, Loading } from '../../components/alerts.tsx';
import { CheckboxField, SelectField, TextField } from '../../components/fields.tsx';
import { Page, Section } from '../../components/page.tsx';
import { useSession, type Session } from '../../shell/session.tsx';
import { formatDate, useTexts } from '../../shell/texts.ts';
import { useApiGet } from '../../shell/use-api.ts';
import { OrganizationPicker } from '../organizations/organization-picker.tsx';
import { LayerReport } from './layer-report.tsx';
import { ReportDocuments } from './report-documents.tsx';
import { filtersFromSearch, filtersToSearch, isFiltered, previousHalfYear, type ReportFilters } from './report-filters.ts';
import { CHANNELS, ENTRY_KINDS, languageName, THEME_KEYS, themeName } from './report-labels.ts';
import { ReportOutcomes } from './report-outcomes.tsx';
import { NationalTiles } from './national-tiles.tsx';
import { ReportGaps } from './report-gaps.tsx';
import { ReportOverview } from './report-overview.tsx';
import { reportPages, reportPaths, type ReportAbout, type ReportableOrganization } from './reports-api.ts';
import { REPORT_TEXTS } from './reports-texts.ts';
import './reports.css';

/** Organization kinds whose staff see their own layer's view only (tile shows, chats through their codes). */
const LAYER_KINDS = ['employer', 'housing_provider'];

/** Only an editor there (no analyst or administrator role): the figures are read-only for them, as the lead says. */
function onlyEditorIn(session: Session, slug: string): boolean {
  const roles = session.staff.memberships.filter((m) => m.slug === slug).map((m) => m.role);
  return roles.includes('editor') && !roles.some((r) => r === 'analyst' || r === 'admin');
}

/** The period and filter form; "Show" puts the filters in the page's URL. */
function FilterForm({ filters, onApply, periodOnly }: {
  filters: ReportFilters;
  onApply(next: ReportFilters): void;
  /** Only the period (an employer's or housing provider's own view has no other filters). */
  periodOnly: boolean;
}) {
  const t = useTexts(REPORT_TEXTS);
  const { language } = useSession();
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [filters]);
  const set = (name: keyof ReportFilters) => (e: { target: { value: string } }) => setDraft({ ...draft, [name]: e.target.value });
  const all = { value: '', label: t.all };
  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(draft);
  }
  return (
    <form className="report-filters" onSubmit={submit} aria-label={t.filters}>
      <TextField label={t.from} type="date" value={draft.from} onChange={set('from')} required hint={t.periodHint} />
      <TextField label={t.to} type="date" value={draft.to} onChange={set('to')} required />
      {periodOnly ? null : (
        <>
          <SelectField label={t.channel} value={draft.channel} onChange={set('channel')}
            options={[all, ...CHANNELS.map((c) => ({ value: c, label: t.channels[c] ?? c }))]} />
          <SelectField label={t.languageFilter} value={draft.language} onChange={set('language')}
            options={[all, ...SUPPORTED_LANGUAGES.map((l) => ({ value: l, label: languageName(l, language) }))]} />
          <SelectField label={t.theme} value={draft.theme} onChange={set('theme')}
            options={[all, ...THEME_KEYS.map((k) => ({ value: k, label: themeName(k, language) }))]} />
          <SelectField label={t.entry} value={draft.entry} onChange={set('entry')}
            options={[all, ...ENTRY_KINDS.map((k) => ({ value: k, label: t.entries[k] ?? k }))]} />
        </>
      )}
      <div className="app-actions">
        <button type="submit" className="staff-button">{t.apply}</button>
        <button type="button" className="staff-button staff-button-secondary" onClick={() => onApply({ ...draft, ...previousHalfYear() })}>{t.lastHalfYear}</button>
        {isFiltered(filters) ? (
          <button type="button" className="staff-button staff-button-secondary"
            onClick={() => onApply({ ...filters, channel: '', language: '', theme: '', entry: '' })}>{t.reset}</button>
        ) : null}
      </div>
    </form>
  );
}

/** A region's municipalities (each reported and protected on its own): which one the views show. */
function RegionMunicipalityPicker({ slug, value, onChange }: { slug: string; value?: string; onChange(municipality: string): void }) {
  const t = useTexts(REPORT_TEXTS);
  const about = useApiGet<ReportAbout>(reportPaths.about(slug));
  const municipalities = about.data?.municipalities ?? [];
  if (about.error) return <ErrorAlert error={about.error} />;
  if (municipalities.length === 0) return null;
  return (
    <Section title={t.regionTitle} id="report-region">
      <p>{t.regionLead}</p>
      <SelectField label={t.municipality} value={value ?? municipalities[0].slug} onChange={(e) => onChange(e.target.value)}
        options={municipalities.map((m) => ({ value: m.slug, label: m.name }))} />
    </Section>
  );
}

/**
 * `/app/reports[/:slug]`: the reports dashboard. Analysts, administrators
 * and (read-only) editors of a municipality see its questions over time and
 * by theme, language, channel, entry point and outcome, the funnel per
 * theme, handoffs, referrals, weak tiles and the change against the previous
 * period, each chart with its table view and CSV/XLSX, and the half-year
 * PDFs. A region's staff see the same for the region; employer and
 * housing-provider staff only their own layer's view. Filters live in the URL.
 */
export function ReportsPage() {
  const t = useTexts(REPORT_TEXTS);
  const session = useSession();
  const reportable = useApiGet<{ organizations: ReportableOrganization[] }>(reportPaths.organizations());
  const organizations = reportable.data?.organizations ?? [];
  const slug = useParams().slug ?? organizations[0]?.slug;
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  // One object per URL (not per render), so the form's draft is reset only when the URL changes.
  const filters = useMemo(() => filtersFromSearch(new URLSearchParams(search)), [search]);
  const [tables, setTables] = useState(false);

  if (reportable.error) return <Page title={t.title}><ErrorAlert error={reportable.error} /></Page>;
  if (!reportable.data) return <Page title={t.title}><Loading /></Page>;
  if (!slug) return <Page title={t.title}><p>{t.noOrganization}</p></Page>;
  // An organization the list does not name (a bookmarked link): the API answers for it (404 when it is not yours).
  const organization = organizations.find((o) => o.slug === slug);
  const kind = organization?.kind ?? 'municipality';
  const layerOnly = organization?.scope === 'layer_only' || LAYER_KINDS.includes(kind);
  const unit = params.get('municipality') ?? undefined;
  const apply = (next: ReportFilters) => setParams(filtersToSearch(next, { municipality: unit }));

  return (
    <Page title={t.title} lead={onlyEditorIn(session, slug) ? `${t.lead} ${t.leadReadOnly}` : t.lead}>
      <OrganizationPicker options={organizations} value={slug} pageOf={(s) => `${reportPages.dashboard(s)}?${params.toString()}`} />
      <Section title={t.filters} id="report-filters">
        <FilterForm filters={filters} onApply={apply} periodOnly={layerOnly} />
        <p role="status">{t.showingPeriod(formatDate(filters.from, session.language), formatDate(filters.to, session.language))}</p>
        <CheckboxField label={t.allTables} checked={tables} onChange={(e) => setTables(e.target.checked)} />
      </Section>
      {layerOnly ? <LayerReport slug={slug} filters={filters} tables={tables} /> : (
        <>
          {kind === 'region' ? (
            <RegionMunicipalityPicker slug={slug} value={unit}
              onChange={(municipality) => setParams(filtersToSearch(filters, { municipality }))} />
          ) : null}
          <ReportOverview slug={slug} filters={filters} tables={tables} unit={unit} />
          <ReportOutcomes slug={slug} filters={filters} tables={tables} unit={unit} />
          {kind === 'national' ? <NationalTiles slug={slug} filters={filters} tables={tables} /> : null}
          {organization?.views.includes('gaps') ? <ReportGaps slug={slug} filters={filters} unit={unit} /> : null}
          {kind === 'municipality' ? <ReportDocuments slug={slug} filters={filters} /> : null}
        </>
      )}
    </Page>
  );
}
