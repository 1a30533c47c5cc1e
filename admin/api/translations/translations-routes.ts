import type { FastifyPluginAsync } from 'fastify';
import {
  budgetState, editTranslation, findTranslationTile, markTranslationChecked, translationMatrix, translationView,
  type TranslationState, type TranslationText,
} from '../../../core/content/index.ts';
import { AppError, isAppError } from '../../../core/platform/errors.ts';
import { isLanguage } from '../../../core/languages/index.ts';
import { layerFor, list, translationContext, type TranslationRoutesOptions } from './translations-access.ts';
import {
  TAGS, budgetExceededResponse, errorResponse, estimateQuery, estimateResponse, layerParams, machineBody, machineResponse, matrixQuery,
  matrixResponse, tileLanguageParams, translationBody, translationView as viewSchema,
} from './translations-schemas.ts';

interface LayerRoute { Params: { slug: string } }
interface TileLanguageRoute { Params: { slug: string; key: string; lang: string } }

const errors = { 400: errorResponse, 403: errorResponse, 404: errorResponse } as const;

function languages(value: readonly string[] | undefined): string[] | undefined {
  const bad = value?.find((l) => !isLanguage(l));
  if (bad !== undefined) throw new AppError('UNKNOWN_LANGUAGE', { lang: bad });
  return value ? [...new Set(value)] : undefined;
}

/**
 * A layer's translations: the tile × language matrix (with the month's
 * DeepL budget and whether DeepL is on), one tile × language to read, edit
 * in place (it becomes human) or mark checked, and the estimate and bulk
 * run of machine translation. Reads: whoever may see the layer; edits and
 * checks: translators, editors, admins of the layer; bulk runs: editors and
 * admins (see translations-access.ts).
 */
export const translationMatrixRoutes: FastifyPluginAsync<TranslationRoutesOptions> = async (app, options) => {
  const { db } = options;
  const guard = app.requireStaff();
  const now = () => (options.now ?? (() => new Date()))();

  app.get<LayerRoute & { Querystring: { language?: string; state?: TranslationState; theme?: string } }>('/api/layers/:slug/translations', {
    onRequest: guard,
    schema: {
      tags: TAGS, summary: 'The tile × language matrix: state per cell, counts per language, budget, DeepL', params: layerParams,
      querystring: matrixQuery, response: { 200: matrixResponse, 400: errorResponse, 404: errorResponse },
    },
  }, async (request) => {
    const layer = await layerFor(request, db, request.params.slug, 'read');
    const { language, state, theme } = request.query;
    if (language !== undefined) languages([language]);
    const matrix = await translationMatrix(db, layer.id, { language, state, theme });
    const status = options.translator?.status();
    const deepl = !status ? { enabled: false, reason: 'machine translation is not set up' }
      : status.enabled ? { enabled: true, ...(status.reason ? { reason: status.reason } : {}) } : { enabled: false, reason: status.warning };
    return {
      layer: { slug: layer.slug, name: layer.name, access: layer.access, mayTranslate: layer.mayTranslate },
      languages: matrix.languages,
      budget: await budgetState(db, layer.id, now()),
      deepl,
      counts: matrix.counts,
      tiles: matrix.tiles,
    };
  });

  app.get<LayerRoute & { Querystring: { languages?: string; keys?: string } }>('/api/layers/:slug/translations/estimate', {
    onRequest: guard,
    schema: {
      tags: TAGS, summary: 'What a machine run would use (units, DeepL characters) and whether it fits the month\'s budget',
      params: layerParams, querystring: estimateQuery, response: { 200: estimateResponse, ...errors },
    },
  }, async (request) => {
    const layer = await layerFor(request, db, request.params.slug, 'read');
    return options.translations.estimate(layer.id, { languages: languages(list(request.query.languages)), keys: list(request.query.keys) });
  });

  app.post<LayerRoute & { Body: { languages?: string[]; keys?: string[] } | null }>('/api/layers/:slug/translations/machine', {
    onRequest: guard,
    schema: {
      tags: TAGS, summary: 'Machine-translate the missing and stale languages (refused whole when over the month\'s budget)',
      params: layerParams, body: machineBody, response: { 200: machineResponse, ...errors, 409: budgetExceededResponse },
    },
  }, async (request, reply) => {
    const layer = await layerFor(request, db, request.params.slug, 'edit');
    try {
      const report = await options.translations.runBulk(layer.id, { languages: languages(request.body?.languages), keys: request.body?.keys });
      if (report.translated > 0) await options.changes?.notifyContentChanged([layer.id]);
      return { translated: report.translated, characters: report.characters, problems: report.problems };
    } catch (err) {
      if (!isAppError(err, 'TRANSLATION_BUDGET_EXCEEDED')) throw err;
      return reply.status(409).send({ code: err.code, message: err.message, ...err.params });
    }
  });

  app.get<TileLanguageRoute>('/api/layers/:slug/tiles/:key/translations/:lang', {
    onRequest: guard,
    schema: {
      tags: TAGS, summary: 'One tile in one language: state, source, text, suggestion', params: tileLanguageParams,
      response: { 200: viewSchema, ...errors, 409: errorResponse },
    },
  }, async (request) => {
    const layer = await layerFor(request, db, request.params.slug, 'read');
    const { key, lang } = request.params;
    languages([lang]);
    const view = translationView(await findTranslationTile(db, layer, key, lang), lang);
    return { ...view, editable: layer.mayTranslate && view.state !== 'source' };
  });

  app.put<TileLanguageRoute & { Body: TranslationText }>('/api/layers/:slug/tiles/:key/translations/:lang', {
    onRequest: guard,
    schema: {
      tags: TAGS, summary: 'Write the translation in place (it becomes human and current)', params: tileLanguageParams, body: translationBody,
      response: { 200: viewSchema, ...errors, 409: errorResponse },
    },
  }, async (request) => {
    const layer = await layerFor(request, db, request.params.slug, 'translate');
    const view = await editTranslation(translationContext(request, options), layer, request.params.key, request.params.lang, request.body);
    return { ...view, editable: true };
  });

  app.post<TileLanguageRoute>('/api/layers/:slug/tiles/:key/translations/:lang/check', {
    onRequest: guard,
    schema: {
      tags: TAGS, summary: 'Mark the machine translation as checked by a person', params: tileLanguageParams,
      response: { 200: viewSchema, ...errors, 409: errorResponse },
    },
  }, async (request) => {
    const layer = await layerFor(request, db, request.params.slug, 'translate');
    const view = await markTranslationChecked(translationContext(request, options), layer, request.params.key, request.params.lang);
    return { ...view, editable: true };
  });
};
