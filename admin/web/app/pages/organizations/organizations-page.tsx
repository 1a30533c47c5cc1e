import { useState, type FormEvent } from 'react';
import { ErrorAlert, Loading, Notice } from '../../components/alerts.tsx';
import { CheckboxField, SelectField, TextField } from '../../components/fields.tsx';
import { Page, Section } from '../../components/page.tsx';
import { api } from '../../shell/api-client.ts';
import { defineTexts, useTexts } from '../../shell/texts.ts';
import { useAction, useApiGet } from '../../shell/use-api.ts';
import { adminPaths, type Organization } from './organization-admin-api.ts';
import './organizations.css';

const KINDS = ['municipality', 'region', 'employer', 'housing_provider'] as const;
type Kind = (typeof KINDS)[number];

const TEXTS = defineTexts({
  en: {
    title: 'Organizations',
    lead: 'Municipalities, regions, employers and housing providers, and where employers and housing providers are active.',
    listTitle: 'All organizations',
    name: 'Name', slug: 'Short name (in links)', kind: 'Kind', parent: 'Part of', activeIn: 'Active in', languages: 'Languages',
    kindName: { national: 'national library', region: 'region', municipality: 'municipality', employer: 'employer', housing_provider: 'housing provider', local_org: 'local organization' } as Record<string, string>,
    createTitle: 'New organization',
    slugHint: 'Lower-case letters, digits and hyphens, e.g. gemeente-westdorp.',
    parentRegion: 'Region (optional)',
    parentMunicipality: 'Home municipality',
    none: '—',
    create: 'Create organization',
    created: (name: string) => `${name} created.`,
    activationsTitle: (name: string) => `Where ${name} is active`,
    activationsHint: 'People who come in through its entry codes in these municipalities see its tiles.',
    edit: (name: string) => `Change where ${name} is active`,
    save: 'Save',
    cancel: 'Cancel',
    saved: (name: string) => `Saved where ${name} is active.`,
    notNational: 'Only national administrators create organizations. You see the organizations you belong to.',
  },
  nl: {
    title: 'Organisaties',
    lead: 'Gemeenten, regio\'s, werkgevers en huisvesters, en waar werkgevers en huisvesters actief zijn.',
    listTitle: 'Alle organisaties',
    name: 'Naam', slug: 'Korte naam (in links)', kind: 'Soort', parent: 'Onderdeel van', activeIn: 'Actief in', languages: 'Talen',
    kindName: { national: 'landelijke bibliotheek', region: 'regio', municipality: 'gemeente', employer: 'werkgever', housing_provider: 'huisvester', local_org: 'lokale organisatie' } as Record<string, string>,
    createTitle: 'Nieuwe organisatie',
    slugHint: 'Kleine letters, cijfers en streepjes, bijvoorbeeld gemeente-westdorp.',
    parentRegion: 'Regio (optioneel)',
    parentMunicipality: 'Thuisgemeente',
    none: '—',
    create: 'Organisatie aanmaken',
    created: (name: string) => `${name} aangemaakt.`,
    activationsTitle: (name: string) => `Waar ${name} actief is`,
    activationsHint: 'Mensen die via de toegangscodes in deze gemeenten binnenkomen, zien de tegels.',
    edit: (name: string) => `Wijzigen waar ${name} actief is`,
    save: 'Opslaan',
    cancel: 'Annuleren',
    saved: (name: string) => `Opgeslagen waar ${name} actief is.`,
    notNational: 'Alleen landelijke beheerders maken organisaties aan. U ziet de organisaties waar u bij hoort.',
  },
});

/** Checkboxes of municipalities for one employer or housing provider. */
function ActivationsForm({ layer, municipalities, onDone }: { layer: Organization; municipalities: Organization[]; onDone(saved: boolean): void }) {
  const t = useTexts(TEXTS);
  const [chosen, setChosen] = useState<string[]>(layer.activeIn);
  const save = useAction((list: string[]) => api.put(adminPaths.activations(layer.slug), { municipalities: list }));
  async function submit(event: FormEvent) {
    event.preventDefault();
    if ((await save.run(chosen)) !== undefined) onDone(true);
  }
  return (
    <Section title={t.activationsTitle(layer.name)} id="organization-activations">
      <form onSubmit={(e) => void submit(e)}>
        <fieldset className="organizations-municipalities">
          <legend>{t.activeIn}</legend>
          <p className="app-hint">{t.activationsHint}</p>
          {municipalities.map((m) => (
            <CheckboxField key={m.slug} label={m.name} checked={chosen.includes(m.slug)}
              onChange={(e) => setChosen(e.target.checked ? [...chosen, m.slug] : chosen.filter((s) => s !== m.slug))} />
          ))}
        </fieldset>
        <ErrorAlert error={save.error} focus />
        <div className="app-actions">
          <button type="submit" className="staff-button" disabled={save.busy}>{t.save}</button>
          <button type="button" className="staff-button staff-button-secondary" onClick={() => onDone(false)}>{t.cancel}</button>
        </div>
      </form>
    </Section>
  );
}

