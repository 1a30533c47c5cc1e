import { z } from 'zod';
import { AppError } from '../platform/errors.ts';
import { isLanguage, type Language } from '../languages/index.ts';

/**
 * The tile import/export format `tiles/v1` (documented in the evaluation
 * README): one organization's tiles with every language version. Validation
 * collects every problem and names it by tile and field, e.g.
 * `tiles[3] "bsn-registration": content.pl.title: required`.
 */
export const TILES_V1_FORMAT = 'tiles/v1';

/** Size limits an import enforces. */
export const TILE_LIMITS = {
  title: 200,
  body: 8000,
  examples: 20,
  exampleLength: 500,
  links: 20,
  linkLabel: 200,
  url: 2000,
  tiles: 10000,
} as const;

/** Problems listed in one error before the rest is summarised as "... and N more". */
const MAX_REPORTED = 50;

/** Tile and organization keys. */
export const KEY_PATTERN = /^[a-z0-9](?:[a-z0-9._-]{0,98}[a-z0-9])?$/;

/** Markup that has no place in markdown content: rejected, never stripped. */
const UNSAFE_MARKUP: ReadonlyArray<[RegExp, string]> = [
  [/<\s*script\b/i, 'contains a <script> tag (HTML is not allowed, use markdown)'],
  [/<\s*iframe\b/i, 'contains an <iframe> tag (HTML is not allowed, use markdown)'],
  [/<[a-z][^>]*\son[a-z]+\s*=/i, 'contains an HTML event handler attribute such as onclick= (HTML is not allowed, use markdown)'],
  [/javascript\s*:/i, 'contains a javascript: link'],
];

function text(max: number) {
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => s.trim().length > 0, 'must not be empty')
    .superRefine((s, ctx) => {
      for (const [pattern, message] of UNSAFE_MARKUP) {
        if (pattern.test(s)) ctx.addIssue({ code: 'custom', message });
      }
    });
}

const key = z.string().regex(KEY_PATTERN, 'must be lowercase letters, digits, ".", "_" or "-" (at most 100)');

const language = z.string().refine(isLanguage, { error: (iss) => `"${String(iss.input)}" is not a supported language` });

/** One language version of a tile (the studio validates drafts with it too). */
export const tileContentSchema = z.object({
  title: text(TILE_LIMITS.title),
  body: text(TILE_LIMITS.body),
  examples: z
    .array(text(TILE_LIMITS.exampleLength))
    .max(TILE_LIMITS.examples, `at most ${TILE_LIMITS.examples} examples`)
    .default([]),
  /** The tile's link labels in this language, in link order (files only; absent: the source labels). */
  linkLabels: z.array(text(TILE_LIMITS.linkLabel)).max(TILE_LIMITS.links, `at most ${TILE_LIMITS.links} link labels`).optional(),
  /** Files only: who made a translation, `human` (default) or `machine` (unchecked). Ignored for the source language. */
  origin: z.enum(['human', 'machine']).optional(),
});

/** A tile link: a label and an http(s) URL. */
export const linkSchema = z.object({
  label: text(TILE_LIMITS.linkLabel),
  url: z
    .string()
    .max(TILE_LIMITS.url, `must be at most ${TILE_LIMITS.url} characters`)
    .refine(isHttpUrl, 'must be an http(s) URL'),
});

const tileSchema = z.object({
  key,
  theme: z.string().min(1, 'required'),
  sourceLang: language,
  content: z.record(z.string(), tileContentSchema),
  links: z.array(linkSchema).max(TILE_LIMITS.links, `at most ${TILE_LIMITS.links} links`).default([]),
  /** Sensitive tiles always offer a person; default false. */
  sensitive: z.boolean().optional(),
  /** Default `published`: an imported library is live. */
  status: z.enum(['draft', 'published', 'archived']).optional(),
});

const organizationKind = z.enum(['national', 'region', 'municipality', 'employer', 'housing_provider', 'local_org']);

const tileFileSchema = z.object({
  format: z.literal(TILES_V1_FORMAT, { error: `must be "${TILES_V1_FORMAT}"` }),
  organization: z.object({
    slug: key,
    name: text(200),
    kind: organizationKind,
  }),
  languages: z.array(language).min(1, 'must list at least one language'),
  tiles: z.array(tileSchema).max(TILE_LIMITS.tiles, `at most ${TILE_LIMITS.tiles} tiles per file`),
});

/** A valid `tiles/v1` file, with defaults applied (`examples`, `links` present). */
export type TileFileV1 = z.output<typeof tileFileSchema>;
export type TileFileTile = TileFileV1['tiles'][number];
export type TileFileContent = z.output<typeof tileContentSchema>;

/** What validation checks against the database. */
export interface TileFileContext {
  /** Theme keys that exist; a tile's `theme` must be one of them. */
  themes: Iterable<string>;
}

