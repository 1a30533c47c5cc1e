/**
 * Telegram's HTML parse mode, as strictly as the Bot API documents it: only
 * its tags (b, strong, i, em, u, ins, s, strike, del, a href, code, pre,
 * span class="tg-spoiler", tg-spoiler, blockquote), properly nested; `<`,
 * `>` and `&` that are not part of a tag or entity are an error; entities
 * are &lt; &gt; &amp; &quot; and numeric ones. Used by the fake Bot API to
 * reject what Telegram would reject ("can't parse entities").
 */

const TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'a', 'code', 'pre', 'span', 'tg-spoiler', 'blockquote']);
const TAG = /^<(\/?)([a-z][a-z-]*)((?:\s+[a-z-]+="[^"<>]*")*)\s*>/i;
const ENTITY = /^&(lt|gt|amp|quot|#\d{1,7}|#x[0-9a-f]{1,6});/i;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/** Thrown for text Telegram would refuse with 400 "Bad Request: can't parse entities: …". */
export class TelegramHtmlError extends Error {}

/** What a reader sees: the visible text, and the links it contains. */
export interface ParsedTelegramHtml {
  text: string;
  links: Array<{ label: string; href: string }>;
  /** Text inside <b>…</b>, in order. */
  bold: string[];
}

/** Parses Telegram HTML; throws TelegramHtmlError for what Telegram would reject. */
export function parseTelegramHtml(html: string): ParsedTelegramHtml {
  const stack: Array<{ tag: string; start: number; href?: string }> = [];
  const result: ParsedTelegramHtml = { text: '', links: [], bold: [] };
  let i = 0;
  while (i < html.length) {
    const c = html[i];
    if (c === '<') {
      const match = TAG.exec(html.slice(i));
      if (!match) throw new TelegramHtmlError(`Unsupported start tag at byte offset ${i}`);
      const [whole, closing, rawName, attributes] = match;
      const name = rawName.toLowerCase();
      if (!TAGS.has(name)) throw new TelegramHtmlError(`Unsupported start tag "${name}" at byte offset ${i}`);
      if (closing) {
        const open = stack.pop();
        if (!open || open.tag !== name) throw new TelegramHtmlError(`Can't find end tag corresponding to start tag "${open?.tag ?? name}"`);
        const inner = result.text.slice(open.start);
        if (name === 'a' && open.href !== undefined) result.links.push({ label: inner, href: open.href });
        if (name === 'b' || name === 'strong') result.bold.push(inner);
      } else {
        const href = /\shref="([^"]*)"/i.exec(attributes)?.[1];
        if (name === 'a' && href === undefined) throw new TelegramHtmlError('Tag "a" must have attribute "href"');
        stack.push({ tag: name, start: result.text.length, href: href?.replace(/&(amp|lt|gt|quot);/g, (_, e: string) => NAMED[e]) });
      }
      i += whole.length;
    } else if (c === '&') {
      const match = ENTITY.exec(html.slice(i));
      if (!match) throw new TelegramHtmlError(`Unescaped "&" at byte offset ${i}`);
      const name = match[1].toLowerCase();
      result.text += NAMED[name] ?? String.fromCodePoint(name.startsWith('#x') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
      i += match[0].length;
    } else if (c === '>') {
      throw new TelegramHtmlError(`Unescaped ">" at byte offset ${i}`);
    } else {
      result.text += c;
      i += 1;
    }
  }
  if (stack.length > 0) throw new TelegramHtmlError(`Can't find end tag corresponding to start tag "${stack.at(-1)!.tag}"`);
  return result;
}
