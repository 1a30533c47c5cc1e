import { markdownToTelegramHtml } from '../../../../core/channel-format/telegram-html.ts';

/**
 * The tile markdown subset, read exactly as the channels read it: the core's
 * own renderer (core/channel-format, the code that writes Telegram messages)
 * turns the text into its small, fully escaped HTML (`<b>`, `<i>`,
 * `<a href>`, bullets, line breaks), and this module reads that back into a
 * tree the preview renders with React. No HTML string ever reaches the page:
 * anything but those three tags stays text.
 */

/** A piece of the preview: text, or bold / italic / a link around more pieces. */
export type RichNode =
  | { kind: 'text'; text: string }
  | { kind: 'bold' | 'italic'; children: RichNode[] }
  | { kind: 'link'; href: string; children: RichNode[] };

const TAG = /<(\/?)(b|i|a)(?: href="([^"]*)")?>/g;

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"' };

function unescape(text: string): string {
  return text.replace(/&(?:lt|gt|amp|quot);/g, (entity) => ENTITIES[entity]);
}

/** Only absolute http(s) links become links (the channels show anything else as text). */
function safeHref(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the renderer's HTML (only `<b>`, `<i>`, `<a href="…">` and entities) into a tree. */
export function parseChannelHtml(html: string): RichNode[] {
  const root: RichNode[] = [];
  const stack: Array<{ tag: string; children: RichNode[] }> = [{ tag: '', children: root }];
  const top = () => stack[stack.length - 1];
  const pushText = (text: string) => {
    if (text) top().children.push({ kind: 'text', text: unescape(text) });
  };
  let last = 0;
  for (const match of html.matchAll(TAG)) {
    pushText(html.slice(last, match.index));
    last = match.index + match[0].length;
    const [, closing, tag, href] = match;
    if (closing) {
      if (stack.length > 1 && top().tag === tag) stack.pop();
      continue;
    }
    const children: RichNode[] = [];
    let node: RichNode;
    if (tag === 'a') {
      const target = href === undefined ? undefined : safeHref(unescape(href));
      if (!target) {
        // A link the channels would not make: its label stays plain text.
        stack.push({ tag, children: top().children });
        continue;
      }
      node = { kind: 'link', href: target, children };
    } else {
      node = { kind: tag === 'b' ? 'bold' : 'italic', children };
    }
    top().children.push(node);
    stack.push({ tag, children });
  }
  pushText(html.slice(last));
  return root;
}

/** Limit passed to the renderer so a preview is one piece, however long the text. */
const NO_SPLIT = Number.MAX_SAFE_INTEGER;

/**
 * A tile body as the channels will show it: lines (the renderer's `\n`), each
 * a list of pieces. Blank lines stay (paragraph breaks).
 */
export function tileMarkdownLines(markdown: string): RichNode[][] {
  const html = markdownToTelegramHtml(markdown, NO_SPLIT).join('\n');
  return html.split('\n').map((line) => parseChannelHtml(line));
}