export type TileFileValidation = { ok: true; file: TileFileV1 } | { ok: false; problems: string[] };

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** A zod issue path as `content.pl.title` or `links[0].url`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** `tiles[3] "bsn-registration"`, or `tiles[3]` when the key itself is unusable. */
function tileLabel(input: unknown, index: number): string {
  const tiles = (input as { tiles?: unknown } | null)?.tiles;
  const tileKey = Array.isArray(tiles) ? (tiles[index] as { key?: unknown } | null)?.key : undefined;
  return typeof tileKey === 'string' && tileKey !== '' ? `tiles[${index}] "${tileKey}"` : `tiles[${index}]`;
}

/** `tiles[3] "key": content.pl.title: required` for tile fields, `path: message` otherwise. */
function describeIssue(input: unknown, path: ReadonlyArray<PropertyKey>, message: string): string {
  if (path[0] === 'tiles' && typeof path[1] === 'number') {
    const rest = formatPath(path.slice(2));
    return `${tileLabel(input, path[1])}: ${rest ? `${rest}: ` : ''}${message}`;
  }
  return path.length ? `${formatPath(path)}: ${message}` : message;
}

/** Plain messages for zod's built-in issues (`required`, `must be a string`). */
export function zodMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && issue.input === undefined) return 'required';
  if (issue.code === 'invalid_type') {
    return `must be ${issue.expected === 'array' || issue.expected === 'object' ? 'an' : 'a'} ${issue.expected}`;
  }
  if (issue.code === 'invalid_value') return `must be one of: ${issue.values.map(String).join(', ')}`;
  return undefined;
}

/** Checks that need the whole file or the database: duplicates, languages, themes. */
function crossChecks(file: TileFileV1, context: TileFileContext): Array<[ReadonlyArray<PropertyKey>, string]> {
  const problems: Array<[ReadonlyArray<PropertyKey>, string]> = [];
  const listed = new Set<string>(file.languages);
  const themes = new Set(context.themes);
  const firstIndex = new Map<string, number>();

  file.languages.forEach((lang, i) => {
    if (file.languages.indexOf(lang) !== i) problems.push([['languages', i], `"${lang}" is listed twice`]);
  });
  file.tiles.forEach((tile, i) => {
    const seen = firstIndex.get(tile.key);
    if (seen === undefined) firstIndex.set(tile.key, i);
    else problems.push([['tiles', i, 'key'], `duplicate key, also used by tiles[${seen}]`]);

    if (!themes.has(tile.theme)) {
      problems.push([['tiles', i, 'theme'], `unknown theme "${tile.theme}" (known: ${[...themes].sort().join(', ')})`]);
    }
    if (!listed.has(tile.sourceLang)) {
      problems.push([['tiles', i, 'sourceLang'], `"${tile.sourceLang}" is not listed in "languages"`]);
    }
    if (!(tile.sourceLang in tile.content)) {
      problems.push([['tiles', i, 'content', tile.sourceLang], `required (the source language "${tile.sourceLang}")`]);
    }
    for (const lang of Object.keys(tile.content)) {
      if (!isLanguage(lang)) problems.push([['tiles', i, 'content', lang], `"${lang}" is not a supported language`]);
      else if (!listed.has(lang)) problems.push([['tiles', i, 'content', lang], `"${lang}" is not listed in "languages"`]);
    }
  });
  return problems;
}

/**
 * Validates a parsed JSON value as a `tiles/v1` file. Never throws; every
 * problem is reported, named by tile (index and key) and field.
 */
export function validateTileFile(input: unknown, context: TileFileContext): TileFileValidation {
  const parsed = tileFileSchema.safeParse(input, { error: zodMessage });
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => describeIssue(input, i.path, i.message)) };
  }
  const problems = crossChecks(parsed.data, context).map(([path, message]) => describeIssue(input, path, message));
  return problems.length ? { ok: false, problems } : { ok: true, file: parsed.data };
}

/**
 * Like `validateTileFile`, but throws.
 * @throws AppError IMPORT_INVALID listing every problem, one per line.
 */
export function parseTileFile(input: unknown, context: TileFileContext): TileFileV1 {
  const result = validateTileFile(input, context);
  if (result.ok) return result.file;
  const shown = result.problems.slice(0, MAX_REPORTED);
  if (result.problems.length > shown.length) shown.push(`... and ${result.problems.length - shown.length} more`);
  throw new AppError('IMPORT_INVALID', { details: shown.join('\n'), problems: result.problems });
}

/** The language versions of a tile, typed by language (validation guarantees the keys). */
export function tileContents(tile: TileFileTile): Array<[Language, TileFileContent]> {
  return Object.entries(tile.content) as Array<[Language, TileFileContent]>;
}
