import type { NewTile, NewTranslation, StoredTile, StoredTranslation, TilePatch, TileStatus } from './library-repository.ts';
import { tileContents, type TileFileContent, type TileFileTile, type TileFileV1 } from './tiles-v1.ts';
import type { TileLink } from './types.ts';

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
  created: number;
  updated: number;
  unchanged: number;
}

const DEFAULT_STATUS: TileStatus = 'published';

function sameText(a: TileFileContent, b: StoredTranslation): boolean {
  return a.title === b.title && a.body === b.body
    && a.examples.length === b.examples.length && a.examples.every((e, i) => e === b.examples[i]);
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
    translations: tileContents(tile).map(([language, text]) => ({
      language,
      ...text,
      origin: language === tile.sourceLang ? 'source' : 'human',
      sourceVersion: 1,
    })),
  };
}

/** The changes to one stored tile; `null` when the file matches it exactly. */
function planExistingTile(
  tile: TileFileTile,
  index: number,
  themeId: string,
  stored: StoredTile,
): { patch: TilePatch | null; replaced: string[]; rows: NewTranslation[] } {
  const byLang = new Map(stored.translations.map((t) => [t.language, t]));
  const source = byLang.get(tile.sourceLang);
  const sourceText = tile.content[tile.sourceLang];
  const sourceChanged = stored.sourceLang !== tile.sourceLang || !source || !sameText(sourceText, source);
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
    const upToDate = current && sameText(text, current)
      && (isSource ? current.origin === 'source' && current.sourceVersion === version : current.origin !== 'source');
    if (upToDate) continue;
    if (current) replaced.push(current.id);
    rows.push({
      tileId: stored.id,
      language,
      ...text,
      origin: isSource ? 'source' : 'human',
      sourceVersion: version,
    });
  }
  return { patch: Object.keys(patch).length ? patch : null, replaced, rows };
}

/**
 * Compares a validated file with the organization's stored tiles.
 * @param themeIds theme ids by key; every theme in the file must be present.
 */
export function planImport(file: TileFileV1, stored: readonly StoredTile[], themeIds: ReadonlyMap<string, string>): ImportPlan {
  const storedByKey = new Map(stored.map((t) => [t.key, t]));
  const plan: ImportPlan = {
    newTiles: [], tileUpdates: [], replacedTranslationIds: [], changedTranslations: [],
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
    const { patch, replaced, rows } = planExistingTile(tile, index, themeId, current);
    if (patch) plan.tileUpdates.push({ id: current.id, key: current.key, patch });
    plan.replacedTranslationIds.push(...replaced);
    plan.changedTranslations.push(...rows);
    if (patch || rows.length) plan.updated += 1;
    else plan.unchanged += 1;
  });
  return plan;
}
