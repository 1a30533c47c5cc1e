import type { Db } from '../../core/platform/db.ts';

/**
 * Every content row (timestamps included) and the audit trail, in a stable
 * order: two equal snapshots mean nothing was written in between.
 */
export async function contentSnapshot(db: Db): Promise<unknown> {
  return {
    themes: await db.theme.findMany({ orderBy: { key: 'asc' } }),
    organizations: await db.organization.findMany({ orderBy: { slug: 'asc' } }),
    tiles: await db.tile.findMany({ orderBy: [{ organizationId: 'asc' }, { key: 'asc' }] }),
    translations: await db.tileTranslation.findMany({ orderBy: [{ tileId: 'asc' }, { language: 'asc' }] }),
    subscriptions: await db.tileSubscription.findMany({ orderBy: [{ organizationId: 'asc' }, { tileId: 'asc' }] }),
    auditLogs: await db.auditLog.count(),
  };
}
