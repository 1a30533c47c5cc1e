/**
 * The tile library API's shapes (admin/api/studio, /tmp/api-library.md) as
 * the studio pages read them, and the paths they call.
 */

/*
 * The shapes core answers with are imported as types only (erased by the
 * bundler, so no core code enters the browser bundle): one declaration,
 * no copies that can drift apart.
 */
import type { TileContent as Content, TileLink } from '../../../../../core/content/types.ts';
import type { TileStatus } from '../../../../../core/content/library-repository.ts';
import type { Person } from '../../../../../core/content/library/layer-repository.ts';
import type { DraftView, LiveContent, TileDetail, TileSummary } from '../../../../../core/content/library/tile-view.ts';
import type { RevisionSummary } from '../../../../../core/content/library/revisions.ts';
import type { OverdueItem } from '../../../../../core/content/library/review.ts';
import type { DiffMode, DiffPart, TileDiff as CoreTileDiff } from '../../../../../core/content/library/tile-diff.ts';

export type { Content, DiffPart, LiveContent, Person, RevisionSummary, TileDetail, TileLink, TileStatus, TileSummary };

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

/** A version of a tile as the form reads it: the live one (with `LiveContent`) or the draft. */
export interface TileVersion<C extends Content = Content> {
  theme: string;
  links: TileLink[];
  sensitive: boolean;
  content: Record<string, C>;
}

export type TileDraft = DraftView;

/** The body of a 409 TILE_EDIT_CONFLICT: the tile as it is now. */
export interface EditConflict {
  code: 'TILE_EDIT_CONFLICT';
  message: string;
  current: { editVersion: number; draft: TileDraft | null; live: TileVersion<LiveContent> | null; savedBy: Person | null; savedAt: string | null };
}

export interface Theme { key: string; names: Record<string, string>; icon: string | null }

/** The diff route's answer: core's diff plus the versions and mode asked for. */
export interface TileDiff extends CoreTileDiff {
  from: string;
  to: string;
  mode: DiffMode;
}

export type OverdueTile = OverdueItem;

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
