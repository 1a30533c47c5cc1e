import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/alerts.tsx';
import { CheckboxField, TextField } from '../../components/fields.tsx';
import { Section } from '../../components/page.tsx';
import { api } from '../../shell/api-client.ts';
import { useTexts } from '../../shell/texts.ts';
import { useAction } from '../../shell/use-api.ts';
import { adminPaths, ROLES, type OneTimeLink, type Role, type StaffMember } from '../organizations/organization-admin-api.ts';
import { STAFF_TEXTS } from './staff-texts.ts';

/** The roles a staff member can hold, as checkboxes in a fieldset (at least one). */
export function RoleChoice({ legend, value, onChange }: { legend: string; value: Role[]; onChange(roles: Role[]): void }) {
  const t = useTexts(STAFF_TEXTS);
  return (
    <fieldset className="staff-roles">
      <legend>{legend}</legend>
      {ROLES.map((role) => (
        <CheckboxField
          key={role} label={t.role[role]} checked={value.includes(role)}
          onChange={(e) => onChange(e.target.checked ? [...value, role] : value.filter((r) => r !== role))}
        />
      ))}
    </fieldset>
  );
}

/** Name, email, roles and languages of a new staff member; `onInvited` gets the link to show once. */
export function InviteForm({ slug, onInvited }: { slug: string; onInvited(member: StaffMember, link: OneTimeLink): void }) {
  const t = useTexts(STAFF_TEXTS);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<Role[]>(['editor']);
  const [languages, setLanguages] = useState('nl');
  const invite = useAction((body: unknown) => api.post<{ member: StaffMember; link: OneTimeLink }>(adminPaths.invitations(slug), body));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const codes = languages.split(/[\s,]+/).map((c) => c.trim().toLowerCase()).filter(Boolean);
    const answer = await invite.run({ name, email, roles, languages: codes });
    if (!answer) return;
    onInvited(answer.member, answer.link);
    setName('');
    setEmail('');
  }

  return (
    <Section title={t.inviteTitle} id="staff-invite">
      <p className="app-hint">{t.inviteHint}</p>
      <form className="staff-form" onSubmit={(e) => void submit(e)}>
        <TextField label={t.name} value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} autoComplete="off" />
        <TextField label={t.email} type="email" value={email} onChange={(e) => setEmail(e.target.value)} required maxLength={254} autoComplete="off" />
        <RoleChoice legend={t.roles} value={roles} onChange={setRoles} />
        <TextField label={t.languages} hint={t.languagesHint} value={languages} onChange={(e) => setLanguages(e.target.value)} maxLength={100} />
        <ErrorAlert error={invite.error} focus />
        <div className="app-actions">
          <button type="submit" className="staff-button" disabled={invite.busy || roles.length === 0}>{t.invite}</button>
        </div>
      </form>
    </Section>
  );
}
