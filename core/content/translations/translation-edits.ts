import { isLanguage } from '../../languages/index.ts';
import type { DbClient } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { auditTile, type LayerId, type StudioContext } from '../library/studio-context.ts';
import { tileContentSchema } from '../tiles-v1.ts';
import { cellOf, languageState, sourceTextOf, textOf, type TranslationCell } from './translation-matrix.ts';
import type { TranslationProblem } from './translation-problems.ts';
import {
  currentHash, loadTranslationTiles, markChecked, setProblems, writeHumanText, type TranslationText, type TranslationTile,
} from './translation-repository.ts';
import { nextState, type TranslationAction, type TranslationState } from './translation-state.ts';

/**
 * People in the loop: a translator or editor writes a language of a tile in
 * place (it becomes human and current), or marks a machine text as checked.
 * Both ask the state machine first (translation-state.ts `nextState`) and
 * are refused with TRANSLATION_STATE_CONFLICT when it says no; both leave an
 * audit row and tell the answer engines. Access is the caller's business
 * (core/access `mayTranslateLayer`).
 */

/** One tile × language as the studio's translation editor opens it. */
export interface TranslationView {
  key: string;
  language: string;
  state: TranslationState;
  origin: 'source' | 'machine' | 'human' | null;
  source: TranslationText;
  /** The stored text in this language, null when there is none. */
  text: TranslationText | null;
  /** The human text a machine text replaced, kept as a suggestion. */
  suggestion: TranslationText | null;
  checkedAt: Date | null;
  problem: TranslationProblem | null;
}

/** A tile of the layer with live text, by key. @throws AppError TILE_NOT_FOUND, TRANSLATION_STATE_CONFLICT (never published) */
export async function findTranslationTile(db: DbClient, layer: LayerId, key: string, language = 'any language'): Promise<TranslationTile> {
  const [tile] = await loadTranslationTiles(db, layer.id, [key]);
  if (tile) return tile;
  const exists = await db.tile.findFirst({ where: { organizationId: layer.id, key }, select: { id: true } });
  if (!exists) throw new AppError('TILE_NOT_FOUND', { key });
  throw new AppError('TRANSLATION_STATE_CONFLICT', { key, language, reason: 'the tile has not been published yet' });
}

function checkLanguage(language: string): void {
  if (!isLanguage(language)) throw new AppError('UNKNOWN_LANGUAGE', { lang: language });
}

export function translationView(tile: TranslationTile, language: string): TranslationView {
  const { state, row } = languageState(tile, language);
  const cell: TranslationCell = cellOf(tile, language);
  const source = sourceTextOf(tile) ?? { title: '', body: '', examples: [], linkLabels: tile.links.map((l) => l.label) };
  return {
    key: tile.key, language, state, origin: row?.origin ?? null, source,
    text: row ? textOf(row) : null,
    suggestion: row?.suggestion ?? null,
    checkedAt: row?.checkedAt ?? null,
    problem: cell.problem ?? null,
  };
}

/** The state after `action`, or TRANSLATION_STATE_CONFLICT. */
export function transition(tile: TranslationTile, language: string, action: TranslationAction): TranslationState {
  const { state } = languageState(tile, language);
  const next = nextState(state, action);
  if ('refused' in next) throw new AppError('TRANSLATION_STATE_CONFLICT', { key: tile.key, language, reason: next.refused });
  if (currentHash(tile) === '') throw new AppError('TRANSLATION_STATE_CONFLICT', { key: tile.key, language, reason: 'the tile has no source text' });
  return next.state;
}

/**
 * Checks a person's text with the tiles' own rules (tiles-v1 tileContentSchema: lengths, no HTML or
 * javascript: links in the markdown) and that it has one link label per link of the tile.
 * @returns the problems, one per line (empty when the text is fine).
 */
export function translationTextProblems(tile: Pick<TranslationTile, 'links'>, text: TranslationText): string[] {
  const parsed = tileContentSchema.safeParse({ title: text.title, body: text.body, examples: text.examples, linkLabels: text.linkLabels });
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || 'text'}: ${i.message}`);
  if (text.linkLabels.length !== tile.links.length) {
    problems.push(`linkLabels: the tile has ${tile.links.length} link(s), so ${tile.links.length} label(s) are needed (got ${text.linkLabels.length})`);
  }
  return problems;
}

/** Trimmed as tiles store their text. */
export function normalizeText(text: TranslationText): TranslationText {
  return { title: text.title.trim(), body: text.body.trim(), examples: text.examples.map((e) => e.trim()), linkLabels: text.linkLabels.map((l) => l.trim()) };
}

/**
 * A translator or editor writes `language` of the tile in place: stored as human, made from the current
 * source, any open handout and recorded problem for the language cleared.
 * @throws AppError TILE_NOT_FOUND, UNKNOWN_LANGUAGE, TILE_INVALID, TRANSLATION_STATE_CONFLICT (the source language)
 */
export async function editTranslation(
  ctx: StudioContext, layer: LayerId, key: string, language: string, input: TranslationText,
): Promise<TranslationView> {
  checkLanguage(language);
  const tile = await findTranslationTile(ctx.db, layer, key, language);
  const text = normalizeText(input);
  transition(tile, language, 'edited');
  const problems = translationTextProblems(tile, text);
  if (problems.length > 0) throw new AppError('TILE_INVALID', { details: problems.join('\n') });
  const before = languageState(tile, language).state;
  await ctx.db.$transaction(async (tx) => {
    await writeHumanText(tx, tile, language, text, currentHash(tile));
    await auditTile(tx, ctx, tile, 'translation_edited', { language, from: before, to: 'human' });
  });
  await setProblems(ctx.db, tile.id, { [language]: undefined });
  await ctx.changes?.notifyContentChanged([layer.id]);
  return translationView(await findTranslationTile(ctx.db, layer, key), language);
}

/**
 * A person marks the machine text of `language` as checked (machine → machine_checked); the old human
 * suggestion is dropped.
 * @throws AppError TILE_NOT_FOUND, UNKNOWN_LANGUAGE, TRANSLATION_STATE_CONFLICT (nothing to check, stale, human, source)
 */
export async function markTranslationChecked(ctx: StudioContext, layer: LayerId, key: string, language: string): Promise<TranslationView> {
  checkLanguage(language);
  const tile = await findTranslationTile(ctx.db, layer, key, language);
  const before = languageState(tile, language).state;
  transition(tile, language, 'checked');
  await ctx.db.$transaction(async (tx) => {
    await markChecked(tx, tile.id, language, ctx.actorId, ctx.now);
    await auditTile(tx, ctx, tile, 'translation_checked', { language, from: before, to: 'machine_checked' });
  });
  await ctx.changes?.notifyContentChanged([layer.id]);
  return translationView(await findTranslationTile(ctx.db, layer, key), language);
}
