import type { FastifyPluginAsync } from 'fastify';
import {
  createTile, deleteTile, discardDraft, getTile, listTiles, saveDraft, updateTileSettings, type TileLink,
} from '../../../core/content/index.ts';
import { principalOf, resolveLayer } from './layers-access.ts';
import { answeringConflicts, studioContext, type TileLibraryRoutesOptions } from './tiles-context.ts';
import {
  TAGS, baseVersionQuery, conflictResponse, createTileBody, errorResponse, layerParams, saveDraftBody, tileDetail, tileListResponse,
  tileParams, tileSettingsBody,
} from './tiles-schemas.ts';

interface LayerRoute { Params: { slug: string } }
interface TileRoute { Params: { slug: string; key: string } }
type Content = Record<string, { title: string; body: string; examples?: string[] }>;

/** Drafts with every language can be large: 18 languages of 8,000-character bodies. */
const DRAFT_BODY_LIMIT = 1024 * 1024;

const errors = { 400: errorResponse, 403: errorResponse, 404: errorResponse } as const;

/**
 * A layer's tiles: list, create (a draft), read one, owner and review date,
 * delete a never-published tile, save and discard the draft. Reads need
 * read access to the layer, writes edit access (core/access layerAccess via
 * resolveLayer: 404 for a layer the caller may not see, 403 for a write
 * with read access). A save based on an older editVersion is answered 409
 * TILE_EDIT_CONFLICT with the tile's current state.
 */
export const tileRoutes: FastifyPluginAsync<TileLibraryRoutesOptions> = async (app, options) => {
  const { db } = options;
  const guard = app.requireStaff();
  const now = () => (options.now ?? (() => new Date()))();

  app.get<LayerRoute>('/api/layers/:slug/tiles', {
    onRequest: guard,
    schema: { tags: TAGS, summary: 'The layer\'s own tiles with their status', params: layerParams, response: { 200: tileListResponse, 404: errorResponse } },
  }, async (request) => {
    const layer = await resolveLayer(db, principalOf(request), request.params.slug, 'read');
    return {
      layer: { slug: layer.slug, name: layer.name, kind: layer.kind, access: layer.access },
      tiles: await listTiles(db, layer, now()),
    };
  });

  app.post<LayerRoute & {
    Body: { key: string; theme: string; sourceLang: string; content: Content; links?: TileLink[]; sensitive?: boolean; ownerId?: string | null; reviewBy?: string };
  }>('/api/layers/:slug/tiles', {
    onRequest: guard,
    bodyLimit: DRAFT_BODY_LIMIT,
    schema: {
      tags: TAGS, summary: 'Create a tile (as a draft)', params: layerParams, body: createTileBody,
      response: { 201: tileDetail, ...errors, 409: errorResponse },
    },
  }, async (request, reply) => {
    const layer = await resolveLayer(db, principalOf(request), request.params.slug, 'edit');
    const { reviewBy, ...input } = request.body;
    const tile = await createTile(studioContext(request, options), layer, { ...input, ...(reviewBy ? { reviewBy: new Date(reviewBy) } : {}) });
    return reply.status(201).send(tile);
  });

  app.get<TileRoute>('/api/layers/:slug/tiles/:key', {
    onRequest: guard,
    schema: { tags: TAGS, summary: 'One tile: live version, draft, schedule, review', params: tileParams, response: { 200: tileDetail, 404: errorResponse } },
  }, async (request) => {
    const layer = await resolveLayer(db, principalOf(request), request.params.slug, 'read');
    return getTile(db, layer, request.params.key, now());
  });

  app.patch<TileRoute & { Body: { ownerId?: string | null; reviewBy?: string } }>('/api/layers/:slug/tiles/:key', {
    onRequest: guard,
    schema: { tags: TAGS, summary: 'Set the owner or the review date', params: tileParams, body: tileSettingsBody, response: { 200: tileDetail, ...errors } },
  }, async (request) => {
    const layer = await resolveLayer(db, principalOf(request), request.params.slug, 'edit');
    const { ownerId, reviewBy } = request.body;
    return updateTileSettings(studioContext(request, options), layer, request.params.key, {
      ...(ownerId !== undefined ? { ownerId } : {}), ...(reviewBy ? { reviewBy: new Date(reviewBy) } : {}),
    });
  });

  app.delete<TileRoute>('/api/layers/:slug/tiles/:key', {
    onRequest: guard,
    schema: { tags: TAGS, summary: 'Delete a tile that was never published', params: tileParams, response: { 204: { type: 'null' }, ...errors, 409: errorResponse } },
  }, async (request, reply) => {
    const layer = await resolveLayer(db, principalOf(request), request.params.slug, 'edit');
    await deleteTile(studioContext(request, options), layer, request.params.key);
    return reply.status(204).send();
  });

  app.put<TileRoute & { Body: { baseEditVersion: number; theme: string; content: Content; links?: TileLink[]; sensitive?: boolean } }>(
    '/api/layers/:slug/tiles/:key/draft', {
      onRequest: guard,
      bodyLimit: DRAFT_BODY_LIMIT,
      schema: {
        tags: TAGS, summary: 'Save the draft (409 when someone else saved since baseEditVersion)', params: tileParams, body: saveDraftBody,
        response: { 200: tileDetail, ...errors, 409: conflictResponse },
      },
    }, async (request, reply) => {
      const layer = await resolveLayer(db, principalOf(request), request.params.slug, 'edit');
      return answeringConflicts(reply, () => saveDraft(studioContext(request, options), layer, request.params.key, request.body));
    },
  );

  app.delete<TileRoute & { Querystring: { baseEditVersion?: number } }>('/api/layers/:slug/tiles/:key/draft', {
    onRequest: guard,
    schema: {
      tags: TAGS, summary: 'Discard the draft (back to the live version)', params: tileParams, querystring: baseVersionQuery,
      response: { 200: tileDetail, ...errors, 409: conflictResponse },
    },
  }, async (request, reply) => {
    const layer = await resolveLayer(db, principalOf(request), request.params.slug, 'edit');
    return answeringConflicts(reply, () => discardDraft(studioContext(request, options), layer, request.params.key, request.query.baseEditVersion));
  });
};
