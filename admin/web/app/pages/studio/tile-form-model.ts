import type { Content, TileLink, TileVersion } from './studio-api.ts';

/**
 * The tile editor's form as plain data (pure: no React), and its rules:
 * what the form holds, how it is read from a tile version and turned into
 * the API's draft, which links are invalid, what differs between two
 * versions (for the 409 conflict).
 */

/**
 * The library's size limits and key pattern (core/content/tiles-v1.ts),
 * copied rather than imported: that module brings zod (~450 kB) into the
 * browser bundle. tile-form-model.test.ts fails when the two drift apart;
 * the API checks everything again anyway.
 */
export const TILE_LIMITS = { title: 200, body: 8000, examples: 20, exampleLength: 500, links: 20, linkLabel: 200, url: 2000 } as const;
export const KEY_PATTERN = /^[a-z0-9](?:[a-z0-9._-]{0,98}[a-z0-9])?$/;

/** What the editor edits, in the tile's source language. */
export interface TileFormValues {
  theme: string;
  title: string;
  body: string;
  /** One example question per line. */
  examples: string;
  links: TileLink[];
  sensitive: boolean;
}

export const EMPTY_FORM: TileFormValues = { theme: '', title: '', body: '', examples: '', links: [], sensitive: false };

/** The form filled from a version of the tile (its source-language text). */
export function formFromVersion(version: TileVersion | null | undefined, sourceLang: string): TileFormValues {
  if (!version) return EMPTY_FORM;
  const content = version.content[sourceLang];
  return {
    theme: version.theme,
    title: content?.title ?? '',
    body: content?.body ?? '',
    examples: (content?.examples ?? []).join('\n'),
    links: version.links.map((l) => ({ label: l.label, url: l.url })),
    sensitive: version.sensitive,
  };
}

/** The example questions: one a line, trimmed, empty lines dropped. */
export function examplesOf(values: TileFormValues): string[] {
  return values.examples.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
}

/** The source-language content the API stores. */
export function contentOf(values: TileFormValues): Content {
  return { title: values.title.trim(), body: values.body, examples: examplesOf(values) };
}

/** An absolute http(s) URL, as the library accepts for links. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Per link: which of its two fields is wrong ('missing' label, 'invalid' URL); undefined when it is fine. */
export type LinkProblem = { label?: 'missing'; url?: 'invalid' } | undefined;

export function linkProblems(links: readonly TileLink[]): LinkProblem[] {
  return links.map((link) => {
    const problem: { label?: 'missing'; url?: 'invalid' } = {};
    if (!link.label.trim()) problem.label = 'missing';
    if (!isHttpUrl(link.url)) problem.url = 'invalid';
    return problem.label || problem.url ? problem : undefined;
  });
}

/** Which required fields are empty or wrong ('required', 'invalid'), by field name. */
export function formProblems(values: TileFormValues, key?: string): Record<string, 'required' | 'invalid'> {
  const problems: Record<string, 'required' | 'invalid'> = {};
  if (key !== undefined) {
    if (!key.trim()) problems.key = 'required';
    else if (!KEY_PATTERN.test(key.trim())) problems.key = 'invalid';
  }
  if (!values.theme) problems.theme = 'required';
  if (!values.title.trim()) problems.title = 'required';
  if (!values.body.trim()) problems.body = 'required';
  if (linkProblems(values.links).some((p) => p !== undefined)) problems.links = 'invalid';
  return problems;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The fields whose values differ between two forms (theme, title, body, examples, links, sensitive). */
export function differingFields(a: TileFormValues, b: TileFormValues): Array<keyof TileFormValues> {
  const fields: Array<keyof TileFormValues> = [];
  if (a.theme !== b.theme) fields.push('theme');
  if (a.title.trim() !== b.title.trim()) fields.push('title');
  if (a.body !== b.body) fields.push('body');
  if (!sameList(examplesOf(a), examplesOf(b))) fields.push('examples');
  if (!sameList(a.links.map((l) => `${l.label}\u0000${l.url}`), b.links.map((l) => `${l.label}\u0000${l.url}`))) fields.push('links');
  if (a.sensitive !== b.sensitive) fields.push('sensitive');
  return fields;
}

/** `YYYY-MM-DD` of an ISO time (for `<input type="date">`), in the browser's zone. */
export function dateInputValue(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `YYYY-MM-DDTHH:MM` of an ISO time (for `<input type="datetime-local">`), in the browser's zone. */
export function dateTimeInputValue(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${dateInputValue(iso)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** An input's local date or date-time as an ISO time; undefined when empty or not a date. A date alone is noon local time. */
export function isoFromInput(value: string): string | undefined {
  if (!value) return undefined;
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00` : value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** Six months from `now`, as `YYYY-MM-DD` (the library's default review date). */
export function defaultReviewDate(now: Date): string {
  const d = new Date(now);
  d.setMonth(d.getMonth() + 6);
  return dateInputValue(d.toISOString());
}
