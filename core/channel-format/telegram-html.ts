/**
 * The core's small markdown subset (**bold**, _italic_, [label](url), "- "
 * lists, line breaks) as Telegram message text: `parse_mode: "HTML"` with
 * `<`, `>`, `&` and `"` escaped everywhere, so whatever a tile or a person
 * wrote (`<script>`, `&amp;`) shows as text and never breaks parsing; or,
 * as a fallback, plain text without markup. Long texts are split into
 * messages of at most {@link TELEGRAM_MESSAGE_LIMIT} characters, at line
 * breaks where possible, then at spaces, never inside a tag, an entity or a
 * surrogate pair; every part has balanced tags. Pure, no I/O.
 */

import type { MessageAuthor } from '../conversation/messages.ts';

/** Telegram's limit for one message's text (characters after entity parsing). */
export const TELEGRAM_MESSAGE_LIMIT = 4096;

/** A piece of text with one style. */
interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** An http(s) URL: the run is a link's label. */
  href?: string;
}

type Line = Run[];

/**
 * `**bold**`; `_italic_` only at word edges (snake_case stays as it is);
 * `[label](url)` with `\[`, `\]` escapes in the label and no spaces or
 * parentheses in the URL (the core percent-encodes them).
 */
const INLINE = /\*\*(?!\s)(.+?)(?<!\s)\*\*|(?<![\p{L}\p{N}_])_(?![\s_])(.+?)(?<![\s_])_(?![\p{L}\p{N}_])|\[((?:\\.|[^\\[\]\n])+)\]\(([^()\s]+)\)/gu;

/** Lines that are list items: `- item` or `* item`, shown with a bullet. */
const LIST_ITEM = /^(\s*)[-*]\s+(?=\S)/;

const BULLET = '• ';

/** The URL when it is an absolute http(s) URL; anything else is shown as text, never linked. */
function linkTarget(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function parseInline(text: string, style: Omit<Run, 'text'>): Run[] {
  const runs: Run[] = [];
  let last = 0;
  const plain = (value: string) => {
    if (value) runs.push({ ...style, text: value });
  };
  for (const match of text.matchAll(INLINE)) {
    plain(text.slice(last, match.index));
    last = match.index + match[0].length;
    const [, bold, italic, label, url] = match;
    if (bold !== undefined) runs.push(...parseInline(bold, { ...style, bold: true }));
    else if (italic !== undefined) runs.push(...parseInline(italic, { ...style, italic: true }));
    else {
      const shown = label.replace(/\\(.)/g, '$1');
      const href = linkTarget(url);
      if (href && !style.href) runs.push(...parseInline(shown, { ...style, href }));
      else plain(shown === url ? shown : `${shown} (${url})`);
    }
  }
  plain(text.slice(last));
  return runs;
}

/** Parses the markdown subset into lines of styled runs. */
function parse(markdown: string): Line[] {
  return markdown.replace(/\r\n?/g, '\n').split('\n').map((line) => {
    const item = LIST_ITEM.exec(line);
    if (!item) return parseInline(line, {});
    return [{ text: `${item[1]}${BULLET}` }, ...parseInline(line.slice(item[0].length), {})];
  });
}

/** The line (an outreach worker's name in bold) that says who wrote a message, taken as text, never as markup. */
export function authorLabel(author: MessageAuthor): string {
  return `${author.name} (${author.organization}):`;
}

/**
 * The parsed lines signed with the author's name in bold: in front of the
 * first line, or on a line of its own when the text starts with a list.
 */
function signed(lines: Line[], author: MessageAuthor | undefined): Line[] {
  if (!author) return lines;
  const label: Run = { text: authorLabel(author), bold: true };
  const [first = [], ...rest] = lines;
  if (first.length === 0 || first[0].text.trimStart().startsWith(BULLET)) return [[label], ...lines];
  return [[label, { text: ' ' }, ...first], ...rest];
}

/** Escapes text for Telegram HTML (text and attribute values). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** How runs become text: Telegram HTML, or plain text for the fallback. */
interface Format {
  run(run: Run): string;
}

const HTML: Format = {
  run({ text, bold, italic, href }) {
    let out = escapeHtml(text);
    if (italic) out = `<i>${out}</i>`;
    if (bold) out = `<b>${out}</b>`;
    if (href) out = `<a href="${escapeHtml(href)}">${out}</a>`;
    return out;
  },
};

const PLAIN: Format = {
  run({ text, href }) {
    return href && href !== text ? `${text} (${href})` : text;
  },
};

/** The code unit index up to which `text` may be cut without splitting a surrogate pair. */
function safeCut(text: string, index: number): number {
  const code = text.charCodeAt(index - 1);
  return code >= 0xd800 && code <= 0xdbff ? index - 1 : index;
}

/**
 * Splits one run whose output is longer than `limit` into runs that each
 * fit, cutting after a space where one is found in the second half.
 */
function splitRun(run: Run, format: Format, limit: number): Run[] {
  // Not even one character fits with this run's markup (a link with a very long URL): send it as plain text.
  if (run.href && format.run({ ...run, text: run.text.slice(0, 2) }).length > limit) {
    return splitRun({ text: PLAIN.run(run) }, format, limit);
  }
  const parts: Run[] = [];
  let rest = run.text;
  while (rest.length > 0) {
    if (format.run({ ...run, text: rest }).length <= limit) {
      parts.push({ ...run, text: rest });
      break;
    }
    // The longest prefix that fits (output grows with escaping and tags).
    let low = 1;
    let high = rest.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (format.run({ ...run, text: rest.slice(0, mid) }).length <= limit) low = mid;
      else high = mid - 1;
    }
    let cut = safeCut(rest, low);
    const space = rest.lastIndexOf(' ', cut - 1);
    if (space > cut / 2) cut = space + 1;
    if (cut < 1) cut = Math.min(rest.length, 2); // a lone surrogate pair never exceeds any sane limit
    parts.push({ ...run, text: rest.slice(0, cut) });
    rest = rest.slice(cut);
  }
  return parts;
}

