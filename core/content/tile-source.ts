import { isLanguage, type Language } from '../languages/index.ts';
import type { DbClient } from '../platform/db.ts';
import { getOrganization } from './organization-repository.ts';
import { loadVisibleTiles, visibleContentVersion } from './visible-tiles.ts';
import type { VisibleTile } from './types.ts';

/** What a chat entering through an organization can be answered from. */
export interface OrganizationContent {
  /** Published tiles of every layer the organization shows (see `loadVisibleTiles`). */
  tiles: VisibleTile[];
  /** The languages the organization offers, in its display order. */
  languages: Language[];
}

/**
 * The content module's side of the answer engine's `TileSource`
 * (core/answers): content per organization, and a cheap stamp that changes
 * when that content changes, so cached engines know when to rebuild.
 */
export interface TileSource {
  /** @throws AppError ORGANIZATION_NOT_FOUND */
  load(orgSlug: string): Promise<OrganizationContent>;
  /** @throws AppError ORGANIZATION_NOT_FOUND */
  version(orgSlug: string): Promise<string>;
}

/** A TileSource reading from `db` on every call (callers cache). */
export function createTileSource(db: DbClient): TileSource {
  return {
    async load(orgSlug) {
      const [org, tiles] = await Promise.all([getOrganization(db, orgSlug), loadVisibleTiles(db, orgSlug)]);
      return { tiles, languages: org.enabledLanguages.filter(isLanguage) };
    },
    version: (orgSlug) => visibleContentVersion(db, orgSlug),
  };
}
