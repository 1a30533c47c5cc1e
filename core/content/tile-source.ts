import { isLanguage, type Language } from '../languages/index.ts';
import type { DbClient } from '../platform/db.ts';
import { resolveEntryPoint } from './entry-point.ts';
import {
  layeredTilesOf, libraryVersion, loadLibrary, visibleContentVersion,
  type LayeredTiles, type LibraryLoader, type PublishedLibrary, type VisibleEntry,
} from './visible-tiles.ts';
import type { VisibleTile } from './types.ts';

export type { PublishedLibrary, VisibleEntry };

/** What a chat entering through an entry point can be answered from. */
export interface OrganizationContent {
  /** Published tiles of every layer the entry point shows, local additions merged (see `loadVisibleTiles`). */
  tiles: VisibleTile[];
  /** The languages offered, in display order: the active entry layer's, else the municipality's. */
  languages: Language[];
}

/**
 * The same content in layers (see LayeredTiles): the shared libraries, each
 * with its version (the same objects for every entry point while the version
 * holds, so one index per library serves them all), and what this entry
 * point shows of them and of its own.
 */
export interface LayeredContent extends LayeredTiles {
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
  /**
   * The content in layers, so engines share one index per library. Optional:
   * without it every tile of `load` counts as the entry point's own.
   * @throws AppError ORGANIZATION_NOT_FOUND
   */
  layers?(key: string): Promise<LayeredContent>;
}

/** The tiles of `layers` as one list (what `load` returns). */
export function flattenLayers(layers: LayeredContent): OrganizationContent {
  return { tiles: layers.visible.map((v) => v.tile), languages: layers.languages };
}

/**
 * Libraries read once per version: each call reads the library's version
 * (one aggregate query) and the tiles only when the version is new, so the
 * national library is loaded once per change, not once per municipality.
 * Concurrent calls for the same version share one load.
 */
export function cachedLibraries(db: DbClient): LibraryLoader {
  const cache = new Map<string, Promise<PublishedLibrary>>();
  const versions = new Map<string, string>();
  return async (id) => {
    const version = await libraryVersion(db, id);
    if (versions.get(id) !== version || !cache.has(id)) {
      versions.set(id, version);
      const loading = loadLibrary(db, id, version);
      cache.set(id, loading);
      // A failed load must not stay cached.
      loading.catch(() => {
        if (cache.get(id) === loading) cache.delete(id);
      });
    }
    return cache.get(id)!;
  };
}

/** A TileSource reading from `db` (callers cache engines); libraries are read once per version. */
export function createTileSource(db: DbClient): TileSource {
  const libraries = cachedLibraries(db);
  const layers = async (key: string): Promise<LayeredContent> => {
    const resolved = await resolveEntryPoint(db, key);
    const tiles = await layeredTilesOf(db, resolved, libraries);
    return { ...tiles, languages: resolved.languagesOf.enabledLanguages.filter(isLanguage) };
  };
  return {
    layers,
    load: async (key) => flattenLayers(await layers(key)),
    version: (key) => visibleContentVersion(db, key),
  };
}
