import type { DbClient } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import { resolveEntryPoint } from './entry-point.ts';
import { listAdditions, type StoredAddition } from './local-additions-repository.ts';
import { findOrganization, getOrganization, type StoredOrganization } from './organization-repository.ts';
import { listSubscriptions, listTileChoices } from './subscription-repository.ts';
import {
  additionNeedsReview,
  libraryTileState,
  subscriptionFor,
  type EntryPoint,
  type LibraryTileState,
  type NewTilePolicy,
  type SubscriptionFacts,
  type SubscriptionRule,
  type SubscriptionScope,
  type TileChoice,
} from './visibility.ts';

/**
 * What a municipality's editors see of the national and regional libraries:
 * each library with its subscription, each published library tile with its
 * state for the municipality (visibility.ts decides) and its local addition.
 * Reads only; the commands are in subscriptions.ts and local-additions.ts.
 */

export interface LibraryRef {
  id: string;
  slug: string;
  name: string;
  kind: 'national' | 'region';
}

/** A library as the municipality subscribes to it. */
export interface LibraryView {
  library: LibraryRef;
  /** A subscription row exists. */
  subscribed: boolean;
  /** The region without a row: all its tiles, automatically. */
  inherited: boolean;
  scope: SubscriptionScope | null;
  themeKeys: string[];
  newTiles: NewTilePolicy | null;
  counts: { shown: number; waiting: number; hidden: number; outOfScope: number };
}

/** A local addition's standing, for lists. */
export interface AdditionSummary {
  published: boolean;
  hasDraft: boolean;
  needsReview: boolean;
  editVersion: number;
}

/** A published library tile with its state for the municipality. */
export interface LibraryTileView {
  id: string;
  library: Pick<LibraryRef, 'slug' | 'kind'>;
  key: string;
  theme: string;
  sourceLang: string;
  /** The source-language title. */
  title: string;
  languages: string[];
  revision: number;
  state: Exclude<LibraryTileState, 'unpublished'>;
  choice: TileChoice | null;
  addition: AdditionSummary | null;
}

/** Everything the views derive from, loaded once. */
export interface MunicipalityLibraries {
  municipality: StoredOrganization;
  entry: EntryPoint;
  libraries: LibraryRef[];
  facts: SubscriptionFacts;
  tiles: LibraryTileView[];
  additions: Map<string, StoredAddition>;
}

/** The municipality named by `slug`. @throws AppError ORGANIZATION_NOT_FOUND, SUBSCRIPTION_INVALID (not a municipality) */
export async function getMunicipality(db: DbClient, slug: string): Promise<StoredOrganization> {
  const org = await getOrganization(db, slug);
  if (org.kind !== 'municipality') throw new AppError('SUBSCRIPTION_INVALID', { reason: `"${slug}" is not a municipality` });
  return org;
}

/**
 * The library `librarySlug` as the municipality may subscribe to it: a
 * national library, or the municipality's own region.
 * @throws AppError LAYER_NOT_FOUND (unknown), SUBSCRIPTION_INVALID (another kind or another region)
 */
export async function libraryFor(db: DbClient, municipality: StoredOrganization, librarySlug: string): Promise<LibraryRef> {
  const org = await findOrganization(db, librarySlug);
  if (!org) throw new AppError('LAYER_NOT_FOUND', { slug: librarySlug });
  if (org.kind === 'national' || (org.kind === 'region' && org.id === municipality.parentId)) {
    return { id: org.id, slug: org.slug, name: org.name, kind: org.kind };
  }
  throw new AppError('SUBSCRIPTION_INVALID', {
    reason: `"${librarySlug}" is not the national library nor the region of "${municipality.slug}"`,
  });
}

function summary(addition: StoredAddition | undefined, tileRevision: number): AdditionSummary | null {
  if (!addition) return null;
  return {
    published: addition.published !== null,
    hasDraft: addition.draft !== null,
    needsReview: addition.published !== null && additionNeedsReview(addition.reviewedRevision, tileRevision),
    editVersion: addition.editVersion,
  };
}

