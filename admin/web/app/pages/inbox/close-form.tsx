import { useEffect, useState } from 'react';
import {
  CLOSE_OUTCOMES, EMPLOYMENT_TYPES, HOUSING_TYPES, inboxApi,
  type CloseDetails, type CloseOutcome, type EmploymentType, type HousingType,
} from './inbox-api.ts';
import type { InboxFormat } from './inbox-format.ts';

/**
 * Closing a conversation: the outcome (required) and, for the
 * municipality's reports, the agency the person was referred to (its own
 * list, loaded per conversation), their employment and housing type. Only
 * counts reach the reports; "not known" leaves a field out.
 */
export function CloseForm({ conversationId, busy, f, onClose }: {
  conversationId: string;
  busy: boolean;
  f: InboxFormat;
  onClose: (outcome: CloseOutcome, details: CloseDetails) => void;
}) {
  const { t } = f;
  const [outcome, setOutcome] = useState<CloseOutcome>('resolved');
  const [agency, setAgency] = useState('');
  const [employment, setEmployment] = useState<EmploymentType | ''>('');
  const [housing, setHousing] = useState<HousingType | ''>('');
  const [agencies, setAgencies] = useState<string[]>([]);

  useEffect(() => {
    let cancelled = false;
    setAgency('');
    inboxApi.closeOptions(conversationId).then((options) => { if (!cancelled) setAgencies(options.agencies); }, () => undefined);
    return () => { cancelled = true; };
  }, [conversationId]);

  const submit = () => onClose(outcome, {
    ...(agency ? { agency } : {}),
    ...(employment ? { employmentType: employment } : {}),
    ...(housing ? { housingType: housing } : {}),
  });

  return (
    <fieldset className="inbox-close-form" aria-describedby="close-hint">
      <legend>{t.closeHeading}</legend>
      <p id="close-hint" className="app-muted">{t.closeHint}</p>
      <span className="inbox-action-field">
        <label htmlFor="close-outcome">{t.outcome}</label>
        <select id="close-outcome" value={outcome} onChange={(e) => setOutcome(e.target.value as CloseOutcome)}>
          {CLOSE_OUTCOMES.map((o) => <option key={o} value={o}>{t.outcomes[o] ?? o}</option>)}
        </select>
      </span>
      <span className="inbox-action-field">
        <label htmlFor="close-agency">{t.agency}</label>
        <select id="close-agency" value={agency} onChange={(e) => setAgency(e.target.value)}>
          <option value="">{t.noAgency}</option>
          {agencies.map((a) => <option key={a} value={a}>{a}</option>)}
        </select>
      </span>
      <span className="inbox-action-field">
        <label htmlFor="close-employment">{t.employment}</label>
        <select id="close-employment" value={employment} onChange={(e) => setEmployment(e.target.value as EmploymentType | '')}>
          <option value="">{t.notKnown}</option>
          {EMPLOYMENT_TYPES.map((o) => <option key={o} value={o}>{t.employmentTypes[o] ?? o}</option>)}
        </select>
      </span>
      <span className="inbox-action-field">
        <label htmlFor="close-housing">{t.housing}</label>
        <select id="close-housing" value={housing} onChange={(e) => setHousing(e.target.value as HousingType | '')}>
          <option value="">{t.notKnown}</option>
          {HOUSING_TYPES.map((o) => <option key={o} value={o}>{t.housingTypes[o] ?? o}</option>)}
        </select>
      </span>
      <button id="close-button" type="button" className="staff-button staff-button-secondary" disabled={busy} onClick={submit}>
        {t.close}
      </button>
    </fieldset>
  );
}
