import type { Language } from '../languages/index.ts';
import type { TileContent } from './types.ts';

/**
 * The visibility rule: which tiles a person entering through a given entry
 * point sees, in which order, and with which local additions. Pure functions
 * over plain data (no I/O), shared by the answer engine's tile source
 * (core/content/visible-tiles.ts) and the studio (subscription states,
 * preview), so both always agree.
 *
 * An entry point is a municipality, optionally with an employer or
 * housing-provider layer (from an entry code). The person sees, in this order:
 * 1. the entry layer's published tiles, only when the layer is active in the
 *    municipality (a layer_activations row);
 * 2. the municipality's own published tiles;
 * 3. its region's published tiles: inherited (no subscription row needed),
 *    unless the municipality hid one; a subscription row for the region, when
 *    present, narrows it exactly as for the national library;
 * 4. the national library's published tiles as the municipality's
 *    subscription says (no subscription row: none).
 * Within a layer, library order (the caller passes tiles in library order).
 *
 * A library tile (regional or national) under a subscription is
 * - `hidden` when the municipality chose `hide` (whatever the scope);
 * - `shown` when the municipality chose `show` (picked one by one, or
 *   accepted from the "ask me first" list), whatever the scope;
 * - otherwise `out_of_scope` when the scope does not cover it (scope `tiles`,
 *   or `themes` without the tile's theme);
 * - otherwise `shown` for `newTiles: automatic` and `waiting` (for the
 *   municipality's editors to accept) for `newTiles: ask`.
 * Without a subscription a national tile is `not_subscribed`; an unpublished
 * tile is `unpublished`. Only `shown` tiles are visible.
 */

export type SubscriptionScope = 'all' | 'themes' | 'tiles';
export type NewTilePolicy = 'automatic' | 'ask';
export type TileChoice = 'show' | 'hide';

/** A municipality's subscription to one library (national or regional). */
export interface SubscriptionRule {
  libraryId: string;
  scope: SubscriptionScope;
  /** Theme keys when `scope` is `themes`. */
  themeKeys: readonly string[];
  newTiles: NewTilePolicy;
}

/** What the rule needs of a tile. */
export interface RuleTile {
  id: string;
  /** The organization whose layer (library) the tile belongs to. */
  ownerId: string;
  themeKey: string;
  /** Only `published` tiles are ever visible. */
  status: string;
}

/**
 * Where a person came in. For any other organization than a municipality (a
 * library previewed on its own, a local organization) pass its id as
 * `municipalityId` with no region and no national libraries: it shows its own
 * published tiles only.
 */
export interface EntryPoint {
  municipalityId: string;
  /** The municipality's region (Organization.parentId), null when it has none. */
  regionId: string | null;
  /** The national libraries (organizations of kind national), in display order. */
  nationalIds: readonly string[];
  /** The employer or housing-provider layer of the entry code, and whether it is active in the municipality. */
  layer?: { id: string; active: boolean };
}

/** The municipality's subscriptions and per-tile choices. */
export interface SubscriptionFacts {
  subscriptions: readonly SubscriptionRule[];
  /** Choice per tile id (tile_subscriptions); tiles without a row follow the subscription. */
  choices: ReadonlyMap<string, TileChoice>;
}

/** A library tile's state for one municipality (see the module comment). */
export type LibraryTileState = 'shown' | 'hidden' | 'waiting' | 'out_of_scope' | 'not_subscribed' | 'unpublished';

/** Where a tile's layer stands for an entry point; lower comes first. */
export type LayerRole = 'entry_layer' | 'municipality' | 'region' | 'national';

/** A region's tiles are inherited without a subscription row: as if subscribed to everything, automatically. */
export function defaultRegionSubscription(regionId: string): SubscriptionRule {
  return { libraryId: regionId, scope: 'all', themeKeys: [], newTiles: 'automatic' };
}

/** The subscription that governs `libraryId` for this entry point: the stored row, the region's default, or none. */
export function subscriptionFor(entry: EntryPoint, facts: SubscriptionFacts, libraryId: string): SubscriptionRule | undefined {
  const stored = facts.subscriptions.find((s) => s.libraryId === libraryId);
  if (stored) return stored;
  return libraryId === entry.regionId ? defaultRegionSubscription(libraryId) : undefined;
}

/** Whether the subscription's scope covers the tile before any per-tile choice. */
export function inScope(subscription: SubscriptionRule, themeKey: string): boolean {
  switch (subscription.scope) {
    case 'all':
      return true;
    case 'themes':
      return subscription.themeKeys.includes(themeKey);
    case 'tiles':
      return false;
  }
}

