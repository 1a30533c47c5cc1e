import { TextField } from '../../components/fields.tsx';
import { Section } from '../../components/page.tsx';
import { useTexts } from '../../shell/texts.ts';
import { SETTINGS_TEXTS } from './settings-texts.ts';

/** One field of an entry: its key, label and input type. */
export interface EntryField {
  key: string;
  label: string;
  type?: 'text' | 'tel' | 'email' | 'url';
  required?: boolean;
}

type Entry = Record<string, string | undefined>;

/**
 * A list of small records (referral agencies, safety-card numbers): one
 * fieldset per entry, named "Entry n", with a remove button naming it, and
 * an add button.
 */
export function EntriesEditor({ id, title, hint, fields, entries, onChange }: {
  id: string;
  title: string;
  hint: string;
  fields: readonly EntryField[];
  entries: Entry[];
  onChange(entries: Entry[]): void;
}) {
  const t = useTexts(SETTINGS_TEXTS);
  const set = (index: number, key: string, value: string) =>
    onChange(entries.map((e, i) => (i === index ? { ...e, [key]: value } : e)));
  return (
    <Section title={title} id={id}>
      <p className="app-hint">{hint}</p>
      {entries.map((entry, index) => (
        <fieldset key={index} className="settings-entry">
          <legend>{entry.name || t.entry(index + 1)}</legend>
          {fields.map((f) => (
            <TextField key={f.key} id={`${id}-${index}-${f.key}`} label={f.label} type={f.type ?? 'text'} required={f.required}
              value={entry[f.key] ?? ''} onChange={(e) => set(index, f.key, e.target.value)} />
          ))}
          <button type="button" className="staff-button staff-button-secondary" onClick={() => onChange(entries.filter((_, i) => i !== index))}>
            {t.remove(entry.name ?? '')}
          </button>
        </fieldset>
      ))}
      <div className="app-actions">
        <button type="button" className="staff-button staff-button-secondary" onClick={() => onChange([...entries, {}])}>{t.add(title)}</button>
      </div>
    </Section>
  );
}

/** An entry as the API takes it: empty fields left out. */
export function compactEntry(entry: Entry): Record<string, string> {
  return Object.fromEntries(Object.entries(entry).filter((kv): kv is [string, string] => typeof kv[1] === 'string' && kv[1].trim() !== '').map(([k, v]) => [k, v.trim()]));
}