/** Name, slug, kind and parent of a new organization (national administrators). */
function CreateForm({ organizations, onCreated }: { organizations: Organization[]; onCreated(created: Organization): void }) {
  const t = useTexts(TEXTS);
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [kind, setKind] = useState<Kind>('municipality');
  const [parent, setParent] = useState('');
  const create = useAction((body: unknown) => api.post<Organization>(adminPaths.organizations, body));
  const parentKind = kind === 'municipality' ? 'region' : kind === 'region' ? undefined : 'municipality';
  const parents = organizations.filter((o) => o.kind === parentKind);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const created = await create.run({ name, slug, kind, ...(parent && parentKind ? { parentSlug: parent } : {}) });
    if (!created) return;
    onCreated(created);
    setName('');
    setSlug('');
  }

  return (
    <Section title={t.createTitle} id="organization-create">
      <form className="staff-form" onSubmit={(e) => void submit(e)}>
        <TextField label={t.name} value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />
        <TextField label={t.slug} hint={t.slugHint} value={slug} onChange={(e) => setSlug(e.target.value)} required pattern="[a-z0-9][a-z0-9\-]*[a-z0-9]" maxLength={64} />
        <SelectField label={t.kind} value={kind} onChange={(e) => { setKind(e.target.value as Kind); setParent(''); }}
          options={KINDS.map((k) => ({ value: k, label: t.kindName[k] }))} />
        {parentKind ? (
          <SelectField
            label={parentKind === 'region' ? t.parentRegion : t.parentMunicipality} value={parent} required={parentKind === 'municipality'}
            onChange={(e) => setParent(e.target.value)}
            options={[{ value: '', label: t.none }, ...parents.map((p) => ({ value: p.slug, label: p.name }))]}
          />
        ) : null}
        <ErrorAlert error={create.error} focus />
        <div className="app-actions"><button type="submit" className="staff-button" disabled={create.busy}>{t.create}</button></div>
      </form>
    </Section>
  );
}

/**
 * `/app/organization/organizations`: every organization for national
 * administrators (with a form for a new one, and per employer or housing
 * provider the municipalities where it is active); other staff see the
 * organizations they belong to.
 */
export function OrganizationsPage() {
  const t = useTexts(TEXTS);
  const list = useApiGet<{ items: Organization[]; mayCreate: boolean }>(adminPaths.organizations);
  const [editing, setEditing] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const items = list.data?.items ?? [];
  const municipalities = items.filter((o) => o.kind === 'municipality');
  const editingLayer = items.find((o) => o.slug === editing);
  const nameOf = (slug: string) => items.find((o) => o.slug === slug)?.name ?? slug;

  return (
    <Page title={t.title} lead={t.lead}>
      <ErrorAlert error={list.error} />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data && !list.data.mayCreate ? <p className="app-muted">{t.notNational}</p> : null}
      {notice ? <Notice>{notice}</Notice> : null}
      <Section title={t.listTitle} id="organization-list">
        <div className="app-table-wrap">
          <table className="app-table">
            <thead>
              <tr>
                <th scope="col">{t.name}</th><th scope="col">{t.slug}</th><th scope="col">{t.kind}</th>
                <th scope="col">{t.parent}</th><th scope="col">{t.activeIn}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((o) => (
                <tr key={o.slug}>
                  <th scope="row">{o.name}</th>
                  <td><code>{o.slug}</code></td>
                  <td>{t.kindName[o.kind] ?? o.kind}</td>
                  <td>{o.parentSlug ? nameOf(o.parentSlug) : t.none}</td>
                  <td>
                    {o.kind === 'employer' || o.kind === 'housing_provider' ? (
                      <>
                        {o.activeIn.map(nameOf).join(', ') || t.none}
                        {list.data?.mayCreate ? (
                          <div className="app-actions">
                            <button type="button" className="staff-button staff-button-secondary" aria-expanded={editing === o.slug}
                              onClick={() => { setNotice(undefined); setEditing(editing === o.slug ? undefined : o.slug); }}>{t.edit(o.name)}</button>
                          </div>
                        ) : null}
                      </>
                    ) : t.none}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>
      {editingLayer ? (
        <ActivationsForm key={editingLayer.slug} layer={editingLayer} municipalities={municipalities} onDone={(saved) => {
          if (saved) setNotice(t.saved(editingLayer.name));
          setEditing(undefined);
          void list.reload();
        }} />
      ) : null}
      {list.data?.mayCreate ? (
        <CreateForm organizations={items} onCreated={(created) => {
          setNotice(t.created(created.name));
          void list.reload();
        }} />
      ) : null}
    </Page>
  );
}
