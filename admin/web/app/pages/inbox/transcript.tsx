import { forwardRef, type ReactNode } from 'react';
import type { TranscriptEntry } from './inbox-api.ts';
import type { InboxFormat } from './inbox-format.ts';

/** A labelled text block; the text carries its language so screen readers pronounce it right. */
function Block({ label, text, lang, className }: { label: string; text: string; lang?: string | null; className: string }) {
  return (
    <div className={`inbox-entry-block ${className}`}>
      <span className="inbox-entry-label">{label}</span>
      <p className="inbox-entry-text" lang={lang ?? undefined}>{text}</p>
    </div>
  );
}

function When({ at, f }: { at: string; f: InboxFormat }) {
  return <time dateTime={at}>{f.time(at)}</time>;
}

/** How far a message got: people's messages show each step, the bot's only trouble. */
function Delivery({ entry, f }: { entry: TranscriptEntry; f: InboxFormat }) {
  if (!entry.deliveryStatus || entry.role === 'contact') return null;
  if (entry.deliveryStatus === 'failed') {
    return <p className="inbox-delivery inbox-delivery-failed" role="note">{f.t.deliveryFailed(entry.deliveryError ?? '?')}</p>;
  }
  if (entry.role === 'bot') return null;
  return <p className="inbox-delivery">{f.t.delivery[entry.deliveryStatus] ?? entry.deliveryStatus}</p>;
}

/** A message: the person's original and its translation, the worker's text and what the person received, the bot's as sent. */
function MessageEntry({ entry, f }: { entry: TranscriptEntry; f: InboxFormat }) {
  const { t } = f;
  const role = entry.role ?? entry.author;
  const who = entry.role === 'worker' ? entry.author : t.authors[role] ?? role;
  const translation = entry.translation;
  const parts: ReactNode[] = [];
  if (entry.role === 'worker') {
    parts.push(<p key="text" className="inbox-entry-text" lang={entry.language ?? undefined}>{entry.text}</p>);
    if (translation) {
      parts.push(<Block key="received" label={t.received(f.language(translation.language))} text={translation.text} lang={translation.language} className="inbox-entry-received" />);
    }
  } else {
    const label = entry.role === 'contact' ? t.original(f.language(entry.language)) : t.asSent(f.language(entry.language));
    parts.push(<Block key="original" label={label} text={entry.text} lang={entry.language} className="inbox-entry-original" />);
    if (translation && !translation.warning) {
      parts.push(<Block key="translation" label={t.translation(f.language(translation.language))} text={translation.text} lang={translation.language} className="inbox-entry-translation" />);
    }
  }
  return (
    <li className={`inbox-entry inbox-entry-${entry.role ?? 'message'}`}>
      <p className="inbox-entry-head"><strong>{who}</strong> · <When at={entry.at} f={f} /></p>
      {parts}
      {translation?.warning ? <p className="inbox-entry-warning" role="note">{t.translationWarning(translation.warning)}</p> : null}
      <Delivery entry={entry} f={f} />
    </li>
  );
}

function EventEntry({ entry, f }: { entry: TranscriptEntry; f: InboxFormat }) {
  const describe = f.t.events[entry.type ?? ''];
  return (
    <li className="inbox-entry inbox-entry-event">
      <p>{describe ? describe(entry.author) : entry.type} · <When at={entry.at} f={f} /></p>
    </li>
  );
}

function NoteEntry({ entry, f }: { entry: TranscriptEntry; f: InboxFormat }) {
  return (
    <li className="inbox-entry inbox-entry-note">
      <p className="inbox-entry-head"><strong>{f.t.note(entry.author)}</strong> · <When at={entry.at} f={f} /></p>
      <p className="inbox-entry-text">{entry.text}</p>
    </li>
  );
}

/**
 * The whole timeline: messages with originals and translations, internal
 * notes, status changes. A scrolling list, so it takes keyboard focus
 * (arrow keys scroll it) and is named by its heading.
 */
export const Transcript = forwardRef<HTMLOListElement, { entries: readonly TranscriptEntry[]; f: InboxFormat; labelledBy: string }>(
  function Transcript({ entries, f, labelledBy }, ref) {
    return (
      <ol id="transcript" ref={ref} className="inbox-transcript" tabIndex={0} aria-labelledby={labelledBy}>
        {entries.map((entry) => {
          if (entry.kind === 'note') return <NoteEntry key={entry.id} entry={entry} f={f} />;
          if (entry.kind === 'event') return <EventEntry key={entry.id} entry={entry} f={f} />;
          return <MessageEntry key={entry.id} entry={entry} f={f} />;
        })}
      </ol>
    );
  },
);
