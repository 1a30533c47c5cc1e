import { escapeXml, KEEP_TAG, protectTerms, unescapeXml } from './term-protection.ts';

/**
 * The inline half of markdown-segments.ts: the markdown subset's inline
 * markup (`**bold**`, `_italic_`, `[label](url)`) as a small tree, that tree
 * as DeepL XML (`<b>`, `<i>`, `<a id="n">`, protected spans in `<x>`), and
 * DeepL's XML answer back to markdown. Pure, no I/O.
 */

/** One inline piece: text, or bold / italic / a link around more pieces. */
export type InlineNode =
  | { kind: 'text'; text: string }
  | { kind: 'b' | 'i'; children: InlineNode[] }
  | { kind: 'a'; url: string; children: InlineNode[] };

/** The same inline syntax the channels read (core/channel-format/telegram-html.ts). */
const INLINE = /\*\*(?!\s)(.+?)(?<!\s)\*\*|(?<![\p{L}\p{N}_])_(?![\s_])(.+?)(?<![\s_])_(?![\p{L}\p{N}_])|\[((?:\\.|[^\\[\]\n])+)\]\(([^()\s]+)\)/gu;

/** Parses one line's inline markup; `render(parseInline(x)) === x` for every x. */
export function parseInline(text: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  let last = 0;
  const plain = (value: string) => {
    if (value) nodes.push({ kind: 'text', text: value });
  };
  for (const match of text.matchAll(INLINE)) {
    plain(text.slice(last, match.index));
    last = match.index + match[0].length;
    const [, bold, italic, label, url] = match;
    if (bold !== undefined) nodes.push({ kind: 'b', children: parseInline(bold) });
    else if (italic !== undefined) nodes.push({ kind: 'i', children: parseInline(italic) });
    else nodes.push({ kind: 'a', url, children: parseInline(unescapeLabel(label)) });
  }
  plain(text.slice(last));
  return nodes;
}

/** `\[` and `\]` in a link label are brackets; other backslashes stay as written. */
function unescapeLabel(label: string): string {
  return label.replace(/\\(.)/gu, (whole, c: string) => (c === '[' || c === ']' ? c : whole));
}

function escapeLabel(text: string): string {
  return text.replace(/[[\]]/g, (c) => `\\${c}`);
}

/** Inline nodes back to markdown (link labels re-escaped). */
export function renderInline(nodes: readonly InlineNode[], inLabel = false): string {
  return nodes.map((node) => {
    if (node.kind === 'text') return inLabel ? escapeLabel(node.text) : node.text;
    if (node.kind === 'a') return `[${renderInline(node.children, true)}](${node.url})`;
    const mark = node.kind === 'b' ? '**' : '_';
    return `${mark}${renderInline(node.children, inLabel)}${mark}`;
  }).join('');
}

/** The text a reader sees (markup removed), for sentence boundaries. */
export function plainText(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => (node.kind === 'text' ? node.text : plainText(node.children))).join('');
}

/**
 * What DeepL must not translate: URLs, e-mail addresses, `{{placeholders}}`,
 * and anything with a digit (numbers, amounts with their currency sign,
 * percentages, phone numbers, dates like 01-01-2027 or the day and year of
 * "1 January 2027", times, codes like "A4"); stray `**` and `](` too, so no
 * markdown-looking text reaches DeepL.
 */
const PROTECTED = new RegExp([
  String.raw`https?:\/\/[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'"]`,
  String.raw`www\.[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'"]`,
  String.raw`[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+`,
  String.raw`\{\{[^{}]*\}\}`,
  String.raw`(?:[€$£¥₺₴₽]\s?)?\+?(?:\(\d+\)\s?)?[\p{L}]*\p{N}[\p{L}\p{N}]*(?:(?:[.,:/\-–]|\s(?=\d))[\p{L}]*\p{N}[\p{L}\p{N}]*)*(?:\s?[%€])?`,
  String.raw`\*{2,}|\]\(`,
].join('|'), 'gu');

/** Plain text as XML: escaped, protected spans and glossary terms in `<x>…</x>`. */
export function protectText(text: string, glossary: readonly string[]): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(PROTECTED)) {
    out += protectTerms(text.slice(last, match.index), glossary);
    out += `<${KEEP_TAG}>${escapeXml(match[0])}</${KEEP_TAG}>`;
    last = match.index + match[0].length;
  }
  return out + protectTerms(text.slice(last), glossary);
}

/** How a link is written in the XML: by number (URL in the frame) or with its URL as `href`. */
export type LinkStyle = 'id' | 'href';

