import { useState, type FormEvent } from 'react';
import { MAX_REPLY_LENGTH } from './inbox-api.ts';
import type { InboxFormat } from './inbox-format.ts';

/** An internal note on the conversation: kept in the timeline, never sent to the person. */
export function NoteForm({ f, onAdd }: { f: InboxFormat; onAdd(text: string): Promise<boolean> }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const wanted = text.trim();
    if (!wanted) return;
    setBusy(true);
    if (await onAdd(wanted)) setText('');
    setBusy(false);
  }
  return (
    <form id="note-form" className="inbox-note-form" noValidate onSubmit={(e) => void submit(e)}>
      <label htmlFor="note-text">{f.t.noteLabel}</label>
      <textarea id="note-text" rows={2} maxLength={MAX_REPLY_LENGTH} value={text} onChange={(e) => setText(e.target.value)} />
      <button id="note-button" type="submit" className="staff-button staff-button-secondary" disabled={busy}>{f.t.addNote}</button>
    </form>
  );
}
