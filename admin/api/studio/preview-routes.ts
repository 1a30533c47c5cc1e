import type { FastifyPluginAsync } from 'fastify';
import { loadPreviewTile, previewTile, type PreviewVersion } from '../../../core/preview/index.ts';
import type { Language } from '../../../core/languages/index.ts';
import type { DbClient } from '../../../core/platform/db.ts';
import { AppError } from '../../../core/platform/errors.ts';
import { WHATSAPP_TEXTS } from '../../../flows/channel-texts/index.ts';
import { DIALOG_CONTEXT } from '../../../flows/index.ts';
import { resolveLayer, principalOf } from './layers-access.ts';
import { entryOfCode, visibleOrganization, type StudioEntryPoint } from './preview-access.ts';
import { TAGS, previewParams, previewQuery, previewResponse } from './preview-schemas.ts';

/** Options of {@link tilePreviewRoutes}. */
export interface TilePreviewRoutesOptions {
  db: DbClient;
  /** The clock of the tile views; default the real one. */
  now?: () => Date;
}

interface PreviewRequest {
  Params: { slug: string; key: string };
  Querystring: { lang?: Language; entry?: string; municipality?: string; version?: PreviewVersion };
}

/**
 * GET /api/layers/:slug/tiles/:key/preview: a tile as WhatsApp, Telegram
 * and web chat will send it, in a language the entry point offers, with the
 * layers merged as a person entering there reads them: a national tile with
 * the municipality's local addition under it (`entry` code, or `municipality`),
 * an employer's tile through one of its entry codes. `version=draft` shows
 * the pending changes (the tile's draft, the addition's draft) as they will
 * look once published. Read-only: any staff member who may see the tile's
 * layer (`maySeeLayer`, else 404 LAYER_NOT_FOUND); an entry code or
 * municipality they may not see is 404 too.
 */
export const tilePreviewRoutes: FastifyPluginAsync<TilePreviewRoutesOptions> = async (app, options) => {
  const { db } = options;
  const guard = app.requireStaff();

  app.get<PreviewRequest>('/api/layers/:slug/tiles/:key/preview', {
    onRequest: guard,
    schema: {
      tags: TAGS,
      summary: 'A tile as each channel will send it, layers merged',
      params: previewParams,
      querystring: previewQuery,
      response: { 200: previewResponse },
    },
  }, async (request) => {
    const principal = principalOf(request);
    const { slug, key } = request.params;
    const { entry: code, municipality, version = 'live' } = request.query;
    const layer = await resolveLayer(db, principal, slug, 'read');
    let entry: StudioEntryPoint;
    if (code !== undefined) entry = await entryOfCode(db, principal, code);
    else if (municipality !== undefined) {
      const org = await visibleOrganization(db, principal, municipality);
      if (org.kind !== 'municipality') throw new AppError('VALIDATION_FAILED', { details: `municipality: "${municipality}" is not a municipality` });
      entry = { key: org.slug, municipalityVisible: true };
    } else entry = { key: layer.slug, municipalityVisible: false };

    const loaded = await loadPreviewTile(db, {
      layer, key, entryKey: entry.key, version, additionDraft: entry.municipalityVisible, now: (options.now ?? (() => new Date()))(),
    });
    const lang = request.query.lang ?? (loaded.languages.includes(loaded.tile.sourceLang) ? loaded.tile.sourceLang : loaded.languages[0] ?? loaded.tile.sourceLang);
    if (loaded.languages.length > 0 && !loaded.languages.includes(lang)) {
      throw new AppError('VALIDATION_FAILED', { details: `lang: "${lang}" is not enabled there (enabled: ${loaded.languages.join(', ')})` });
    }
    const preview = previewTile({
      dialog: DIALOG_CONTEXT, tile: loaded.tile, lang, organizationName: loaded.organizationName, whatsappTexts: (l) => WHATSAPP_TEXTS[l],
    });
    return {
      ...preview,
      version,
      shown: loaded.shown,
      entry: { key: entry.key, ...(entry.code ? { code: entry.code } : {}) },
      enabledLanguages: loaded.languages,
    };
  });
};
