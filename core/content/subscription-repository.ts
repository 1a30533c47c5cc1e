import type { DbClient } from '../platform/db.ts';

/** A municipality's subscriptions to national and regional tiles. */

/** Lets a municipality show a national or regional tile; a second call changes nothing. */
export async function subscribeTile(db: DbClient, organizationId: string, tileId: string): Promise<void> {
  await db.tileSubscription.upsert({
    where: { organizationId_tileId: { organizationId, tileId } },
    create: { organizationId, tileId },
    update: {},
  });
}

