/**
 * The content module: organizations' libraries of tiles, their translations,
 * the `tiles/v1` import/export format and the themes. Other modules use this
 * index only.
 */
export type { TileContent, TileLink, VisibleTile } from './types.ts';
export {
  TILES_V1_FORMAT,
  TILE_LIMITS,
  validateTileFile,
  parseTileFile,
  type TileFileV1,
  type TileFileTile,
  type TileFileContent,
  type TileFileContext,
  type TileFileValidation,
} from './tiles-v1.ts';
export { DEFAULT_THEMES, type DefaultTheme } from './default-themes.ts';
export { setParentOrganization, type OrganizationKind } from './organization-repository.ts';
export type { TileStatus, TranslationOrigin } from './library-repository.ts';
export { subscribeTile } from './subscription-repository.ts';
export { loadVisibleTiles } from './visible-tiles.ts';
export { seedDefaultThemes } from './theme-repository.ts';
export { importTiles, type ImportSummary } from './import.ts';
export { exportTiles } from './export.ts';
export { createTileSource, type TileSource, type OrganizationContent } from './tile-source.ts';
export { subscribeToLibrary, enableAllLanguages } from './subscriptions.ts';
export {
  ENTRY_CODE_PATTERN,
  ENTRY_LABEL_MAX,
  ENTRY_LAYER_KINDS,
  createEntryCode,
  ensureEntryCode,
  listEntryCodes,
  normalizeEntryCode,
  resolveEntryCode,
  setEntryCodeActive,
  type EntryCode,
  type EntryLayer,
  type EntryLayerKind,
  type EntryOrganization,
  type EntryResolution,
  type NewEntryCode,
} from './entry-codes.ts';
export {
  WHATSAPP_START_WORD,
  entryCodeFromStartText,
  entryLinks,
  type EntryLinkOptions,
  type EntryLinks,
} from './entry-links.ts';
export { EntryResolver, ENTRY_CACHE_TTL_MS } from './entry-resolver.ts';
export { findOrganizationProfile, type OrganizationProfile } from './organization-profile.ts';
export {
  DEFAULT_ORGANIZATION_SETTINGS,
  organizationSettingsSchema,
  parseOrganizationSettings,
  type OrganizationSettings,
  type RetentionPolicy,
  type SafetyCardEntry,
} from './organization-settings.ts';
