import { useEffect, useId, useState } from 'react';
import { ErrorAlert, Notice } from '../../components/alerts.tsx';
import { CheckboxField, SelectField, TextField } from '../../components/fields.tsx';
import { Section } from '../../components/page.tsx';
import { api } from '../../shell/api-client.ts';
import { useTexts } from '../../shell/texts.ts';
import { useAction } from '../../shell/use-api.ts';
import {
  ENTRY_LINK_KINDS, FLYER_LANGUAGES, FLYER_MAX_LANGUAGES, entryCodePaths, type EntryCodeView, type EntryLinkKind,
} from './entry-codes-api.ts';
import { ENTRY_CODE_TEXTS } from './entry-codes-texts.ts';

/**
 * One code's printing and settings: its QR code (preview, PNG and SVG
 * downloads) for the link chosen, the A4 flyer in up to six languages, and
 * for staff who may change it its label and the switch.
 */
export function EntryCodeDetails({ entry, onChanged }: { entry: EntryCodeView; onChanged: () => void }) {
  const t = useTexts(ENTRY_CODE_TEXTS);
  const ids = useId();
  const available = ENTRY_LINK_KINDS.filter((kind) => entry.links[kind]);
  const [link, setLink] = useState<EntryLinkKind>('web');
  const [languages, setLanguages] = useState<string[]>([]);
  const [label, setLabel] = useState(entry.label ?? '');
  const [notice, setNotice] = useState<string>();
  useEffect(() => setLabel(entry.label ?? ''), [entry.label]);

  const change = useAction((body: { label?: string | null; active?: boolean }) => api.patch<EntryCodeView>(entryCodePaths.code(entry.code), body));
  const run = (body: { label?: string | null; active?: boolean }, done: string) => {
    setNotice(undefined);
    void change.run(body).then((answer) => {
      if (!answer) return;
      setNotice(done);
      onChanged();
    });
  };
  const toggle = (code: string, on: boolean) => setLanguages((chosen) => (on ? [...chosen, code] : chosen.filter((c) => c !== code)));
  const tooMany = languages.length > FLYER_MAX_LANGUAGES;
  const ordered = FLYER_LANGUAGES.map((l) => l.code).filter((code) => languages.includes(code));

  return (
    <Section title={t.qrTitle(entry.code)} id={`entry-code-${entry.code}`}>
      <div className="entry-codes-print">
        <img
          className="entry-codes-qr" width={192} height={192}
          src={entryCodePaths.qrPng(entry.code, link, 384)} alt={t.qrAlt(entry.code, t.linkNames[link])}
        />
        <div>
          <SelectField
            label={t.qrLink} value={link} onChange={(e) => setLink(e.target.value as EntryLinkKind)}
            options={available.map((kind) => ({ value: kind, label: `${t.linkNames[kind]}: ${entry.links[kind]}` }))}
          />
          <p>
            {t.download}:{' '}
            <a href={entryCodePaths.qrPng(entry.code, link)} download={`qr-${entry.code}-${link}.png`}>{t.png}</a>
            {' · '}
            <a href={entryCodePaths.qrSvg(entry.code, link)} download={`qr-${entry.code}-${link}.svg`}>{t.svg}</a>
          </p>
        </div>
      </div>

      <fieldset className="entry-codes-languages" aria-describedby={`${ids}-flyer-hint`}>
        <legend>{t.flyerLanguages(FLYER_MAX_LANGUAGES)}</legend>
        <p id={`${ids}-flyer-hint`} className="app-hint">{t.flyerHint(FLYER_MAX_LANGUAGES)}</p>
        <div className="entry-codes-language-grid">
          {FLYER_LANGUAGES.map((l) => (
            <CheckboxField
              key={l.code} id={`${ids}-lang-${l.code}`}
              label={<span lang={l.code}>{l.name}</span>}
              checked={languages.includes(l.code)} onChange={(e) => toggle(l.code, e.target.checked)}
            />
          ))}
        </div>
        {tooMany ? <p className="app-field-error" role="alert">{t.flyerTooMany(FLYER_MAX_LANGUAGES)}</p> : null}
      </fieldset>
      <div className="app-actions">
        {tooMany
          ? <span className="staff-button staff-button-secondary" aria-disabled="true">{t.flyerOpen}</span>
          : <a className="staff-button" href={entryCodePaths.flyer(entry.code, link, ordered)} target="_blank" rel="noopener">{t.flyerOpen}</a>}
      </div>

      <h3>{t.editTitle}</h3>
      {entry.mayChange ? (
        <>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              run({ label: label.trim() || null }, t.saved);
            }}
          >
            <TextField label={t.label} hint={t.newLabelHint} value={label} onChange={(e) => setLabel(e.target.value)} maxLength={200} />
            <div className="app-actions">
              <button type="submit" className="staff-button staff-button-secondary" disabled={change.busy}>{t.save}</button>
              <button
                type="button" className="staff-button staff-button-secondary" disabled={change.busy}
                onClick={() => run({ active: !entry.active }, entry.active ? t.switchedOff(entry.code) : t.switchedOn(entry.code))}
              >
                {entry.active ? t.switchOff : t.switchOn}
              </button>
            </div>
          </form>
          <ErrorAlert error={change.error} focus />
          {notice ? <Notice>{notice}</Notice> : null}
        </>
      ) : <p className="app-hint">{t.readOnly}</p>}
    </Section>
  );
}
