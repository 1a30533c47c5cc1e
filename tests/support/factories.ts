import { readFileSync } from 'node:fs';
import type { TileFileContent, TileFileTile, TileFileV1 } from '../../core/content/index.ts';
import type { Language } from '../../core/languages/index.ts';

/**
 * Builders for test data: valid by default, every field overridable. Tests
 * that need an invalid file build a valid one and break one field.
 */

let sequence = 0;

/** One language version of a tile, its text tagged with the language. */
export function buildTileContent(language: string, key: string, overrides: Partial<TileFileContent> = {}): TileFileContent {
  return {
    title: `${key} title (${language})`,
    body: `The **${key}** answer in ${language}.`,
    examples: [`question about ${key} in ${language}?`],
    ...overrides,
  };
}

/** A tile with content in `languages` (default en, pl, ro); the key is unique per call unless given. */
export function buildTile(overrides: Partial<TileFileTile> & { languages?: Language[] } = {}): TileFileTile {
  const { languages = ['en', 'pl', 'ro'], ...rest } = overrides;
  sequence += 1;
  const key = rest.key ?? `tile-${sequence}`;
  return {
    key,
    theme: 'practical',
    sourceLang: 'en',
    content: Object.fromEntries(languages.map((l) => [l, buildTileContent(l, key)])),
    links: [{ label: `About ${key}`, url: `https://example.org/${key}` }],
    ...rest,
  };
}

/** A `tiles/v1` file for the municipality `testdorp` with two tiles in en, pl and ro. */
export function buildTileFile(overrides: Partial<TileFileV1> = {}): TileFileV1 {
  return {
    format: 'tiles/v1',
    organization: { slug: 'testdorp', name: 'Gemeente Testdorp', kind: 'municipality' },
    languages: ['en', 'pl', 'ro'],
    tiles: [buildTile({ theme: 'registration' }), buildTile({ theme: 'work' })],
    ...overrides,
  };
}

/** Path of a file in tests/fixtures. */
export function fixturePath(name: string): string {
  return new URL(`../fixtures/${name}`, import.meta.url).pathname;
}

/** A fresh copy of a JSON fixture. */
export function loadFixture(name: string): TileFileV1 {
  return JSON.parse(readFileSync(fixturePath(name), 'utf8')) as TileFileV1;
}
