import { z } from 'zod';
import { isLanguage } from '../../languages/index.ts';
import { AppError } from '../../platform/errors.ts';
import { KEY_PATTERN, TILE_LIMITS, formatPath, linkSchema, tileContentSchema, zodMessage } from '../tiles-v1.ts';
import type { TileContent, TileLink } from '../types.ts';

/**
 * A tile's working copy in the studio (the `tiles.draft` JSON column) and
 * the rules every draft must keep before it is stored: the same limits and
 * markdown rules as a `tiles/v1` import (core/content/tiles-v1.ts), plus
 * "no HTML at all" (the import only refuses scripts, frames and event
 * handlers; an editor typing `<b>` is told to use markdown instead).
 */

/** The stored draft: `{ themeKey, links, sensitive, content: { <lang>: { title, body, examples } } }`. */
export interface TileDraft {
  themeKey: string;
  links: TileLink[];
  sensitive: boolean;
  content: Record<string, TileContent>;
}

/** A draft as an editor sends it: `theme` by key; `links`, `sensitive` and `examples` may be left out. */
export interface DraftInput {
  theme: string;
  links?: TileLink[];
  sensitive?: boolean;
  content: Record<string, { title: string; body: string; examples?: string[] }>;
}

/** A new tile as an editor sends it. */
export interface NewTileInput extends DraftInput {
  key: string;
  sourceLang: string;
}

/** What validation checks against the database. */
export interface DraftContext {
  /** The tile's source language: its content is required. */
  sourceLang: string;
  /** Theme keys that exist. */
  themes: Iterable<string>;
}

/** Any HTML element or comment: `<b>`, `</p>`, `<br/>`, `<a href=...>`, `<!--`. Autolinks such as `<https://...>` are not elements. */
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--/i;
/** What tiles-v1 already reports (script, iframe, event handlers): not reported twice. */
const REPORTED_BY_IMPORT_RULES = /<\s*(?:script|iframe)\b|<[a-z][^>]*\son[a-z]+\s*=/i;

function htmlProblem(text: string): string | undefined {
  if (REPORTED_BY_IMPORT_RULES.test(text)) return undefined;
  const tag = HTML_TAG.exec(text);
  return tag ? `contains HTML (${tag[0].slice(0, 40)}): HTML is not allowed, use markdown (**bold**, *italic*, [text](https://...), "- " lists)` : undefined;
}

const contentSchema = tileContentSchema.superRefine((content, ctx) => {
  for (const field of ['title', 'body'] as const) {
    const problem = htmlProblem(content[field]);
    if (problem) ctx.addIssue({ code: 'custom', path: [field], message: problem });
  }
  content.examples.forEach((example, i) => {
    const problem = htmlProblem(example);
    if (problem) ctx.addIssue({ code: 'custom', path: ['examples', i], message: problem });
  });
});

const draftSchema = z.object({
  theme: z.string().min(1, 'required'),
  links: z.array(linkSchema.superRefine((link, ctx) => {
    const problem = htmlProblem(link.label);
    if (problem) ctx.addIssue({ code: 'custom', path: ['label'], message: problem });
  })).max(TILE_LIMITS.links, `at most ${TILE_LIMITS.links} links`).default([]),
  sensitive: z.boolean().optional(),
  content: z.record(z.string(), contentSchema),
});

const keySchema = z.string().regex(KEY_PATTERN, 'must be lowercase letters, digits, ".", "_" or "-", starting and ending with a letter or digit (at most 100)');

function invalid(problems: string[]): AppError {
  return new AppError('TILE_INVALID', { details: problems.join('\n'), problems });
}

function issues(error: z.ZodError): string[] {
  return error.issues.map((i) => (i.path.length ? `${formatPath(i.path)}: ${i.message}` : i.message));
}

/** What a draft that leaves out `links` or `sensitive` keeps (the current draft's, else the live tile's). */
export interface DraftFallback {
  links: TileLink[];
  sensitive: boolean;
}

