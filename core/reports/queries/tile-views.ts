import { Prisma } from '../../platform/db.ts';
import { protectRate } from '../disclosure.ts';
import { chatsStartedPerMonth } from './chats-started.ts';
import { publishTable, type Count, type PublishedTable, type ViewContext } from './published.ts';
import { countQuestions, tileFeedback, tileShows } from './question-counts.ts';
import type { ReportPeriod } from './report-query.ts';

/**
 * Views about tiles: the tiles with the lowest helpful rate per language (a
 * sign of a weak translation), an employer's or housing provider's own view
 * (its tiles' shows and the chats started through its codes, nothing about
 * the people who came in), and the national editor's view of national tiles
 * (asked for, weak, and what is missing: unanswered questions per language).
 */

/** A tile in one language with its helpful rate. */
export interface WeakTile {
  tile: string;
  /** Answers of this tile in this language that got feedback (published count). */
  rated: Count;
  /** Marked helpful / rated, 0..1. */
  helpfulRate: number;
}

export interface WeakTilesView {
  /** Per language, the tiles with the lowest helpful rate first (at most `limit` each). */
  languages: Array<{ language: string; tiles: WeakTile[] }>;
}

/** How many tiles per language the weak-tiles list names, by default. */
export const WEAK_TILES_PER_LANGUAGE = 5;

/**
 * The tiles with the lowest helpful rate per language. The rated counts are
 * one protected table (tile × language); a rate is shown only where the
 * rated count is published and both the helpful and the not-helpful answers
 * are at least k (protectRate), so no rate reveals a small number of people.
 */
export async function weakTilesView(ctx: ViewContext, options: { tileOwnerId?: string; limit?: number } = {}): Promise<WeakTilesView> {
  const { k } = ctx;
  const rows = await tileFeedback(ctx.db, ctx.where, options.tileOwnerId);
  const rated = publishTable(rows.map((r) => ({ tile: r.tile, language: r.language, count: r.rated })), ['tile', 'language'], k);
  const published = new Map(rated.cells.map((c) => [`${c.tile}\u0000${c.language}`, c.count]));
  const byLanguage = new Map<string, WeakTile[]>();
  for (const row of rows) {
    const count = published.get(`${row.tile}\u0000${row.language}`);
    if (typeof count !== 'number') continue;
    const helpful = protectRate(row.helpful, row.rated, k);
    const notHelpful = protectRate(row.rated - row.helpful, row.rated, k);
    if (helpful === null || notHelpful === null) continue;
    const list = byLanguage.get(row.language) ?? [];
    list.push({ tile: row.tile, rated: count, helpfulRate: Math.round(helpful * 1000) / 1000 });
    byLanguage.set(row.language, list);
  }
  const limit = options.limit ?? WEAK_TILES_PER_LANGUAGE;
  return {
    languages: [...byLanguage.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([language, tiles]) => ({
        language,
        tiles: tiles.sort((a, b) => a.helpfulRate - b.helpfulRate || a.tile.localeCompare(b.tile)).slice(0, limit),
      })),
  };
}

export interface LayerView {
  /** How often the layer's own tiles were shown, per tile (in every municipality where it is active). */
  tileShows: PublishedTable;
  /** Chats started through the layer's entry codes, per month (`YYYY-MM`). */
  chatsStarted: PublishedTable;
}

/**
 * An employer's or housing provider's own view: only the shows of its own
 * tiles and the chats started through its codes. Never themes, outcomes or
 * handoffs of the people who came in through them.
 */
export async function layerView(ctx: Omit<ViewContext, 'where'>, layerId: string, period: ReportPeriod): Promise<LayerView> {
  const [shows, chats] = await Promise.all([tileShows(ctx.db, layerId, { period }), chatsStartedPerMonth(ctx.db, layerId, period)]);
  const chatsStarted = publishTable(chats, ['month'], ctx.k);
  chatsStarted.cells.sort((a, b) => String(a.month).localeCompare(String(b.month)));
  return { tileShows: publishTable(shows, ['tile'], ctx.k), chatsStarted };
}

export interface NationalTilesView {
  /** How often each national tile was shown, in every municipality. */
  asked: PublishedTable;
  /** National tiles with the lowest helpful rate per language. */
  weak: WeakTilesView;
  /** What is missing: questions no tile answered, per language and theme, in every municipality. */
  missing: PublishedTable;
}

/** The national editor's view of the national tiles, across every municipality (`ctx.where` has scope all). */
export async function nationalTilesView(ctx: ViewContext, nationalId: string): Promise<NationalTilesView> {
  const [shows, weak, missing] = await Promise.all([
    tileShows(ctx.db, nationalId, { period: ctx.where.period, filters: ctx.where.filters }),
    weakTilesView(ctx, { tileOwnerId: nationalId }),
    countQuestions(ctx.db, ctx.where, ['language', 'theme'], Prisma.sql`outcome = 'unanswered'`),
  ]);
  return { asked: publishTable(shows, ['tile'], ctx.k), weak, missing: publishTable(missing, ['language', 'theme'], ctx.k) };
}
