import { writeAuditLog } from '../../content/audit-log.ts';
import { createTile, type ContentChangeNotifier, type TileDetail } from '../../content/library/index.ts';
import { auditTile } from '../../content/library/studio-context.ts';
import { inTransaction } from '../../content/transaction.ts';
import type { Db, DbClient } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { gapsInScope, resolveGaps, tileIdOf } from './gap-repository.ts';
import type { GapScope } from './gap-scope.ts';
import { appendLiveExample } from './tile-examples.ts';

/**
 * What an editor does with a group of content gaps (the ids the view
 * showed as one group): add the question as an example to a tile (the
 * engines answer the same kind of question with it at once), draft a new
 * tile with it, or dismiss it. Each marks the gaps with its status and the
 * moment, and leaves an audit row in the organization whose view it was
 * (`content_gap.added_as_example`, `content_gap.drafted`,
 * `content_gap.dismissed`; their `firstSeenAt` feeds gapResolutionDays).
 * No access rules here: the staff API asks core/access first.
 */

export interface GapActionContext {
  db: Db;
  actorId: string;
  now: Date;
  /** Told after an example was added, so every process's answer engines rebuild (core/answers ContentChanges fits). */
  changes?: ContentChangeNotifier;
}

/** The view acted in: its scope and the organization whose audit log gets the row. */
export interface GapView {
  scope: GapScope;
  organizationId: string;
}

/** What every action answers. */
export interface GapActionResult {
  /** Gaps marked (those still open). */
  gaps: number;
  status: 'added_as_example' | 'drafted' | 'dismissed';
  /** The tile (its layer's id and slug); `added` false when it already had the example. */
  tile?: { key: string; layerId: string; layer: string; added?: boolean };
}

const MAX_EXAMPLE = 500;

/** The open gaps of `ids` in the view's scope, with their common language and first appearance. */
async function openGroup(db: DbClient, view: GapView, ids: readonly string[]): Promise<{ ids: string[]; language: string; firstSeen: Date; example: string }> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw new AppError('VALIDATION_FAILED', { details: 'gapIds: at least one is needed' });
  const rows = await gapsInScope(db, view.scope, unique);
  if (rows.length !== unique.length) throw new AppError('NOT_FOUND', { what: 'Content gap' });
  if (rows.some((r) => r.status !== 'open')) throw new AppError('CONTENT_GAP_CONFLICT', { reason: 'someone already acted on these questions; reload the list' });
  const languages = new Set(rows.map((r) => r.language));
  if (languages.size > 1) throw new AppError('VALIDATION_FAILED', { details: 'gapIds: the questions are in more than one language' });
  const sorted = rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return { ids: unique, language: sorted[0].language, firstSeen: sorted[0].createdAt, example: sorted[0].text };
}

/** The example text an editor chose (default: the group's), checked like a tile's example question. */
function exampleText(text: string | undefined, fallback: string): string {
  const value = (text ?? fallback).replace(/\s+/g, ' ').trim();
  if (value.length === 0 || value.length > MAX_EXAMPLE) throw new AppError('VALIDATION_FAILED', { details: `text: 1 to ${MAX_EXAMPLE} characters` });
  if (/<\/?[a-z][a-z0-9-]*[\s/>]|<!--/i.test(value)) throw new AppError('VALIDATION_FAILED', { details: 'text: HTML is not allowed' });
  return value;
}

async function audit(db: DbClient, ctx: GapActionContext, view: GapView, action: string, groupId: string, data: Record<string, unknown>): Promise<void> {
  await writeAuditLog(db, {
    actor: `user:${ctx.actorId}`, organizationId: view.organizationId, action: `content_gap.${action}`, entityType: 'content_gap', entityId: groupId, data,
  });
}

async function mark(tx: DbClient, ids: string[], status: GapActionResult['status'], tileKey: string | null, now: Date): Promise<number> {
  const marked = await resolveGaps(tx, ids, status, tileKey, now);
  if (marked !== ids.length) throw new AppError('CONTENT_GAP_CONFLICT', { reason: 'someone already acted on these questions; reload the list' });
  return marked;
}

