import { SUPPORTED_LANGUAGES } from '../../languages/index.ts';
import type { DbClient } from '../../platform/db.ts';
import type { TranslationProblem } from './translation-problems.ts';
import { currentHash, loadTranslationTiles, type TranslationRow, type TranslationText, type TranslationTile } from './translation-repository.ts';
import { translationState, type TranslationState } from './translation-state.ts';

/**
 * A layer's tile × language matrix, as the studio shows it: per tile and
 * language the state (computed from source hashes and open XLIFF handouts by
 * translation-state.ts), why a missing or stale language has no current text,
 * whether an old human text waits as a suggestion, and who made the text.
 * Read only.
 */

/** One tile × language. */
export interface TranslationCell {
  state: TranslationState;
  /** Who made the stored text (absent when there is none). */
  origin?: TranslationRow['origin'];
  /** Why a missing or stale language has no current text (DeepL off, over budget...), when a machine run said so. */
  problem?: TranslationProblem;
  /** An old human text kept beside a machine text that replaced it. */
  hasSuggestion: boolean;
  /** When a person checked the machine text. */
  checkedAt?: Date;
}

export interface MatrixTile {
  key: string;
  /** The title in the source language. */
  title: string;
  theme: string;
  sourceLang: string;
  cells: Record<string, TranslationCell>;
}

export interface TranslationMatrix {
  /** The columns: the organization's enabled languages and any a tile has, in core/languages order (or the one filtered for). */
  languages: string[];
  /** Per language, how many of the (theme-filtered) tiles are in each state; states with none are left out. */
  counts: Record<string, Partial<Record<TranslationState, number>>>;
  tiles: MatrixTile[];
}

export interface MatrixFilter {
  /** Only this language's column (shown even when no tile has it and the organization has not enabled it). */
  language?: string;
  /** Only tiles with a cell (of the shown languages) in this state: `{ language: 'pl', state: 'stale' }` is "everything stale in Polish". */
  state?: TranslationState;
  /** Only tiles of this theme (its key). */
  theme?: string;
}

/** The state of one tile × language, and the stored row it was computed from. */
export function languageState(tile: TranslationTile, language: string): { state: TranslationState; row?: TranslationRow } {
  const row = tile.rows.get(language);
  const state = translationState({
    isSource: language === tile.sourceLang,
    currentHash: currentHash(tile),
    handoutHash: tile.handouts.get(language),
    row: row && { origin: row.origin, sourceHash: row.sourceHash, checked: row.checkedAt !== null },
  });
  return { state, row };
}

/** The text of a stored row as people and XLIFF exchange it. */
export function textOf(row: TranslationText): TranslationText {
  return { title: row.title, body: row.body, examples: [...row.examples], linkLabels: [...row.linkLabels] };
}

/** The tile's source text, link labels from its links. */
export function sourceTextOf(tile: TranslationTile): TranslationText | undefined {
  const source = tile.rows.get(tile.sourceLang);
  return source && { title: source.title, body: source.body, examples: [...source.examples], linkLabels: tile.links.map((l) => l.label) };
}

export function cellOf(tile: TranslationTile, language: string): TranslationCell {
  const { state, row } = languageState(tile, language);
  const problem = state === 'missing' || state === 'stale' ? tile.problems[language] : undefined;
  return {
    state,
    ...(row ? { origin: row.origin } : {}),
    ...(problem ? { problem } : {}),
    hasSuggestion: row?.suggestion != null,
    ...(row?.checkedAt ? { checkedAt: row.checkedAt } : {}),
  };
}

/** The matrix's columns: enabled languages ∪ languages the tiles have or are out for, in core/languages order. */
export function matrixLanguages(enabled: readonly string[], tiles: readonly TranslationTile[]): string[] {
  const all = new Set<string>(enabled);
  for (const tile of tiles) for (const lang of [...tile.rows.keys(), ...tile.handouts.keys()]) all.add(lang);
  return SUPPORTED_LANGUAGES.filter((l) => all.has(l));
}

/** Builds the matrix of a layer's tiles (published or archived: those with live text). */
export async function translationMatrix(db: DbClient, organizationId: string, filter: MatrixFilter = {}): Promise<TranslationMatrix> {
  const org = await db.organization.findUnique({ where: { id: organizationId }, select: { enabledLanguages: true } });
  const loaded = await loadTranslationTiles(db, organizationId);
  const all = matrixLanguages(org?.enabledLanguages ?? [], loaded);
  const languages = filter.language ? [filter.language] : all;
  const themed = filter.theme ? loaded.filter((t) => t.themeKey === filter.theme) : loaded;
  const counts: TranslationMatrix['counts'] = {};
  const tiles: MatrixTile[] = [];
  for (const tile of themed) {
    const cells: Record<string, TranslationCell> = {};
    for (const lang of languages) {
      const cell = cellOf(tile, lang);
      cells[lang] = cell;
      const perLang = (counts[lang] ??= {});
      perLang[cell.state] = (perLang[cell.state] ?? 0) + 1;
    }
    if (filter.state && !Object.values(cells).some((c) => c.state === filter.state)) continue;
    tiles.push({ key: tile.key, title: tile.rows.get(tile.sourceLang)?.title ?? tile.key, theme: tile.themeKey, sourceLang: tile.sourceLang, cells });
  }
  for (const lang of languages) counts[lang] ??= {};
  return { languages, counts, tiles };
}
