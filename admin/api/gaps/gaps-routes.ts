import type { FastifyInstance, FastifyRequest } from 'fastify';
import { layerAccess, maySeeContentGaps } from '../../../core/access/index.ts';
import type { ContentChanges } from '../../../core/answers/index.ts';
import { findOrganizationRef, type OrganizationRef } from '../../../core/content/index.ts';
import type { Db } from '../../../core/platform/db.ts';
import { AppError } from '../../../core/platform/errors.ts';
import {
  addGapsAsExample, dismissGaps, draftTileFromGaps, loadGapGroups, type GapActionContext, type GapActionResult, type GapView,
} from '../../../core/reports/gaps/index.ts';
import { errorResponse, organizationFor, principalOf } from '../organizations/organization-scope.ts';
import { actionResponse, dismissBody, draftBody, exampleBody, gapParams, gapQuery, listResponse, TAGS } from './gaps-schemas.ts';

/** Options of {@link gapRoutes}. */
export interface GapRoutesOptions {
  db: Db;
  /** Where an added example announces itself, so every process's answer engines rebuild at once. */
  changes?: ContentChanges;
  now?: () => Date;
}

type SlugRoute = { Params: { slug: string } };

const errors = { 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse } as const;

/** The view's scope: a municipality's own gaps, or (national organization) national tiles' across municipalities. */
function viewOf(org: OrganizationRef): GapView {
  return { scope: { kind: org.kind === 'national' ? 'national' : 'municipality', organizationId: org.id }, organizationId: org.id };
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The content-gap loop for editors (core/reports/gaps), all under the named
 * policy `maySeeContentGaps` (a municipality's editors and administrators;
 * the national organization's for national tiles). A caller who may not
 * know the organization gets 404, a member without the right 403.
 * - `GET /api/gaps/:slug?language=&kind=`: the groups of similar open questions that at least 3 different people asked;
 * - `POST /api/gaps/:slug/example` `{ gapIds, tileKey, layer?, text? }`: add the question as an example to a
 *   published tile (the tile's layer needs `mayEditLayer`: 404 when not visible, 403 when read-only); the answer
 *   engines are told at once;
 * - `POST /api/gaps/:slug/draft` `{ gapIds, key, theme, title, body, text? }`: a new draft tile in this organization's layer;
 * - `POST /api/gaps/:slug/dismiss` `{ gapIds }`.
 * Questions acted on by someone else meanwhile: 409 CONTENT_GAP_CONFLICT.
 */
export async function gapRoutes(app: FastifyInstance, options: GapRoutesOptions): Promise<void> {
  const { db } = options;
  const guard = app.requireStaff();
  const now = () => (options.now ?? (() => new Date()))();
  const context = (request: FastifyRequest): GapActionContext => ({ db, actorId: principalOf(request).userId, now: now(), changes: options.changes });
  const answer = (result: GapActionResult) => (result.tile
    ? { gaps: result.gaps, status: result.status, tile: { key: result.tile.key, layer: result.tile.layer, ...(result.tile.added !== undefined ? { added: result.tile.added } : {}) } }
    : { gaps: result.gaps, status: result.status });

  app.get<SlugRoute & { Querystring: { language?: string; kind?: 'unanswered' | 'not_helpful' } }>('/api/gaps/:slug', {
    onRequest: guard,
    schema: { tags: TAGS, summary: 'Grouped open content gaps', params: gapParams, querystring: gapQuery, response: { 200: listResponse, ...errors } },
  }, async (request) => {
    const org = await organizationFor(db, request, request.params.slug, maySeeContentGaps);
    const view = viewOf(org);
    const { groups, hidden, minPeople } = await loadGapGroups(db, view.scope, now(), request.query);
    return {
      organization: { slug: org.slug, name: org.name, kind: org.kind },
      scope: view.scope.kind,
      minPeople,
      hidden,
      groups: groups.map((g) => ({ ...g, firstSeen: day(g.firstSeen), lastSeen: day(g.lastSeen) })),
    };
  });

  app.post<SlugRoute & { Body: { gapIds: string[]; tileKey: string; layer?: string; text?: string } }>('/api/gaps/:slug/example', {
    onRequest: guard,
    schema: { tags: TAGS, summary: 'Add a group\'s question as an example question to a tile', params: gapParams, body: exampleBody, response: { 200: actionResponse, ...errors } },
  }, async (request) => {
    const org = await organizationFor(db, request, request.params.slug, maySeeContentGaps);
    const layerSlug = request.body.layer ?? org.slug;
    const layer = layerSlug === org.slug ? org : await findOrganizationRef(db, layerSlug);
    const access = layer ? layerAccess(principalOf(request), layer) : 'none';
    if (!layer || access === 'none') throw new AppError('LAYER_NOT_FOUND', { slug: layerSlug });
    if (access !== 'edit') throw new AppError('FORBIDDEN');
    const { gapIds, tileKey, text } = request.body;
    return answer(await addGapsAsExample(context(request), viewOf(org), { gapIds, layerId: layer.id, tileKey, text }));
  });

  app.post<SlugRoute & { Body: { gapIds: string[]; key: string; theme: string; title: string; body: string; text?: string } }>('/api/gaps/:slug/draft', {
    onRequest: guard,
    schema: { tags: TAGS, summary: 'Draft a new tile from a group', params: gapParams, body: draftBody, response: { 201: actionResponse, ...errors } },
  }, async (request, reply) => {
    const org = await organizationFor(db, request, request.params.slug, maySeeContentGaps);
    if (layerAccess(principalOf(request), org) !== 'edit') throw new AppError('FORBIDDEN');
    const { detail: _detail, ...result } = await draftTileFromGaps(context(request), viewOf(org), { id: org.id, slug: org.slug }, request.body);
    return reply.status(201).send(answer(result));
  });

  app.post<SlugRoute & { Body: { gapIds: string[] } }>('/api/gaps/:slug/dismiss', {
    onRequest: guard,
    schema: { tags: TAGS, summary: 'Dismiss a group', params: gapParams, body: dismissBody, response: { 200: actionResponse, ...errors } },
  }, async (request) => {
    const org = await organizationFor(db, request, request.params.slug, maySeeContentGaps);
    return answer(await dismissGaps(context(request), viewOf(org), request.body));
  });
}
