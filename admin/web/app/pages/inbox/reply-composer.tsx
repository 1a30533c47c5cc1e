import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../shell/api-client.ts';
import { inboxApi, MAX_REPLY_LENGTH, type CannedReply, type ConversationView, type Preview } from './inbox-api.ts';
import type { InboxFormat } from './inbox-format.ts';

/** The preview of `text`: `result` undefined while it is being translated. */
interface PreviewState {
  text: string;
  result?: Preview;
}

/**
 * The reply form. The preview always shows what the person will receive
 * before Send does anything: a click on Send before the preview is there
 * only shows it; without a translation the message goes out only once the
 * worker ticks "send untranslated". Mount it with `key={conversation.id}`
 * so another conversation starts with an empty form.
 */
export function ReplyComposer({ conversation, mine, holder, canned, workerLanguage, f, onError, onSent }: {
  conversation: ConversationView;
  /** Whether the signed-in worker holds the conversation (only then can they write). */
  mine: boolean;
  /** Who holds it, when someone else does. */
  holder: string;
  canned: readonly CannedReply[];
  /** The language the worker writes in (their first language). */
  workerLanguage: string;
  f: InboxFormat;
  /** Shows (or, with null, clears) the page's error. */
  onError(message: string | null): void;
  onSent(): Promise<void>;
}) {
  const { t } = f;
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<PreviewState | null>(null);
  const [untranslated, setUntranslated] = useState(false);
  const [cannedId, setCannedId] = useState('');
  const [sending, setSending] = useState(false);
  const sequence = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  const previewRef = useRef<PreviewState | null>(null);
  previewRef.current = preview;
  const reply = useRef<HTMLTextAreaElement>(null);
  const confirm = useRef<HTMLInputElement>(null);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const errorText = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'TRANSLATION_UNAVAILABLE') return t.errorTranslation;
    if (error instanceof ApiError && error.status === 404) return t.errorNotFound;
    if (error instanceof ApiError && error.status === 409) return t.errorConflict;
    if (error instanceof ApiError && error.status === 400) return t.errorInvalid(MAX_REPLY_LENGTH);
    return t.errorGeneric;
  };

  /** Asks what the person would receive for `value` (unless that is already shown). */
  async function requestPreview(value: string): Promise<void> {
    window.clearTimeout(timer.current);
    const wanted = value.trim();
    if (!wanted || !mine) {
      setPreview(null);
      return;
    }
    const current = previewRef.current;
    if (current && current.text === wanted && current.result) return;
    const seq = ++sequence.current;
    setPreview({ text: wanted });
    try {
      const result = await inboxApi.preview(conversation.id, wanted);
      if (seq === sequence.current) setPreview({ text: wanted, result });
    } catch (error) {
      if (seq !== sequence.current) return;
      setPreview(null);
      onError(errorText(error));
    }
  }

  function changeText(value: string) {
    sequence.current += 1;
    setText(value);
    setPreview(null);
    setUntranslated(false);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void requestPreview(value), 500);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    onError(null);
    const wanted = text.trim();
    if (!wanted) {
      onError(t.errorNoText);
      reply.current?.focus();
      return;
    }
    const shown = previewRef.current;
    const ready = mine && shown?.result && shown.text === wanted && (shown.result.status !== 'unavailable' || untranslated);
    if (!ready) {
      if (shown?.result && shown.text === wanted && shown.result.status === 'unavailable') {
        // No translation: it goes out only once the worker confirms sending it as written.
        onError(t.errorConfirmUntranslated);
        confirm.current?.focus();
        return;
      }
      // Not seen yet: show what the person would receive; sending takes a second click.
      await requestPreview(wanted);
      return;
    }
    setSending(true);
    try {
      await inboxApi.reply(conversation.id, wanted, shown.result?.status === 'unavailable' && untranslated);
      sequence.current += 1;
      setText('');
      setPreview(null);
      setUntranslated(false);
      await onSent();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'TRANSLATION_UNAVAILABLE') {
        setPreview({ text: wanted, result: { status: 'unavailable', text: wanted, language: conversation.language ?? '' } });
      }
      onError(errorText(error));
    } finally {
      setSending(false);
    }
    reply.current?.focus();
  }

  function insertCanned() {
    const chosen = canned.find((r) => r.id === cannedId) ?? canned[0];
    if (!chosen) return;
    changeText(chosen.text);
    void requestPreview(chosen.text);
    reply.current?.focus();
  }

  const result = preview?.result;
  const unavailable = result?.status === 'unavailable';
  const hint = mine ? '' : conversation.state === 'agent' ? t.composerHeldBy(holder) : t.composerNeedsClaim;
  let label = '';
  let shownText = t.previewEmpty;
  let shownLang: string | undefined;
  if (preview && !result) {
    label = t.previewLabel(f.language(conversation.language));
    shownText = t.previewLoading;
  } else if (result) {
    label = t.previewLabel(f.language(result.language)) + (result.status === 'same_language' ? ` ${t.previewSame}` : '');
    shownText = result.text;
    shownLang = result.language || undefined;
  }

  return (
    <form id="composer" className={mine ? 'inbox-composer' : 'inbox-composer is-disabled'} noValidate onSubmit={(e) => void submit(e)}>
      <h3>{t.replyHeading}</h3>
      {hint ? <p id="composer-hint" className="app-muted">{hint}</p> : null}
      <div className="inbox-canned">
        <label htmlFor="canned-select">{t.cannedLabel}</label>
        <select id="canned-select" value={cannedId} disabled={!mine || canned.length === 0} onChange={(e) => setCannedId(e.target.value)}>
          {canned.length === 0 ? <option value="">{t.cannedNone}</option> : canned.map((r) => <option key={r.id} value={r.id}>{r.title}</option>)}
        </select>
        <button id="canned-insert" type="button" className="staff-button staff-button-secondary" disabled={!mine || canned.length === 0} onClick={insertCanned}>
          {t.cannedInsert}
        </button>
      </div>
      <label id="reply-label" htmlFor="reply-text">{t.replyLabel(f.language(workerLanguage))}</label>
      <textarea
        id="reply-text"
        ref={reply}
        rows={4}
        maxLength={MAX_REPLY_LENGTH}
        lang={workerLanguage}
        aria-describedby={hint ? 'composer-hint preview' : 'preview'}
        disabled={!mine}
        value={text}
        onChange={(e) => changeText(e.target.value)}
      />
      <div id="preview" className="inbox-preview" aria-live="polite">
        <p id="preview-label" className="inbox-preview-label">{label}</p>
        <p id="preview-text" className="inbox-preview-text" lang={shownLang}>{shownText}</p>
      </div>
      {unavailable ? (
        <div id="preview-warning" className="inbox-preview-warning">
          <p id="preview-warning-text">{result.warning ? t.translationWarning(result.warning) : t.errorTranslation}</p>
          <label className="inbox-checkbox">
            <input
              id="send-untranslated"
              ref={confirm}
              type="checkbox"
              aria-describedby="untranslated-hint"
              checked={untranslated}
              onChange={(e) => setUntranslated(e.target.checked)}
            />{' '}
            <span>{t.sendUntranslated}</span>
          </label>
          <p id="untranslated-hint" className="inbox-preview-hint">{t.untranslatedHint}</p>
        </div>
      ) : null}
      {/* Send stays clickable while the preview is pending: a click then shows the preview and sends nothing. */}
      <button id="send-button" type="submit" className="staff-button" disabled={!mine || !text.trim() || sending}>{t.send}</button>
    </form>
  );
}
