import { describe, expect, it } from 'vitest';
import { isAppError } from '../platform/errors.ts';
import { buildTile, buildTileFile, loadFixture } from '../../tests/support/factories.ts';
import { DEFAULT_THEMES } from './default-themes.ts';
import { parseTileFile, validateTileFile } from './tiles-v1.ts';

const context = { themes: DEFAULT_THEMES.map((t) => t.key) };

/** The problems reported for `input`; fails the test when the file is valid. */
function problemsOf(input: unknown): string[] {
  const result = validateTileFile(input, context);
  if (result.ok) throw new Error('expected the file to be invalid');
  return result.problems;
}

/** A valid file whose tile `index` is changed by `edit` (the key stays `k<index>`). */
function fileWithTile(index: number, edit: (tile: Record<string, any>) => void): unknown {
  const file = buildTileFile({ tiles: [buildTile({ key: 'k0' }), buildTile({ key: 'k1' }), buildTile({ key: 'k2' })] });
  edit(file.tiles[index] as Record<string, any>);
  return file;
}

describe('validateTileFile', () => {
  it('accepts the fixture and fills in defaults', () => {
    const result = validateTileFile(loadFixture('tiles-small.json'), context);
    expect(result.ok).toBe(true);

    const file = buildTileFile({ tiles: [buildTile({ key: 'bare' })] }) as any;
    delete file.tiles[0].links;
    delete file.tiles[0].content.pl.examples;
    const bare = validateTileFile(file, context);
    expect(bare.ok && bare.file.tiles[0]).toMatchObject({ links: [], content: { pl: { examples: [] } } });
  });

  it('names the tile by index and key, and the field', () => {
    expect(problemsOf(fileWithTile(1, (t) => delete t.content.pl.title))).toEqual(['tiles[1] "k1": content.pl.title: required']);
    expect(problemsOf(fileWithTile(2, (t) => (t.content.en.body = '  ')))).toEqual(['tiles[2] "k2": content.en.body: must not be empty']);
    expect(problemsOf(fileWithTile(0, (t) => (t.links = [{ label: 'x', url: 'ftp://example.org' }])))).toEqual([
      'tiles[0] "k0": links[0].url: must be an http(s) URL',
    ]);
  });

  it('names a tile by index alone when its key is unusable', () => {
    expect(problemsOf(fileWithTile(1, (t) => delete t.key))).toEqual(['tiles[1]: key: required']);
    expect(problemsOf(fileWithTile(1, (t) => (t.key = 'Bad Key')))[0]).toMatch(/^tiles\[1\] "Bad Key": key: must be lowercase/);
  });

  it('checks the format, organization and languages', () => {
    expect(problemsOf(buildTileFile({ format: 'tiles/v2' as 'tiles/v1' }))).toEqual(['format: must be "tiles/v1"']);
    const noKind = buildTileFile() as any;
    delete noKind.organization.kind;
    expect(problemsOf(noKind)).toEqual(['organization.kind: required']);
    expect(problemsOf(buildTileFile({ languages: ['en', 'xx' as 'en', 'pl', 'ro'] }))).toEqual([
      'languages[1]: "xx" is not a supported language',
    ]);
    expect(problemsOf(null)).toEqual(['must be an object']);
    expect(problemsOf(fileWithTile(0, (t) => (t.status = 'live')))).toEqual([
      'tiles[0] "k0": status: must be one of: draft, published, archived',
    ]);
  });

  it('rejects an unknown theme', () => {
    expect(problemsOf(fileWithTile(0, (t) => (t.theme = 'parking')))).toEqual([
      expect.stringMatching(/^tiles\[0\] "k0": theme: unknown theme "parking" \(known: abuse, family, /),
    ]);
  });

  it('rejects a key used twice', () => {
    expect(problemsOf(fileWithTile(2, (t) => (t.key = 'k0')))).toEqual(['tiles[2] "k0": key: duplicate key, also used by tiles[0]']);
  });

  it('requires content in the source language, listed in languages', () => {
    expect(problemsOf(fileWithTile(1, (t) => delete t.content.en))).toEqual([
      'tiles[1] "k1": content.en: required (the source language "en")',
    ]);
    expect(problemsOf(fileWithTile(1, (t) => (t.sourceLang = 'nl')))).toEqual([
      'tiles[1] "k1": sourceLang: "nl" is not listed in "languages"',
      'tiles[1] "k1": content.nl: required (the source language "nl")',
    ]);
  });

  it('rejects unsupported and unlisted content languages', () => {
    expect(problemsOf(fileWithTile(0, (t) => (t.content.xx = t.content.pl)))).toEqual([
      'tiles[0] "k0": content.xx: "xx" is not a supported language',
    ]);
    expect(problemsOf(fileWithTile(0, (t) => (t.content.nl = t.content.pl)))).toEqual([
      'tiles[0] "k0": content.nl: "nl" is not listed in "languages"',
    ]);
  });

  it('enforces the size limits', () => {
    expect(problemsOf(fileWithTile(0, (t) => (t.content.en.title = 'x'.repeat(201))))).toEqual([
      'tiles[0] "k0": content.en.title: must be at most 200 characters',
    ]);
    expect(problemsOf(fileWithTile(0, (t) => (t.content.ro.body = 'x'.repeat(8001))))).toEqual([
      'tiles[0] "k0": content.ro.body: must be at most 8000 characters',
    ]);
    expect(problemsOf(fileWithTile(0, (t) => (t.content.en.examples = Array.from({ length: 21 }, (_, i) => `q${i}`))))).toEqual([
      'tiles[0] "k0": content.en.examples: at most 20 examples',
    ]);
    expect(validateTileFile(fileWithTile(0, (t) => (t.content.en.body = 'x'.repeat(8000))), context).ok).toBe(true);
  });

  it('rejects script, iframe and event handlers, and allows plain markdown', () => {
    expect(problemsOf(fileWithTile(1, (t) => (t.content.pl.body = 'Hi <script>alert(1)</script>')))).toEqual([
      'tiles[1] "k1": content.pl.body: contains a <script> tag (HTML is not allowed, use markdown)',
    ]);
    expect(problemsOf(fileWithTile(1, (t) => (t.content.en.title = '<IFRAME src="x">')))).toEqual([
      'tiles[1] "k1": content.en.title: contains an <iframe> tag (HTML is not allowed, use markdown)',
    ]);
    expect(problemsOf(fileWithTile(1, (t) => (t.content.en.body = '<img src=x onerror=alert(1)>')))[0]).toContain(
      'content.en.body: contains an HTML event handler',
    );
    expect(problemsOf(fileWithTile(1, (t) => (t.content.en.body = '[click](javascript:alert(1))')))).toEqual([
      'tiles[1] "k1": content.en.body: contains a javascript: link',
    ]);
    const markdown = '**Open** Mon = 9-17, see [the site](https://example.org) and `code`.\n\n- one\n- two';
    expect(validateTileFile(fileWithTile(1, (t) => (t.content.en.body = markdown)), context).ok).toBe(true);
  });

  it('reports every problem at once', () => {
    const file = fileWithTile(0, (t) => (t.theme = 'nope')) as any;
    delete file.tiles[2].content.ro.body;
    expect(problemsOf(file)).toHaveLength(1);
    file.tiles[2].content.ro.body = 'fixed';
    file.tiles[1].key = 'k0';
    expect(problemsOf(file)).toHaveLength(2);
  });
});

describe('parseTileFile', () => {
  it('throws IMPORT_INVALID listing the problems, one per line', () => {
    let thrown: unknown;
    try {
      parseTileFile(fileWithTile(1, (t) => ((t.theme = 'nope'), delete t.content.en)), context);
    } catch (err) {
      thrown = err;
    }
    expect(isAppError(thrown, 'IMPORT_INVALID')).toBe(true);
    const lines = (thrown as Error).message.split('\n');
    expect(lines[0]).toBe('Import rejected, nothing was changed:');
    expect(lines.slice(1)).toEqual([
      expect.stringContaining('tiles[1] "k1": theme: unknown theme "nope"'),
      'tiles[1] "k1": content.en: required (the source language "en")',
    ]);
  });
});
