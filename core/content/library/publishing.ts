import { AppError } from '../../platform/errors.ts';
import type { DbClient } from '../../platform/db.ts';
import { replaceTranslations, type NewTranslation } from '../library-repository.ts';
import { inTransaction } from '../transaction.ts';
import { insertBaselineRevision, insertRevision } from './revision-repository.ts';
import { snapshotOf } from './revision-snapshot.ts';
import { auditTile, type LayerId, type StudioContext } from './studio-context.ts';
import { sameContent, type TileDraft } from './tile-draft.ts';
import { checkBase, loadTile, lostRace, withConflictDetails } from './tile-lookup.ts';
import { findEditableTileById, themeIds, updateTileColumns, updateTileIfVersion, type EditableTile } from './tile-repository.ts';
import { liveSourceHash, tileDetail, type TileDetail } from './tile-view.ts';
import { sourceHashOf } from '../translations/source-hash.ts';
import { restampTranslations } from '../translations/translation-repository.ts';

/**
 * Publishing and unpublishing. The live version is the tile's translation
 * rows with status `published` (what the answer engine reads); publishing
 * writes the draft into them, keeps a revision and clears the draft.
 * Unpublishing only sets status `archived`: the rows stay for a republish.
 */

/**
 * A tile published before the studio existed (imported) has live text but
 * no revision: it gets revision 1, a snapshot of that text, the first time
 * its history is needed (publish, unpublish, history, diff), so every
 * version can be compared. Safe to call twice at once.
 * @returns the tile's revision number afterwards.
 */
export async function ensureBaselineRevision(db: DbClient, tile: EditableTile): Promise<number> {
  if (tile.revision > 0 || tile.translations.length === 0) return tile.revision;
  await insertBaselineRevision(db, tile.id, snapshotOf(tile), tile.updatedAt);
  return 1;
}

/** The translation rows a publish writes, and whether the source text changed (then the version goes up). */
function planTranslations(tile: EditableTile, draft: TileDraft): {
  version: number; sourceChanged: boolean; replaced: string[]; rows: NewTranslation[]; liveHash: string; newHash: string;
} {
  const byLang = new Map(tile.translations.map((t) => [t.language, t]));
  const liveSource = byLang.get(tile.sourceLang);
  const source = draft.content[tile.sourceLang];
  const liveHash = liveSourceHash(tile);
  const newHash = sourceHashOf(source, draft.links.map((l) => l.label));
  const sameLabels = tile.links.map((l) => l.label).join('\u0001') === draft.links.map((l) => l.label).join('\u0001');
  // Decided on the text itself: a row hashed before hashes existed ("v3") compares by text and is re-stamped below.
  const sourceChanged = !liveSource || liveSource.origin !== 'source' || !sameContent(source, liveSource) || !sameLabels;
  // The first publish keeps version 1; later source changes make older translations stale.
  const version = sourceChanged && tile.translations.length > 0 ? tile.version + 1 : tile.version;
  const replaced: string[] = [];
  const rows: NewTranslation[] = [];
  for (const [language, text] of Object.entries(draft.content)) {
    const current = byLang.get(language);
    const isSource = language === tile.sourceLang;
    const upToDate = current && sameContent(text, current) && (!isSource || !sourceChanged);
    if (upToDate) continue;
    if (current) replaced.push(current.id);
    rows.push({
      tileId: tile.id, language, title: text.title, body: text.body, examples: [...text.examples],
      // A language written in the draft beside the new source was made from it by a person.
      origin: isSource ? 'source' : 'human', sourceVersion: version, sourceHash: newHash,
      linkLabels: isSource ? draft.links.map((l) => l.label) : [...(current?.linkLabels ?? [])], checkedAt: null,
    });
  }
  return { version, sourceChanged, replaced, rows, liveHash, newHash };
}

