import type { FastifyPluginAsync } from 'fastify';
import { XLIFF_MAX_BYTES, exportXliff, importXliff, previewXliffImport } from '../../../core/content/index.ts';
import { layerFor, list, translationContext, type TranslationRoutesOptions } from './translations-access.ts';
import {
  TAGS, XLIFF_CONTENT_TYPES, errorResponse, importResponse, layerParams, previewResponse, xliffBody, xliffQuery,
} from './translations-schemas.ts';

interface LayerRoute { Params: { slug: string } }

const errors = { 400: errorResponse, 403: errorResponse, 404: errorResponse } as const;

/**
 * XLIFF 2.0 exchange with translators: export a language's missing and
 * stale units of the layer (they become "in translation"), preview a
 * returned file (per tile: changed with a diff, unchanged, or refused and
 * why) and import it. Translators, editors and admins of the layer. The
 * file is the request body (application/xliff+xml, application/xml or
 * text/xml, at most 2 MB); the parser is this plugin's own.
 */
export const xliffRoutes: FastifyPluginAsync<TranslationRoutesOptions> = async (app, options) => {
  const { db } = options;
  const guard = app.requireStaff();

  app.addContentTypeParser([...XLIFF_CONTENT_TYPES], { parseAs: 'string', bodyLimit: XLIFF_MAX_BYTES }, (_request, body, done) => {
    done(null, body);
  });

  app.get<LayerRoute & { Querystring: { language: string; keys?: string } }>('/api/layers/:slug/translations/xliff', {
    onRequest: guard,
    schema: {
      tags: TAGS, summary: 'Export the missing and stale units of a language as XLIFF 2.0 (application/xliff+xml)',
      params: layerParams, querystring: xliffQuery, response: { ...errors, 409: errorResponse },
    },
  }, async (request, reply) => {
    const layer = await layerFor(request, db, request.params.slug, 'translate');
    const file = await exportXliff(translationContext(request, options), layer, request.query.language, list(request.query.keys));
    return reply
      .type('application/xliff+xml; charset=utf-8')
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .send(file.xml);
  });

  app.post<LayerRoute & { Body: string }>('/api/layers/:slug/translations/xliff/preview', {
    onRequest: guard,
    bodyLimit: XLIFF_MAX_BYTES,
    schema: {
      tags: TAGS, summary: 'What importing the XLIFF file would change, per tile (nothing is written)', consumes: [...XLIFF_CONTENT_TYPES],
      params: layerParams, body: xliffBody, response: { 200: previewResponse, ...errors },
    },
  }, async (request) => {
    const layer = await layerFor(request, db, request.params.slug, 'translate');
    return previewXliffImport(translationContext(request, options), layer, request.body);
  });

  app.post<LayerRoute & { Body: string }>('/api/layers/:slug/translations/xliff/import', {
    onRequest: guard,
    bodyLimit: XLIFF_MAX_BYTES,
    schema: {
      tags: TAGS, summary: 'Import the XLIFF file: the changed tiles become human translations', consumes: [...XLIFF_CONTENT_TYPES],
      params: layerParams, body: xliffBody, response: { 200: importResponse, ...errors },
    },
  }, async (request) => {
    const layer = await layerFor(request, db, request.params.slug, 'translate');
    return importXliff(translationContext(request, options), layer, request.body);
  });
};