/**
 * A run split so that its first part fills `room` (what is left of the
 * current message, after a worker's name or a bold title) when its markup
 * fits there, and the rest into parts of at most `limit`.
 */
function fillThenSplit(run: Run, format: Format, room: number, limit: number): Run[] {
  if (room <= 0 || format.run({ ...run, text: run.text.slice(0, 2) }).length > room) return splitRun(run, format, limit);
  const [head, ...tail] = splitRun(run, format, room);
  if (tail.length === 0) return [head];
  return [head, ...splitRun({ ...run, text: tail.map((part) => part.text).join('') }, format, limit)];
}

/**
 * Packs lines into messages of at most `limit` characters: whole lines
 * first; a line too long for one message is split between runs, and a run
 * too long at a space. Blank lines at the edges of a message are dropped.
 */
function pack(lines: Line[], format: Format, limit: number): string[] {
  const messages: string[] = [];
  let current = '';
  const flush = () => {
    const trimmed = current.replace(/^\n+|\n+$/g, '');
    if (trimmed.trim()) messages.push(trimmed);
    current = '';
  };
  const append = (piece: string, separator: string) => {
    if (current && current.length + separator.length + piece.length > limit) flush();
    current += current ? separator + piece : piece;
  };
  for (const line of lines) {
    const whole = line.map((run) => format.run(run)).join('');
    if (whole.length <= limit) {
      append(whole, '\n');
      continue;
    }
    flush();
    for (const run of line) {
      for (const part of fillThenSplit(run, format, current ? limit - current.length : 0, limit)) append(format.run(part), '');
    }
    flush();
  }
  flush();
  return messages;
}

/**
 * The markdown subset as Telegram HTML messages (`parse_mode: "HTML"`),
 * each at most `limit` characters long with balanced tags. An empty or
 * blank text gives no message. With an `author` (an outreach worker) the
 * first message starts with their name in bold: `<b>Anna (Demostad):</b> `.
 */
export function markdownToTelegramHtml(markdown: string, limit = TELEGRAM_MESSAGE_LIMIT, author?: MessageAuthor): string[] {
  return pack(signed(parse(markdown), author), HTML, limit);
}

/**
 * The same text without markup, for sending without a parse mode (the
 * fallback when Telegram rejects the HTML): styles dropped, links as
 * `label (url)`.
 */
export function markdownToPlainText(markdown: string, limit = TELEGRAM_MESSAGE_LIMIT, author?: MessageAuthor): string[] {
  return pack(signed(parse(markdown), author), PLAIN, limit);
}