/** Writes the draft live inside `tx`; a lost race throws (and the transaction rolls back). */
async function publishDraft(tx: DbClient, ctx: StudioContext, tile: EditableTile, draft: TileDraft, keepTranslations: boolean): Promise<void> {
  const themeId = (await themeIds(tx)).get(draft.themeKey);
  if (!themeId) throw new AppError('TILE_INVALID', { details: `theme: unknown theme "${draft.themeKey}"`, problems: [`theme: unknown theme "${draft.themeKey}"`] });
  const baseline = await ensureBaselineRevision(tx, tile);
  const plan = planTranslations(tile, draft);
  const revision = baseline + 1;
  const saved = await updateTileIfVersion(tx, tile.id, tile.editVersion, {
    themeId, links: draft.links, sensitive: draft.sensitive, status: 'published', version: plan.version, revision,
    draft: null, draftUpdatedAt: null, publishAt: null, scheduleProblem: null, updatedById: ctx.actorId, bumpEditVersion: true,
  });
  if (!saved) throw lostRace(tile.key);
  await replaceTranslations(tx, plan.replaced, plan.rows);
  // "Minor change, keep translations": the translations that were current stay current; so do they when only the
  // way the hash is written changed (rows from before hashes).
  const restamp = plan.sourceChanged ? keepTranslations : plan.liveHash !== plan.newHash;
  if (restamp) await restampTranslations(tx, tile.id, plan.liveHash, plan.newHash, plan.version);
  const published = await findEditableTileById(tx, tile.id) as EditableTile;
  await insertRevision(tx, { tileId: tile.id, number: revision, snapshot: snapshotOf(published), publishedById: ctx.actorId, publishedAt: ctx.now });
  await auditTile(tx, ctx, tile, 'published', {
    revision, version: plan.version, sourceChanged: plan.sourceChanged, languages: plan.rows.map((r) => r.language),
    ...(keepTranslations && plan.sourceChanged ? { keptTranslations: true } : {}),
  });
}

/** Puts an archived (or imported-as-draft) tile's stored text live again: no new revision, the content is the latest one. */
async function republish(tx: DbClient, ctx: StudioContext, tile: EditableTile): Promise<void> {
  const revision = await ensureBaselineRevision(tx, tile);
  const saved = await updateTileIfVersion(tx, tile.id, tile.editVersion, {
    status: 'published', publishAt: null, scheduleProblem: null, updatedById: ctx.actorId, bumpEditVersion: true,
  });
  if (!saved) throw lostRace(tile.key);
  await auditTile(tx, ctx, tile, 'published', { revision, version: tile.version, republished: true });
}

/**
 * Publishes the tile's draft: the draft's languages become the live
 * translation rows (the source language with origin `source`, the others
 * `human`; unchanged ones keep their origin and version), the tile takes the
 * draft's theme, links and sensitivity, status `published`, revision + 1 with
 * a snapshot, version + 1 when the source text changed (older translations
 * turn stale), editVersion + 1, and the draft is cleared. Without a draft an
 * archived tile goes live again as it was. Afterwards the missing and stale
 * languages are queued for machine translation (`ctx.translations`).
 * @param options.baseEditVersion refuse (409) when the draft changed since the editor loaded it.
 * @param options.keepTranslations a minor change (a typo): translations that were current stay current.
 * @throws AppError TILE_NOT_FOUND, TILE_STATE_CONFLICT (nothing to publish), TILE_EDIT_CONFLICT, TILE_INVALID
 */
export async function publishTile(
  ctx: StudioContext, layer: LayerId, key: string, options: { baseEditVersion?: number; keepTranslations?: boolean } = {},
): Promise<TileDetail> {
  const id = await withConflictDetails(ctx.db, layer, key, () => inTransaction(ctx.db, async (tx) => {
    const tile = await loadTile(tx, layer, key);
    checkBase(tile, options.baseEditVersion);
    if (tile.draft) await publishDraft(tx, ctx, tile, tile.draft, options.keepTranslations === true);
    else if (tile.status !== 'published' && tile.translations.length > 0) await republish(tx, ctx, tile);
    else throw new AppError('TILE_STATE_CONFLICT', { key, reason: tile.status === 'published' ? 'there is no draft to publish' : 'there is nothing to publish' });
    return tile.id;
  }, 30_000));
  await ctx.changes?.notifyContentChanged([layer.id]);
  // Missing and stale languages are translated by machine in the background (core/content/translations).
  await ctx.translations?.tilePublished(id);
  return tileDetail(await findEditableTileById(ctx.db, id) as EditableTile, ctx.now);
}

/**
 * Takes the tile off the air now: status `archived`; its live text stays
 * for a later republish, its draft stays a draft, a scheduled unpublish is
 * cleared. The version it had is kept as a revision first.
 * @throws AppError TILE_NOT_FOUND, TILE_STATE_CONFLICT (not published)
 */
export async function unpublishTile(ctx: StudioContext, layer: LayerId, key: string): Promise<TileDetail> {
  const id = await inTransaction(ctx.db, async (tx) => {
    const tile = await loadTile(tx, layer, key);
    if (tile.status !== 'published') throw new AppError('TILE_STATE_CONFLICT', { key, reason: 'it is not published' });
    const revision = await ensureBaselineRevision(tx, tile);
    await updateTileColumns(tx, tile.id, { status: 'archived', unpublishAt: null, scheduleProblem: null, updatedById: ctx.actorId });
    await auditTile(tx, ctx, tile, 'unpublished', { revision });
    return tile.id;
  }, 10_000);
  await ctx.changes?.notifyContentChanged([layer.id]);
  return tileDetail(await findEditableTileById(ctx.db, id) as EditableTile, ctx.now);
}
