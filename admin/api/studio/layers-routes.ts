import type { FastifyPluginAsync } from 'fastify';
import { layerAccess } from '../../../core/access/index.ts';
import { countLayerTiles, layerNames, listLayerEditors, listThemes, loadLayers } from '../../../core/content/index.ts';
import { principalOf, resolveLayer } from './layers-access.ts';
import type { TileLibraryRoutesOptions } from './tiles-context.ts';
import { TAGS, editorsResponse, errorResponse, layerListResponse, layerParams, layerResponse, themesResponse } from './tiles-schemas.ts';

/** Layers in the order the studio lists them (after the ones the caller edits). */
const KIND_ORDER = ['national', 'region', 'municipality', 'employer', 'housing_provider', 'local_org'];

/**
 * The studio's layers: `GET /api/layers` (the layers the signed-in staff
 * member may see, each with `access` edit or read), `GET /api/layers/:slug`
 * (one layer with where it is active and its tile counts),
 * `GET /api/layers/:slug/editors` (who may own its tiles) and
 * `GET /api/themes` (the themes a tile can have).
 */
export const layerRoutes: FastifyPluginAsync<TileLibraryRoutesOptions> = async (app, options) => {
  const { db } = options;
  const guard = app.requireStaff();
  const now = () => (options.now ?? (() => new Date()))();

  app.get('/api/layers', {
    onRequest: guard,
    schema: { tags: TAGS, summary: 'Layers the signed-in staff member may see', response: { 200: layerListResponse } },
  }, async (request) => {
    const principal = principalOf(request);
    const layers = await loadLayers(db);
    const slugs = new Map(layers.map((l) => [l.id, l.slug]));
    const visible = layers.flatMap((layer) => {
      const access = layerAccess(principal, layer);
      return access === 'none' ? [] : [{
        slug: layer.slug, name: layer.name, kind: layer.kind, access,
        parent: layer.parentId ? slugs.get(layer.parentId) ?? null : null, enabledLanguages: layer.enabledLanguages,
      }];
    });
    visible.sort((a, b) => Number(b.access === 'edit') - Number(a.access === 'edit')
      || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name));
    return { layers: visible };
  });

  app.get<{ Params: { slug: string } }>('/api/layers/:slug', {
    onRequest: guard,
    schema: { tags: TAGS, summary: 'One layer', params: layerParams, response: { 200: layerResponse, 404: errorResponse } },
  }, async (request) => {
    const layer = await resolveLayer(db, principalOf(request), request.params.slug, 'read');
    const names = await layerNames(db, [...(layer.parentId ? [layer.parentId] : []), ...layer.activeIn]);
    return {
      slug: layer.slug, name: layer.name, kind: layer.kind, access: layer.access,
      parent: layer.parentId ? names.get(layer.parentId) ?? null : null,
      enabledLanguages: layer.enabledLanguages,
      activeIn: layer.activeIn.flatMap((id) => names.get(id) ?? []),
      tiles: await countLayerTiles(db, layer.id, now()),
    };
  });

  app.get<{ Params: { slug: string } }>('/api/layers/:slug/editors', {
    onRequest: guard,
    schema: { tags: TAGS, summary: 'Editors and administrators of a layer (tile owners)', params: layerParams, response: { 200: editorsResponse, 404: errorResponse } },
  }, async (request) => {
    const layer = await resolveLayer(db, principalOf(request), request.params.slug, 'read');
    return { editors: await listLayerEditors(db, layer.id) };
  });

  app.get('/api/themes', {
    onRequest: guard,
    schema: { tags: TAGS, summary: 'Themes a tile can have', response: { 200: themesResponse } },
  }, async () => ({ themes: await listThemes(db) }));
};
