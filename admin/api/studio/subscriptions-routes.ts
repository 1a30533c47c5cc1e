import type { FastifyPluginAsync } from 'fastify';
import {
  chooseTile,
  listLibraries,
  listLibraryTiles,
  removeSubscription,
  saveSubscription,
  type LibraryTileView,
  type LibraryView,
  type NewTilePolicy,
  type SubscriptionScope,
  type TileAction,
} from '../../../core/content/index.ts';
import { localAdditionRoutes } from './local-additions-routes.ts';
import { actorOf, resolveMunicipality, staffOf, type SubscriptionRoutesOptions } from './subscriptions-access.ts';
import {
  TAGS, errorResponse, libraryParams, libraryTile, libraryTileParams, libraryTilesQuery, libraryTilesResponse, libraryView,
  municipalityParams, subscriptionBody, subscriptionsResponse,
} from './subscriptions-schemas.ts';

interface MunicipalityRoute { Params: { slug: string } }
interface LibraryRoute { Params: { slug: string; library: string } }
interface LibraryTileRoute { Params: { slug: string; library: string; key: string } }

const writeErrors = { 400: errorResponse, 403: errorResponse, 404: errorResponse } as const;

/** A library view as the API shows it (without internal ids). */
const libraryJson = ({ library, ...rest }: LibraryView) => ({ library: { slug: library.slug, name: library.name, kind: library.kind }, ...rest });

/** A library tile as the API shows it (without internal ids). */
const tileJson = ({ id: _id, ...rest }: LibraryTileView) => rest;

/**
 * What a municipality shows of the national and regional libraries, under
 * `/api/layers/:slug/...` (`:slug` a municipality): its subscriptions, the
 * library tiles with their state for it (shown, hidden, waiting for
 * acceptance, out of scope, not subscribed), and accepting, hiding and
 * showing single tiles; the local additions are registered with it
 * (local-additions-routes.ts). Reads need core/access maySeeLayer on the
 * municipality, writes mayManageSubscriptions (404 / 403, see
 * subscriptions-access.ts). Every write leaves an audit row (core/content)
 * and announces a content change so answers follow within seconds.
 */
export const subscriptionRoutes: FastifyPluginAsync<SubscriptionRoutesOptions> = async (app, options) => {
  const { db } = options;
  const guard = app.requireStaff();
  const changed = async (municipalityId: string) => options.changes?.notifyContentChanged([municipalityId]);

  app.get<MunicipalityRoute>('/api/layers/:slug/subscriptions', {
    onRequest: guard,
    schema: {
      tags: TAGS, summary: 'The municipality\'s subscriptions to the national and regional libraries',
      params: municipalityParams, response: { 200: subscriptionsResponse, 404: errorResponse },
    },
  }, async (request) => {
    const municipality = await resolveMunicipality(db, staffOf(request), request.params.slug, 'read');
    const { libraries } = await listLibraries(db, municipality.slug);
    return { municipality: { slug: municipality.slug, name: municipality.name }, access: municipality.access, libraries: libraries.map(libraryJson) };
  });

  app.put<LibraryRoute & { Body: { scope: SubscriptionScope; themeKeys?: string[]; newTiles: NewTilePolicy } }>('/api/layers/:slug/subscriptions/:library', {
    onRequest: guard,
    schema: {
      tags: TAGS, summary: 'Subscribe to a library (all, by theme or by tile; new tiles automatic or ask first)',
      params: libraryParams, body: subscriptionBody, response: { 200: libraryView, ...writeErrors },
    },
  }, async (request) => {
    const municipality = await resolveMunicipality(db, staffOf(request), request.params.slug, 'edit');
    const view = await saveSubscription(db, municipality.slug, request.params.library, request.body, actorOf(request));
    await changed(municipality.id);
    return libraryJson(view);
  });

  app.delete<LibraryRoute>('/api/layers/:slug/subscriptions/:library', {
    onRequest: guard,
    schema: {
      tags: TAGS, summary: 'End a subscription (national: no tiles; region: inherited in full again)',
      params: libraryParams, response: { 200: libraryView, ...writeErrors },
    },
  }, async (request) => {
    const municipality = await resolveMunicipality(db, staffOf(request), request.params.slug, 'edit');
    const view = await removeSubscription(db, municipality.slug, request.params.library, actorOf(request));
    await changed(municipality.id);
    return libraryJson(view);
  });

  app.get<MunicipalityRoute & { Querystring: { library?: string; state?: LibraryTileView['state'] } }>('/api/layers/:slug/library-tiles', {
    onRequest: guard,
    schema: {
      tags: TAGS, summary: 'Published national and regional tiles with their state for the municipality',
      params: municipalityParams, querystring: libraryTilesQuery, response: { 200: libraryTilesResponse, 404: errorResponse },
    },
  }, async (request) => {
    const municipality = await resolveMunicipality(db, staffOf(request), request.params.slug, 'read');
    return { tiles: (await listLibraryTiles(db, municipality.slug, request.query)).map(tileJson) };
  });

  const actions: Array<[TileAction, string]> = [
    ['accept', 'Accept a tile waiting for acceptance ("ask me first")'],
    ['hide', 'Hide a national or regional tile from the municipality'],
    ['show', 'Show a tile (hidden before, or outside the subscription\'s scope)'],
  ];
  for (const [action, summary] of actions) {
    app.post<LibraryTileRoute>(`/api/layers/:slug/library-tiles/:library/:key/${action}`, {
      onRequest: guard,
      schema: { tags: TAGS, summary, params: libraryTileParams, response: { 200: libraryTile, ...writeErrors, 409: errorResponse } },
    }, async (request) => {
      const municipality = await resolveMunicipality(db, staffOf(request), request.params.slug, 'edit');
      const { library, key } = request.params;
      const tile = await chooseTile(db, municipality.slug, library, key, action, actorOf(request));
      await changed(municipality.id);
      return tileJson(tile);
    });
  }

  await app.register(localAdditionRoutes, options);
};
