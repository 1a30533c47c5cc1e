import { isLanguage, type Language } from '../languages/index.ts';
import type { DbClient } from '../platform/db.ts';
import { resolveEntryPoint } from './entry-point.ts';
import { visibleContentVersion, visibleTilesOf } from './visible-tiles.ts';
import type { VisibleTile } from './types.ts';

/** What a chat entering through an entry point can be answered from. */
export interface OrganizationContent {
  /** Published tiles of every layer the entry point shows, local additions merged (see `loadVisibleTiles`). */
  tiles: VisibleTile[];
  /** The languages offered, in display order: the active entry layer's, else the municipality's. */
  languages: Language[];
}

/**
 * The content module's side of the answer engine's `TileSource`
 * (core/answers): content per entry point, and a cheap stamp that changes
 * when that content changes, so cached engines know when to rebuild. The key
 * is an organization slug or `layer@municipality` (`entryPointKey`, see
 * entry-point.ts): a municipality's slug as before, an employer's slug for
 * its layer in its home municipality.
 */
export interface TileSource {
  /** @throws AppError ORGANIZATION_NOT_FOUND */
  load(key: string): Promise<OrganizationContent>;
  /** @throws AppError ORGANIZATION_NOT_FOUND */
  version(key: string): Promise<string>;
}

/** A TileSource reading from `db` on every call (callers cache). */
export function createTileSource(db: DbClient): TileSource {
  return {
    async load(key) {
      const resolved = await resolveEntryPoint(db, key);
      const tiles = await visibleTilesOf(db, resolved);
      return { tiles, languages: resolved.languagesOf.enabledLanguages.filter(isLanguage) };
    },
    version: (key) => visibleContentVersion(db, key),
  };
}
