import type { VisibleTile } from '../content/types.ts';
import { CRISIS_KINDS, crisisTopics, type CrisisKind } from '../safety/index.ts';

/**
 * Which tiles fit which kind of crisis, worked out once per library: a tile
 * fits a kind when its title or example questions name the help for it
 * ("Emergency numbers", "Veilig Thuis", "Report exploitation") or describe
 * that kind of danger themselves ("My boss keeps my passport"). Read from
 * the tile's source language and English, where editors write these words;
 * the body is not read (a tile about discrimination mentions violence in
 * passing, and is no tile for it).
 */
export class CrisisTiles {
  private byKind?: Map<CrisisKind, number[]>;

  /** Read on `prepare` or the first urgent message: at national scale most engines are never warmed up, and reading costs per tile. */
  constructor(private readonly tiles: readonly VisibleTile[]) {}

  private rank(tiles: readonly VisibleTile[]): Map<CrisisKind, number[]> {
    const byKind = new Map<CrisisKind, number[]>();
    const ranked = new Map<CrisisKind, Array<{ tile: number; rank: number }>>(CRISIS_KINDS.map((k) => [k, []]));
    tiles.forEach((tile, i) => {
      for (const [kind, rank] of crisisFit(tile)) ranked.get(kind)!.push({ tile: i, rank });
    });
    for (const [kind, list] of ranked) {
      byKind.set(kind, list.sort((a, b) => b.rank - a.rank || a.tile - b.tile).map((e) => e.tile));
    }
    return byKind;
  }

  /**
   * Reads the tiles now (an engine that is warmed up does, so its first urgent message is as fast as later ones).
   * @returns whether they were read now (false: read before)
   */
  prepare(): boolean {
    if (this.byKind) return false;
    this.byKind = this.rank(this.tiles);
    return true;
  }

  /** Indexes of the tiles that fit `kind`, the best fit first; empty when none does. */
  fitting(kind: CrisisKind): readonly number[] {
    this.prepare();
    return this.byKind!.get(kind) ?? [];
  }
}

/**
 * The crisis kinds one tile fits, with their rank, remembered per tile id and
 * the text they were read from: engines rebuilt on a content change (every
 * engine that shows a changed library, at national scale hundreds) mostly
 * see the same tiles again. Bounded: forgotten wholesale past the limit.
 */
const fitOfTile = new Map<string, { text: string; fit: ReadonlyMap<CrisisKind, number> }>();
const FIT_MEMO_LIMIT = 50_000;

function crisisFit(tile: VisibleTile): ReadonlyMap<CrisisKind, number> {
  const text = [tile.sourceLang, 'en' as const].flatMap((lang) => {
    const content = tile.content[lang];
    return content ? [content.title, ...content.examples] : [];
  }).join('\u0000');
  const memo = fitOfTile.get(tile.id);
  if (memo?.text === text) return memo.fit;
  const fit = computeCrisisFit(tile);
  if (fitOfTile.size >= FIT_MEMO_LIMIT) fitOfTile.clear();
  fitOfTile.set(tile.id, { text, fit });
  return fit;
}

function computeCrisisFit(tile: VisibleTile): Map<CrisisKind, number> {
  const found = new Map<CrisisKind, number>();
  for (const lang of new Set([tile.sourceLang, 'en' as const])) {
    const content = tile.content[lang];
    if (!content) continue;
    // The title names the help (rank 2); an example describes the danger (rank 1).
    for (const kind of crisisTopics(content.title)) found.set(kind, 2);
  }
  // A tile whose title names the help for one kind is that kind's tile: an example that mentions
  // another danger ("he hits me right now") does not make the domestic-violence tile the one for a fire.
  if (found.size === 0) {
    for (const lang of new Set([tile.sourceLang, 'en' as const])) {
      for (const example of tile.content[lang]?.examples ?? []) {
        for (const kind of crisisTopics(example)) if (!found.has(kind)) found.set(kind, 1);
      }
    }
  }
  return found;
}
