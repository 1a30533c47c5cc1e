import type { FastifyPluginAsync } from 'fastify';
import { mayEditLayer } from '../../../core/access/index.ts';
import {
  diffVersions, getRevision, listOverdue, listRevisions, loadLayers, markReviewed, restoreRevision, type DiffMode, type VersionRef,
} from '../../../core/content/index.ts';
import { principalOf, resolveLayer } from './layers-access.ts';
import { answeringConflicts, studioContext, type TileLibraryRoutesOptions } from './tiles-context.ts';
import {
  TAGS, baseVersionBody, conflictResponse, diffQuery, diffResponse, errorResponse, overdueResponse, revisionListResponse,
  revisionParams, revisionResponse, tileDetail, tileParams,
} from './tiles-schemas.ts';

interface TileRoute { Params: { slug: string; key: string } }
interface RevisionRoute { Params: { slug: string; key: string; number: number } }

const errors = { 400: errorResponse, 403: errorResponse, 404: errorResponse } as const;

function versionRef(value: string): VersionRef {
  return value === 'live' || value === 'draft' ? value : Number(value);
}

/**
 * A tile's history and review: its revisions (every publish keeps one),
 * the differences between any two versions per language, restoring a
 * revision as the draft, "still correct" (review date six months on), and
 * `GET /api/studio/overdue`, the signed-in editor's tiles past their review date.
 */
export const tileHistoryRoutes: FastifyPluginAsync<TileLibraryRoutesOptions> = async (app, options) => {
  const { db } = options;
  const guard = app.requireStaff();
  const now = () => (options.now ?? (() => new Date()))();

  app.get<TileRoute>('/api/layers/:slug/tiles/:key/revisions', {
    onRequest: guard,
    schema: { tags: TAGS, summary: 'Published revisions, newest first', params: tileParams, response: { 200: revisionListResponse, 404: errorResponse } },
  }, async (request) => {
    const layer = await resolveLayer(db, principalOf(request), request.params.slug, 'read');
    return { revisions: await listRevisions(db, layer, request.params.key) };
  });

  app.get<RevisionRoute>('/api/layers/:slug/tiles/:key/revisions/:number', {
    onRequest: guard,
    schema: { tags: TAGS, summary: 'One revision as it was published', params: revisionParams, response: { 200: revisionResponse, 404: errorResponse } },
  }, async (request) => {
    const layer = await resolveLayer(db, principalOf(request), request.params.slug, 'read');
    const revision = await getRevision(db, layer, request.params.key, request.params.number);
    const { themeKey, ...snapshot } = revision.snapshot;
    return { ...revision, snapshot: { theme: themeKey, ...snapshot } };
  });

  app.get<TileRoute & { Querystring: { from: string; to: string; mode: DiffMode } }>('/api/layers/:slug/tiles/:key/diff', {
    onRequest: guard,
    schema: {
      tags: TAGS, summary: 'Differences between two versions (revision number, live or draft), per language',
      params: tileParams, querystring: diffQuery, response: { 200: diffResponse, ...errors },
    },
  }, async (request) => {
    const layer = await resolveLayer(db, principalOf(request), request.params.slug, 'read');
    const { from, to, mode } = request.query;
    const diff = await diffVersions(db, layer, request.params.key, versionRef(from), versionRef(to), mode);
    return { from, to, mode, ...diff };
  });

  app.post<RevisionRoute & { Body: { baseEditVersion?: number } | null }>('/api/layers/:slug/tiles/:key/revisions/:number/restore', {
    onRequest: guard,
    schema: {
      tags: TAGS, summary: 'Make a revision the draft', params: revisionParams, body: baseVersionBody,
      response: { 200: tileDetail, ...errors, 409: conflictResponse },
    },
  }, async (request, reply) => {
    const layer = await resolveLayer(db, principalOf(request), request.params.slug, 'edit');
    const { key, number } = request.params;
    return answeringConflicts(reply, () => restoreRevision(studioContext(request, options), layer, key, number, request.body?.baseEditVersion));
  });

  app.post<TileRoute>('/api/layers/:slug/tiles/:key/review', {
    onRequest: guard,
    schema: { tags: TAGS, summary: '"Still correct": review date six months from now, all languages', params: tileParams, response: { 200: tileDetail, ...errors } },
  }, async (request) => {
    const layer = await resolveLayer(db, principalOf(request), request.params.slug, 'edit');
    return markReviewed(studioContext(request, options), layer, request.params.key);
  });

  app.get('/api/studio/overdue', {
    onRequest: guard,
    schema: { tags: TAGS, summary: 'Tiles past their review date in the layers I edit, mine first', response: { 200: overdueResponse } },
  }, async (request) => {
    const principal = principalOf(request);
    const editable = (await loadLayers(db)).filter((layer) => mayEditLayer(principal, layer)).map((layer) => layer.id);
    return { tiles: await listOverdue(db, principal.userId, editable, now()) };
  });
};
