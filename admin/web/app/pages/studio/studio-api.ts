/**
 * The tile library API's shapes (admin/api/studio, /tmp/api-library.md) as
 * the studio pages read them, and the paths they call.
 */

export interface Person { id: string; name: string }
export interface TileLink { label: string; url: string }
export interface Content { title: string; body: string; examples: string[] }

export type LayerAccess = 'edit' | 'read';

export interface LayerSummary {
  slug: string;
  name: string;
  kind: string;
  access: LayerAccess;
  parent: string | null;
  enabledLanguages: string[];
}

export interface LayerDetail {
  slug: string;
  name: string;
  kind: string;
  access: LayerAccess;
  parent: { slug: string; name: string } | null;
  enabledLanguages: string[];
  activeIn: Array<{ slug: string; name: string }>;
  tiles: { total: number; published: number; draft: number; archived: number; withDraft: number; overdue: number };
}

export type TileStatus = 'draft' | 'published' | 'archived';

export interface TileSummary {
  key: string;
  theme: string;
  sourceLang: string;
  status: TileStatus;
  title: string;
  hasDraft: boolean;
  revision: number;
  editVersion: number;
  languages: string[];
  staleLanguages: string[];
  owner: Person | null;
  reviewBy: string | null;
  reviewOverdue: boolean;
  publishAt: string | null;
  unpublishAt: string | null;
  scheduleProblem: string | null;
  updatedAt: string;
}

export interface LiveContent extends Content { origin: 'source' | 'machine' | 'human'; sourceVersion: number; stale: boolean }

export interface TileVersion<C extends Content = Content> {
  theme: string;
  links: TileLink[];
  sensitive: boolean;
  content: Record<string, C>;
}

export interface TileDraft extends TileVersion {
  savedAt: string | null;
  savedBy: Person | null;
}

export interface TileDetail {
  key: string;
  layer: string;
  sourceLang: string;
  status: TileStatus;
  version: number;
  revision: number;
  editVersion: number;
  live: TileVersion<LiveContent> | null;
  draft: TileDraft | null;
  owner: Person | null;
  reviewBy: string | null;
  reviewOverdue: boolean;
  schedule: { publishAt: string | null; unpublishAt: string | null; problem: string | null };
  createdAt: string;
  updatedAt: string;
  updatedBy: Person | null;
}

/** The body of a 409 TILE_EDIT_CONFLICT: the tile as it is now. */
export interface EditConflict {
  code: 'TILE_EDIT_CONFLICT';
  message: string;
  current: { editVersion: number; draft: TileDraft | null; live: TileVersion<LiveContent> | null; savedBy: Person | null; savedAt: string | null };
}

export interface Theme { key: string; names: Record<string, string>; icon: string | null }

export interface RevisionSummary {
  number: number;
  publishedAt: string;
  publishedBy: Person | null;
  theme: string;
  languages: string[];
  current: boolean;
}

export interface DiffPart { op: 'same' | 'added' | 'removed'; value: string }

export interface TileDiff {
  from: string;
  to: string;
  mode: 'words' | 'lines';
  fields: {
    theme: { from: string | null; to: string | null; changed: boolean };
    sensitive: { from: boolean | null; to: boolean | null; changed: boolean };
    links: DiffPart[];
  };
  languages: Array<{ language: string; change: 'added' | 'removed' | 'changed' | 'unchanged'; title: DiffPart[]; body: DiffPart[]; examples: DiffPart[] }>;
}

export interface OverdueTile {
  layer: { slug: string; name: string };
  key: string;
  title: string;
  status: TileStatus;
  reviewBy: string;
  owner: Person | null;
  ownedByMe: boolean;
}

const seg = encodeURIComponent;

/** The API paths of the studio. */
export const studioPaths = {
  layers: () => '/api/layers',
  layer: (slug: string) => `/api/layers/${seg(slug)}`,
  editors: (slug: string) => `/api/layers/${seg(slug)}/editors`,
  themes: () => '/api/themes',
  tiles: (slug: string) => `/api/layers/${seg(slug)}/tiles`,
  tile: (slug: string, key: string) => `/api/layers/${seg(slug)}/tiles/${seg(key)}`,
  draft: (slug: string, key: string) => `/api/layers/${seg(slug)}/tiles/${seg(key)}/draft`,
  publish: (slug: string, key: string) => `/api/layers/${seg(slug)}/tiles/${seg(key)}/publish`,
  unpublish: (slug: string, key: string) => `/api/layers/${seg(slug)}/tiles/${seg(key)}/unpublish`,
  schedule: (slug: string, key: string) => `/api/layers/${seg(slug)}/tiles/${seg(key)}/schedule`,
  review: (slug: string, key: string) => `/api/layers/${seg(slug)}/tiles/${seg(key)}/review`,
  revisions: (slug: string, key: string) => `/api/layers/${seg(slug)}/tiles/${seg(key)}/revisions`,
  revision: (slug: string, key: string, n: number) => `/api/layers/${seg(slug)}/tiles/${seg(key)}/revisions/${n}`,
  restore: (slug: string, key: string, n: number) => `/api/layers/${seg(slug)}/tiles/${seg(key)}/revisions/${n}/restore`,
  diff: (slug: string, key: string, from: string, to: string, mode: 'words' | 'lines') =>
    `/api/layers/${seg(slug)}/tiles/${seg(key)}/diff?from=${seg(from)}&to=${seg(to)}&mode=${mode}`,
  overdue: () => '/api/studio/overdue',
} as const;

/** The app's own pages of the studio (for <Link to>). */
export const studioPages = {
  layers: () => '/studio/layers',
  layer: (slug: string) => `/studio/layers/${seg(slug)}`,
  newTile: (slug: string) => `/studio/layers/${seg(slug)}/new`,
  tile: (slug: string, key: string) => `/studio/layers/${seg(slug)}/tiles/${seg(key)}`,
  revisions: (slug: string, key: string) => `/studio/layers/${seg(slug)}/tiles/${seg(key)}/revisions`,
  /** The preview helper's page: the tile as each channel shows it, in any language. */
  preview: (slug: string, key: string) => `/studio/layers/${seg(slug)}/tiles/${seg(key)}/preview`,
  overdue: () => '/studio/reviews',
} as const;
