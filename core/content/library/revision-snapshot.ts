import type { TranslationOrigin } from '../library-repository.ts';
import type { TileContent, TileLink } from '../types.ts';
import type { TileDraft } from './tile-draft.ts';

/**
 * What a published revision keeps (the `tile_revisions.snapshot` JSON):
 * `{ themeKey, links, sensitive, sourceLang, content: { <lang>: { title, body, examples, origin } } }`.
 * Revisions, diffs and restores all read this one shape.
 */
export interface RevisionContent extends TileContent {
  origin: TranslationOrigin;
}

export interface RevisionSnapshot {
  themeKey: string;
  links: TileLink[];
  sensitive: boolean;
  sourceLang: string;
  content: Record<string, RevisionContent>;
}

/** The live tile as the studio compares it: its fields and its translation rows. */
export interface LiveTile {
  themeKey: string;
  links: TileLink[];
  sensitive: boolean;
  sourceLang: string;
  translations: ReadonlyArray<TileContent & { language: string; origin: TranslationOrigin }>;
}

const ORIGINS: readonly TranslationOrigin[] = ['source', 'machine', 'human'];

/** A snapshot of the live tile, languages in alphabetical order. */
export function snapshotOf(tile: LiveTile): RevisionSnapshot {
  const content: Record<string, RevisionContent> = {};
  for (const t of [...tile.translations].sort((a, b) => a.language.localeCompare(b.language))) {
    content[t.language] = { title: t.title, body: t.body, examples: [...t.examples], origin: t.origin };
  }
  return {
    themeKey: tile.themeKey,
    links: tile.links.map((l) => ({ label: l.label, url: l.url })),
    sensitive: tile.sensitive,
    sourceLang: tile.sourceLang,
    content,
  };
}

/** Reads a stored snapshot; unknown or malformed parts are left out rather than failing a history page. */
export function parseSnapshot(value: unknown): RevisionSnapshot {
  const s = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof RevisionSnapshot, unknown>>;
  const content: Record<string, RevisionContent> = {};
  if (typeof s.content === 'object' && s.content !== null) {
    for (const [lang, raw] of Object.entries(s.content)) {
      const t = raw as Partial<RevisionContent> | null;
      if (!t || typeof t.title !== 'string' || typeof t.body !== 'string') continue;
      content[lang] = {
        title: t.title,
        body: t.body,
        examples: Array.isArray(t.examples) ? t.examples.filter((e): e is string => typeof e === 'string') : [],
        origin: ORIGINS.includes(t.origin as TranslationOrigin) ? (t.origin as TranslationOrigin) : 'human',
      };
    }
  }
  const links = Array.isArray(s.links)
    ? (s.links as Array<Partial<TileLink> | null>).flatMap((l) => (l && typeof l.label === 'string' && typeof l.url === 'string' ? [{ label: l.label, url: l.url }] : []))
    : [];
  return {
    themeKey: typeof s.themeKey === 'string' ? s.themeKey : '',
    links,
    sensitive: s.sensitive === true,
    sourceLang: typeof s.sourceLang === 'string' ? s.sourceLang : 'en',
    content,
  };
}

/**
 * A revision as a new draft (restore): every language the revision had, so
 * publishing it brings back its translations too.
 */
export function draftFromSnapshot(snapshot: RevisionSnapshot): TileDraft {
  return {
    themeKey: snapshot.themeKey,
    links: snapshot.links.map((l) => ({ ...l })),
    sensitive: snapshot.sensitive,
    content: Object.fromEntries(Object.entries(snapshot.content).map(([lang, t]) => [lang, { title: t.title, body: t.body, examples: [...t.examples] }])),
  };
}

/** The snapshot's JSON for the database (plain objects). */
export function snapshotJson(snapshot: RevisionSnapshot): Record<string, unknown> {
  return { ...snapshot, links: snapshot.links.map((l) => ({ ...l })), content: { ...snapshot.content } };
}
