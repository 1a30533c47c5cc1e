import type { NewTile, NewTranslation, StoredTile, StoredTranslation, TilePatch, TileStatus } from './library-repository.ts';
import { tileContents, type TileFileContent, type TileFileTile, type TileFileV1 } from './tiles-v1.ts';
import type { TileLink } from './types.ts';
import { sourceHashOf } from './translations/source-hash.ts';

/**
 * What an import changes, worked out in memory from the validated file and
 * the organization's stored library, so the transaction only writes.
 *
 * Rules: a tile's `version` goes up when its source-language text (title,
 * body or examples) or its source language changes. The source text is
 * stored with origin `source`; a supplied translation whose text differs from
 * the stored one becomes origin `human`, made from the current version. A
 * translation supplied unchanged keeps its origin and version, so a human
 * translation the file did not update turns stale when the source moved on.
 * Languages the file does not mention are left alone.
 */
export interface ImportPlan {
  /** Tiles to insert, each with its translations (tile ids are assigned on insert). */
  newTiles: Array<{ tile: Omit<NewTile, 'organizationId'>; translations: Array<Omit<NewTranslation, 'tileId'>> }>;
  tileUpdates: Array<{ id: string; key: string; patch: TilePatch }>;
  /** Stored translation rows that `changedTranslations` replace. */
  replacedTranslationIds: string[];
  /** New or changed translations of existing tiles. */
  changedTranslations: NewTranslation[];
  /** Tiles whose rows carry a hash written before real hashes (same text): re-stamp rows made from `from` with `to`. */
  restamps: Array<{ tileId: string; from: string; to: string }>;
  created: number;
  updated: number;
  unchanged: number;
}

const DEFAULT_STATUS: TileStatus = 'published';

/** Same text; link labels compared only when the file gives them (a file without them keeps the stored ones). */
function sameText(a: TileFileContent, b: StoredTranslation): boolean {
  const labels = a.linkLabels;
  return a.title === b.title && a.body === b.body
    && a.examples.length === b.examples.length && a.examples.every((e, i) => e === b.examples[i])
    && (!labels || (labels.length === b.linkLabels.length && labels.every((l, i) => l === b.linkLabels[i])));
}

/** The hash of the file's source text: every translation the file supplies counts as made from it. */
function fileSourceHash(tile: TileFileTile): string {
  return sourceHashOf(tile.content[tile.sourceLang], tile.links.map((l) => l.label));
}

/** A translation row from the file: the source text, or a translation (human unless the file says machine). */
function fileRow(tile: TileFileTile, language: string, text: TileFileContent, version: number, sourceHash: string, storedLabels: string[] = []) {
  const isSource = language === tile.sourceLang;
  return {
    language,
    title: text.title,
    body: text.body,
    examples: [...text.examples],
    linkLabels: isSource ? tile.links.map((l) => l.label) : [...(text.linkLabels ?? storedLabels)],
    origin: isSource ? 'source' as const : text.origin ?? 'human',
    sourceVersion: version,
    sourceHash,
    checkedAt: null,
  };
}

function sameLabels(a: TileLink[], b: TileLink[]): boolean {
  return a.length === b.length && a.every((l, i) => l.label === b[i].label);
}

function sameLinks(a: TileLink[], b: TileLink[]): boolean {
  return a.length === b.length && a.every((l, i) => l.label === b[i].label && l.url === b[i].url);
}

/** The tile columns a file sets (everything but version). */
function tileFields(tile: TileFileTile, index: number, themeId: string) {
  return {
    themeId,
    sourceLang: tile.sourceLang,
    status: tile.status ?? DEFAULT_STATUS,
    sortOrder: index,
    links: tile.links,
    sensitive: tile.sensitive ?? false,
  };
}

function planNewTile(tile: TileFileTile, index: number, themeId: string): ImportPlan['newTiles'][number] {
  return {
    tile: { key: tile.key, version: 1, ...tileFields(tile, index, themeId) },
    translations: tileContents(tile).map(([language, text]) => fileRow(tile, language, text, 1, fileSourceHash(tile))),
  };
}

