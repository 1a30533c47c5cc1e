import { useEffect, useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { LANGUAGE_NAMES, SUPPORTED_LANGUAGES } from '../../../../../core/languages/index.ts';
import { ErrorAlert, Loading, Notice } from '../../components/alerts.tsx';
import { CheckboxField, TextArea, TextField } from '../../components/fields.tsx';
import { Page, Section } from '../../components/page.tsx';
import { api } from '../../shell/api-client.ts';
import { useSession } from '../../shell/session.tsx';
import { useTexts } from '../../shell/texts.ts';
import { useAction, useApiGet } from '../../shell/use-api.ts';
import {
  adminPages, adminPaths, useAdministeredOrganizations, WEEKDAYS, type OfficeHours, type OrganizationSettings, type Weekday,
} from '../organizations/organization-admin-api.ts';
import { OrganizationPicker } from '../organizations/organization-picker.tsx';
import { DeploymentSection } from './deployment-section.tsx';
import { compactEntry, EntriesEditor } from './entries-editor.tsx';
import { SETTINGS_TEXTS } from './settings-texts.ts';
import './settings.css';

/** What the form edits, as strings where people type. */
interface Form {
  name: string;
  privacyStatementUrl: string;
  colour: string;
  logoUrl: string;
  languages: string[];
  alwaysOpen: boolean;
  timezone: string;
  days: Record<Weekday, string>;
  referralAgencies: Array<Record<string, string | undefined>>;
  safetyCard: Array<Record<string, string | undefined>>;
  embedOrigins: string;
  glossary: string;
  retention: OrganizationSettings['settings']['retention'];
}

function toForm(s: OrganizationSettings): Form {
  const days = Object.fromEntries(WEEKDAYS.map((d) => [d, (s.officeHours?.weekly[d] ?? []).map(([a, b]) => `${a}-${b}`).join(', ')])) as Record<Weekday, string>;
  return {
    name: s.name,
    privacyStatementUrl: s.settings.privacyStatementUrl ?? '',
    colour: s.branding.colour ?? '',
    logoUrl: s.branding.logoUrl ?? '',
    languages: s.enabledLanguages,
    alwaysOpen: s.officeHours === null,
    timezone: s.officeHours?.timezone ?? 'Europe/Amsterdam',
    days,
    referralAgencies: s.settings.referralAgencies.map((a) => ({ ...a })),
    safetyCard: s.settings.safetyCard.map(({ kinds: _kinds, ...rest }) => ({ ...rest })),
    embedOrigins: s.settings.embedOrigins.join('\n'),
    glossary: s.glossary.join('\n'),
    retention: s.settings.retention,
  };
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** The office hours the form describes, or the weekday whose times cannot be read. */
function officeHoursOf(form: Form): { hours: OfficeHours | null } | { badDay: Weekday } {
  if (form.alwaysOpen) return { hours: null };
  const weekly: OfficeHours['weekly'] = {};
  for (const day of WEEKDAYS) {
    const text = form.days[day].trim();
    if (!text) continue;
    const ranges = text.split(',').map((r) => /^\s*(\d{2}:\d{2})\s*[-–]\s*(\d{2}:\d{2})\s*$/.exec(r));
    if (ranges.some((r) => !r)) return { badDay: day };
    weekly[day] = ranges.map((r) => [(r as RegExpExecArray)[1], (r as RegExpExecArray)[2]]);
  }
  return { hours: { timezone: form.timezone.trim(), weekly } };
}

/**
 * `/app/organization/settings[/:slug]`: an organization's settings for its
 * administrators, in one form saved at once (name, privacy link, chat page
 * colour and logo, languages, office hours, referral agencies, safety-card
 * numbers, embedding sites, glossary, retention); for national
 * administrators also the deployment's default municipality.
 */
export function SettingsPage() {
  const t = useTexts(SETTINGS_TEXTS);
  const session = useSession();
  const organizations = useAdministeredOrganizations(session, false);
  const slug = useParams().slug ?? organizations[0]?.slug;
  const loaded = useApiGet<OrganizationSettings>(slug ? adminPaths.settings(slug) : null);
  const [form, setForm] = useState<Form>();
  const [saved, setSaved] = useState(false);
  const [hoursError, setHoursError] = useState<string>();
  const save = useAction((body: unknown) => api.put<OrganizationSettings>(adminPaths.settings(slug ?? ''), body));
  useEffect(() => {
    if (loaded.data) setForm(toForm(loaded.data));
  }, [loaded.data]);

  const deployment = <DeploymentSection />;
  if (!slug) return <Page title={t.title}><p>{t.noOrganization}</p>{deployment}</Page>;
  const update = (change: Partial<Form>) => {
    setSaved(false);
    setForm((f) => (f ? { ...f, ...change } : f));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!form) return;
    setHoursError(undefined);
    const hours = officeHoursOf(form);
    if ('badDay' in hours) {
      setHoursError(t.badHours(t.day[hours.badDay]));
      return;
    }
    const answer = await save.run({
      name: form.name.trim(),
      branding: { ...(form.colour ? { colour: form.colour } : {}), ...(form.logoUrl.trim() ? { logoUrl: form.logoUrl.trim() } : {}) },
      enabledLanguages: form.languages,
      officeHours: hours.hours,
      glossary: lines(form.glossary),
      settings: {
        ...(form.privacyStatementUrl.trim() ? { privacyStatementUrl: form.privacyStatementUrl.trim() } : {}),
        referralAgencies: form.referralAgencies.map(compactEntry),
        safetyCard: form.safetyCard.map(compactEntry),
        embedOrigins: lines(form.embedOrigins),
        retention: form.retention,
      },
    });
    if (answer) {
      setForm(toForm(answer));
      setSaved(true);
    }
  }

  return (
    <Page title={t.title} lead={t.lead}>
      <OrganizationPicker options={organizations} value={slug} pageOf={adminPages.settings} />
      <ErrorAlert error={loaded.error} />
      {loaded.loading && !loaded.data ? <Loading /> : null}
      {form ? (
        <form className="settings-form" onSubmit={(e) => void submit(e)} noValidate>
          <Section title={t.general} id="settings-general">
            <TextField label={t.name} value={form.name} onChange={(e) => update({ name: e.target.value })} required maxLength={200} />
            <TextField label={t.privacy} hint={t.privacyHint} type="url" value={form.privacyStatementUrl} onChange={(e) => update({ privacyStatementUrl: e.target.value })} />
          </Section>
          <Section title={t.chatPage} id="settings-chat-page">
            <TextField label={t.colour} hint={t.colourHint} value={form.colour} placeholder="#1f6feb" maxLength={7} onChange={(e) => update({ colour: e.target.value })} />
            {/^#[0-9a-f]{6}$/i.test(form.colour) ? <span className="settings-swatch" data-colour={form.colour} ref={(el) => el?.style.setProperty('--swatch', form.colour)} aria-hidden="true" /> : null}
            <TextField label={t.logo} hint={t.logoHint} type="url" value={form.logoUrl} onChange={(e) => update({ logoUrl: e.target.value })} />
          </Section>
          <Section title={t.languages} id="settings-languages">
            <fieldset className="settings-languages">
              <legend>{t.languagesHint}</legend>
              {SUPPORTED_LANGUAGES.map((lang) => (
                <CheckboxField key={lang} label={<><span>{LANGUAGE_NAMES[lang]}</span> <span className="app-muted">({lang})</span></>}
                  checked={form.languages.includes(lang)}
                  onChange={(e) => update({ languages: e.target.checked ? [...form.languages, lang] : form.languages.filter((l) => l !== lang) })} />
              ))}
            </fieldset>
          </Section>
          <Section title={t.officeHours} id="settings-office-hours">
            <p className="app-hint">{t.officeHoursHint}</p>
            <CheckboxField label={t.alwaysOpen} checked={form.alwaysOpen} onChange={(e) => update({ alwaysOpen: e.target.checked })} />
            {!form.alwaysOpen ? (
              <>
                <TextField label={t.timezone} value={form.timezone} onChange={(e) => update({ timezone: e.target.value })} />
                {WEEKDAYS.map((day) => (
                  <TextField key={day} label={t.day[day]} hint={t.dayHint} value={form.days[day]}
                    onChange={(e) => update({ days: { ...form.days, [day]: e.target.value } })} />
                ))}
              </>
            ) : null}
            {hoursError ? <p className="app-field-error" role="alert">{hoursError}</p> : null}
          </Section>
          <EntriesEditor id="settings-referrals" title={t.referrals} hint={t.referralsHint} entries={form.referralAgencies}
            onChange={(referralAgencies) => update({ referralAgencies })}
            fields={[{ key: 'name', label: t.entryName, required: true }, { key: 'description', label: t.description },
              { key: 'phone', label: t.phone, type: 'tel' }, { key: 'email', label: t.email, type: 'email' }, { key: 'url', label: t.url, type: 'url' }]} />
          <EntriesEditor id="settings-safety-card" title={t.safetyCard} hint={t.safetyCardHint} entries={form.safetyCard}
            onChange={(safetyCard) => update({ safetyCard })}
            fields={[{ key: 'name', label: t.entryName, required: true }, { key: 'phone', label: t.phone, type: 'tel' }, { key: 'url', label: t.url, type: 'url' }]} />
          <Section title={t.embed} id="settings-embed">
            <TextArea label={t.embed} hint={t.embedHint} rows={3} value={form.embedOrigins} onChange={(e) => update({ embedOrigins: e.target.value })} />
          </Section>
          <Section title={t.glossary} id="settings-glossary">
            <TextArea label={t.glossary} hint={t.glossaryHint} rows={5} value={form.glossary} onChange={(e) => update({ glossary: e.target.value })} />
          </Section>
          <Section title={t.retention} id="settings-retention">
            {(['conversationMonths', 'failedJobDays', 'auditLogMonths'] as const).map((key) => (
              <TextField key={key} label={t[key]} type="number" min={1} max={key === 'failedJobDays' ? 90 : 120} value={String(form.retention[key])}
                onChange={(e) => update({ retention: { ...form.retention, [key]: Number(e.target.value) } })} />
            ))}
          </Section>
          <ErrorAlert error={save.error} focus />
          {saved ? <Notice>{t.saved}</Notice> : null}
          <div className="app-actions settings-save">
            <button type="submit" className="staff-button" disabled={save.busy}>{t.save}</button>
          </div>
        </form>
      ) : null}
      {deployment}
    </Page>
  );
}
