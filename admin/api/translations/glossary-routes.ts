import type { FastifyPluginAsync } from 'fastify';
import { writeAuditLog } from '../../../core/content/audit-log.ts';
import { DEFAULT_GLOSSARY, normalizeGlossary, setOrganizationGlossary } from '../../../core/translation/index.ts';
import type { DbClient } from '../../../core/platform/db.ts';
import { principalOf } from '../studio/layers-access.ts';
import { layerFor, type TranslationRoutesOptions } from './translations-access.ts';
import { TAGS, errorResponse, glossaryBody, glossaryResponse, layerParams } from './translations-schemas.ts';

interface LayerRoute { Params: { slug: string } }

async function glossaryOf(db: DbClient, organizationId: string) {
  const row = await db.organization.findUnique({ where: { id: organizationId }, select: { glossary: true } });
  const terms = normalizeGlossary(row?.glossary ?? []);
  return { terms, usingDefault: terms.length === 0, defaults: [...DEFAULT_GLOSSARY] };
}

/**
 * The layer's glossary: terms machine translation keeps as they are (BSN,
 * DigiD, huisarts...), for its tiles and its inbox alike (core/translation
 * organizationGlossary). An empty list means the default list. Reading:
 * whoever may see the layer; changing: its editors and admins.
 */
export const glossaryRoutes: FastifyPluginAsync<TranslationRoutesOptions> = async (app, options) => {
  const { db } = options;
  const guard = app.requireStaff();

  app.get<LayerRoute>('/api/layers/:slug/glossary', {
    onRequest: guard,
    schema: { tags: TAGS, summary: 'The layer\'s glossary (its own terms, or the default list)', params: layerParams, response: { 200: glossaryResponse, 404: errorResponse } },
  }, async (request) => {
    const layer = await layerFor(request, db, request.params.slug, 'read');
    return glossaryOf(db, layer.id);
  });

  app.put<LayerRoute & { Body: { terms: string[] } }>('/api/layers/:slug/glossary', {
    onRequest: guard,
    schema: {
      tags: TAGS, summary: 'Replace the layer\'s glossary (an empty list: the default list)', params: layerParams, body: glossaryBody,
      response: { 200: glossaryResponse, 400: errorResponse, 403: errorResponse, 404: errorResponse },
    },
  }, async (request) => {
    const layer = await layerFor(request, db, request.params.slug, 'edit');
    const terms = await setOrganizationGlossary(db, layer.id, request.body.terms);
    await writeAuditLog(db, {
      actor: `user:${principalOf(request).userId}`, organizationId: layer.id, action: 'organization.glossary_changed',
      entityType: 'organization', entityId: layer.id, data: { terms: terms.length },
    });
    return glossaryOf(db, layer.id);
  });
};