/** A library tile's state under a subscription (or none) and the municipality's choice (or none). */
export function libraryTileState(
  tile: Pick<RuleTile, 'status' | 'themeKey'>,
  subscription: SubscriptionRule | undefined,
  choice: TileChoice | undefined,
): LibraryTileState {
  if (tile.status !== 'published') return 'unpublished';
  if (!subscription) return 'not_subscribed';
  if (choice === 'hide') return 'hidden';
  if (choice === 'show') return 'shown';
  if (!inScope(subscription, tile.themeKey)) return 'out_of_scope';
  return subscription.newTiles === 'automatic' ? 'shown' : 'waiting';
}

/** The layers the entry point shows, in ranking order, with the owner id of each. */
export function entryLayers(entry: EntryPoint): Array<{ ownerId: string; role: LayerRole }> {
  const layers: Array<{ ownerId: string; role: LayerRole }> = [];
  if (entry.layer?.active) layers.push({ ownerId: entry.layer.id, role: 'entry_layer' });
  layers.push({ ownerId: entry.municipalityId, role: 'municipality' });
  if (entry.regionId) layers.push({ ownerId: entry.regionId, role: 'region' });
  for (const id of entry.nationalIds) {
    if (id !== entry.municipalityId) layers.push({ ownerId: id, role: 'national' });
  }
  return layers;
}

/** The organizations whose tiles the entry point may show (any state): what a loader must read. */
export function candidateOwnerIds(entry: EntryPoint): string[] {
  return entryLayers(entry).map((l) => l.ownerId);
}

/** Whether one tile is visible through the entry point, given its layer role. */
function visibleIn(role: LayerRole, tile: RuleTile, entry: EntryPoint, facts: SubscriptionFacts): boolean {
  if (role === 'entry_layer' || role === 'municipality') return tile.status === 'published';
  const subscription = subscriptionFor(entry, facts, tile.ownerId);
  return libraryTileState(tile, subscription, facts.choices.get(tile.id)) === 'shown';
}

/**
 * The tiles a person entering through `entry` sees, ranked: entry layer,
 * municipality, region, national; within a layer in the order given (pass
 * library order). Tiles of other owners are left out.
 */
export function visibleTiles<T extends RuleTile>(entry: EntryPoint, tiles: readonly T[], facts: SubscriptionFacts): T[] {
  const layers = entryLayers(entry);
  const out: T[] = [];
  for (const { ownerId, role } of layers) {
    for (const tile of tiles) {
      if (tile.ownerId === ownerId && visibleIn(role, tile, entry, facts)) out.push(tile);
    }
  }
  return out;
}

/** One language of a published local addition: `{ body, origin, sourceVersion }` as stored. */
export interface AdditionText {
  body: string;
}

/** A published local addition: its text per language and the language it was written in. */
export interface PublishedAddition {
  sourceLang: string;
  texts: Partial<Record<Language, AdditionText>>;
}

/** What separates the tile's text from the municipality's paragraph under it: one blank line (a new markdown paragraph). */
export const ADDITION_SEPARATOR = '\n\n';

/**
 * A tile's content with the municipality's local addition under it, per
 * language: `body = tile body + "\n\n" + addition body`. A language the
 * addition lacks gets the addition's source-language text (a person reading
 * Polish still learns where the office is, in English); languages the tile
 * lacks are not added (the tile decides which languages exist). Title and
 * examples stay the tile's. Without an addition (or with empty texts) the
 * content is returned unchanged.
 */
export function mergeAddition(
  content: Partial<Record<Language, TileContent>>,
  addition: PublishedAddition | undefined,
): Partial<Record<Language, TileContent>> {
  if (!addition) return content;
  const fallback = addition.texts[addition.sourceLang as Language];
  const merged: Partial<Record<Language, TileContent>> = {};
  for (const [lang, text] of Object.entries(content) as Array<[Language, TileContent]>) {
    const extra = (addition.texts[lang] ?? fallback)?.body.trim();
    merged[lang] = extra ? { ...text, body: `${text.body.trimEnd()}${ADDITION_SEPARATOR}${extra}` } : text;
  }
  return merged;
}

/** A local addition must be checked again when its tile was published anew after the revision it was last checked against. */
export function additionNeedsReview(reviewedRevision: number, tileRevision: number): boolean {
  return tileRevision > reviewedRevision;
}
