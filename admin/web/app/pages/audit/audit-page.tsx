import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { ErrorAlert, Loading } from '../../components/alerts.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { Page, Section } from '../../components/page.tsx';
import { useSession } from '../../shell/session.tsx';
import { defineTexts, formatDateTime, useTexts } from '../../shell/texts.ts';
import { useApiGet } from '../../shell/use-api.ts';
import { adminPages, adminPaths, useAdministeredOrganizations, type AuditEntry } from '../organizations/organization-admin-api.ts';
import { OrganizationPicker } from '../organizations/organization-picker.tsx';
import './audit.css';

const PAGE_SIZE = 50;

/** Action groups offered as a filter (prefixes of the dotted action names). */
const GROUPS = ['', 'tile', 'subscription', 'entry_code', 'staff', 'organization', 'deployment', 'content'] as const;

const TEXTS = defineTexts({
  en: {
    title: 'Audit log',
    lead: 'Who changed what, and when. Newest first.',
    noOrganization: 'You are not an administrator of any organization.',
    filters: 'Filter',
    action: 'Kind of change',
    group: { '': 'All', tile: 'Tiles', subscription: 'Subscriptions', entry_code: 'Entry codes', staff: 'Staff', organization: 'Organization and settings', deployment: 'Deployment', content: 'Content import' } as Record<string, string>,
    from: 'From (date)',
    to: 'Up to and including (date)',
    apply: 'Show',
    download: 'Download as CSV (spreadsheet)',
    entries: 'Entries',
    count: (total: number) => `${total} ${total === 1 ? 'entry' : 'entries'}`,
    none: 'Nothing matches.',
    at: 'When', who: 'Who', what: 'What', details: 'Details',
    previous: 'Previous page',
    next: 'Next page',
    pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
  },
  nl: {
    title: 'Auditlog',
    lead: 'Wie wat wanneer wijzigde. Nieuwste eerst.',
    noOrganization: 'U bent geen beheerder van een organisatie.',
    filters: 'Filteren',
    action: 'Soort wijziging',
    group: { '': 'Alle', tile: 'Tegels', subscription: 'Abonnementen', entry_code: 'Toegangscodes', staff: 'Medewerkers', organization: 'Organisatie en instellingen', deployment: 'Installatie', content: 'Inhoud importeren' } as Record<string, string>,
    from: 'Vanaf (datum)',
    to: 'Tot en met (datum)',
    apply: 'Tonen',
    download: 'Downloaden als CSV (spreadsheet)',
    entries: 'Regels',
    count: (total: number) => `${total} ${total === 1 ? 'regel' : 'regels'}`,
    none: 'Niets gevonden.',
    at: 'Wanneer', who: 'Wie', what: 'Wat', details: 'Details',
    previous: 'Vorige pagina',
    next: 'Volgende pagina',
    pageOf: (page: number, pages: number) => `Pagina ${page} van ${pages}`,
  },
});

interface Filter {
  action: string;
  from: string;
  to: string;
}

function queryOf(filter: Filter, page?: number): string {
  const q = new URLSearchParams();
  if (filter.action) q.set('action', filter.action);
  if (filter.from) q.set('from', filter.from);
  if (filter.to) q.set('to', filter.to);
  if (page !== undefined) {
    q.set('page', String(page));
    q.set('pageSize', String(PAGE_SIZE));
  }
  return q.toString();
}

/** The entry's data in short (`key: value` pairs), for the table. */
function summary(data: Record<string, unknown>): string {
  return Object.entries(data).map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`).join('; ');
}

/**
 * `/app/organization/audit[/:slug]`: the organization's audit log for its
 * administrators, filtered by kind of change and dates, 50 a page, with the
 * same selection as a CSV download.
 */
export function AuditPage() {
  const t = useTexts(TEXTS);
  const session = useSession();
  const organizations = useAdministeredOrganizations(session, false);
  const slug = useParams().slug ?? organizations[0]?.slug;
  const [draft, setDraft] = useState<Filter>({ action: '', from: '', to: '' });
  const [filter, setFilter] = useState<Filter>(draft);
  const [page, setPage] = useState(1);
  const log = useApiGet<{ items: AuditEntry[]; total: number; page: number; pageSize: number }>(slug ? adminPaths.audit(slug, queryOf(filter, page)) : null);

  if (!slug) return <Page title={t.title}><p>{t.noOrganization}</p></Page>;
  const pages = Math.max(1, Math.ceil((log.data?.total ?? 0) / PAGE_SIZE));

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilter(draft);
    setPage(1);
  }

  return (
    <Page title={t.title} lead={t.lead}>
      <OrganizationPicker options={organizations} value={slug} pageOf={adminPages.audit} />
      <Section title={t.filters} id="audit-filters">
        <form className="audit-filters" onSubmit={apply}>
          <SelectField label={t.action} value={draft.action} onChange={(e) => setDraft({ ...draft, action: e.target.value })}
            options={GROUPS.map((g) => ({ value: g, label: t.group[g] }))} />
          <TextField label={t.from} type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
          <TextField label={t.to} type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
          <div className="app-actions">
            <button type="submit" className="staff-button">{t.apply}</button>
            <a className="staff-button staff-button-secondary" href={adminPaths.auditCsv(slug, queryOf(filter))} download>{t.download}</a>
          </div>
        </form>
      </Section>
      <ErrorAlert error={log.error} />
      {log.loading && !log.data ? <Loading /> : null}
      <Section title={t.entries} id="audit-entries">
        {log.data ? <p role="status">{t.count(log.data.total)}</p> : null}
        {log.data && log.data.items.length === 0 ? <p>{t.none}</p> : null}
        {log.data && log.data.items.length > 0 ? (
          <div className="app-table-wrap">
            <table className="app-table audit-table">
              <thead>
                <tr><th scope="col">{t.at}</th><th scope="col">{t.who}</th><th scope="col">{t.what}</th><th scope="col">{t.details}</th></tr>
              </thead>
              <tbody>
                {log.data.items.map((e) => (
                  <tr key={e.id}>
                    <td>{formatDateTime(e.at, session.language)}</td>
                    <td>{e.actorName ?? e.actor}</td>
                    <th scope="row"><code>{e.action}</code></th>
                    <td className="audit-data">{summary(e.data)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {pages > 1 ? (
          <nav className="app-actions" aria-label={t.pageOf(page, pages)}>
            <button type="button" className="staff-button staff-button-secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>{t.previous}</button>
            <span>{t.pageOf(page, pages)}</span>
            <button type="button" className="staff-button staff-button-secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>{t.next}</button>
          </nav>
        ) : null}
      </Section>
    </Page>
  );
}
