import { Fragment, type ReactNode } from 'react';
import { TileMarkdown } from '../../markdown/tile-markdown.tsx';
import { useTexts } from '../../shell/texts.ts';
import type { ChannelPreviews, WhatsAppMessage } from './preview-api.ts';
import { PREVIEW_TEXTS } from './preview-texts.ts';
import './preview.css';

/**
 * The bot's replies drawn as each channel shows them, from exactly what the
 * server would send (core/channel-format): WhatsApp's *bold* and _italic_,
 * Telegram's HTML (only its b, i and a elements are drawn; everything else
 * shows as text, never as markup), web chat's markdown. Buttons are shown,
 * not pressable: this is a picture of the chat.
 */

const URL_PATTERN = /(https?:\/\/[^\s]+)/;

/** WhatsApp text: `*bold*`, `_italic_`, bare links (WhatsApp makes them clickable). */
function WhatsAppText({ text }: { text: string }) {
  const parts = text.split(/(\*[^*\n]+\*|_[^_\n]+_|https?:\/\/[^\s]+)/);
  return (
    <p className="preview-bubble-text">
      {parts.map((part, i) => {
        if (/^\*[^*\n]+\*$/.test(part)) return <strong key={i}>{part.slice(1, -1)}</strong>;
        if (/^_[^_\n]+_$/.test(part)) return <em key={i}>{part.slice(1, -1)}</em>;
        if (URL_PATTERN.test(part) && part.startsWith('http')) return <a key={i} href={part} target="_blank" rel="noopener noreferrer">{part}</a>;
        return <Fragment key={i}>{part}</Fragment>;
      })}
    </p>
  );
}

/** Telegram's HTML parse mode, drawn from a parsed document: b/strong, i/em and http(s) links; any other element as its text. */
function TelegramHtml({ html }: { html: string }) {
  const body = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
  const draw = (node: ChildNode, key: number): ReactNode => {
    if (node.nodeType === Node.TEXT_NODE) return <Fragment key={key}>{node.textContent}</Fragment>;
    if (!(node instanceof Element)) return null;
    const children = [...node.childNodes].map(draw);
    switch (node.tagName.toLowerCase()) {
      case 'b': case 'strong': return <strong key={key}>{children}</strong>;
      case 'i': case 'em': return <em key={key}>{children}</em>;
      case 'a': {
        const href = node.getAttribute('href') ?? '';
        return /^https?:\/\//.test(href) ? <a key={key} href={href} target="_blank" rel="noopener noreferrer">{children}</a> : <Fragment key={key}>{children}</Fragment>;
      }
      default: return <Fragment key={key}>{children}</Fragment>;
    }
  };
  return <p className="preview-bubble-text">{[...body.childNodes].map(draw)}</p>;
}

/** Buttons under a message, as the channel lays them out (rows). */
function ButtonRows({ rows, label }: { rows: string[][]; label: string }) {
  return (
    <ul className="preview-buttons" aria-label={label}>
      {rows.map((row, i) => (
        <li key={i} className="preview-button-row">
          {row.map((title, j) => <span key={j} className="preview-button">{title}</span>)}
        </li>
      ))}
    </ul>
  );
}

function WhatsAppBubble({ message }: { message: WhatsAppMessage }) {
  const t = useTexts(PREVIEW_TEXTS);
  if (message.text) return <WhatsAppText text={message.text.body} />;
  const interactive = message.interactive;
  if (!interactive) return null;
  const action = interactive.action;
  return (
    <>
      <WhatsAppText text={interactive.body.text} />
      {action.buttons ? <ButtonRows rows={action.buttons.map((b) => [b.reply.title])} label={t.buttons} /> : null}
      {action.sections ? (
        <>
          <ButtonRows rows={[[action.button ?? '']]} label={t.buttons} />
          <ul className="preview-list" aria-label={t.listOf(action.button ?? '')}>
            {action.sections.flatMap((s) => s.rows).map((row, i) => <li key={i}>{row.description ?? row.title}</li>)}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** One channel's column: its name and the bot's messages as bubbles. */
function Channel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className={`preview-channel preview-channel-${id}`} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{title}</h3>
      <ol className="preview-messages">{children}</ol>
    </section>
  );
}

/** The replies on WhatsApp, Telegram and web chat side by side; `lang` is the language of the replies' text. */
export function ChannelPreviewsView({ previews, lang, idPrefix = 'preview' }: { previews: ChannelPreviews; lang: string; idPrefix?: string }) {
  const t = useTexts(PREVIEW_TEXTS);
  return (
    <div className="preview-channels" lang={lang}>
      <Channel id={`${idPrefix}-whatsapp`} title={t.whatsapp}>
        {previews.whatsapp.messages.map((message, i) => <li key={i} className="preview-bubble"><WhatsAppBubble message={message} /></li>)}
      </Channel>
      <Channel id={`${idPrefix}-telegram`} title={t.telegram}>
        {previews.telegram.messages.map((message, i) => (
          <li key={i} className="preview-bubble">
            <TelegramHtml html={message.text} />
            {message.keyboard ? <ButtonRows rows={message.keyboard} label={t.buttons} /> : null}
          </li>
        ))}
      </Channel>
      <Channel id={`${idPrefix}-webchat`} title={t.webchat}>
        {previews.webchat.activities.map((activity, i) => (
          <li key={i} className="preview-bubble">
            <TileMarkdown text={activity.text} lang={lang} />
            {activity.suggestedActions ? <ButtonRows rows={activity.suggestedActions.actions.map((a) => [a.title])} label={t.buttons} /> : null}
          </li>
        ))}
      </Channel>
      <details className="preview-web-session">
        <summary>{t.whatsappWeb}</summary>
        <ol className="preview-messages">
          {previews.whatsapp.webSession.map((text, i) => <li key={i} className="preview-bubble"><WhatsAppText text={text} /></li>)}
        </ol>
      </details>
    </div>
  );
}