/**
 * Adds the group's question (or the editor's wording of it) as an example
 * question to a published tile, in the questions' language, and tells the
 * answer engines.
 * @throws AppError NOT_FOUND, CONTENT_GAP_CONFLICT, VALIDATION_FAILED, TILE_NOT_FOUND, TILE_STATE_CONFLICT
 */
export async function addGapsAsExample(
  ctx: GapActionContext, view: GapView, input: { gapIds: readonly string[]; layerId: string; tileKey: string; text?: string },
): Promise<GapActionResult> {
  const result = await inTransaction(ctx.db, async (tx) => {
    const group = await openGroup(tx, view, input.gapIds);
    const text = exampleText(input.text, group.example);
    const example = await appendLiveExample(tx, { layerId: input.layerId, key: input.tileKey, language: group.language, text }, ctx.actorId);
    const gaps = await mark(tx, group.ids, 'added_as_example', example.key, ctx.now);
    await audit(tx, ctx, view, 'added_as_example', group.ids[0], {
      gaps, language: group.language, firstSeenAt: group.firstSeen.toISOString(), tileId: example.tileId, tileKey: example.key, layerId: example.organizationId,
    });
    if (example.added) await auditTile(tx, ctx, { id: example.tileId, key: example.key, organizationId: example.organizationId }, 'example_added', { language: group.language, fromContentGaps: gaps });
    return { gaps, example };
  }, 15_000);
  if (result.example.added) await ctx.changes?.notifyContentChanged([result.example.organizationId]);
  return { gaps: result.gaps, status: 'added_as_example', tile: { key: result.example.key, layerId: result.example.organizationId, layer: result.example.layer, added: result.example.added } };
}

/**
 * Drafts a new tile in the view's own layer with the group's question as its
 * example question, in the questions' language (the editor writes the title
 * and text; it goes live when they publish it).
 * @throws AppError NOT_FOUND, CONTENT_GAP_CONFLICT, VALIDATION_FAILED, TILE_INVALID, TILE_KEY_TAKEN
 */
export async function draftTileFromGaps(
  ctx: GapActionContext, view: GapView, layer: { id: string; slug: string },
  input: { gapIds: readonly string[]; key: string; theme: string; title: string; body: string; text?: string },
): Promise<GapActionResult & { detail: TileDetail }> {
  const group = await openGroup(ctx.db, view, input.gapIds);
  const text = exampleText(input.text, group.example);
  const detail = await createTile({ db: ctx.db, actorId: ctx.actorId, now: ctx.now }, layer, {
    key: input.key, theme: input.theme, sourceLang: group.language, links: [],
    content: { [group.language]: { title: input.title, body: input.body, examples: [text] } },
  });
  const tileId = await tileIdOf(ctx.db, layer.id, detail.key);
  const gaps = await inTransaction(ctx.db, async (tx) => {
    const marked = await resolveGaps(tx, group.ids, 'drafted', input.key, ctx.now);
    await audit(tx, ctx, view, 'drafted', group.ids[0], {
      gaps: marked, language: group.language, firstSeenAt: group.firstSeen.toISOString(), tileId, tileKey: input.key, layerId: layer.id,
    });
    return marked;
  }, 15_000);
  return { gaps, status: 'drafted', tile: { key: input.key, layerId: layer.id, layer: layer.slug }, detail };
}

/** Dismisses the group: nothing to add (spam, a question for a person, already answered elsewhere). */
export async function dismissGaps(ctx: GapActionContext, view: GapView, input: { gapIds: readonly string[] }): Promise<GapActionResult> {
  const gaps = await inTransaction(ctx.db, async (tx) => {
    const group = await openGroup(tx, view, input.gapIds);
    const marked = await mark(tx, group.ids, 'dismissed', null, ctx.now);
    await audit(tx, ctx, view, 'dismissed', group.ids[0], { gaps: marked, language: group.language, firstSeenAt: group.firstSeen.toISOString() });
    return marked;
  }, 15_000);
  return { gaps, status: 'dismissed' };
}
