import type { FastifyPluginAsync } from 'fastify';
import { glossaryRoutes } from './glossary-routes.ts';
import type { TranslationRoutesOptions } from './translations-access.ts';
import { translationMatrixRoutes } from './translations-routes.ts';
import { xliffRoutes } from './xliff-routes.ts';

export type { TranslationRoutesOptions } from './translations-access.ts';

/**
 * The studio's translation API (issue 12): the tile × language matrix, one
 * tile × language (read, edit in place, mark checked), machine runs with
 * their estimate, XLIFF 2.0 export / preview / import, and the glossary.
 * Every route is for signed-in staff and answers `no-store`.
 *
 * Needs staffAuthPlugin registered before it (for `app.requireStaff`).
 */
export const translationRoutes: FastifyPluginAsync<TranslationRoutesOptions> = async (app, options) => {
  app.addHook('onSend', async (_request, reply) => {
    void reply.header('cache-control', 'no-store');
  });
  await app.register(translationMatrixRoutes, options);
  await app.register(xliffRoutes, options);
  await app.register(glossaryRoutes, options);
};