/**
 * Validates a draft an editor sent. `links` and `sensitive` left out are taken from `fallback`.
 * @throws AppError TILE_INVALID listing every problem, one per line (`content.en.body: contains a <script> tag ...`).
 */
export function validateDraft(input: unknown, context: DraftContext, fallback: DraftFallback = { links: [], sensitive: false }): TileDraft {
  const parsed = draftSchema.safeParse(input, { error: zodMessage });
  const problems = parsed.success ? [] : issues(parsed.error);
  const raw = (typeof input === 'object' && input !== null ? input : {}) as { theme?: unknown; content?: unknown; links?: unknown };
  const themes = new Set(context.themes);
  if (typeof raw.theme === 'string' && raw.theme !== '' && !themes.has(raw.theme)) {
    problems.push(`theme: unknown theme "${raw.theme}" (known: ${[...themes].sort().join(', ')})`);
  }
  const content = typeof raw.content === 'object' && raw.content !== null ? raw.content : {};
  for (const lang of Object.keys(content)) {
    if (!isLanguage(lang)) problems.push(`content.${lang}: "${lang}" is not a supported language`);
  }
  if (!(context.sourceLang in content)) problems.push(`content.${context.sourceLang}: required (the source language)`);
  if (problems.length || !parsed.success) throw invalid(problems);
  const { theme, links, sensitive, content: texts } = parsed.data;
  return { themeKey: theme, links: raw.links === undefined ? fallback.links : links, sensitive: sensitive ?? fallback.sensitive, content: texts };
}

/**
 * Validates a new tile: key and source language, then its first draft.
 * @throws AppError TILE_INVALID listing every problem.
 */
export function validateNewTile(input: NewTileInput, themes: Iterable<string>): TileDraft {
  const problems: string[] = [];
  const key = keySchema.safeParse(input.key);
  if (!key.success) problems.push(`key: ${key.error.issues[0].message}`);
  if (!isLanguage(input.sourceLang)) problems.push(`sourceLang: "${input.sourceLang}" is not a supported language`);
  if (problems.length) {
    // Report the draft's problems in the same answer.
    try {
      validateDraft(input, { sourceLang: input.sourceLang, themes });
    } catch (err) {
      if (err instanceof AppError) problems.push(...(err.params.problems as string[]));
    }
    throw invalid(problems);
  }
  return validateDraft(input, { sourceLang: input.sourceLang, themes });
}

/** Reads the `tiles.draft` column; null for no draft or a value that is not a draft. */
export function parseStoredDraft(value: unknown): TileDraft | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const d = value as Partial<TileDraft>;
  if (typeof d.themeKey !== 'string' || typeof d.content !== 'object' || d.content === null) return null;
  const content: Record<string, TileContent> = {};
  for (const [lang, text] of Object.entries(d.content)) {
    const t = text as Partial<TileContent> | null;
    if (t && typeof t.title === 'string' && typeof t.body === 'string') {
      content[lang] = { title: t.title, body: t.body, examples: Array.isArray(t.examples) ? t.examples.filter((e) => typeof e === 'string') : [] };
    }
  }
  const links = Array.isArray(d.links)
    ? d.links.filter((l): l is TileLink => typeof l?.label === 'string' && typeof l?.url === 'string').map((l) => ({ label: l.label, url: l.url }))
    : [];
  return { themeKey: d.themeKey, links, sensitive: d.sensitive === true, content };
}

/** The draft as stored in JSON (plain objects, fixed key order). */
export function draftJson(draft: TileDraft): Record<string, unknown> {
  return {
    themeKey: draft.themeKey,
    links: draft.links.map((l) => ({ label: l.label, url: l.url })),
    sensitive: draft.sensitive,
    content: Object.fromEntries(Object.entries(draft.content).map(([lang, t]) => [lang, { title: t.title, body: t.body, examples: [...t.examples] }])),
  };
}

/** True when two language versions have the same title, body and examples. */
export function sameContent(a: TileContent, b: TileContent): boolean {
  return a.title === b.title && a.body === b.body && a.examples.length === b.examples.length && a.examples.every((e, i) => e === b.examples[i]);
}
