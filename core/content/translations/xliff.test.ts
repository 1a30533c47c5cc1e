import { describe, expect, it } from 'vitest';
import { isAppError } from '../../platform/errors.ts';
import { fieldValue, readXliff, textFromUnits, unitFields, writeXliff, type XliffTileOut } from './xliff.ts';

const tile: XliffTileOut = {
  key: 'bsn-registration',
  sourceLang: 'en',
  sourceHash: 'abc123',
  source: {
    title: 'Get a BSN & register',
    body: 'Register at the **town hall**:\n\n- bring your passport\n- call 14 020 <free>\n\nSee [the page](https://example.org/?a=1&b=2).',
    examples: ['How do I get a BSN?', 'Where do I register?'],
    linkLabels: ['Town hall'],
  },
  urls: ['https://example.org/register'],
};

/** What a translator's tool does: a target after every source. */
const translate = (xml: string, f: (source: string) => string) => xml.replace(/<source>([\s\S]*?)<\/source>/g, (m, src: string) => `${m}<target>${f(src)}</target>`);

async function reason(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (err) {
    if (isAppError(err, 'XLIFF_INVALID')) return String(err.params.reason);
    throw err;
  }
  return 'no error';
}

describe('XLIFF 2.0 files', () => {
  it('names a unit per field: title, body, each example, each link label', () => {
    expect(unitFields(tile.source)).toEqual(['title', 'body', 'example-1', 'example-2', 'link-1']);
    expect(fieldValue(tile.source, 'example-2')).toBe('Where do I register?');
    const values = new Map(unitFields(tile.source).map((f) => [f, `x ${f}`]));
    expect(textFromUnits(tile.source, values)).toEqual({ title: 'x title', body: 'x body', examples: ['x example-1', 'x example-2'], linkLabels: ['x link-1'] });
  });

  it('writes a file with the layer, the languages, the tile\'s source hash and one unit per field', async () => {
    const xml = await writeXliff('demostad', 'tr', [tile]);
    expect(xml).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="tr">');
    expect(xml).toContain('<file id="demostad">');
    expect(xml).toMatch(/<group id="bsn-registration"[^>]* mb:sourceHash="abc123"/);
    for (const f of unitFields(tile.source)) expect(xml).toContain(`<unit id="bsn-registration:${f}">`);
    expect(xml).toContain('call 14 020 &lt;free&gt;');
    expect(xml).toContain('Label of the link to https://example.org/register.');
    expect(xml).not.toContain('<target');
  });

  it('reads back what a translator filled in, markdown and special characters intact', async () => {
    const xml = translate(await writeXliff('demostad', 'tr', [tile]), (src) => `TR ${src}`);
    const file = await readXliff(xml);
    expect(file).toMatchObject({ sourceLanguage: 'en', targetLanguage: 'tr', layers: ['demostad'] });
    expect(file.tiles).toHaveLength(1);
    const [back] = file.tiles;
    expect(back).toMatchObject({ key: 'bsn-registration', sourceHash: 'abc123', sourceLang: 'en', problems: [] });
    expect(textFromUnits(tile.source, back.targets)).toEqual({
      title: `TR ${tile.source.title}`,
      body: `TR ${tile.source.body}`,
      examples: tile.source.examples.map((e) => `TR ${e}`),
      linkLabels: ['TR Town hall'],
    });
  });

  it('leaves units without a target out, and reports inline markup', async () => {
    const xml = (await writeXliff('demostad', 'tr', [tile]))
      .replace('<source>Get a BSN &amp; register</source>', '<source>Get a BSN &amp; register</source><target>BSN <ph id="1"/> al</target>');
    const [back] = (await readXliff(xml)).tiles;
    expect(back.targets.size).toBe(0);
    expect(back.problems).toEqual(['unit "bsn-registration:title" holds inline markup; send plain text']);
  });

  it('refuses what is not an XLIFF 2.0 file', async () => {
    expect(await reason(readXliff('<nope'))).toMatch(/not a readable XML file/);
    expect(await reason(readXliff('<xliff version="1.2"><file original="x"/></xliff>'))).toMatch(/only XLIFF 2.0/);
    expect(await reason(readXliff('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"><file id="a"/></xliff>'))).toMatch(/no target language/);
    // No entity expansion (billion laughs, external entities).
    expect(await reason(readXliff('<!DOCTYPE x [<!ENTITY a "aaaa">]><xliff version="2.0" srcLang="en" trgLang="pl"><file id="x"><unit id="u:title"><segment><source>&a;</source></segment></unit></file></xliff>')))
      .toMatch(/not a readable XML file/);
  });

  it('refuses units split into several segments (the text would be lost)', async () => {
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="pl"><file id="x"><unit id="k:body">
      <segment><source>One.</source><target>Jeden.</target></segment><segment><source>Two.</source><target>Dwa.</target></segment></unit></file></xliff>`;
    expect(await reason(readXliff(xml))).toMatch(/split into several segments/);
  });
});