/** The changes to one stored tile; `null` when the file matches it exactly. */
function planExistingTile(
  tile: TileFileTile,
  index: number,
  themeId: string,
  stored: StoredTile,
): { patch: TilePatch | null; replaced: string[]; rows: NewTranslation[]; restampFrom?: { from: string; to: string } } {
  const byLang = new Map(stored.translations.map((t) => [t.language, t]));
  const source = byLang.get(tile.sourceLang);
  const sourceText = tile.content[tile.sourceLang];
  const hash = fileSourceHash(tile);
  const sourceChanged = stored.sourceLang !== tile.sourceLang || !source || !sameText(sourceText, source)
    || !sameLabels(stored.links, tile.links);
  // Rows hashed before hashes existed ("v3"): same text, so the rows made from it are re-stamped with the real hash.
  const restampFrom = !sourceChanged && source && source.sourceHash !== hash ? source.sourceHash : undefined;
  const version = sourceChanged ? stored.version + 1 : stored.version;

  const fields = tileFields(tile, index, themeId);
  const patch: TilePatch = {};
  if (sourceChanged) patch.version = version;
  if (stored.themeKey !== tile.theme) patch.themeId = fields.themeId;
  if (stored.sourceLang !== fields.sourceLang) patch.sourceLang = fields.sourceLang;
  if (stored.status !== fields.status) patch.status = fields.status;
  if (stored.sortOrder !== fields.sortOrder) patch.sortOrder = fields.sortOrder;
  if (stored.sensitive !== fields.sensitive) patch.sensitive = fields.sensitive;
  if (!sameLinks(stored.links, fields.links)) patch.links = fields.links;

  const replaced: string[] = [];
  const rows: NewTranslation[] = [];
  for (const [language, text] of tileContents(tile)) {
    const current = byLang.get(language);
    const isSource = language === tile.sourceLang;
    const upToDate = current && sameText(isSource ? { ...text, linkLabels: undefined } : text, current)
      && (isSource ? current.origin === 'source' && !sourceChanged : current.origin !== 'source' && current.origin === (text.origin ?? current.origin));
    if (upToDate) continue;
    if (current) replaced.push(current.id);
    rows.push({ tileId: stored.id, ...fileRow(tile, language, text, version, hash, current?.linkLabels) });
  }
  return { patch: Object.keys(patch).length ? patch : null, replaced, rows, restampFrom: restampFrom ? { from: restampFrom, to: hash } : undefined };
}

/**
 * Compares a validated file with the organization's stored tiles.
 * @param themeIds theme ids by key; every theme in the file must be present.
 */
export function planImport(file: TileFileV1, stored: readonly StoredTile[], themeIds: ReadonlyMap<string, string>): ImportPlan {
  const storedByKey = new Map(stored.map((t) => [t.key, t]));
  const plan: ImportPlan = {
    newTiles: [], tileUpdates: [], replacedTranslationIds: [], changedTranslations: [], restamps: [],
    created: 0, updated: 0, unchanged: 0,
  };
  file.tiles.forEach((tile, index) => {
    const themeId = themeIds.get(tile.theme);
    if (!themeId) throw new Error(`planImport: theme "${tile.theme}" has no id`);
    const current = storedByKey.get(tile.key);
    if (!current) {
      plan.newTiles.push(planNewTile(tile, index, themeId));
      plan.created += 1;
      return;
    }
    const { patch, replaced, rows, restampFrom } = planExistingTile(tile, index, themeId, current);
    if (restampFrom) plan.restamps.push({ tileId: current.id, ...restampFrom });
    if (patch) plan.tileUpdates.push({ id: current.id, key: current.key, patch });
    plan.replacedTranslationIds.push(...replaced);
    plan.changedTranslations.push(...rows);
    if (patch || rows.length) plan.updated += 1;
    else plan.unchanged += 1;
  });
  return plan;
}