/** Loads the municipality's libraries, subscriptions, choices, additions and every published library tile with its state. */
export async function loadMunicipalityLibraries(db: DbClient, municipalitySlug: string): Promise<MunicipalityLibraries> {
  const municipality = await getMunicipality(db, municipalitySlug);
  const { entry } = await resolveEntryPoint(db, municipality.slug);
  const libraryIds = [...entry.nationalIds, ...(entry.regionId ? [entry.regionId] : [])];
  // One query after another: this also runs inside the commands' transactions (one connection).
  const orgs = await db.organization.findMany({ where: { id: { in: libraryIds } }, select: { id: true, slug: true, name: true, kind: true } });
  const rows = await db.tile.findMany({
    where: { status: 'published', organizationId: { in: libraryIds } },
    orderBy: [{ sortOrder: 'asc' }, { key: 'asc' }],
    select: {
      id: true, key: true, sourceLang: true, revision: true, status: true, organizationId: true,
      theme: { select: { key: true } },
      translations: { select: { language: true, title: true }, orderBy: { language: 'asc' } },
    },
  });
  const subscriptions = await listSubscriptions(db, municipality.id);
  const choices = await listTileChoices(db, municipality.id);
  const additionRows = await listAdditions(db, municipality.id);
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const libraries = libraryIds.flatMap((id) => {
    const o = byId.get(id);
    return o && (o.kind === 'national' || o.kind === 'region') ? [{ ...o, kind: o.kind }] : [];
  });
  const facts: SubscriptionFacts = { subscriptions, choices };
  const additions = new Map(additionRows.map((a) => [a.tileId, a]));
  const tiles: LibraryTileView[] = libraries.flatMap((library) => rows.filter((r) => r.organizationId === library.id).map((row) => {
    const state = libraryTileState(
      { status: row.status, themeKey: row.theme.key }, subscriptionFor(entry, facts, library.id), choices.get(row.id),
    );
    return {
      id: row.id,
      library: { slug: library.slug, kind: library.kind },
      key: row.key,
      theme: row.theme.key,
      sourceLang: row.sourceLang,
      title: row.translations.find((t) => t.language === row.sourceLang)?.title ?? row.key,
      languages: row.translations.map((t) => t.language),
      revision: row.revision,
      state: state === 'unpublished' ? 'not_subscribed' : state,
      choice: choices.get(row.id) ?? null,
      addition: summary(additions.get(row.id), row.revision),
    };
  }));
  return { municipality, entry, libraries, facts, tiles, additions };
}

/** One library's view: its subscription (stored, inherited or none) and how many of its tiles are in each state. */
export function libraryView(state: MunicipalityLibraries, library: LibraryRef): LibraryView {
  const stored: SubscriptionRule | undefined = state.facts.subscriptions.find((s) => s.libraryId === library.id);
  const rule = subscriptionFor(state.entry, state.facts, library.id);
  const tiles = state.tiles.filter((t) => t.library.slug === library.slug);
  const count = (s: LibraryTileState) => tiles.filter((t) => t.state === s).length;
  return {
    library,
    subscribed: stored !== undefined,
    inherited: stored === undefined && rule !== undefined,
    scope: rule?.scope ?? null,
    themeKeys: rule?.scope === 'themes' ? [...rule.themeKeys] : [],
    newTiles: rule?.newTiles ?? null,
    counts: { shown: count('shown'), waiting: count('waiting'), hidden: count('hidden'), outOfScope: count('out_of_scope') },
  };
}

/** Every library the municipality may subscribe to (national ones, then its region), with its subscription. */
export async function listLibraries(db: DbClient, municipalitySlug: string): Promise<{ municipality: StoredOrganization; libraries: LibraryView[] }> {
  const state = await loadMunicipalityLibraries(db, municipalitySlug);
  return { municipality: state.municipality, libraries: state.libraries.map((l) => libraryView(state, l)) };
}

/** The published library tiles with their state, optionally of one library and in one state; library order. */
export async function listLibraryTiles(
  db: DbClient,
  municipalitySlug: string,
  filter: { library?: string; state?: LibraryTileView['state'] } = {},
): Promise<LibraryTileView[]> {
  const { tiles } = await loadMunicipalityLibraries(db, municipalitySlug);
  return tiles.filter((t) => (!filter.library || t.library.slug === filter.library) && (!filter.state || t.state === filter.state));
}

/**
 * One published tile of a library the municipality may subscribe to (check
 * the library with libraryFor first).
 * @throws AppError TILE_NOT_FOUND (unknown or not published)
 */
export function findLibraryTile(state: MunicipalityLibraries, librarySlug: string, key: string): LibraryTileView {
  const tile = state.tiles.find((t) => t.library.slug === librarySlug && t.key === key);
  if (!tile) throw new AppError('TILE_NOT_FOUND', { key });
  return tile;
}
