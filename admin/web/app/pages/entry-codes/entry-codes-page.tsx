import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert, Loading } from '../../components/alerts.tsx';
import { SelectField } from '../../components/fields.tsx';
import { Page, Section } from '../../components/page.tsx';
import { useSession } from '../../shell/session.tsx';
import { useTexts } from '../../shell/texts.ts';
import { useApiGet } from '../../shell/use-api.ts';
import { EntryCodeDetails } from './entry-code-details.tsx';
import { ENTRY_LINK_KINDS, entryCodePages, entryCodePaths, type EntryCodesAnswer } from './entry-codes-api.ts';
import { ENTRY_CODE_TEXTS } from './entry-codes-texts.ts';
import { NewEntryCodeForm } from './new-entry-code-form.tsx';
import './entry-codes.css';

/** Roles that see a municipality's entry codes (the API decides; this only picks the municipalities to offer). */
const SEEING_ROLES = ['editor', 'admin', 'outreach_worker'];

/**
 * `/app/studio/entry-codes[/:slug]`: a municipality's entry codes with their
 * links and how many people started a chat through each; a form for a new
 * code; per code its QR code, flyer, label and switch. Without `:slug`, the
 * first municipality the staff member may see codes of (a picker when several).
 */
export function EntryCodesPage() {
  const t = useTexts(ENTRY_CODE_TEXTS);
  const { staff } = useSession();
  const navigate = useNavigate();
  const municipalities = [...new Set(staff.memberships
    .filter((m) => m.kind === 'municipality' && SEEING_ROLES.includes(m.role)).map((m) => m.slug))];
  const slug = useParams().slug ?? municipalities[0];
  const [open, setOpen] = useState<string>();
  const answer = useApiGet<EntryCodesAnswer>(slug ? entryCodePaths.list(slug) : null);

  if (!slug) return <Page title={t.title}><p>{t.noMunicipality}</p></Page>;
  const codes = answer.data?.codes ?? [];
  const selected = codes.find((c) => c.code === open);
  return (
    <Page title={t.title} lead={t.lead}>
      {municipalities.length > 1 ? (
        <SelectField
          label={t.municipality} value={slug}
          onChange={(e) => navigate(entryCodePages.municipality(e.target.value))}
          options={municipalities.map((m) => ({ value: m, label: m }))}
        />
      ) : null}
      <ErrorAlert error={answer.error} />
      {answer.loading && !answer.data ? <Loading /> : null}

      <Section title={t.codesTitle} id="entry-codes">
        {answer.data && codes.length === 0 ? <p>{t.none}</p> : null}
        {codes.length > 0 ? (
          <div className="app-table-wrap">
            <table className="app-table entry-codes-table">
              <thead>
                <tr>
                  <th scope="col">{t.code}</th>
                  <th scope="col">{t.label}</th>
                  <th scope="col">{t.opens}</th>
                  <th scope="col">{t.status}</th>
                  <th scope="col">{t.chats}</th>
                  <th scope="col">{t.links}</th>
                  <th scope="col">{t.actions}</th>
                </tr>
              </thead>
              <tbody>
                {codes.map((c) => (
                  <tr key={c.code}>
                    <th scope="row"><code>{c.code}</code></th>
                    <td>{c.label ?? ''}</td>
                    <td>{c.layer ? c.layer.name : t.municipalityOnly}</td>
                    <td>{c.active ? t.active : t.inactive}</td>
                    <td className="entry-codes-count">{c.chatsStarted}</td>
                    <td>
                      <ul className="entry-codes-links">
                        {ENTRY_LINK_KINDS.filter((kind) => c.links[kind]).map((kind) => (
                          <li key={kind}><a href={c.links[kind]} target="_blank" rel="noopener">{t.linkNames[kind]}</a></li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      <button
                        type="button" className="staff-button staff-button-secondary" aria-expanded={open === c.code}
                        aria-controls={open === c.code ? `entry-code-${c.code}-heading` : undefined}
                        onClick={() => setOpen(open === c.code ? undefined : c.code)}
                      >
                        {open === c.code ? t.hideDetails(c.code) : t.details(c.code)}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </Section>

      {selected ? <EntryCodeDetails key={selected.code} entry={selected} onChanged={() => void answer.reload()} /> : null}

      {answer.data?.mayCreate ? (
        <NewEntryCodeForm
          slug={slug} layers={answer.data.layers} withLayer={answer.data.mayCreateWithLayer}
          onCreated={(created) => {
            setOpen(created.code);
            void answer.reload();
          }}
        />
      ) : null}
    </Page>
  );
}
