import type { Language } from '../languages/index.ts';
import { parseInline, plainText, renderInline, segmentToMarkdown, toXml, type InlineNode } from './segment-xml.ts';

/**
 * Tile markdown cut into the pieces machine translation gets: one segment per
 * sentence (a title, an example question, a link label: one each), so that a
 * one-sentence edit re-translates one sentence and every segment can be cached
 * by its hash. A segment is DeepL XML (sent with `tag_handling: 'xml'`,
 * `ignore_tags: ['x']`): `**bold**` → `<b>`, `_italic_` → `<i>`,
 * `[label](url)` → `<a id="n">label</a>` (n counts the segment's links, the URL
 * stays in the frame), and numbers, amounts, dates, times, phone numbers,
 * URLs, e-mail addresses, `{{placeholders}}` and glossary terms in `<x>…</x>`,
 * which DeepL leaves alone. The frame keeps everything else: line breaks,
 * blank lines, list markers, the spaces between sentences, and text with
 * nothing to translate. Pure and deterministic, no I/O.
 */

/** A markdown text cut into the pieces sent to DeepL and the frame that puts translations back. */
export interface SegmentedText {
  /** Opaque (JSON): literal markdown and one slot per segment; give it back to `joinSegments` unchanged. */
  frame: string;
  /** The DeepL XML segments, in order. */
  segments: string[];
}

/** A slot of the frame: the URLs of the segment's links by id, and the source segment (used when no translation came back). */
interface Slot {
  u: string[];
  s: string;
}

type FramePart = string | Slot;

const FRAME_VERSION = 1;

/** What stays in the frame at the start of a line: indentation, a list marker (`- `, `* `, `1. `, `1) `) or a heading mark. */
const LINE_PREFIX = /^\s*(?:(?:[-*]|\d{1,9}[.)]|#{1,6})[^\S\n]+(?=\S))?/;

const segmenters = new Map<string, Intl.Segmenter>();

function sentenceStarts(text: string, lang: Language): Set<number> {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return new Set([...segmenter.segment(text)].map((s) => s.index).filter((i) => i > 0));
}

/** Cuts a line's inline nodes at sentence ends; a sentence end inside bold or a link is no cut. */
function sentences(nodes: readonly InlineNode[], lang: Language): InlineNode[][] {
  const cuts = sentenceStarts(plainText(nodes), lang);
  const pieces: InlineNode[][] = [[]];
  const current = () => pieces[pieces.length - 1];
  let offset = 0;
  for (const node of nodes) {
    if (cuts.has(offset) && current().length > 0) pieces.push([]);
    if (node.kind !== 'text') {
      current().push(node);
      offset += plainText([node]).length;
      continue;
    }
    let start = 0;
    for (let i = 1; i < node.text.length; i++) {
      if (!cuts.has(offset + i)) continue;
      current().push({ kind: 'text', text: node.text.slice(start, i) });
      pieces.push([]);
      start = i;
    }
    current().push({ kind: 'text', text: node.text.slice(start) });
    offset += node.text.length;
  }
  return pieces.filter((piece) => piece.length > 0);
}

/** Splits whitespace off both ends of a piece (it stays in the frame). */
function trimPiece(piece: InlineNode[]): { lead: string; core: InlineNode[]; tail: string } {
  const core = [...piece];
  let lead = '';
  let tail = '';
  const first = core[0];
  if (first?.kind === 'text') {
    lead = /^\s*/.exec(first.text)![0];
    core[0] = { kind: 'text', text: first.text.slice(lead.length) };
  }
  const last = core[core.length - 1];
  if (last?.kind === 'text') {
    tail = /\s*$/.exec(last.text)![0];
    core[core.length - 1] = { kind: 'text', text: last.text.slice(0, last.text.length - tail.length) };
  }
  return { lead, core: core.filter((n) => n.kind !== 'text' || n.text !== ''), tail };
}

/** True when a segment has words for DeepL: letters outside `<x>`, tags and entities. */
function hasWords(xml: string): boolean {
  const outside = xml.replace(/<x>[\s\S]*?<\/x>/g, '').replace(/<[^>]*>/g, '').replace(/&[^;\s]*;/g, '');
  return /\p{L}/u.test(outside);
}

/** Cuts `markdown` (source language `lang`) into DeepL XML segments and a frame; `joinSegments(frame, segments) === markdown`. */
export function segmentMarkdown(markdown: string, lang: Language, glossary: readonly string[]): SegmentedText {
  const parts: FramePart[] = [];
  const segments: string[] = [];
  const literal = (text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (typeof last === 'string') parts[parts.length - 1] = last + text;
    else parts.push(text);
  };
  for (const [index, piece] of markdown.split(/(\r\n|\n|\r)/).entries()) {
    if (index % 2 === 1) {
      literal(piece);
      continue;
    }
    const prefix = LINE_PREFIX.exec(piece)![0];
    literal(prefix);
    for (const sentence of sentences(parseInline(piece.slice(prefix.length)), lang)) {
      const { lead, core, tail } = trimPiece(sentence);
      literal(lead);
      const urls: string[] = [];
      const xml = toXml(core, glossary, urls, 'id');
      if (hasWords(xml)) {
        parts.push({ u: urls, s: xml });
        segments.push(xml);
      } else {
        literal(renderInline(core));
      }
      literal(tail);
    }
  }
  return { frame: JSON.stringify({ v: FRAME_VERSION, p: parts }), segments };
}

function readFrame(frame: string): FramePart[] {
  try {
    const parsed = JSON.parse(frame) as { v?: unknown; p?: unknown };
    return parsed?.v === FRAME_VERSION && Array.isArray(parsed.p) ? (parsed.p as FramePart[]) : [];
  } catch {
    return [];
  }
}

/**
 * Puts translated segments (DeepL's XML answers, in the order of `segments`)
 * back into the frame: markdown again, URLs and protected spans as in the
 * source. Tags DeepL moved within a segment are fine; a segment whose tags
 * came back broken becomes its text with the markup removed (and the URLs of
 * its links appended); a missing translation leaves the source segment.
 * Never throws; an unreadable frame gives ''.
 */
export function joinSegments(frame: string, translated: readonly string[]): string {
  let slot = 0;
  return readFrame(frame).map((part) => {
    if (typeof part === 'string') return part;
    const urls = Array.isArray(part?.u) ? part.u.map(String) : [];
    const given = translated[slot++];
    const xml = typeof given === 'string' ? given : String(part?.s ?? '');
    return segmentToMarkdown(xml, (attributes) => (/^\d+$/.test(attributes.id ?? '') ? urls[Number(attributes.id)] : undefined), urls);
  }).join('');
}

/** One-line texts (title, example question, link label): one segment each, links with their URL as `href`. */
export function lineSegment(text: string, glossary: readonly string[]): string {
  return toXml(parseInline(text), glossary, [], 'href');
}

/** A translated `lineSegment` back to its one-line markdown; never throws. */
export function restoreLine(xml: string): string {
  return segmentToMarkdown(xml, (attributes) => attributes.href);
}
