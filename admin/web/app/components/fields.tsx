import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

/** Label, hint and error of a form field, wired to the control with ids (aria-describedby, aria-invalid). */
interface FieldFrame {
  label: ReactNode;
  hint?: ReactNode;
  /** Shown under the field and announced with it; marks the control aria-invalid. */
  error?: string;
}

function useFieldIds(id?: string) {
  const own = useId();
  const base = id ?? own;
  return { control: base, hint: `${base}-hint`, error: `${base}-error` };
}

function describedBy(ids: { hint: string; error: string }, hint: unknown, error: unknown): string | undefined {
  return [hint ? ids.hint : '', error ? ids.error : ''].filter(Boolean).join(' ') || undefined;
}

function Frame({ ids, label, hint, error, children }: FieldFrame & { ids: ReturnType<typeof useFieldIds>; children: ReactNode }) {
  return (
    <div className="app-field">
      <label htmlFor={ids.control}>{label}</label>
      {hint ? <p id={ids.hint} className="app-hint">{hint}</p> : null}
      {children}
      {error ? <p id={ids.error} className="app-field-error">{error}</p> : null}
    </div>
  );
}

/** A labelled `<input>`; every other prop goes to the input. */
export function TextField({ label, hint, error, id, ...input }: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  const ids = useFieldIds(id);
  return (
    <Frame ids={ids} label={label} hint={hint} error={error}>
      <input id={ids.control} aria-invalid={error ? true : undefined} aria-describedby={describedBy(ids, hint, error)} {...input} />
    </Frame>
  );
}

/** A labelled `<textarea>`. */
export function TextArea({ label, hint, error, id, ...area }: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const ids = useFieldIds(id);
  return (
    <Frame ids={ids} label={label} hint={hint} error={error}>
      <textarea id={ids.control} aria-invalid={error ? true : undefined} aria-describedby={describedBy(ids, hint, error)} {...area} />
    </Frame>
  );
}

/** A labelled `<select>` of `options` (value and label). */
export function SelectField({ label, hint, error, id, options, ...select }: FieldFrame & SelectHTMLAttributes<HTMLSelectElement> & {
  options: ReadonlyArray<{ value: string; label: string; lang?: string }>;
}) {
  const ids = useFieldIds(id);
  return (
    <Frame ids={ids} label={label} hint={hint} error={error}>
      <select id={ids.control} aria-invalid={error ? true : undefined} aria-describedby={describedBy(ids, hint, error)} {...select}>
        {options.map((o) => <option key={o.value} value={o.value} lang={o.lang}>{o.label}</option>)}
      </select>
    </Frame>
  );
}

/** A checkbox with its label after it. */
export function CheckboxField({ label, hint, id, ...input }: Omit<FieldFrame, 'error'> & InputHTMLAttributes<HTMLInputElement>) {
  const ids = useFieldIds(id);
  return (
    <div className="app-field app-field-checkbox">
      <input id={ids.control} type="checkbox" aria-describedby={hint ? ids.hint : undefined} {...input} />
      <label htmlFor={ids.control}>{label}</label>
      {hint ? <p id={ids.hint} className="app-hint">{hint}</p> : null}
    </div>
  );
}
