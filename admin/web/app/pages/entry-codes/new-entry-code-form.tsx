import { useState } from 'react';
import { ErrorAlert, Notice } from '../../components/alerts.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { Section } from '../../components/page.tsx';
import { api } from '../../shell/api-client.ts';
import { useTexts } from '../../shell/texts.ts';
import { useAction } from '../../shell/use-api.ts';
import { entryCodePaths, type EntryCodeView, type EntryLayer, type NewEntryCode } from './entry-codes-api.ts';
import { ENTRY_CODE_TEXTS } from './entry-codes-texts.ts';

/**
 * Creating a code for the municipality: the code, a label for staff and,
 * for administrators, an employer or housing provider active there whose
 * tiles the code shows on top.
 */
export function NewEntryCodeForm({ slug, layers, withLayer, onCreated }: {
  slug: string;
  layers: EntryLayer[];
  /** The caller may create codes for layers (administrators). */
  withLayer: boolean;
  onCreated: (created: EntryCodeView) => void;
}) {
  const t = useTexts(ENTRY_CODE_TEXTS);
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const [layer, setLayer] = useState('');
  const [created, setCreated] = useState<string>();
  const create = useAction((body: NewEntryCode) => api.post<EntryCodeView>(entryCodePaths.create(), body));
  return (
    <Section title={t.newTitle} id="new-entry-code">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setCreated(undefined);
          void create.run({ org: slug, code: code.trim(), ...(label.trim() ? { label: label.trim() } : {}), ...(layer ? { layer } : {}) })
            .then((answer) => {
              if (!answer) return;
              setCreated(answer.code);
              setCode('');
              setLabel('');
              setLayer('');
              onCreated(answer);
            });
        }}
      >
        <TextField
          label={t.code} hint={t.newCodeHint} value={code} onChange={(e) => setCode(e.target.value)}
          required minLength={2} maxLength={64} pattern="[A-Za-z0-9][A-Za-z0-9\-]*[A-Za-z0-9]" autoComplete="off" spellCheck={false}
        />
        <TextField label={t.label} hint={t.newLabelHint} value={label} onChange={(e) => setLabel(e.target.value)} maxLength={200} />
        {withLayer && layers.length > 0 ? (
          <SelectField
            label={t.layer} hint={t.layerHint} value={layer} onChange={(e) => setLayer(e.target.value)}
            options={[{ value: '', label: t.layerNone }, ...layers.map((l) => ({ value: l.slug, label: l.name }))]}
          />
        ) : null}
        <div className="app-actions">
          <button type="submit" className="staff-button" disabled={create.busy}>{t.create}</button>
        </div>
        <ErrorAlert error={create.error} focus />
        {created ? <Notice>{t.created(created)}</Notice> : null}
      </form>
    </Section>
  );
}
