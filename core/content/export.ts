import { SUPPORTED_LANGUAGES, type Language } from '../languages/index.ts';
import type { DbClient } from '../platform/db.ts';
import { loadLibrary, type StoredTile } from './library-repository.ts';
import { getOrganization } from './organization-repository.ts';
import { TILES_V1_FORMAT, type TileFileContent, type TileFileTile, type TileFileV1 } from './tiles-v1.ts';

/**
 * An organization's own tiles (every status) as a `tiles/v1` file, in library
 * order, with every stored language version. Importing the result changes
 * nothing. Fields at their import default are left out (`sensitive: false`,
 * `status: "published"`), so exporting an imported file gives the file back.
 *
 * `languages` lists the organization's enabled languages, then any other
 * language a tile has a version in.
 * @throws AppError ORGANIZATION_NOT_FOUND
 */
export async function exportTiles(db: DbClient, orgSlug: string): Promise<TileFileV1> {
  const org = await getOrganization(db, orgSlug);
  const library = await loadLibrary(db, org.id);

  const present = new Set(library.flatMap((t) => t.translations.map((tr) => tr.language)));
  const languages = [
    ...org.enabledLanguages,
    ...SUPPORTED_LANGUAGES.filter((l) => present.has(l) && !org.enabledLanguages.includes(l)),
  ];

  return {
    format: TILES_V1_FORMAT,
    organization: { slug: org.slug, name: org.name, kind: org.kind },
    languages: languages as TileFileV1['languages'],
    tiles: library.map((tile) => exportTile(tile, languages)),
  };
}

function exportTile(tile: StoredTile, languageOrder: readonly string[]): TileFileTile {
  const byLang = new Map(tile.translations.map((t) => [t.language, t]));
  const content: Record<string, TileFileContent> = {};
  for (const language of languageOrder) {
    const t = byLang.get(language);
    if (!t) continue;
    content[language] = {
      title: t.title, body: t.body, examples: [...t.examples],
      ...(t.linkLabels.length && language !== tile.sourceLang ? { linkLabels: [...t.linkLabels] } : {}),
      ...(t.origin === 'machine' ? { origin: 'machine' as const } : {}),
    };
  }
  return {
    key: tile.key,
    theme: tile.themeKey,
    sourceLang: tile.sourceLang as Language,
    content,
    links: tile.links,
    ...(tile.sensitive ? { sensitive: true } : {}),
    ...(tile.status !== 'published' ? { status: tile.status } : {}),
  };
}
