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
  private readonly byKind = new Map<CrisisKind, number[]>();

  constructor(tiles: readonly VisibleTile[]) {
    const ranked = new Map<CrisisKind, Array<{ tile: number; rank: number }>>(CRISIS_KINDS.map((k) => [k, []]));
    tiles.forEach((tile, i) => {
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
      for (const [kind, rank] of found) ranked.get(kind)!.push({ tile: i, rank });
    });
    for (const [kind, list] of ranked) {
      this.byKind.set(kind, list.sort((a, b) => b.rank - a.rank || a.tile - b.tile).map((e) => e.tile));
    }
  }

  /** Indexes of the tiles that fit `kind`, the best fit first; empty when none does. */
  fitting(kind: CrisisKind): readonly number[] {
    return this.byKind.get(kind) ?? [];
  }
}
