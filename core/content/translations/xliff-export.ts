import { isLanguage } from '../../languages/index.ts';
import { AppError } from '../../platform/errors.ts';
import { writeAuditLog } from '../audit-log.ts';
import { auditActor, type LayerId, type StudioContext } from '../library/studio-context.ts';
import { languageState, sourceTextOf, textOf } from './translation-matrix.ts';
import { currentHash, loadTranslationTiles, recordHandouts } from './translation-repository.ts';
import { nextState } from './translation-state.ts';
import { writeXliff, type XliffTileOut } from './xliff.ts';

/**
 * XLIFF export: the layer's published tiles whose `language` is missing or
 * stale (or already out for translation, so a lost file can be sent again),
 * every field of each as a unit, with the source hash the translation will be
 * checked against on import. The exported languages become "in translation"
 * (a TranslationHandout per tile × language).
 */

export interface XliffExport {
  /** `<layer>-<language>.xlf` */
  filename: string;
  xml: string;
  /** Tile keys in the file. */
  keys: string[];
}

/**
 * @param keys only these tiles (default: every published tile that needs the language)
 * @throws AppError UNKNOWN_LANGUAGE, XLIFF_NOTHING_TO_EXPORT (no tile is missing or stale in that language)
 */
export async function exportXliff(ctx: StudioContext, layer: LayerId, language: string, keys?: readonly string[]): Promise<XliffExport> {
  if (!isLanguage(language)) throw new AppError('UNKNOWN_LANGUAGE', { lang: language });
  const tiles = (await loadTranslationTiles(ctx.db, layer.id, keys)).filter((t) => t.status === 'published');
  const out: Array<XliffTileOut & { id: string }> = [];
  for (const tile of tiles) {
    const source = sourceTextOf(tile);
    const hash = currentHash(tile);
    if (!source || hash === '' || language === tile.sourceLang) continue;
    const { state, row } = languageState(tile, language);
    if (!('state' in nextState(state, 'exported'))) continue;
    out.push({
      id: tile.id, key: tile.key, sourceLang: tile.sourceLang, sourceHash: hash, source, urls: tile.links.map((l) => l.url),
      ...(state === 'stale' && row ? { previous: textOf(row) } : {}),
    });
  }
  if (out.length === 0) throw new AppError('XLIFF_NOTHING_TO_EXPORT', { language });
  const xml = await writeXliff(layer.slug, language, out);
  await ctx.db.$transaction(async (tx) => {
    await recordHandouts(tx, out.map((t) => ({ tileId: t.id, language, sourceHash: t.sourceHash })), ctx.actorId, ctx.now);
    await writeAuditLog(tx, {
      actor: auditActor(ctx), organizationId: layer.id, action: 'translation.xliff_exported', entityType: 'organization', entityId: layer.id,
      data: { language, tiles: out.map((t) => t.key) },
    });
  });
  return { filename: `${layer.slug}-${language}.xlf`, xml, keys: out.map((t) => t.key) };
}
