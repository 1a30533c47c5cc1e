import { Prisma, type DbClient } from '../platform/db.ts';
import { isLanguage, type Language } from '../languages/index.ts';
import { resolveEntryPoint, type ResolvedEntryPoint } from './entry-point.ts';
import { parseLinks } from './library-repository.ts';
import { listPublishedAdditions } from './local-additions-repository.ts';
import { listSubscriptions, listTileChoices } from './subscription-repository.ts';
import { candidateOwnerIds, entryLayers, mergeAddition, visibleTiles, type RuleTile } from './visibility.ts';
import type { VisibleContent, VisibleTile } from './types.ts';

/**
 * What a chat entering through an entry point may be answered from, and a
 * stamp that changes with it. Loads the rows and applies the pure rule of
 * core/content/visibility.ts; entry point keys are explained in entry-point.ts.
 */

/** The published tiles of `owners`, in library order, with owner slug and translations. */
async function loadPublishedRows(db: DbClient, owners: readonly string[]) {
  return db.tile.findMany({
    where: { status: 'published', organizationId: { in: [...owners] } },
    orderBy: [{ sortOrder: 'asc' }, { key: 'asc' }],
    select: {
      id: true, key: true, sourceLang: true, sensitive: true, links: true, organizationId: true,
      organization: { select: { slug: true } },
      theme: { select: { key: true } },
      translations: { select: { language: true, title: true, body: true, examples: true, linkLabels: true } },
    },
  });
}

type PublishedRow = Awaited<ReturnType<typeof loadPublishedRows>>[number];

/** A published row as the engine sees it (no local addition); undefined for a source language the engine does not know. */
function toVisibleTile(row: PublishedRow): VisibleTile | undefined {
  if (!isLanguage(row.sourceLang)) return undefined;
  const content: Partial<Record<Language, VisibleContent>> = {};
  for (const t of row.translations) {
    if (!isLanguage(t.language)) continue;
    content[t.language] = { title: t.title, body: t.body, examples: t.examples, ...(t.linkLabels.length > 0 ? { linkLabels: t.linkLabels } : {}) };
  }
  return {
    id: row.id,
    key: row.key,
    ownerSlug: row.organization.slug,
    theme: row.theme.key,
    sensitive: row.sensitive,
    sourceLang: row.sourceLang,
    content,
    links: parseLinks(row.links),
  };
}

/**
 * A shared library (the national library, a region) as published: the same
 * for every entry point that shows it, so a caller may load it once per
 * `version` and hand the same tile objects to every entry point.
 */
export interface PublishedLibrary {
  /** The library's organization id. */
  id: string;
  /** Changes whenever `tiles` may have changed (see `libraryVersion`). */
  version: string;
  /** Its published tiles in library order, without any municipality's local addition. */
  tiles: readonly VisibleTile[];
}

/** Loads a library's published tiles as of `version` (read `version` first: the tiles are then at least that new). */
export async function loadLibrary(db: DbClient, id: string, version: string): Promise<PublishedLibrary> {
  const rows = await loadPublishedRows(db, [id]);
  return { id, version, tiles: rows.flatMap((row) => toVisibleTile(row) ?? []) };
}

/**
 * A stamp that changes whenever a library's published tiles may have changed:
 * counts and latest change times of its tiles (any status) and their
 * translations, of the organization row and of the themes. One query of
 * aggregates on indexed columns.
 */
export async function libraryVersion(db: DbClient, id: string): Promise<string> {
  const [row] = await db.$queryRaw<Array<{ stamp: string }>>(Prisma.sql`SELECT concat_ws(':',
    ${aggregate(Prisma.sql`tiles`, Prisma.sql`updated_at`, Prisma.sql`organization_id = ${id}`)},
    ${aggregate(Prisma.sql`tile_translations tt JOIN tiles t ON t.id = tt.tile_id`, Prisma.sql`tt.updated_at`, Prisma.sql`t.organization_id = ${id}`)},
    ${aggregate(Prisma.sql`organizations`, Prisma.sql`updated_at`, Prisma.sql`id = ${id}`)},
    ${aggregate(Prisma.sql`themes`, Prisma.sql`updated_at`, Prisma.sql`true`)}
  ) AS stamp`);
  return `${id}:${row.stamp}`;
}