/** Inline nodes as one DeepL XML segment; `urls` collects the links' URLs in `id` order. */
export function toXml(nodes: readonly InlineNode[], glossary: readonly string[], urls: string[], style: LinkStyle): string {
  return nodes.map((node) => {
    if (node.kind === 'text') return protectText(node.text, glossary);
    const inner = toXml(node.children, glossary, urls, style);
    if (node.kind !== 'a') return `<${node.kind}>${inner}</${node.kind}>`;
    urls.push(node.url);
    const attribute = style === 'id' ? `id="${urls.length - 1}"` : `href="${escapeXml(node.url).replace(/"/g, '&quot;')}"`;
    return `<a ${attribute}>${inner}</a>`;
  }).join('');
}

/** A parsed XML element of a DeepL answer. */
interface XmlElement {
  tag: string;
  attributes: Record<string, string>;
  children: Array<XmlElement | string>;
}

const TOKEN = /<(\/?)([A-Za-z][\w-]*)((?:\s+[A-Za-z][\w-]*\s*=\s*"[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
const KNOWN_TAGS = new Set(['b', 'i', 'a', KEEP_TAG]);

/** Parses DeepL's answer; undefined when its tags are broken (unbalanced, unknown, a stray `<`). */
function parseXml(xml: string): XmlElement | undefined {
  const root: XmlElement = { tag: '', attributes: {}, children: [] };
  const stack = [root];
  for (const [, closing, tag, rawAttributes, selfClosing, text, stray] of xml.matchAll(TOKEN)) {
    const top = stack[stack.length - 1];
    if (stray) return undefined;
    if (text !== undefined) {
      top.children.push(unescapeXml(text));
      continue;
    }
    const name = tag.toLowerCase();
    if (!KNOWN_TAGS.has(name)) return undefined;
    if (closing) {
      if (top.tag !== name || stack.length === 1) return undefined;
      stack.pop();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key, value] of rawAttributes.matchAll(/([A-Za-z][\w-]*)\s*=\s*"([^"]*)"/g)) attributes[key.toLowerCase()] = unescapeXml(value);
    const element: XmlElement = { tag: name, attributes, children: [] };
    top.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  return stack.length === 1 ? root : undefined;
}

/** The text of an element, markup removed. */
function textOf(node: XmlElement | string): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

/** Marks around `inner`, with whitespace DeepL put inside the tags moved outside (`** x**` is no bold). */
function wrap(open: string, inner: string, close: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner)!;
  return match[2] ? `${match[1]}${open}${match[2]}${close}${match[3]}` : inner;
}

/** Concatenates rendered pieces; whitespace moved out of a tag next to whitespace already there is dropped. */
function joinPieces(pieces: readonly string[]): string {
  let out = '';
  for (const piece of pieces) out += /\s$/.test(out) ? piece.replace(/^\s+/, '') : piece;
  return out;
}

/** An element back to markdown; throws `BrokenSegment` for a link it cannot place. */
function toMarkdown(node: XmlElement | string, linkUrl: (attributes: Record<string, string>) => string | undefined, inLabel: boolean, used: Set<string>): string {
  if (typeof node === 'string') return inLabel ? escapeLabel(node) : node;
  const inner = () => joinPieces(node.children.map((child) => toMarkdown(child, linkUrl, node.tag === 'a' || inLabel, used)));
  if (node.tag === KEEP_TAG) return inLabel ? escapeLabel(textOf(node)) : textOf(node);
  if (node.tag === 'b') return wrap('**', inner(), '**');
  if (node.tag === 'i') return wrap('_', inner(), '_');
  if (node.tag === 'a') {
    const url = linkUrl(node.attributes);
    if (url === undefined || inLabel) throw new BrokenSegment();
    used.add(url);
    const label = inner();
    return label.trim() ? wrap('[', label, `](${url})`) : `${label}[${escapeLabel(url)}](${url})`;
  }
  return inner();
}

class BrokenSegment extends Error {}

/**
 * A translated segment back to markdown. Links are found by `linkUrl` (from
 * their `id` or `href`). Broken tags: the text with the markup removed, and
 * the URLs of links that did not come back appended, so none is lost.
 */
export function segmentToMarkdown(xml: string, linkUrl: (attributes: Record<string, string>) => string | undefined, expectedUrls: readonly string[] = []): string {
  const root = parseXml(xml);
  const used = new Set<string>();
  if (root) {
    try {
      const markdown = toMarkdown(root, linkUrl, false, used);
      const missing = expectedUrls.filter((url) => !used.has(url));
      return missing.length ? `${markdown} ${missing.join(' ')}` : markdown;
    } catch (err) {
      if (!(err instanceof BrokenSegment)) throw err;
    }
  }
  const text = unescapeXml(xml.replace(/<[^<>]*>|</g, ''));
  const missing = expectedUrls.filter((url) => !text.includes(url));
  return missing.length ? `${text} ${missing.join(' ')}` : text;
}
