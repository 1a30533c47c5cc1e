import type { Prisma, DbClient } from '../platform/db.ts';
import { isLanguage, type Language } from '../languages/index.ts';
import { parseLinks } from './library-repository.ts';
import { getOrganization, type StoredOrganization } from './organization-repository.ts';
import type { TileContent, VisibleTile } from './types.ts';

/** What a chat entering through an organization may be answered from, and a stamp that changes with it. */

/** Owners whose layer an organization shows: itself, and for an employer or housing provider its municipality. */
function layerIds(org: StoredOrganization): string[] {
  const entryLayer = org.kind === 'employer' || org.kind === 'housing_provider';
  return entryLayer && org.parentId ? [org.id, org.parentId] : [org.id];
}

/** Tiles owned by one of the layers, or subscribed to by one of them. */
function visibleWhere(layers: string[]): Prisma.TileWhereInput {
  return {
    OR: [
      { organizationId: { in: layers } },
      { subscriptions: { some: { organizationId: { in: layers } } } },
    ],
  };
}

/**
 * The published tiles a chat entering through `orgSlug` may answer from: the
 * organization's own, the national/regional tiles it subscribes to, and for
 * an employer or housing provider everything its municipality shows. Each
 * tile carries every stored language version. Own tiles come first, then
 * the municipality's, then subscribed ones; within a layer, library order.
 * @throws AppError ORGANIZATION_NOT_FOUND
 */
export async function loadVisibleTiles(db: DbClient, orgSlug: string): Promise<VisibleTile[]> {
  const layers = layerIds(await getOrganization(db, orgSlug));
  const rows = await db.tile.findMany({
    where: { status: 'published', ...visibleWhere(layers) },
    orderBy: [{ sortOrder: 'asc' }, { key: 'asc' }],
    select: {
      id: true, key: true, sourceLang: true, sensitive: true, links: true, organizationId: true,
      organization: { select: { slug: true } },
      theme: { select: { key: true } },
      translations: { select: { language: true, title: true, body: true, examples: true } },
    },
  });
  const rank = (ownerId: string) => (layers.includes(ownerId) ? layers.indexOf(ownerId) : layers.length);
  // Array#sort is stable: library order survives within a layer.
  return rows
    .sort((a, b) => rank(a.organizationId) - rank(b.organizationId))
    .flatMap((row) => {
      if (!isLanguage(row.sourceLang)) return [];
      const content: Partial<Record<Language, TileContent>> = {};
      for (const t of row.translations) {
        if (isLanguage(t.language)) content[t.language] = { title: t.title, body: t.body, examples: t.examples };
      }
      return [{
        id: row.id,
        key: row.key,
        ownerSlug: row.organization.slug,
        theme: row.theme.key,
        sensitive: row.sensitive,
        sourceLang: row.sourceLang,
        content,
        links: parseLinks(row.links),
      }];
    });
}

/**
 * A stamp that changes whenever anything `loadVisibleTiles(db, orgSlug)`
 * returns may have changed: counts and latest change times of the layers'
 * tiles (any status: a status change touches `updatedAt`), their
 * translations, subscriptions, organizations and the themes. A few aggregate
 * queries on indexed columns, no rows loaded.
 * @throws AppError ORGANIZATION_NOT_FOUND
 */
export async function visibleContentVersion(db: DbClient, orgSlug: string): Promise<string> {
  const layers = layerIds(await getOrganization(db, orgSlug));
  const [tiles, translations, subscriptions, organizations, themes] = await Promise.all([
    db.tile.aggregate({ where: visibleWhere(layers), _count: { _all: true }, _max: { updatedAt: true } }),
    db.tileTranslation.aggregate({ where: { tile: visibleWhere(layers) }, _count: { _all: true }, _max: { updatedAt: true } }),
    db.tileSubscription.aggregate({ where: { organizationId: { in: layers } }, _count: { _all: true }, _max: { createdAt: true } }),
    db.organization.aggregate({ where: { id: { in: layers } }, _max: { updatedAt: true } }),
    db.theme.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
  ]);
  const time = (d: Date | null) => d?.getTime() ?? 0;
  return [
    layers.join('+'),
    tiles._count._all, time(tiles._max.updatedAt),
    translations._count._all, time(translations._max.updatedAt),
    subscriptions._count._all, time(subscriptions._max.createdAt),
    time(organizations._max.updatedAt),
    themes._count._all, time(themes._max.updatedAt),
  ].join(':');
}