/** Where a library comes from: read afresh, or a cache that reads each version once (tile-source.ts). */
export type LibraryLoader = (id: string) => Promise<PublishedLibrary>;

/** A library read afresh from `db`. */
export const freshLibraries = (db: DbClient): LibraryLoader => async (id) => loadLibrary(db, id, await libraryVersion(db, id));

/** One tile a person sees: a library's tile as published (`libraryId` set, the very object of `PublishedLibrary.tiles`), or one of the entry point's own. */
export interface VisibleEntry {
  tile: VisibleTile;
  libraryId?: string;
}

/**
 * What an entry point shows, in layers: the shared libraries it draws on,
 * and its visible tiles ranked as `loadVisibleTiles` ranks them. A library
 * tile the municipality wrote a local addition under is its own (a new object
 * with the addition merged in), not the library's.
 */
export interface LayeredTiles {
  /** The libraries with at least one visible tile, in ranking order. */
  libraries: PublishedLibrary[];
  visible: VisibleEntry[];
}

/** Whether an organization's tiles form a library other organizations show. */
const isLibraryKind = (kind: string) => kind === 'national' || kind === 'region';

/** The layered tiles of a resolved entry point; libraries come from `libraries`, everything else from `db`. */
export async function layeredTilesOf(db: DbClient, resolved: ResolvedEntryPoint, libraries: LibraryLoader): Promise<LayeredTiles> {
  const { entry } = resolved;
  const layers = entryLayers(entry);
  const alone = !entry.regionId && entry.nationalIds.length === 0 && !entry.layer;
  // A library opened on its own (an editor trying it out) is still the shared library.
  const isLibrary = (l: { ownerId: string; role: string }) =>
    l.role === 'region' || l.role === 'national' || (alone && l.ownerId === resolved.municipality.id && isLibraryKind(resolved.municipality.kind));
  const libraryIds = layers.filter(isLibrary).map((l) => l.ownerId);
  const ownIds = layers.filter((l) => !isLibrary(l)).map((l) => l.ownerId);
  const [published, rows, subscriptions, choices, additions] = await Promise.all([
    Promise.all(libraryIds.map((id) => libraries(id))),
    ownIds.length ? loadPublishedRows(db, ownIds) : Promise.resolve([]),
    listSubscriptions(db, entry.municipalityId),
    listTileChoices(db, entry.municipalityId),
    listPublishedAdditions(db, entry.municipalityId),
  ]);
  type Candidate = RuleTile & { tile: VisibleTile | undefined; libraryId?: string };
  const candidates: Candidate[] = [
    ...rows.map((row) => ({ id: row.id, ownerId: row.organizationId, themeKey: row.theme.key, status: 'published', tile: toVisibleTile(row) })),
    ...published.flatMap((library) => library.tiles.map((tile) => ({ id: tile.id, ownerId: library.id, themeKey: tile.theme, status: 'published', tile, libraryId: library.id }))),
  ];
  const visible: VisibleEntry[] = [];
  for (const candidate of visibleTiles(entry, candidates, { subscriptions, choices })) {
    const { tile, libraryId } = candidate;
    if (!tile) continue;
    const addition = additions.get(tile.id);
    // Only the municipality's additions under library tiles exist (local-additions.ts refuses others).
    if (addition) visible.push({ tile: { ...tile, content: mergeAddition(tile.content, addition) } });
    else visible.push(libraryId ? { tile, libraryId } : { tile });
  }
  const shown = new Set(visible.flatMap((v) => v.libraryId ?? []));
  return { libraries: published.filter((l) => shown.has(l.id)), visible };
}

