import type { DbClient } from '../platform/db.ts';
import type { SubscriptionRule, TileChoice } from './visibility.ts';

/**
 * Database access for what a municipality shows of the national and regional
 * libraries: its library subscriptions (library_subscriptions), its per-tile
 * choices (tile_subscriptions: show or hide) and the employer and
 * housing-provider layers active in it (layer_activations). The rule that
 * combines them is core/content/visibility.ts.
 */

/** The municipality's subscriptions, as the visibility rule reads them. */
export async function listSubscriptions(db: DbClient, organizationId: string): Promise<SubscriptionRule[]> {
  const rows = await db.librarySubscription.findMany({
    where: { organizationId },
    select: { libraryId: true, scope: true, themeKeys: true, newTiles: true },
  });
  return rows;
}

/** Creates or replaces the municipality's subscription to one library. */
export async function upsertSubscription(
  db: DbClient,
  organizationId: string,
  rule: SubscriptionRule,
): Promise<void> {
  const data = { scope: rule.scope, themeKeys: [...rule.themeKeys], newTiles: rule.newTiles };
  await db.librarySubscription.upsert({
    where: { organizationId_libraryId: { organizationId, libraryId: rule.libraryId } },
    create: { organizationId, libraryId: rule.libraryId, ...data },
    update: data,
  });
}

/** Removes the subscription; true when there was one. */
export async function deleteSubscription(db: DbClient, organizationId: string, libraryId: string): Promise<boolean> {
  const { count } = await db.librarySubscription.deleteMany({ where: { organizationId, libraryId } });
  return count > 0;
}

/** The municipality's choice per tile id (only tiles it made a choice about). */
export async function listTileChoices(db: DbClient, organizationId: string): Promise<Map<string, TileChoice>> {
  const rows = await db.tileSubscription.findMany({ where: { organizationId }, select: { tileId: true, choice: true } });
  return new Map(rows.map((r) => [r.tileId, r.choice]));
}

/**
 * Sets the municipality's choice about one tile; setting the choice it has
 * already writes nothing (its `updatedAt` stays, and with it the content version).
 * @returns true when something changed.
 */
export async function setTileChoice(db: DbClient, organizationId: string, tileId: string, choice: TileChoice): Promise<boolean> {
  const { count } = await db.tileSubscription.updateMany({ where: { organizationId, tileId, choice: { not: choice } }, data: { choice } });
  if (count > 0) return true;
  const created = await db.tileSubscription.createMany({ data: [{ organizationId, tileId, choice }], skipDuplicates: true });
  return created.count > 0;
}

/** Records `show` for tiles without a choice yet; tiles with one keep it. */
export async function addShowChoices(db: DbClient, organizationId: string, tileIds: readonly string[]): Promise<number> {
  if (tileIds.length === 0) return 0;
  const { count } = await db.tileSubscription.createMany({
    data: tileIds.map((tileId) => ({ organizationId, tileId, choice: 'show' as const })),
    skipDuplicates: true,
  });
  return count;
}

/** Forgets the municipality's choice about a tile: it follows the subscription again. */
export async function clearTileChoice(db: DbClient, organizationId: string, tileId: string): Promise<void> {
  await db.tileSubscription.deleteMany({ where: { organizationId, tileId } });
}

/**
 * Lets a municipality show a national or regional tile (choice `show`); a
 * second call changes nothing. When the municipality has no subscription to
 * the tile's library yet, one of chosen tiles is made (scope `tiles`, new
 * tiles waiting for acceptance), so the choice takes effect without showing
 * anything else.
 */
export async function subscribeTile(db: DbClient, organizationId: string, tileId: string): Promise<void> {
  const tile = await db.tile.findUniqueOrThrow({ where: { id: tileId }, select: { organizationId: true } });
  await db.librarySubscription.upsert({
    where: { organizationId_libraryId: { organizationId, libraryId: tile.organizationId } },
    create: { organizationId, libraryId: tile.organizationId, scope: 'tiles', newTiles: 'ask' },
    update: {},
  });
  await setTileChoice(db, organizationId, tileId, 'show');
}

/** Whether the layer is active in the municipality. */
export async function isLayerActive(db: DbClient, layerId: string, municipalityId: string): Promise<boolean> {
  const row = await db.layerActivation.findUnique({
    where: { layerId_municipalityId: { layerId, municipalityId } },
    select: { layerId: true },
  });
  return row !== null;
}
