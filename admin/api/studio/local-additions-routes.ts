import type { FastifyPluginAsync } from 'fastify';
import {
  deleteLocalAddition,
  getLocalAddition,
  listLocalAdditions,
  markAdditionReviewed,
  publishAddition,
  saveAdditionDraft,
  type AdditionTarget,
} from '../../../core/content/index.ts';
import { actorOf, resolveMunicipality, staffOf, type SubscriptionRoutesOptions } from './subscriptions-access.ts';
import {
  TAGS, additionDetailResponse, additionListQuery, additionListResponse, additionResponse, errorResponse, libraryTileParams,
  municipalityParams, publishAdditionBody, saveAdditionBody,
} from './subscriptions-schemas.ts';

interface MunicipalityRoute { Params: { slug: string } }
interface AdditionRoute { Params: { slug: string; library: string; key: string } }

const writeErrors = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse } as const;

/** 18 languages of 2,000-character texts, with room for JSON escapes. */
const ADDITION_BODY_LIMIT = 256 * 1024;

const BASE = '/api/layers/:slug/local-additions/:library/:key';

/**
 * A municipality's local additions under national and regional tiles
 * (`:library` the tile's library slug, `:key` its key): the list (and the
 * review list: tiles republished since), one addition with the tile and the
 * merged text people read, save a draft (409 LOCAL_ADDITION_CONFLICT when
 * `baseEditVersion` is not the current one), publish, confirm after review,
 * delete. Access as the subscription routes (subscriptions-access.ts).
 */
export const localAdditionRoutes: FastifyPluginAsync<SubscriptionRoutesOptions> = async (app, options) => {
  const { db } = options;
  const guard = app.requireStaff();
  const changed = async (municipalityId: string) => options.changes?.notifyContentChanged([municipalityId]);
  const target = (params: AdditionRoute['Params']): AdditionTarget => ({
    municipalitySlug: params.slug, librarySlug: params.library, key: params.key,
  });

  app.get<MunicipalityRoute & { Querystring: { needsReview?: boolean } }>('/api/layers/:slug/local-additions', {
    onRequest: guard,
    schema: {
      tags: TAGS, summary: 'The municipality\'s local additions; needsReview=true: those whose tile was republished since',
      params: municipalityParams, querystring: additionListQuery, response: { 200: additionListResponse, 404: errorResponse },
    },
  }, async (request) => {
    const municipality = await resolveMunicipality(db, staffOf(request), request.params.slug, 'read');
    return { additions: await listLocalAdditions(db, municipality.slug, { needsReview: request.query.needsReview }) };
  });

  app.get<AdditionRoute>(BASE, {
    onRequest: guard,
    schema: {
      tags: TAGS, summary: 'One local addition with its tile and the merged text people read',
      params: libraryTileParams, response: { 200: additionDetailResponse, 400: errorResponse, 404: errorResponse },
    },
  }, async (request) => {
    await resolveMunicipality(db, staffOf(request), request.params.slug, 'read');
    return getLocalAddition(db, target(request.params));
  });

  app.put<AdditionRoute & { Body: { baseEditVersion: number; sourceLang?: string; content: Record<string, { body: string }> } }>(BASE, {
    onRequest: guard,
    bodyLimit: ADDITION_BODY_LIMIT,
    schema: {
      tags: TAGS, summary: 'Save the draft of a local addition (baseEditVersion 0 creates it)',
      params: libraryTileParams, body: saveAdditionBody, response: { 200: additionResponse, ...writeErrors },
    },
  }, async (request) => {
    await resolveMunicipality(db, staffOf(request), request.params.slug, 'edit');
    return { addition: await saveAdditionDraft(db, target(request.params), request.body, actorOf(request)) };
  });

  app.post<AdditionRoute & { Body: { baseEditVersion?: number } | null }>(`${BASE}/publish`, {
    onRequest: guard,
    schema: {
      tags: TAGS, summary: 'Publish the draft: shown under the tile at once',
      params: libraryTileParams, body: publishAdditionBody, response: { 200: additionResponse, ...writeErrors },
    },
  }, async (request) => {
    const municipality = await resolveMunicipality(db, staffOf(request), request.params.slug, 'edit');
    const addition = await publishAddition(db, target(request.params), request.body?.baseEditVersion, actorOf(request));
    await changed(municipality.id);
    return { addition };
  });

  app.post<AdditionRoute>(`${BASE}/reviewed`, {
    onRequest: guard,
    schema: {
      tags: TAGS, summary: 'Still correct after the tile changed: no longer needs review',
      params: libraryTileParams, response: { 200: additionResponse, ...writeErrors },
    },
  }, async (request) => {
    await resolveMunicipality(db, staffOf(request), request.params.slug, 'edit');
    return { addition: await markAdditionReviewed(db, target(request.params), actorOf(request)) };
  });

  app.delete<AdditionRoute>(BASE, {
    onRequest: guard,
    schema: {
      tags: TAGS, summary: 'Delete a local addition (live text and draft)',
      params: libraryTileParams, response: { 204: { type: 'null' }, ...writeErrors },
    },
  }, async (request, reply) => {
    const municipality = await resolveMunicipality(db, staffOf(request), request.params.slug, 'edit');
    await deleteLocalAddition(db, target(request.params), actorOf(request));
    await changed(municipality.id);
    return reply.status(204).send();
  });
};
