import { SUPPORTED_LANGUAGES } from '../languages/index.ts';
import type { Db, DbClient } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import { writeAuditLog } from './audit-log.ts';
import { getOrganization, updateOrganization } from './organization-repository.ts';
import {
  addShowChoices,
  deleteSubscription,
  setTileChoice,
  upsertSubscription,
} from './subscription-repository.ts';
import {
  findLibraryTile,
  libraryFor,
  libraryView,
  loadMunicipalityLibraries,
  type LibraryRef,
  type LibraryTileView,
  type LibraryView,
  type MunicipalityLibraries,
} from './subscription-states.ts';
import { listThemeKeys } from './theme-repository.ts';
import { inTransaction } from './transaction.ts';
import { inScope, subscriptionFor, type NewTilePolicy, type SubscriptionRule, type SubscriptionScope } from './visibility.ts';

/**
 * What a municipality shows of the national and regional libraries: its
 * subscriptions (all, by theme or by tile; new tiles shown automatically or
 * after acceptance) and its choices about single tiles (accept, hide, show).
 * Each command checks its input, writes in one transaction with one audit
 * row, and returns the new view. Access is the caller's check
 * (core/access mayManageSubscriptions).
 */

/** A subscription as an editor sets it. */
export interface SubscriptionInput {
  scope: SubscriptionScope;
  /** Required (at least one) for scope `themes`; ignored otherwise. */
  themeKeys?: readonly string[];
  newTiles: NewTilePolicy;
}

async function validRule(db: DbClient, library: LibraryRef, input: SubscriptionInput): Promise<SubscriptionRule> {
  if (input.scope !== 'themes') return { libraryId: library.id, scope: input.scope, themeKeys: [], newTiles: input.newTiles };
  const keys = [...new Set(input.themeKeys ?? [])];
  if (keys.length === 0) throw new AppError('SUBSCRIPTION_INVALID', { reason: 'choose at least one theme for scope "themes"' });
  const known = new Set(await listThemeKeys(db));
  const unknown = keys.filter((k) => !known.has(k));
  if (unknown.length) throw new AppError('SUBSCRIPTION_INVALID', { reason: `unknown themes: ${unknown.join(', ')}` });
  return { libraryId: library.id, scope: 'themes', themeKeys: keys, newTiles: input.newTiles };
}

const sameRule = (a: SubscriptionRule | undefined, b: SubscriptionRule) =>
  a !== undefined && a.scope === b.scope && a.newTiles === b.newTiles
  && a.themeKeys.length === b.themeKeys.length && a.themeKeys.every((k) => b.themeKeys.includes(k));

/**
 * The tiles to accept when a subscription becomes `rule`: with "ask me
 * first", every tile the new scope covers that has no choice yet and was not
 * already waiting, so that subscribing, widening the scope or switching from
 * "automatic" shows what the editor chose now and only tiles published later
 * wait for acceptance.
 */
function tilesToAccept(state: MunicipalityLibraries, library: LibraryRef, rule: SubscriptionRule): string[] {
  if (rule.newTiles !== 'ask') return [];
  return state.tiles
    .filter((t) => t.library.slug === library.slug && t.choice === null && t.state !== 'waiting' && inScope(rule, t.theme))
    .map((t) => t.id);
}

/** Writes the subscription and the accepted tiles, with one audit row; nothing when it is unchanged. */
async function applySubscription(
  tx: DbClient,
  state: MunicipalityLibraries,
  library: LibraryRef,
  rule: SubscriptionRule,
  actor: string,
): Promise<boolean> {
  const before = state.facts.subscriptions.find((s) => s.libraryId === library.id);
  if (sameRule(before, rule)) return false;
  const accepted = tilesToAccept(state, library, rule);
  await upsertSubscription(tx, state.municipality.id, rule);
  await addShowChoices(tx, state.municipality.id, accepted);
  await writeAuditLog(tx, {
    actor,
    organizationId: state.municipality.id,
    action: 'subscription.saved',
    entityType: 'library_subscription',
    entityId: `${state.municipality.id}:${library.id}`,
    data: {
      library: library.slug, scope: rule.scope, themeKeys: [...rule.themeKeys], newTiles: rule.newTiles,
      previous: before ? { scope: before.scope, themeKeys: [...before.themeKeys], newTiles: before.newTiles } : null,
      accepted: accepted.length,
    },
  });
  return true;
}

/**
 * Sets the municipality's subscription to a library (national, or its
 * region). With "ask me first" the tiles the new scope covers now are
 * accepted (see tilesToAccept); only later ones wait.
 * @param actor for the audit log: `user:<id>`, `seed`, `cli`.
 * @throws AppError ORGANIZATION_NOT_FOUND, LAYER_NOT_FOUND, SUBSCRIPTION_INVALID
 */
export async function saveSubscription(
  db: Db,
  municipalitySlug: string,
  librarySlug: string,
  input: SubscriptionInput,
  actor: string,
): Promise<LibraryView> {
  return inTransaction(db, async (tx) => {
    const state = await loadMunicipalityLibraries(tx, municipalitySlug);
    const library = await libraryFor(tx, state.municipality, librarySlug);
    const rule = await validRule(tx, library, input);
    const changed = await applySubscription(tx, state, library, rule, actor);
    return libraryView(changed ? await loadMunicipalityLibraries(tx, municipalitySlug) : state, library);
  }, 30_000);
}

