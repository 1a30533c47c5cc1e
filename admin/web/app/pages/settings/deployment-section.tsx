import { useEffect, useState, type FormEvent } from 'react';
import { ErrorAlert, Notice } from '../../components/alerts.tsx';
import { SelectField } from '../../components/fields.tsx';
import { Section } from '../../components/page.tsx';
import { api } from '../../shell/api-client.ts';
import { useSession } from '../../shell/session.tsx';
import { useTexts } from '../../shell/texts.ts';
import { useAction, useApiGet } from '../../shell/use-api.ts';
import { adminPaths, isNationalAdmin, type Organization } from '../organizations/organization-admin-api.ts';
import { SETTINGS_TEXTS } from './settings-texts.ts';

interface DeploymentAnswer {
  defaultMunicipality: { slug: string; source: 'setting' | 'env' };
}

/** The deployment-wide default municipality, for national administrators only (nothing for others). */
export function DeploymentSection() {
  const session = useSession();
  return isNationalAdmin(session) ? <DeploymentForm /> : null;
}

function DeploymentForm() {
  const t = useTexts(SETTINGS_TEXTS);
  const current = useApiGet<DeploymentAnswer>(adminPaths.deployment);
  const organizations = useApiGet<{ items: Organization[] }>(adminPaths.organizations);
  const [slug, setSlug] = useState('');
  const [saved, setSaved] = useState(false);
  const save = useAction((value: string) => api.put<DeploymentAnswer>(adminPaths.deployment, { defaultMunicipality: value }));
  useEffect(() => {
    if (current.data) setSlug(current.data.defaultMunicipality.slug);
  }, [current.data]);
  const municipalities = (organizations.data?.items ?? []).filter((o) => o.kind === 'municipality');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    if (await save.run(slug)) {
      setSaved(true);
      await current.reload();
    }
  }

  return (
    <Section title={t.deployment} id="settings-deployment">
      <ErrorAlert error={current.error ?? organizations.error} />
      {current.data ? (
        <form onSubmit={(e) => void submit(e)}>
          <SelectField label={t.defaultMunicipality} hint={t.defaultHint(current.data.defaultMunicipality.source)} value={slug}
            onChange={(e) => { setSaved(false); setSlug(e.target.value); }}
            options={municipalities.map((m) => ({ value: m.slug, label: m.name }))} />
          <ErrorAlert error={save.error} focus />
          {saved ? <Notice>{t.defaultSaved}</Notice> : null}
          <div className="app-actions"><button type="submit" className="staff-button" disabled={save.busy}>{t.saveDefault}</button></div>
        </form>
      ) : null}
    </Section>
  );
}
