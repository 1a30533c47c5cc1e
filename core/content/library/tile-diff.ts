import { diffLines, diffWordsWithSpace, type ChangeObject } from 'diff';
import type { TileContent, TileLink } from '../types.ts';

/**
 * Differences between two versions of a tile (two revisions, the live
 * version and the draft...), field by field and language by language, made
 * with the `diff` package (jsdiff). Word mode keeps whitespace as its own
 * part, so the parts always add up to the texts: `same` + `removed` gives
 * the old text, `same` + `added` the new one.
 */

/** One piece of a compared text. */
export interface DiffPart {
  op: 'same' | 'added' | 'removed';
  value: string;
}

/** `words` compares titles and bodies word by word; `lines` compares bodies line by line (titles stay word by word). */
export type DiffMode = 'words' | 'lines';

/** A version of a tile as the diff reads it; `themeKey` is empty for "nothing" (a tile never published). */
export interface ComparableTile {
  themeKey: string;
  links: readonly TileLink[];
  sensitive: boolean;
  content: Readonly<Record<string, TileContent>>;
}

export interface LanguageDiff {
  language: string;
  change: 'added' | 'removed' | 'changed' | 'unchanged';
  title: DiffPart[];
  body: DiffPart[];
  /** One example per line. */
  examples: DiffPart[];
}

export interface TileDiff {
  fields: {
    theme: { from: string | null; to: string | null; changed: boolean };
    sensitive: { from: boolean; to: boolean; changed: boolean };
    /** One link per line: `label <url>`. */
    links: DiffPart[];
  };
  /** Every language either version has, in alphabetical order. */
  languages: LanguageDiff[];
}

/** A version with no content: what a never-published tile's live side is. */
export const NOTHING: ComparableTile = { themeKey: '', links: [], sensitive: false, content: {} };

function parts(changes: ChangeObject<string>[]): DiffPart[] {
  return changes
    .filter((c) => c.value !== '')
    .map((c) => ({ op: c.added ? 'added' : c.removed ? 'removed' : 'same', value: c.value }));
}

function lines(items: readonly string[]): string {
  return items.map((item) => `${item}\n`).join('');
}

/** Word by word, or line by line; whitespace is kept in the parts. */
export function diffText(from: string, to: string, mode: DiffMode = 'words'): DiffPart[] {
  if (from === to) return from === '' ? [] : [{ op: 'same', value: from }];
  return parts(mode === 'lines' ? diffLines(from, to) : diffWordsWithSpace(from, to));
}

function diffLanguage(language: string, from: TileContent | undefined, to: TileContent | undefined, mode: DiffMode): LanguageDiff {
  const a = from ?? { title: '', body: '', examples: [] };
  const b = to ?? { title: '', body: '', examples: [] };
  const same = a.title === b.title && a.body === b.body && lines(a.examples) === lines(b.examples);
  return {
    language,
    change: !from ? 'added' : !to ? 'removed' : same ? 'unchanged' : 'changed',
    title: diffText(a.title, b.title, 'words'),
    body: diffText(a.body, b.body, mode),
    examples: diffText(lines(a.examples), lines(b.examples), 'lines'),
  };
}

/** Compares two versions of a tile: fields, links, and every language's title, body and examples. */
export function diffTiles(from: ComparableTile, to: ComparableTile, mode: DiffMode = 'words'): TileDiff {
  const languages = [...new Set([...Object.keys(from.content), ...Object.keys(to.content)])].sort();
  const linkLines = (links: readonly TileLink[]) => lines(links.map((l) => `${l.label} <${l.url}>`));
  return {
    fields: {
      theme: { from: from.themeKey || null, to: to.themeKey || null, changed: from.themeKey !== to.themeKey },
      sensitive: { from: from.sensitive, to: to.sensitive, changed: from.sensitive !== to.sensitive },
      links: diffText(linkLines(from.links), linkLines(to.links), 'lines'),
    },
    languages: languages.map((lang) => diffLanguage(lang, from.content[lang], to.content[lang], mode)),
  };
}