/**
 * Ends the municipality's subscription: a national library shows nothing any
 * more; a region is inherited in full again. Tile choices stay (they apply
 * again on a new subscription).
 * @throws AppError ORGANIZATION_NOT_FOUND, LAYER_NOT_FOUND, SUBSCRIPTION_INVALID
 */
export async function removeSubscription(db: Db, municipalitySlug: string, librarySlug: string, actor: string): Promise<LibraryView> {
  return inTransaction(db, async (tx) => {
    const state = await loadMunicipalityLibraries(tx, municipalitySlug);
    const library = await libraryFor(tx, state.municipality, librarySlug);
    if (!(await deleteSubscription(tx, state.municipality.id, library.id))) return libraryView(state, library);
    await writeAuditLog(tx, {
      actor,
      organizationId: state.municipality.id,
      action: 'subscription.removed',
      entityType: 'library_subscription',
      entityId: `${state.municipality.id}:${library.id}`,
      data: { library: library.slug },
    });
    return libraryView(await loadMunicipalityLibraries(tx, municipalitySlug), library);
  }, 30_000);
}

/** What an editor does with one library tile. */
export type TileAction = 'accept' | 'hide' | 'show';

const ACTION_AUDIT: Record<TileAction, string> = {
  accept: 'tile_choice.accepted',
  hide: 'tile_choice.hidden',
  show: 'tile_choice.shown',
};

/**
 * Accepts a waiting tile, hides a tile or shows one (a hidden one again, or
 * one outside the subscription's scope). Showing a tile of a library the
 * municipality does not subscribe to subscribes to that tile alone (scope
 * `tiles`). Accepting a tile that is shown already changes nothing.
 * @throws AppError ORGANIZATION_NOT_FOUND, LAYER_NOT_FOUND, SUBSCRIPTION_INVALID, TILE_NOT_FOUND,
 *   TILE_STATE_CONFLICT (accept a tile that is not waiting: hidden, out of scope, not subscribed)
 */
export async function chooseTile(
  db: Db,
  municipalitySlug: string,
  librarySlug: string,
  key: string,
  action: TileAction,
  actor: string,
): Promise<LibraryTileView> {
  return inTransaction(db, async (tx) => {
    const state = await loadMunicipalityLibraries(tx, municipalitySlug);
    const library = await libraryFor(tx, state.municipality, librarySlug);
    const tile = findLibraryTile(state, library.slug, key);
    if (action === 'accept' && tile.state !== 'waiting' && tile.state !== 'shown') {
      throw new AppError('TILE_STATE_CONFLICT', { key, reason: `it is not waiting for acceptance (${tile.state.replaceAll('_', ' ')}); show it instead` });
    }
    const municipalityId = state.municipality.id;
    const subscribe = action === 'show' && !subscriptionFor(state.entry, state.facts, library.id);
    if (subscribe) await upsertSubscription(tx, municipalityId, { libraryId: library.id, scope: 'tiles', themeKeys: [], newTiles: 'ask' });
    const changed = await setTileChoice(tx, municipalityId, tile.id, action === 'hide' ? 'hide' : 'show');
    if (!changed && !subscribe) return tile;
    await writeAuditLog(tx, {
      actor,
      organizationId: municipalityId,
      action: ACTION_AUDIT[action],
      entityType: 'tile',
      entityId: tile.id,
      data: { library: library.slug, key, previousState: tile.state, subscribed: subscribe },
    });
    return findLibraryTile(await loadMunicipalityLibraries(tx, municipalitySlug), library.slug, key);
  }, 30_000);
}

/** Options of {@link subscribeToLibrary}. */
export interface SubscribeOptions {
  /** For a new subscription, default `automatic`; for an existing one, left as it is unless given. */
  newTiles?: NewTilePolicy;
  /** For the audit log; default `system`. */
  actor?: string;
}

/**
 * Subscribes a municipality to every tile of a library (the national or its
 * regional one): scope `all`, so tiles the library publishes later reach it
 * too (at once, or after acceptance with `newTiles: 'ask'`). No tiles are
 * copied. Running it again with the same options writes nothing.
 * @returns how many of the library's tiles the municipality now shows.
 * @throws AppError ORGANIZATION_NOT_FOUND, LAYER_NOT_FOUND, SUBSCRIPTION_INVALID
 */
export async function subscribeToLibrary(db: Db, orgSlug: string, librarySlug: string, options: SubscribeOptions = {}): Promise<number> {
  return inTransaction(db, async (tx) => {
    let state = await loadMunicipalityLibraries(tx, orgSlug);
    const library = await libraryFor(tx, state.municipality, librarySlug);
    const current = state.facts.subscriptions.find((s) => s.libraryId === library.id);
    const newTiles = options.newTiles ?? current?.newTiles ?? 'automatic';
    const rule: SubscriptionRule = { libraryId: library.id, scope: 'all', themeKeys: [], newTiles };
    if (await applySubscription(tx, state, library, rule, options.actor ?? 'system')) state = await loadMunicipalityLibraries(tx, orgSlug);
    return state.tiles.filter((t) => t.library.slug === library.slug && t.state === 'shown').length;
  }, 30_000);
}

/**
 * Offers every supported language in an organization's chats; languages its
 * tiles do not have yet are answered from the English source.
 */
export async function enableAllLanguages(db: DbClient, orgSlug: string): Promise<void> {
  const org = await getOrganization(db, orgSlug);
  await updateOrganization(db, org.id, { enabledLanguages: [...SUPPORTED_LANGUAGES] });
}