/** The visible tiles of a resolved entry point (see `loadVisibleTiles`). */
export async function visibleTilesOf(db: DbClient, resolved: ResolvedEntryPoint): Promise<VisibleTile[]> {
  return (await layeredTilesOf(db, resolved, freshLibraries(db))).visible.map((v) => v.tile);
}

/**
 * The published tiles a chat entering through `key` may answer from (an
 * organization slug or `layer@municipality`, see entry-point.ts), ranked as
 * the visibility rule says: the active entry layer's, the municipality's,
 * its region's, then the national ones it subscribes to; within a layer,
 * library order. Each tile carries every stored language version, with the
 * municipality's published local addition under the body of library tiles.
 * @throws AppError ORGANIZATION_NOT_FOUND
 */
export async function loadVisibleTiles(db: DbClient, key: string): Promise<VisibleTile[]> {
  return visibleTilesOf(db, await resolveEntryPoint(db, key));
}

/** `count.max-time-in-ms` of a table's rows matching a condition. */
const aggregate = (table: Prisma.Sql, time: Prisma.Sql, where: Prisma.Sql) =>
  Prisma.sql`(SELECT count(*) || '.' || coalesce(floor(extract(epoch FROM max(${time})) * 1000)::bigint, 0) FROM ${table} WHERE ${where})`;

/**
 * A stamp that changes whenever anything `loadVisibleTiles(db, key)` returns
 * may have changed: the resolved entry point (which layers, whether the
 * entry layer is active), and counts and latest change times of the layers'
 * tiles (any status: a status change touches `updated_at`) and their
 * translations, the municipality's library subscriptions, tile choices and
 * local additions, the entry layer's activations, the organizations
 * involved and the themes. One query of aggregates on indexed columns, no
 * rows loaded.
 * @throws AppError ORGANIZATION_NOT_FOUND
 */
export async function visibleContentVersion(db: DbClient, key: string): Promise<string> {
  const { entry } = await resolveEntryPoint(db, key);
  const owners = candidateOwnerIds(entry);
  const organizations = entry.layer ? [...owners, entry.layer.id] : owners;
  const municipality = entry.municipalityId;
  const [row] = await db.$queryRaw<Array<{ stamp: string }>>(Prisma.sql`SELECT concat_ws(':',
    ${aggregate(Prisma.sql`tiles`, Prisma.sql`updated_at`, Prisma.sql`organization_id = ANY(${owners}::text[])`)},
    ${aggregate(Prisma.sql`tile_translations tt JOIN tiles t ON t.id = tt.tile_id`, Prisma.sql`tt.updated_at`, Prisma.sql`t.organization_id = ANY(${owners}::text[])`)},
    ${aggregate(Prisma.sql`library_subscriptions`, Prisma.sql`updated_at`, Prisma.sql`organization_id = ${municipality}`)},
    ${aggregate(Prisma.sql`tile_subscriptions`, Prisma.sql`updated_at`, Prisma.sql`organization_id = ${municipality}`)},
    ${aggregate(Prisma.sql`local_additions`, Prisma.sql`updated_at`, Prisma.sql`organization_id = ${municipality}`)},
    ${aggregate(Prisma.sql`layer_activations`, Prisma.sql`created_at`, Prisma.sql`layer_id = ${entry.layer?.id ?? ''}`)},
    ${aggregate(Prisma.sql`organizations`, Prisma.sql`updated_at`, Prisma.sql`id = ANY(${organizations}::text[])`)},
    ${aggregate(Prisma.sql`themes`, Prisma.sql`updated_at`, Prisma.sql`true`)}
  ) AS stamp`);
  return [owners.join('+'), entry.layer ? `${entry.layer.id}=${entry.layer.active}` : '-', row.stamp].join(':');
}
