import {
  findAddition,
  getTile,
  loadVisibleTiles,
  mergeAddition,
  resolveEntryPoint,
  type TileContent,
  type TileDetail,
  type VisibleContent,
  type VisibleTile,
} from '../content/index.ts';
import { isLanguage, type Language } from '../languages/index.ts';
import type { DbClient } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';

/**
 * The tile a preview shows, with its layers merged as a person entering
 * through a given entry point reads it: `live` is what people get now (the
 * published tile with the municipality's published local addition under
 * it); `draft` is what they will get once the pending changes are published
 * (the tile's draft, else its live text, with the local addition's draft,
 * else its published text). Access checks are the caller's (the staff API).
 */

export type PreviewVersion = 'live' | 'draft';

export interface PreviewTileQuery {
  /** The tile's layer (its owner organization). */
  layer: { id: string; slug: string };
  key: string;
  /** Where the person comes in: an entry point key (core/content entryPointKey). */
  entryKey: string;
  version: PreviewVersion;
  /**
   * With `draft`: whether the municipality's unpublished local addition is
   * shown (default yes). Say no when the caller may see the entry point but
   * not the municipality (an employer's editor trying their own entry code).
   */
  additionDraft?: boolean;
  now: Date;
}

export interface PreviewTile {
  tile: VisibleTile;
  /** Whether people entering there are answered from this tile now (published, subscribed, not hidden, layer active). */
  shown: boolean;
  /** The municipality's name (fixed texts name it). */
  organizationName: string;
  /** The languages the entry point offers. */
  languages: Language[];
}

/** The text per language, with each language's live link labels (a draft has none of its own; the chat falls back per link). */
const toContent = (content: Record<string, TileContent>, live: TileDetail['live']): Partial<Record<Language, VisibleContent>> =>
  Object.fromEntries(
    Object.entries(content)
      .filter(([lang]) => isLanguage(lang))
      .map(([lang, c]) => [lang, { title: c.title, body: c.body, examples: [...c.examples], linkLabels: [...(live?.content[lang]?.linkLabels ?? [])] }]),
  );

/** The tile's own text (no addition) in the requested version. */
function ownVersion(detail: TileDetail, version: PreviewVersion): Pick<VisibleTile, 'theme' | 'sensitive' | 'links' | 'content'> {
  const source = version === 'draft' ? (detail.draft ?? detail.live) : detail.live;
  if (!source) throw new AppError('TILE_STATE_CONFLICT', { key: detail.key, reason: 'it was never published: preview the draft' });
  return { theme: source.theme, sensitive: source.sensitive, links: source.links, content: toContent(source.content, detail.live) };
}

/**
 * @throws AppError ORGANIZATION_NOT_FOUND (entry point), TILE_NOT_FOUND,
 *   TILE_STATE_CONFLICT (live preview of a tile never published)
 */
export async function loadPreviewTile(db: DbClient, query: PreviewTileQuery): Promise<PreviewTile> {
  const { layer, key, entryKey, version } = query;
  const [detail, resolved, visible, tileRow] = await Promise.all([
    getTile(db, layer, key, query.now),
    resolveEntryPoint(db, entryKey),
    loadVisibleTiles(db, entryKey),
    db.tile.findUnique({ where: { organizationId_key: { organizationId: layer.id, key } }, select: { id: true } }),
  ]);
  if (!tileRow) throw new AppError('TILE_NOT_FOUND', { key });
  const seen = visible.find((t) => t.id === tileRow.id);
  const base = {
    organizationName: resolved.municipality.name,
    languages: resolved.languagesOf.enabledLanguages.filter(isLanguage),
  };
  // What people read now: the answer engine's own tile, layers merged by the visibility rule.
  if (version === 'live' && seen) return { ...base, tile: seen, shown: true };

  if (!isLanguage(detail.sourceLang)) throw new AppError('TILE_STATE_CONFLICT', { key, reason: `its source language "${detail.sourceLang}" is not supported` });
  const own = ownVersion(detail, version);
  const addition = await findAddition(db, resolved.entry.municipalityId, tileRow.id);
  const withDraft = version === 'draft' && query.additionDraft !== false;
  const texts = withDraft ? (addition?.draft ?? addition?.published) : addition?.published;
  const tile: VisibleTile = {
    id: tileRow.id,
    key,
    ownerSlug: layer.slug,
    sourceLang: detail.sourceLang,
    ...own,
    content: mergeAddition(own.content, addition && texts ? { sourceLang: addition.sourceLang, texts } : undefined),
  };
  return { ...base, tile, shown: Boolean(seen) };
}
