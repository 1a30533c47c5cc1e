import type { Choice, MessageAuthor, OutboundMessage } from '../conversation/messages.ts';

/**
 * The core's replies as WhatsApp text. The core writes a small markdown
 * subset (**bold**, _italic_, [label](url), "- " lists, line breaks);
 * WhatsApp has its own: *bold*, _italic_, and links are plain URLs it makes
 * clickable itself. Pure functions, shared by both transports (bots/whatsapp)
 * and the studio's preview (core/preview).
 */

/** WhatsApp's limit for one text message (Cloud API `text.body`). */
export const MAX_TEXT_CHARS = 4096;

const LINK = /\[((?:\\.|[^\]\\\n])*)\]\(([^)\s]+)\)/g;
const BOLD = /\*\*([^*\n]+?)\*\*/g;

/** `**bold**` → `*bold*`, `[label](url)` → `label: url`; `_italic_`, lists and line breaks stay as they are. */
export function toWhatsAppText(markdown: string): string {
  return markdown
    .replace(LINK, (_m, label: string, url: string) => {
      const text = label.replace(/\\([\\[\]])/g, '$1').trim();
      return text === '' || text === url ? url : `${text}: ${url}`;
    })
    .replace(BOLD, '*$1*');
}

/** WhatsApp's formatting characters (bold, italic, strike, monospace), removed from a name so it cannot restyle the text. */
const FORMAT_CHARS = /[*_~`]/g;

/** An outreach worker's signature in front of their message: `*Anna (Demostad):* `. */
export function authorPrefix(author: MessageAuthor): string {
  const name = author.name.replace(FORMAT_CHARS, '').trim();
  const organization = author.organization.replace(FORMAT_CHARS, '').trim();
  return `*${name} (${organization}):* `;
}

/**
 * The reply's text in WhatsApp format, with the links it does not already
 * contain appended as a list; signed with the worker's name when a person
 * of the municipality wrote it (`from`).
 */
export function messageText(message: Pick<OutboundMessage, 'text' | 'links' | 'from'>): string {
  const missing = message.links.filter((link) => !message.text.includes(link.url));
  const signed = (text: string) => (message.from ? `${authorPrefix(message.from)}${text}` : text);
  const text = toWhatsAppText(message.text);
  if (missing.length === 0) return signed(text);
  return signed(`${text}\n\n${missing.map((link) => `- ${link.label}: ${link.url}`).join('\n')}`);
}

/**
 * Splits a text into messages of at most `max` characters, at a paragraph
 * break if there is one in the second half of the window, else at a line
 * break, else at a space, else hard (never inside a surrogate pair).
 */
export function splitText(text: string, max = MAX_TEXT_CHARS): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const half = Math.floor(max / 2);
    let cut = [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' ')].find((i) => i >= half) ?? max;
    if (cut === max && /[\uD800-\uDBFF]/.test(rest[max - 1])) cut = max - 1;
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  chunks.push(rest);
  return chunks.filter((chunk) => chunk.trim() !== '');
}

/** The web session's form of choices: the text, a numbered list, and how to answer. */
export function numberedChoices(text: string, choices: readonly Choice[], howToAnswer: string): string {
  if (choices.length === 0) return text;
  const list = choices.map((choice, i) => `${i + 1}. ${choice.label}`).join('\n');
  return `${text}\n\n${list}\n\n_${howToAnswer}_`;
}

/** "2", " 2.", "2)", "2️⃣": the number a person typed to pick a choice, or undefined. */
export function choiceNumber(text: string | undefined): number | undefined {
  const match = /^\s*(\d{1,2})(?:\uFE0F?\u20E3)?\s*[.)]?\s*$/.exec(text ?? '');
  return match ? Number(match[1]) : undefined;
}

/** Cuts a label to `max` characters (WhatsApp counts characters, not bytes), ending with "…" when cut. */
export function cutLabel(label: string, max: number): string {
  const chars = [...label.trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** What the WhatsApp Web session sends for one reply: the text split to fit, the last part with its numbered choices. */
export function webSessionParts(message: Pick<OutboundMessage, 'text' | 'links' | 'from' | 'choices'>, replyWithNumber: string): string[] {
  const parts = splitText(messageText(message), MAX_TEXT_CHARS);
  const last = numberedChoices(parts.pop() ?? '', message.choices, replyWithNumber).trim();
  if (last) parts.push(last);
  return parts;
}
