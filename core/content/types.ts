import type { Language } from '../languages/index.ts';

/** One language version of a tile: what the migrant reads. Body is a small markdown subset. */
export interface TileContent {
  title: string;
  body: string;
  /** Example questions an editor wrote; they feed retrieval. */
  examples: string[];
}

/**
 * A tile's language version as the chat shows it: the text, and the labels
 * of the tile's links in that language (TileTranslation.linkLabels, same
 * order as `VisibleTile.links`; missing or blank: the source label is shown).
 */
export interface VisibleContent extends TileContent {
  linkLabels?: string[];
}

export interface TileLink {
  label: string;
  url: string;
}

/**
 * A published tile as the answer engine sees it: every available language
 * version, with the source language among them. Built by the content
 * repository from Tile + TileTranslation rows; the engine never touches the
 * database itself.
 */
export interface VisibleTile {
  /** Database id (cuid). */
  id: string;
  /** Stable key, unique within the owning organization. */
  key: string;
  /** Slug of the organization whose layer the tile belongs to. */
  ownerSlug: string;
  /** Theme key, e.g. `registration`. */
  theme: string;
  /** Sensitive tiles (exploitation, violence) always offer a person. */
  sensitive: boolean;
  sourceLang: Language;
  content: Partial<Record<Language, VisibleContent>>;
  links: TileLink[];
}
