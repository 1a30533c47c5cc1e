import { useState } from 'react';
import { CloseForm } from './close-form.tsx';
import type { CloseDetails, CloseOutcome, Colleague, ConversationView } from './inbox-api.ts';
import type { InboxFormat } from './inbox-format.ts';

/** The buttons' ids: after an action, focus returns to the same button when it is still there. */
export const ACTION_IDS = {
  claim: 'claim-button', release: 'release-button', assign: 'assign-button', handBack: 'hand-back-button', close: 'close-button',
} as const;
export type ActionName = keyof typeof ACTION_IDS;

/** What an action button asks the page to do (the page calls the API, reloads and moves focus). */
export type RunAction = (name: ActionName, detail?: { userId?: string; outcome?: CloseOutcome; close?: CloseDetails }) => Promise<void>;

/**
 * Claim, release, assign to a colleague, hand back to the bot, close with
 * an outcome (and the closing details, CloseForm): each shown only when it
 * applies to the conversation's state.
 */
export function ConversationActions({ conversation, mine, colleagues, busy, f, onAction }: {
  conversation: ConversationView;
  mine: boolean;
  /** Colleagues of the conversation's municipality who could take it. */
  colleagues: readonly Colleague[];
  busy: boolean;
  f: InboxFormat;
  onAction: RunAction;
}) {
  const { t } = f;
  const [assignee, setAssignee] = useState('');
  const open = conversation.state === 'waiting' || conversation.state === 'agent';
  const chosen = colleagues.some((c) => c.id === assignee) ? assignee : colleagues[0]?.id ?? '';
  return (
    <div className="inbox-detail-actions" role="group" aria-labelledby="actions-label">
      <span id="actions-label" className="visually-hidden">{t.actions}</span>
      {conversation.state === 'waiting' ? (
        <button id={ACTION_IDS.claim} type="button" className="staff-button" disabled={busy} onClick={() => void onAction('claim')}>{t.claim}</button>
      ) : null}
      {mine ? (
        <button id={ACTION_IDS.release} type="button" className="staff-button staff-button-secondary" disabled={busy} onClick={() => void onAction('release')}>{t.release}</button>
      ) : null}
      {open ? (
        <span className="inbox-action-field">
          <label htmlFor="assign-select">{t.assignTo}</label>
          <select id="assign-select" value={chosen} disabled={colleagues.length === 0} onChange={(e) => setAssignee(e.target.value)}>
            {colleagues.length === 0 ? <option value="">{t.noColleagues}</option> : colleagues.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
          <button
            id={ACTION_IDS.assign}
            type="button"
            className="staff-button staff-button-secondary"
            disabled={busy || colleagues.length === 0}
            onClick={() => void onAction('assign', { userId: chosen })}
          >
            {t.assign}
          </button>
        </span>
      ) : null}
      {open ? (
        <button id={ACTION_IDS.handBack} type="button" className="staff-button staff-button-secondary" disabled={busy} onClick={() => void onAction('handBack')}>{t.handBack}</button>
      ) : null}
      {open ? (
        <CloseForm key={conversation.id} conversationId={conversation.id} busy={busy} f={f} onClose={(outcome, close) => void onAction('close', { outcome, close })} />
      ) : null}
    </div>
  );
}
