import type { FastifyPluginAsync } from 'fastify';
import { layerRoutes } from './layers-routes.ts';
import type { TileLibraryRoutesOptions } from './tiles-context.ts';
import { tileHistoryRoutes } from './tiles-history-routes.ts';
import { tilePublishingRoutes } from './tiles-publishing-routes.ts';
import { tileRoutes } from './tiles-routes.ts';

export type { TileLibraryRoutesOptions } from './tiles-context.ts';

/**
 * The studio's tile library API (see each plugin): layers and themes, a
 * layer's tiles and drafts, publishing and scheduling, revisions, diffs,
 * review dates. Every route is for signed-in staff (`app.requireStaff()`),
 * answers `no-store`, and asks the layer policies of core/access.
 *
 * Needs staffAuthPlugin registered before it (for `app.requireStaff`).
 */
export const tileLibraryRoutes: FastifyPluginAsync<TileLibraryRoutesOptions> = async (app, options) => {
  app.addHook('onSend', async (_request, reply) => {
    void reply.header('cache-control', 'no-store');
  });
  await app.register(layerRoutes, options);
  await app.register(tileRoutes, options);
  await app.register(tilePublishingRoutes, options);
  await app.register(tileHistoryRoutes, options);
};
