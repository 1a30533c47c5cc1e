import { TILE_LIMITS } from '../../content/tiles-v1.ts';
import { draftJson, parseStoredDraft } from '../../content/library/tile-draft.ts';
import { sourceHashOf } from '../../content/translations/source-hash.ts';
import { restampTranslations } from '../../content/translations/translation-repository.ts';
import { AppError } from '../../platform/errors.ts';
import type { DbClient, Prisma } from '../../platform/db.ts';

/**
 * "Add as an example question": appends a question to the live text of a
 * published tile in one language (its translation row's `examples`, what
 * the answer engine indexes), so the engines answer the same kind of
 * question with that tile as soon as they are told of the change. Runs
 * inside the caller's transaction.
 *
 * - The tile must be published and have live text in that language (the
 *   engine indexes a language without text by the source text; a question
 *   in another language does not belong there): otherwise 409.
 * - Added to the source language, it changes the source text's hash; the
 *   translations that were current are re-stamped with the new hash (as a
 *   "minor change, keep translations" publish does): an extra example
 *   question makes no translation stale.
 * - A pending draft with text in that language gets the example too, so
 *   publishing the draft later does not drop it (the draft's editVersion
 *   goes up: an editor with an older copy is told, as for any save).
 * - A question already there (same words, any case) is not added twice.
 */

export interface ExampleTarget {
  /** The layer (organization) owning the tile, and the tile's key there. */
  layerId: string;
  key: string;
  language: string;
  text: string;
}

/** What was done: the tile, and whether the example was new. */
export interface ExampleResult {
  tileId: string;
  key: string;
  organizationId: string;
  /** The layer's slug. */
  layer: string;
  added: boolean;
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** @throws AppError TILE_NOT_FOUND, TILE_STATE_CONFLICT (not published, no text in the language, 20 examples already) */
export async function appendLiveExample(tx: DbClient, target: ExampleTarget, actorId: string | null): Promise<ExampleResult> {
  const { layerId, key, language, text } = target;
  const tile = await tx.tile.findUnique({ where: { organizationId_key: { organizationId: layerId, key } }, include: { translations: true, organization: { select: { slug: true } } } });
  if (!tile) throw new AppError('TILE_NOT_FOUND', { key });
  if (tile.status !== 'published') throw new AppError('TILE_STATE_CONFLICT', { key, reason: 'it is not published: publish it first, then add the example question' });
  const row = tile.translations.find((t) => t.language === language);
  if (!row) throw new AppError('TILE_STATE_CONFLICT', { key, reason: `it has no live text in "${language}" yet: translate it first, then add the example question` });
  const result = { tileId: tile.id, key: tile.key, organizationId: tile.organizationId, layer: tile.organization.slug };
  if (row.examples.some((e) => same(e, text))) return { ...result, added: false };
  if (row.examples.length >= TILE_LIMITS.examples) {
    throw new AppError('TILE_STATE_CONFLICT', { key, reason: `it already has ${TILE_LIMITS.examples} example questions in "${language}": remove one first` });
  }
  const examples = [...row.examples, text];
  if (language === tile.sourceLang) {
    const links = Array.isArray(tile.links) ? (tile.links as Array<{ label?: unknown }>).map((l) => String(l.label ?? '')) : [];
    const newHash = sourceHashOf({ title: row.title, body: row.body, examples }, links);
    await tx.tileTranslation.update({ where: { id: row.id }, data: { examples, sourceHash: newHash } });
    await restampTranslations(tx, tile.id, row.sourceHash, newHash);
  } else {
    await tx.tileTranslation.update({ where: { id: row.id }, data: { examples } });
  }
  const draft = parseStoredDraft(tile.draft);
  const draftText = draft?.content[language];
  if (draft && draftText && !draftText.examples.some((e) => same(e, text)) && draftText.examples.length < TILE_LIMITS.examples) {
    draftText.examples.push(text);
    await tx.tile.update({
      where: { id: tile.id },
      data: { draft: draftJson(draft) as Prisma.InputJsonObject, editVersion: { increment: 1 }, updatedById: actorId },
    });
  } else {
    // The content version the engines compare includes the tile's own stamp.
    await tx.tile.update({ where: { id: tile.id }, data: { updatedById: actorId } });
  }
  return { ...result, added: true };
}
