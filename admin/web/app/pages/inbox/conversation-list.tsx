import type { Colleague, InboxItem } from './inbox-api.ts';
import type { InboxFormat } from './inbox-format.ts';

/** Who holds a conversation: "you", a colleague, or the name the list gave. */
export function holderName(f: InboxFormat, me: string, colleagues: readonly Colleague[], id: string | null | undefined, fallback?: string): string {
  if (!id) return f.t.nobody;
  if (id === me) return f.t.you;
  return colleagues.find((c) => c.id === id)?.name ?? fallback ?? '?';
}

/** The person's last message: in the worker's language when translated (the original on hover), else as written, with its `lang`. */
function QuestionLine({ item, f }: { item: InboxItem; f: InboxFormat }) {
  const translated = item.lastQuestionTranslation;
  if (translated) {
    return <span className="inbox-item-question" lang={translated.language} title={item.lastQuestion ?? undefined}>{translated.text}</span>;
  }
  if (!item.lastQuestion) return <span className="inbox-item-question">{f.t.noQuestion}</span>;
  return <span className="inbox-item-question" lang={item.language ?? undefined}>{item.lastQuestion}</span>;
}

/**
 * The waiting and held conversations (urgent ones first, as the API sends
 * them), each a button; the open one is marked `aria-current`.
 */
export function ConversationList({ items, openId, now, me, colleagues, f, onOpen }: {
  items: readonly InboxItem[];
  openId: string | null;
  /** The clock the waiting times are counted to (ticks every 30 s). */
  now: number;
  me: string;
  colleagues: readonly Colleague[];
  f: InboxFormat;
  onOpen(id: string): void;
}) {
  return (
    <ul id="conversation-list" className="inbox-conversation-list">
      {items.map((item) => {
        const open = item.id === openId;
        const className = ['inbox-conversation-item', open ? 'is-open' : '', item.urgent ? 'is-urgent' : ''].filter(Boolean).join(' ');
        return (
          <li key={item.id}>
            <button type="button" className={className} aria-current={open ? 'true' : undefined} data-id={item.id} onClick={() => onOpen(item.id)}>
              {item.urgent ? <span className="inbox-badge inbox-badge-urgent">{f.t.urgent(f.urgentKind(item.urgent))}</span> : null}
              <span className="inbox-item-line">
                <span className={`inbox-badge inbox-state-${item.state}`}>{f.state(item.state)}</span>
                <span>{f.language(item.language)}</span>
                <span>{f.channel(item.channel)}</span>
                {item.waitingSince ? <span>{f.t.waitingFor(f.duration(now - Date.parse(item.waitingSince)))}</span> : null}
              </span>
              <span className="inbox-item-theme">{f.theme(item.theme)}</span>
              <QuestionLine item={item} f={f} />
              {item.assignee ? (
                <span className="inbox-item-assignee">{f.t.heldBy(holderName(f, me, colleagues, item.assignee.id, item.assignee.name))}</span>
              ) : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
