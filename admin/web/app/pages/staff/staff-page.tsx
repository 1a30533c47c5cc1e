import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { ErrorAlert, Loading, Notice } from '../../components/alerts.tsx';
import { Page, Section } from '../../components/page.tsx';
import { api } from '../../shell/api-client.ts';
import { useSession } from '../../shell/session.tsx';
import { formatDateTime, useTexts } from '../../shell/texts.ts';
import { useAction, useApiGet } from '../../shell/use-api.ts';
import {
  adminPages, adminPaths, useAdministeredOrganizations, type OneTimeLink, type Role, type StaffMember,
} from '../organizations/organization-admin-api.ts';
import { OrganizationPicker } from '../organizations/organization-picker.tsx';
import { InviteForm, RoleChoice } from './invite-form.tsx';
import { OneTimeLinkBox } from './one-time-link-box.tsx';
import { STAFF_TEXTS } from './staff-texts.ts';
import './staff.css';

type Shown = { kind: 'link'; link: OneTimeLink; name: string; made: string } | { kind: 'notice'; text: string };

/**
 * `/app/organization/staff[/:slug]`: the organization's staff for its
 * administrators (and national administrators): who works there with which
 * roles and status; per person, change roles, disable or enable, and make a
 * password-reset link; a form to invite someone. A link is shown once.
 */
export function StaffPage() {
  const t = useTexts(STAFF_TEXTS);
  const session = useSession();
  const organizations = useAdministeredOrganizations(session, true);
  const slug = useParams().slug ?? organizations[0]?.slug;
  const list = useApiGet<{ items: StaffMember[] }>(slug ? adminPaths.staff(slug) : null);
  const [editing, setEditing] = useState<{ id: string; roles: Role[] }>();
  const [shown, setShown] = useState<Shown>();
  const act = useAction(async (path: string, body?: unknown) => (body === undefined ? api.post<unknown>(path) : api.put<unknown>(path, body)));

  if (!slug) return <Page title={t.title}><p>{t.noOrganization}</p></Page>;

  async function run(path: string, done: (answer: unknown) => Shown | undefined, body?: unknown) {
    setShown(undefined);
    const answer = await act.run(path, body);
    if (answer === undefined) return;
    setShown(done(answer));
    setEditing(undefined);
    await list.reload();
  }

  const items = list.data?.items ?? [];
  return (
    <Page title={t.title} lead={t.lead}>
      <OrganizationPicker options={organizations} value={slug} pageOf={adminPages.staff} />
      <ErrorAlert error={list.error} />
      {list.loading && !list.data ? <Loading /> : null}
      <ErrorAlert error={act.error} focus />
      {shown?.kind === 'notice' ? <Notice>{shown.text}</Notice> : null}
      {shown?.kind === 'link' ? <OneTimeLinkBox link={shown.link} name={shown.name} made={shown.made} /> : null}

      <Section title={t.listTitle} id="staff-list">
        {list.data && items.length === 0 ? <p>{t.none}</p> : null}
        {items.length > 0 ? (
          <div className="app-table-wrap">
            <table className="app-table staff-table">
              <thead>
                <tr>
                  <th scope="col">{t.name}</th>
                  <th scope="col">{t.email}</th>
                  <th scope="col">{t.roles}</th>
                  <th scope="col">{t.status}</th>
                  <th scope="col">{t.lastLogin}</th>
                  <th scope="col">{t.actions}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((m) => (
                  <tr key={m.id}>
                    <th scope="row">{m.name}</th>
                    <td>{m.email}</td>
                    <td>
                      {editing?.id === m.id ? (
                        <form onSubmit={(e) => {
                          e.preventDefault();
                          void run(adminPaths.member(slug, m.id, 'roles'), () => ({ kind: 'notice', text: t.rolesSaved(m.name) }), { roles: editing.roles });
                        }}>
                          <RoleChoice legend={t.editRoles(m.name)} value={editing.roles} onChange={(roles) => setEditing({ id: m.id, roles })} />
                          <div className="app-actions">
                            <button type="submit" className="staff-button" disabled={act.busy || editing.roles.length === 0}>{t.saveRoles}</button>
                            <button type="button" className="staff-button staff-button-secondary" onClick={() => setEditing(undefined)}>{t.cancel}</button>
                          </div>
                        </form>
                      ) : m.roles.map((r) => t.role[r] ?? r).join(', ')}
                    </td>
                    <td><span className={`staff-status staff-status-${m.status}`}>{t.statusName[m.status]}</span></td>
                    <td>{m.lastLoginAt ? formatDateTime(m.lastLoginAt, session.language) : t.never}</td>
                    <td>
                      <div className="app-actions staff-row-actions">
                        <button type="button" className="staff-button staff-button-secondary" disabled={act.busy}
                          onClick={() => setEditing({ id: m.id, roles: m.roles })}>{t.changeRoles(m.name)}</button>
                        {m.status === 'disabled' ? (
                          <button type="button" className="staff-button staff-button-secondary" disabled={act.busy}
                            onClick={() => void run(adminPaths.member(slug, m.id, 'enable'), () => ({ kind: 'notice', text: t.enabled(m.name) }))}>
                            {t.enable(m.name)}
                          </button>
                        ) : (
                          <button type="button" className="staff-button staff-button-secondary" disabled={act.busy}
                            onClick={() => void run(adminPaths.member(slug, m.id, 'disable'), () => ({ kind: 'notice', text: t.disabled(m.name) }))}>
                            {t.disable(m.name)}
                          </button>
                        )}
                        {m.status === 'active' ? (
                          <button type="button" className="staff-button staff-button-secondary" disabled={act.busy}
                            onClick={() => void run(adminPaths.member(slug, m.id, 'password-reset'),
                              (answer) => ({ kind: 'link', link: (answer as { link: OneTimeLink }).link, name: m.name, made: t.resetMade(m.name) }))}>
                            {t.reset(m.name)}
                          </button>
                        ) : null}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </Section>

      <InviteForm slug={slug} onInvited={(member, link) => {
        setShown({ kind: 'link', link, name: member.name, made: t.invitationMade(member.name) });
        void list.reload();
      }} />
    </Page>
  );
}
