import type { TileContent, TileLink } from '../types.ts';
import type { TileStatus, TranslationOrigin } from '../library-repository.ts';
import type { Person } from './layer-repository.ts';
import { isReviewOverdue } from './review-dates.ts';
import { translationState, type TranslationState } from '../translations/translation-state.ts';
import type { EditableTile, ListedTile } from './tile-repository.ts';

/**
 * The studio's views of a tile, as the staff API answers them (dates as ISO
 * strings): the full detail an editor opens, and the summary a layer's
 * list shows.
 */

/** A live language version, with where it came from and whether the source moved on since. */
export interface LiveContent extends TileContent {
  origin: TranslationOrigin;
  sourceVersion: number;
  /** A translation made from an older source text. */
  stale: boolean;
  /** The language's state (core/content/translations/translation-state.ts). */
  state: TranslationState;
  /** Link labels in this language (link order); empty: the source labels. */
  linkLabels: string[];
}

/** The live source row's hash: what every other row's `sourceHash` is compared with. */
export function liveSourceHash(tile: { sourceLang: string; translations: ReadonlyArray<{ language: string; sourceHash: string }> }): string {
  return tile.translations.find((t) => t.language === tile.sourceLang)?.sourceHash ?? '';
}

/** The state of each live row (no handouts considered: the translation matrix adds those). */
function rowState(tile: { sourceLang: string }, row: { language: string; origin: TranslationOrigin; sourceHash: string; checkedAt: Date | null }, currentHash: string): TranslationState {
  return translationState({
    isSource: row.language === tile.sourceLang,
    row: { origin: row.origin, sourceHash: row.sourceHash, checked: row.checkedAt !== null },
    currentHash,
  });
}

export interface LiveView {
  theme: string;
  links: TileLink[];
  sensitive: boolean;
  content: Record<string, LiveContent>;
}

export interface DraftView {
  theme: string;
  links: TileLink[];
  sensitive: boolean;
  content: Record<string, TileContent>;
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
  /** Null until the tile was first published. */
  live: LiveView | null;
  /** Null when there are no unpublished changes. */
  draft: DraftView | null;
  owner: Person | null;
  reviewBy: string | null;
  reviewOverdue: boolean;
  schedule: { publishAt: string | null; unpublishAt: string | null; problem: string | null };
  createdAt: string;
  updatedAt: string;
  updatedBy: Person | null;
}

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

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

/** The live version, or null when the tile has no live text (never published). */
export function liveView(tile: EditableTile): LiveView | null {
  if (tile.translations.length === 0) return null;
  const content: Record<string, LiveContent> = {};
  const currentHash = liveSourceHash(tile);
  for (const t of tile.translations) {
    const state = rowState(tile, t, currentHash);
    content[t.language] = {
      title: t.title, body: t.body, examples: [...t.examples], origin: t.origin, sourceVersion: t.sourceVersion,
      stale: state === 'stale', state, linkLabels: [...t.linkLabels],
    };
  }
  return { theme: tile.themeKey, links: tile.links, sensitive: tile.sensitive, content };
}

export function draftView(tile: EditableTile): DraftView | null {
  if (!tile.draft) return null;
  const { themeKey, links, sensitive, content } = tile.draft;
  return { theme: themeKey, links, sensitive, content, savedAt: iso(tile.draftUpdatedAt), savedBy: tile.updatedBy };
}

export function tileDetail(tile: EditableTile, now: Date): TileDetail {
  return {
    key: tile.key,
    layer: tile.layerSlug,
    sourceLang: tile.sourceLang,
    status: tile.status,
    version: tile.version,
    revision: tile.revision,
    editVersion: tile.editVersion,
    live: liveView(tile),
    draft: draftView(tile),
    owner: tile.owner,
    reviewBy: iso(tile.reviewBy),
    reviewOverdue: isReviewOverdue(tile.reviewBy, tile.status, now),
    schedule: { publishAt: iso(tile.publishAt), unpublishAt: iso(tile.unpublishAt), problem: tile.scheduleProblem },
    createdAt: tile.createdAt.toISOString(),
    updatedAt: tile.updatedAt.toISOString(),
    updatedBy: tile.updatedBy,
  };
}

function staleLanguages(tile: ListedTile): string[] {
  const currentHash = liveSourceHash(tile);
  return tile.translations.filter((t) => rowState(tile, t, currentHash) === 'stale').map((t) => t.language);
}

export function tileSummary(tile: ListedTile, now: Date): TileSummary {
  const liveSource = tile.translations.find((t) => t.language === tile.sourceLang);
  const draftSource = tile.draft?.content[tile.sourceLang];
  return {
    key: tile.key,
    theme: tile.draft?.themeKey ?? tile.themeKey,
    sourceLang: tile.sourceLang,
    status: tile.status,
    title: draftSource?.title ?? liveSource?.title ?? tile.key,
    hasDraft: tile.draft !== null,
    revision: tile.revision,
    editVersion: tile.editVersion,
    languages: tile.translations.map((t) => t.language),
    staleLanguages: staleLanguages(tile),
    owner: tile.owner,
    reviewBy: iso(tile.reviewBy),
    reviewOverdue: isReviewOverdue(tile.reviewBy, tile.status, now),
    publishAt: iso(tile.publishAt),
    unpublishAt: iso(tile.unpublishAt),
    scheduleProblem: tile.scheduleProblem,
    updatedAt: tile.updatedAt.toISOString(),
  };
}
