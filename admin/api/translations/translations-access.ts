import type { FastifyRequest } from 'fastify';
import { mayEditLayer, mayTranslateLayer } from '../../../core/access/index.ts';
import type { ContentChangeNotifier, StudioContext, TileTranslations } from '../../../core/content/index.ts';
import type { Db } from '../../../core/platform/db.ts';
import { AppError } from '../../../core/platform/errors.ts';
import type { SegmentTranslator } from '../../../core/translation/index.ts';
import { principalOf, resolveLayer, type ResolvedLayer } from '../studio/layers-access.ts';

/** Options of the translation routes (translationRoutes). */
export interface TranslationRoutesOptions {
  db: Db;
  /** Machine translation of tiles: estimates and bulk runs. */
  translations: TileTranslations;
  /** Told after every write so every process's answer engines refresh. */
  changes?: ContentChangeNotifier;
  /** The DeepL translator the tiles use, for the matrix's "DeepL on/off" (reported off when left out). */
  translator?: Pick<SegmentTranslator, 'status'>;
  /** The clock of budgets, handouts and checks; default the real one. */
  now?: () => Date;
}

/**
 * Who may do what with a layer's translations (core/access):
 * - `read`: anyone who may see the layer (layerAccess; 404 LAYER_NOT_FOUND otherwise);
 * - `translate`: edit in place, mark checked, XLIFF export and import (mayTranslateLayer: translators, editors, admins; 403 otherwise);
 * - `edit`: bulk machine runs and the glossary (mayEditLayer: editors, admins; 403 otherwise).
 */
export async function layerFor(
  request: FastifyRequest, db: Db, slug: string, need: 'read' | 'translate' | 'edit',
): Promise<ResolvedLayer & { mayTranslate: boolean }> {
  const principal = principalOf(request);
  const layer = await resolveLayer(db, principal, slug, 'read');
  const mayTranslate = mayTranslateLayer(principal, layer);
  if (need === 'translate' && !mayTranslate) throw new AppError('FORBIDDEN');
  if (need === 'edit' && !mayEditLayer(principal, layer)) throw new AppError('FORBIDDEN');
  return { ...layer, mayTranslate };
}

export function translationContext(request: FastifyRequest, options: TranslationRoutesOptions): StudioContext {
  return { db: options.db, actorId: principalOf(request).userId, now: (options.now ?? (() => new Date()))(), changes: options.changes };
}

/** `pl,tr` → ['pl', 'tr']; undefined for none. */
export function list(value: string | undefined): string[] | undefined {
  const items = value?.split(',').map((s) => s.trim()).filter(Boolean);
  return items && items.length > 0 ? items : undefined;
}
