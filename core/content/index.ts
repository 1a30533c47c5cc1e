/**
 * The content module: organizations' libraries of tiles, their translations,
 * the `tiles/v1` import/export format and the themes. Other modules use this
 * index only.
 */
export type { TileContent, TileLink, VisibleContent, VisibleTile } from './types.ts';
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
export { loadVisibleTiles, visibleContentVersion } from './visible-tiles.ts';
export { seedDefaultThemes } from './theme-repository.ts';
export { importTiles, type ImportSummary } from './import.ts';
export { exportTiles } from './export.ts';
export {
  createTileSource, flattenLayers, type LayeredContent, type OrganizationContent, type PublishedLibrary, type TileSource, type VisibleEntry,
} from './tile-source.ts';
export {
  subscribeToLibrary,
  enableAllLanguages,
  saveSubscription,
  removeSubscription,
  chooseTile,
  type SubscribeOptions,
  type SubscriptionInput,
  type TileAction,
} from './subscriptions.ts';
export {
  getMunicipality,
  listLibraries,
  listLibraryTiles,
  type AdditionSummary,
  type LibraryTileView,
  type LibraryView,
} from './subscription-states.ts';
export {
  ADDITION_BODY_MAX,
  deleteLocalAddition,
  getLocalAddition,
  listLocalAdditions,
  markAdditionReviewed,
  publishAddition,
  saveAdditionDraft,
  type AdditionInput,
  type AdditionListItem,
  type AdditionTarget,
  type AdditionView,
} from './local-additions.ts';
export { findAddition, type StoredAddition } from './local-additions-repository.ts';
export { entryPointKey, parseEntryPointKey, resolveEntryPoint, type ResolvedEntryPoint } from './entry-point.ts';
export { seedDemoSubscriptions, type DemoSubscriptionsSummary } from './local-additions-demo.ts';
export {
  ADDITION_SEPARATOR,
  additionNeedsReview,
  libraryTileState,
  mergeAddition,
  visibleTiles,
  type EntryPoint,
  type LibraryTileState,
  type NewTilePolicy,
  type SubscriptionScope,
  type TileChoice,
} from './visibility.ts';
export {
  ENTRY_CODE_PATTERN,
  ENTRY_LABEL_MAX,
  ENTRY_LAYER_KINDS,
  normalizeEntryCode,
  resolveEntryCode,
  type EntryCode,
  type EntryLayer,
  type EntryLayerKind,
  type EntryOrganization,
  type EntryResolution,
  type NewEntryCode,
} from './entry-codes.ts';
export {
  createEntryCode,
  ensureEntryCode,
  findEntryCodeView,
  findEntryLayer,
  listEntryCodes,
  listEntryLayers,
  setEntryCodeActive,
  updateEntryCode,
  type EntryCodeChange,
  type EntryLayerOption,
} from './entry-code-commands.ts';
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
  type ReferralAgency,
  type Branding,
  brandingSchema,
  contrastRatio,
} from './organization-settings.ts';
export {
  CREATABLE_KINDS,
  ORGANIZATION_SLUG_PATTERN,
  createOrganizationAsAdmin,
  findOrganizationRef,
  listOrganizations,
  setLayerActivations,
  type CreatableKind,
  type NewOrganization,
  type OrganizationRef,
  type OrganizationSummary,
} from './organization-admin.ts';
export {
  SETTINGS_VISIBLE_WITHIN_MS,
  readOrganizationSettings,
  updateOrganizationSettings,
  type OrganizationSettingsChange,
  type OrganizationSettingsView,
} from './organization-admin-settings.ts';
export { AUDIT_EXPORT_MAX_ROWS, AUDIT_PAGE_SIZE_MAX, readAuditExport, readAuditPage, type AuditFilter, type AuditRecord } from './organization-admin-audit.ts';
export {
  DEFAULT_MUNICIPALITY_KEY,
  DEPLOYMENT_SETTINGS_TTL_MS,
  DeploymentSettings,
  readDefaultMunicipality,
  setDefaultMunicipality,
  type DefaultMunicipality,
} from './deployment-settings.ts';
export * from './library/index.ts';
export * from './translations/index.ts';
