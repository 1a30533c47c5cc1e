import { normalizeGlossary } from './glossary.ts';

/**
 * Keeping glossary terms out of machine translation without DeepL glossaries
 * (which exist for some language pairs only): the text is sent with
 * `tag_handling: 'xml'` and `ignore_tags: ['x']`, every occurrence of a term
 * wrapped in `<x>…</x>`. Everything else is escaped first, so text that looks
 * like markup ("<script>", "a < b & c") is text to DeepL and comes back as
 * the same characters.
 */

/** The tag whose content DeepL must not touch (sent as `ignore_tags`). */
export const KEEP_TAG = 'x';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Escapes the three characters XML tag handling reads as markup. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>]/g, (c) => ESCAPES[c]);
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/**
 * Reverses `escapeXml` (and the other XML entities DeepL may emit) in one
 * pass, so `&amp;lt;` becomes `&lt;` and not `<`.
 */
export function unescapeXml(xml: string): string {
  return xml.replace(/&(lt|gt|quot|apos|amp|#\d{1,7}|#x[0-9a-f]{1,6});/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower in ENTITIES) return ENTITIES[lower];
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One pattern for all terms, longest first (so "eigen risico" wins over a
 * shorter term inside it), whole words only: no letter, digit or `_`
 * directly before or after, and never the name of an entity (`&lt;`).
 * Spaces in a term match any run of whitespace.
 */
function termPattern(terms: readonly string[]): RegExp | undefined {
  const sorted = normalizeGlossary(terms).sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return undefined;
  const alternatives = sorted.map((t) => escapeRegExp(escapeXml(t)).replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}_&#])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
}

/** `text` as XML for DeepL: escaped, each glossary term wrapped in `<x>…</x>`. */
export function protectTerms(text: string, terms: readonly string[]): string {
  const escaped = escapeXml(text);
  const pattern = termPattern(terms);
  return pattern ? escaped.replace(pattern, (m) => `<${KEEP_TAG}>${m}</${KEEP_TAG}>`) : escaped;
}

/** DeepL's XML answer back to plain text: the keep-tags removed, entities decoded. */
export function restoreText(xml: string): string {
  return unescapeXml(xml.replace(new RegExp(`</?${KEEP_TAG}>`, 'g'), ''));
}
