/**
 * The staff API's translation routes (admin/api/translations) as the
 * translation pages read them, and the paths they call: the tile × language
 * matrix, one translation (read, edit in place, mark checked), the bulk
 * machine run with its estimate, XLIFF export / preview / import, and the
 * organization's glossary.
 */

/*
 * The states and problem reasons are core's (imported as types only: erased
 * by the bundler, so no core code enters the browser bundle).
 */
import type { TranslationState } from '../../../../../core/content/translations/translation-state.ts';
import type { TranslationProblemReason } from '../../../../../core/content/translations/translation-problems.ts';

import { api } from '../../shell/api-client.ts';

export type { TranslationState, TranslationProblemReason };

/** Every state, in the order the legend and the filters list them. */
export const STATES: readonly TranslationState[] = ['missing', 'stale', 'in_translation', 'machine', 'machine_checked', 'human', 'source'];

/** Why a language has no current translation, and since when (ISO time). */
export interface TranslationProblem {
  reason: TranslationProblemReason | string;
  at: string;
}

/** The monthly DeepL character budget of the organization. */
export interface Budget {
  /** `YYYY-MM`. */
  month: string;
  budget: number;
  used: number;
  left: number;
}

/** One tile × language of the matrix. */
export interface MatrixCell {
  state: TranslationState;
  origin?: 'source' | 'machine' | 'human';
  problem?: TranslationProblem;
  hasSuggestion: boolean;
  checkedAt?: string | null;
}

export interface MatrixTile {
  key: string;
  title: string;
  theme: string;
  sourceLang: string;
  cells: Record<string, MatrixCell>;
}

/** `GET /api/layers/:slug/translations`. */
export interface Matrix {
  /** `access`: 'edit' for editors and admins (bulk runs, glossary); `mayTranslate`: may edit, check, exchange XLIFF. */
  layer: { slug: string; name: string; access: 'edit' | 'read'; mayTranslate: boolean };
  languages: string[];
  budget: Budget;
  deepl: { enabled: boolean; reason?: string };
  counts: Record<string, Partial<Record<TranslationState, number>>>;
  tiles: MatrixTile[];
}

/** A tile's text in one language. */
export interface TranslationText {
  title: string;
  body: string;
  examples: string[];
  linkLabels: string[];
}

/** `GET /api/layers/:slug/tiles/:key/translations/:lang` (and the answer of PUT and check). */
export interface TranslationView {
  key: string;
  language: string;
  state: TranslationState;
  origin: 'source' | 'machine' | 'human' | null;
  editable: boolean;
  source: TranslationText;
  text: TranslationText | null;
  suggestion: TranslationText | null;
  checkedAt: string | null;
  problem: TranslationProblem | null;
}

/** `GET /api/layers/:slug/translations/estimate`. */
export interface Estimate {
  units: number;
  characters: number;
  budget: Budget;
  fits: boolean;
}

/** `POST /api/layers/:slug/translations/machine`. */
export interface MachineRun {
  translated: number;
  characters: number;
  problems: Record<string, number>;
}

/** A piece of a compared text (core's tile-diff DiffPart). */
export interface DiffPart {
  op: 'same' | 'added' | 'removed';
  value: string;
}

/** One tile of an XLIFF file, as the preview compares it with the stored text. */
export interface PreviewUnit {
  key: string;
  status: 'changed' | 'unchanged' | 'refused';
  reason?: string;
  /** Per field (title, body, examples, linkLabels) or one list of parts. */
  diff?: DiffPart[] | Record<string, DiffPart[] | undefined> | null;
}

/** `POST /api/layers/:slug/translations/xliff/preview`. */
export interface XliffPreview {
  language: string;
  units: PreviewUnit[];
}

/** `POST /api/layers/:slug/translations/xliff/import`. */
export interface XliffImport {
  applied: number;
  unchanged: number;
  refused: Array<{ key: string; reason: string }>;
}

/** `GET /api/layers/:slug/glossary`. */
export interface Glossary {
  terms: string[];
  usingDefault: boolean;
  defaults: string[];
}

const seg = encodeURIComponent;

/** Query string of the set values (`?a=1&b=2`, or ''). */
export function query(values: Record<string, string | readonly string[] | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    const text = Array.isArray(value) ? value.join(',') : (value as string | undefined);
    if (text) params.set(name, text);
  }
  const q = params.toString();
  return q ? `?${q}` : '';
}

/** The API paths of the translation pages. */
export const translationPaths = {
  matrix: (slug: string, filters: { language?: string; state?: string; theme?: string } = {}) =>
    `/api/layers/${seg(slug)}/translations${query(filters)}`,
  translation: (slug: string, key: string, lang: string) => `/api/layers/${seg(slug)}/tiles/${seg(key)}/translations/${seg(lang)}`,
  check: (slug: string, key: string, lang: string) => `/api/layers/${seg(slug)}/tiles/${seg(key)}/translations/${seg(lang)}/check`,
  estimate: (slug: string, languages: readonly string[], keys: readonly string[]) =>
    `/api/layers/${seg(slug)}/translations/estimate${query({ languages, keys })}`,
  machine: (slug: string) => `/api/layers/${seg(slug)}/translations/machine`,
  xliff: (slug: string, language: string) => `/api/layers/${seg(slug)}/translations/xliff${query({ language })}`,
  xliffPreview: (slug: string) => `/api/layers/${seg(slug)}/translations/xliff/preview`,
  xliffImport: (slug: string) => `/api/layers/${seg(slug)}/translations/xliff/import`,
  glossary: (slug: string) => `/api/layers/${seg(slug)}/glossary`,
} as const;

/** The app's own translation pages (for <Link to>). */
export const translationPages = {
  layers: () => '/studio/translations',
  matrix: (slug: string) => `/studio/layers/${seg(slug)}/translations`,
  editor: (slug: string, key: string, language?: string) =>
    `/studio/layers/${seg(slug)}/tiles/${seg(key)}/translations${query({ language })}`,
  machine: (slug: string) => `/studio/layers/${seg(slug)}/translations/machine`,
  xliff: (slug: string) => `/studio/layers/${seg(slug)}/translations/xliff`,
  glossary: (slug: string) => `/studio/layers/${seg(slug)}/translations/glossary`,
} as const;

/** POSTs an XLIFF file as it is (`application/xliff+xml`) through the app's client (session, CSRF token, errors). */
export function postXliff<T>(path: string, xml: string): Promise<T> {
  return api.postDocument<T>(path, xml, 'application/xliff+xml');
}
