import { Prisma, type DbClient } from '../platform/db.ts';
import { isLanguage, type Language } from '../languages/index.ts';
import { resolveEntryPoint, type ResolvedEntryPoint } from './entry-point.ts';
import { parseLinks } from './library-repository.ts';
import { listPublishedAdditions } from './local-additions-repository.ts';
import { listSubscriptions, listTileChoices } from './subscription-repository.ts';
import { candidateOwnerIds, mergeAddition, visibleTiles } from './visibility.ts';
import type { VisibleContent, VisibleTile } from './types.ts';

/**
 * What a chat entering through an entry point may be answered from, and a
 * stamp that changes with it. Loads the rows and applies the pure rule of
 * core/content/visibility.ts; entry point keys are explained in entry-point.ts.
 */

/** The published tiles of the layers the entry point may show, in library order, with owner slug and translations. */
async function loadCandidates(db: DbClient, owners: readonly string[]) {
  return db.tile.findMany({
    where: { status: 'published', organizationId: { in: [...owners] } },
    orderBy: [{ sortOrder: 'asc' }, { key: 'asc' }],
    select: {
      id: true, key: true, sourceLang: true, sensitive: true, links: true, organizationId: true, status: true,
      organization: { select: { slug: true } },
      theme: { select: { key: true } },
      translations: { select: { language: true, title: true, body: true, examples: true, linkLabels: true } },
    },
  });
}

/** The visible tiles of a resolved entry point (see `loadVisibleTiles`). */
export async function visibleTilesOf(db: DbClient, resolved: ResolvedEntryPoint): Promise<VisibleTile[]> {
  const { entry } = resolved;
  const [rows, subscriptions, choices, additions] = await Promise.all([
    loadCandidates(db, candidateOwnerIds(entry)),
    listSubscriptions(db, entry.municipalityId),
    listTileChoices(db, entry.municipalityId),
    listPublishedAdditions(db, entry.municipalityId),
  ]);
  const candidates = rows.map((row) => ({ ...row, ownerId: row.organizationId, themeKey: row.theme.key }));
  return visibleTiles(entry, candidates, { subscriptions, choices }).flatMap((row) => {
    if (!isLanguage(row.sourceLang)) return [];
    const content: Partial<Record<Language, VisibleContent>> = {};
    for (const t of row.translations) {
      if (!isLanguage(t.language)) continue;
      content[t.language] = { title: t.title, body: t.body, examples: t.examples, ...(t.linkLabels.length > 0 ? { linkLabels: t.linkLabels } : {}) };
    }
    return [{
      id: row.id,
      key: row.key,
      ownerSlug: row.organization.slug,
      theme: row.themeKey,
      sensitive: row.sensitive,
      sourceLang: row.sourceLang,
      // Only the municipality's additions under library tiles exist (local-additions.ts refuses others).
      content: mergeAddition(content, additions.get(row.id)),
      links: parseLinks(row.links),
    }];
  });
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
