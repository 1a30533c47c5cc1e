import { describe, expect, it } from 'vitest';
import { publishedTile, useTranslationsWorld, type Client } from './translations-api-world.ts';

/**
 * XLIFF 2.0 through the staff API: export a language's missing and stale
 * units (they become "in translation"), a translator fills in the targets,
 * the preview shows a diff per tile and writes nothing, the import makes
 * the texts human, the same file a second time changes nothing, and a tile
 * whose source changed since the export is refused.
 */
const w = useTranslationsWorld();

const XLIFF = 'application/xliff+xml';
/** A translator's tool: a target after every source. */
const translate = (xml: string) => xml.replace(/<source>([\s\S]*?)<\/source>/g, (m, src: string) => `${m}<target>TR ${src}</target>`);

async function states(client: Client, language: string): Promise<Record<string, string>> {
  const matrix = (await client.get(`/api/layers/testdorp/translations?language=${language}`)).json() as { tiles: Array<{ key: string; cells: Record<string, { state: string }> }> };
  return Object.fromEntries(matrix.tiles.map((t) => [t.key, t.cells[language].state]));
}

describe('XLIFF export and import', () => {
  it('export → in translation → preview with diffs → import (human) → the same file again changes nothing', async () => {
    const editor = await w.as('editor@testdorp.example');
    await publishedTile(editor, 'alpha');
    await publishedTile(editor, 'beta', []);
    const translator = await w.as('translator@testdorp.example');

    const exported = await translator.get('/api/layers/testdorp/translations/xliff?language=tr');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toBe('application/xliff+xml; charset=utf-8');
    expect(exported.headers['content-disposition']).toBe('attachment; filename="testdorp-tr.xlf"');
    expect(exported.body).toContain('version="2.0" srcLang="en" trgLang="tr"');
    expect(exported.body).toContain('<unit id="alpha:link-1">');
    expect(await states(translator, 'tr')).toEqual({ alpha: 'in_translation', beta: 'in_translation' });

    const file = translate(exported.body);
    const preview = await translator.post('/api/layers/testdorp/translations/xliff/preview', file, XLIFF);
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toEqual({
      language: 'tr',
      units: [
        {
          key: 'alpha', status: 'changed',
          diff: {
            title: [{ op: 'added', value: 'TR alpha title' }],
            body: [{ op: 'added', value: 'TR The **alpha** answer.' }],
            examples: [{ op: 'added', value: 'TR what about alpha?\n' }],
            linkLabels: [{ op: 'added', value: 'TR More\n' }],
          },
        },
        expect.objectContaining({ key: 'beta', status: 'changed' }),
      ],
    });
    expect(await states(translator, 'tr')).toEqual({ alpha: 'in_translation', beta: 'in_translation' });

    w.changes.length = 0;
    const imported = await translator.post('/api/layers/testdorp/translations/xliff/import', file, XLIFF);
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toEqual({ language: 'tr', applied: 2, unchanged: 0, refused: [] });
    expect(w.changes).toHaveLength(1);
    expect(await states(translator, 'tr')).toEqual({ alpha: 'human', beta: 'human' });
    expect((await translator.get('/api/layers/testdorp/tiles/alpha/translations/tr')).json()).toMatchObject({
      state: 'human', text: { title: 'TR alpha title', body: 'TR The **alpha** answer.', examples: ['TR what about alpha?'], linkLabels: ['TR More'] },
    });

    const again = await translator.post('/api/layers/testdorp/translations/xliff/import', file, 'text/xml');
    expect(again.json()).toEqual({ language: 'tr', applied: 0, unchanged: 2, refused: [] });
    const previewAgain = (await translator.post('/api/layers/testdorp/translations/xliff/preview', file, 'application/xml')).json() as { units: Array<{ status: string }> };
    expect(previewAgain.units.map((u) => u.status)).toEqual(['unchanged', 'unchanged']);

    // Nothing is missing or stale in Turkish any more.
    expect((await translator.get('/api/layers/testdorp/translations/xliff?language=tr')).json()).toMatchObject({ code: 'XLIFF_NOTHING_TO_EXPORT' });
  });

  it('refuses a tile whose source changed since the export and imports the others', async () => {
    const editor = await w.as('editor@testdorp.example');
    await publishedTile(editor, 'alpha');
    await publishedTile(editor, 'beta', []);
    const translator = await w.as('translator@testdorp.example');
    const file = translate((await translator.get('/api/layers/testdorp/translations/xliff?language=tr')).body);

    const tile = (await editor.get('/api/layers/testdorp/tiles/alpha')).json() as { editVersion: number };
    await editor.put('/api/layers/testdorp/tiles/alpha/draft', {
      baseEditVersion: tile.editVersion, theme: 'work', content: { en: { title: 'alpha title', body: 'A new answer.', examples: ['what about alpha?'] } },
      links: [{ label: 'More', url: 'https://example.org/alpha' }],
    });
    expect((await editor.post('/api/layers/testdorp/tiles/alpha/publish', {})).statusCode).toBe(200);

    const reason = 'the source text changed since the export; export the tile again';
    const preview = (await translator.post('/api/layers/testdorp/translations/xliff/preview', file, XLIFF)).json() as { units: unknown[] };
    expect(preview.units[0]).toEqual({ key: 'alpha', status: 'refused', reason, diff: null });
    const imported = await translator.post('/api/layers/testdorp/translations/xliff/import', file, XLIFF);
    expect(imported.json()).toEqual({ language: 'tr', applied: 1, unchanged: 0, refused: [{ key: 'alpha', reason }] });
    expect(await states(translator, 'tr')).toEqual({ alpha: 'missing', beta: 'human' });
  });

  it('answers 400 for files that are not XLIFF 2.0 or belong to another layer, 413 past 2 MB, 415 for other content types', async () => {
    const editor = await w.as('editor@testdorp.example');
    await publishedTile(editor, 'alpha');
    const translator = await w.as('translator@testdorp.example');
    const file = translate((await translator.get('/api/layers/testdorp/translations/xliff?language=tr')).body);
    const url = '/api/layers/testdorp/translations/xliff/preview';
    expect((await translator.post(url, '<html/>', XLIFF)).json()).toMatchObject({ code: 'XLIFF_INVALID' });
    expect((await translator.post(url, file.replace('<file id="testdorp">', '<file id="nl">'), XLIFF)).json()).toEqual({
      code: 'XLIFF_INVALID', message: 'XLIFF file is invalid: the file was exported from the layer "nl", not "testdorp"',
    });
    expect((await translator.post(url, `${file}<!--${'x'.repeat(1024 * 1024)}-->`, XLIFF)).statusCode).toBe(200);
    const big = await translator.post(url, `${file}<!--${'x'.repeat(2 * 1024 * 1024)}-->`, XLIFF);
    expect(big.statusCode).toBe(413);
    expect((await translator.post(url, file, 'application/octet-stream')).statusCode).toBe(415);
    expect((await translator.get('/api/layers/testdorp/translations/xliff?language=xx')).statusCode).toBe(400);
    expect((await translator.get('/api/layers/testdorp/translations/xliff')).statusCode).toBe(400);
  });
});
