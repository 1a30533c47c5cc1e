import type { FastifyPluginAsync } from 'fastify';
import { cancelSchedule, publishTile, setSchedule, unpublishTile } from '../../../core/content/index.ts';
import { principalOf, resolveLayer } from './layers-access.ts';
import { answeringConflicts, studioContext, type TileLibraryRoutesOptions } from './tiles-context.ts';
import { TAGS, conflictResponse, errorResponse, publishBody, scheduleBody, tileDetail, tileParams } from './tiles-schemas.ts';

interface TileRoute { Params: { slug: string; key: string } }

const errors = { 400: errorResponse, 403: errorResponse, 404: errorResponse } as const;

/** `null` (JSON null), `undefined` (no body) or a date string, as the schedule body has it. */
function time(value: string | null | undefined): Date | null | undefined {
  return value === undefined || value === null ? value : new Date(value);
}

/**
 * Publishing a layer's tile now or later: publish the draft, unpublish, and
 * schedule either for a chosen time (a BullMQ delayed job each; a job that
 * runs more than 24 h late does nothing and leaves `schedule.problem`).
 * Edit access to the layer required (403 with read access, 404 without).
 */
export const tilePublishingRoutes: FastifyPluginAsync<TileLibraryRoutesOptions> = async (app, options) => {
  const { db } = options;
  const guard = app.requireStaff();

  app.post<TileRoute & { Body: { baseEditVersion?: number; keepTranslations?: boolean } | null }>('/api/layers/:slug/tiles/:key/publish', {
    onRequest: guard,
    schema: {
      tags: TAGS, summary: 'Publish the current draft (an archived tile without draft goes live again)', params: tileParams, body: publishBody,
      response: { 200: tileDetail, ...errors, 409: conflictResponse },
    },
  }, async (request, reply) => {
    const layer = await resolveLayer(db, principalOf(request), request.params.slug, 'edit');
    const baseEditVersion = request.body?.baseEditVersion;
    const keepTranslations = request.body?.keepTranslations === true;
    return answeringConflicts(reply, () => publishTile(studioContext(request, options), layer, request.params.key, { baseEditVersion, keepTranslations }));
  });

  app.post<TileRoute>('/api/layers/:slug/tiles/:key/unpublish', {
    onRequest: guard,
    schema: { tags: TAGS, summary: 'Take the tile off the air now (its text is kept)', params: tileParams, response: { 200: tileDetail, ...errors, 409: errorResponse } },
  }, async (request) => {
    const layer = await resolveLayer(db, principalOf(request), request.params.slug, 'edit');
    return unpublishTile(studioContext(request, options), layer, request.params.key);
  });

  app.put<TileRoute & { Body: { publishAt?: string | null; unpublishAt?: string | null } }>('/api/layers/:slug/tiles/:key/schedule', {
    onRequest: guard,
    schema: {
      tags: TAGS, summary: 'Schedule a publish and/or unpublish (null cancels one, left out keeps it)', params: tileParams, body: scheduleBody,
      response: { 200: tileDetail, ...errors },
    },
  }, async (request) => {
    const layer = await resolveLayer(db, principalOf(request), request.params.slug, 'edit');
    const input = { publishAt: time(request.body.publishAt), unpublishAt: time(request.body.unpublishAt) };
    return setSchedule(studioContext(request, options), layer, request.params.key, input, options.schedule);
  });

  app.delete<TileRoute>('/api/layers/:slug/tiles/:key/schedule', {
    onRequest: guard,
    schema: { tags: TAGS, summary: 'Cancel the scheduled publish and unpublish', params: tileParams, response: { 200: tileDetail, ...errors } },
  }, async (request) => {
    const layer = await resolveLayer(db, principalOf(request), request.params.slug, 'edit');
    return cancelSchedule(studioContext(request, options), layer, request.params.key, options.schedule);
  });
};
