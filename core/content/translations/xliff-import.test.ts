import { beforeEach, describe, expect, it } from 'vitest';
import { useContentDb } from '../../../tests/support/test-db.ts';
import { isAppError } from '../../platform/errors.ts';
import { createTile, publishTile, saveDraft } from '../library/index.ts';
import type { StudioContext } from '../library/studio-context.ts';
import { languageState } from './translation-matrix.ts';
import { loadTranslationTiles } from './translation-repository.ts';
import { exportXliff } from './xliff-export.ts';
import { importXliff, previewXliffImport } from './xliff-import.ts';

/**
 * XLIFF export → translator → preview → import on real PostgreSQL: the
 * round trip, the diff per tile, refusal of units whose source changed
 * since the export, and idempotency (the same file twice changes nothing).
 */
const db = useContentDb();
let layer: { id: string; slug: string };
const ctx = (): StudioContext => ({ db, actorId: null, now: new Date('2026-12-07T12:00:00Z') });

const source = (key: string) => ({
  en: { title: `${key} title`, body: `The **${key}** answer: call 14 020.\n\n- one\n- two`, examples: [`what about ${key}?`] },
});

async function tile(key: string, links = [{ label: 'More', url: `https://example.org/${key}` }]) {
  await createTile(ctx(), layer, { key, theme: 'work', sourceLang: 'en', content: source(key), links });
  await publishTile(ctx(), layer, key);
}

/** A translator's tool: a target after every source. */
const translate = (xml: string, prefix = 'PL') => xml.replace(/<source>([\s\S]*?)<\/source>/g, (m, src: string) => `${m}<target>${prefix} ${src}</target>`);

async function stateOf(key: string, language: string) {
  const [t] = await loadTranslationTiles(db, layer.id, [key]);
  return languageState(t, language);
}

beforeEach(async () => {
  const org = await db.organization.create({ data: { slug: 'testdorp', name: 'Testdorp', kind: 'municipality', enabledLanguages: ['en', 'pl', 'tr'] } });
  layer = { id: org.id, slug: org.slug };
});

describe('XLIFF export', () => {
  it('exports the missing and stale tiles of a language and marks them in translation', async () => {
    await tile('alpha');
    await tile('beta', []);
    const file = await exportXliff(ctx(), layer, 'pl');
    expect(file.filename).toBe('testdorp-pl.xlf');
    expect(file.keys).toEqual(['alpha', 'beta']);
    expect(file.xml).toContain('<unit id="alpha:link-1">');
    expect(file.xml).not.toContain('<unit id="beta:link-1">');
    expect((await stateOf('alpha', 'pl')).state).toBe('in_translation');
    expect((await stateOf('alpha', 'tr')).state).toBe('missing');
    expect(await db.translationHandout.count()).toBe(2);
  });

  it('says when there is nothing to export', async () => {
    await tile('alpha');
    const err = await exportXliff(ctx(), layer, 'en').catch((e: unknown) => e);
    expect(isAppError(err, 'XLIFF_NOTHING_TO_EXPORT')).toBe(true);
  });
});

describe('XLIFF import', () => {
  it('round trip: preview shows the diff, import writes human texts, the same file again changes nothing', async () => {
    await tile('alpha');
    await tile('beta', []);
    const returned = translate((await exportXliff(ctx(), layer, 'pl')).xml);

    const preview = await previewXliffImport(ctx(), layer, returned);
    expect(preview.language).toBe('pl');
    expect(preview.units.map((u) => [u.key, u.status])).toEqual([['alpha', 'changed'], ['beta', 'changed']]);
    expect(preview.units[0].diff?.title).toEqual([{ op: 'added', value: 'PL alpha title' }]);
    expect(await db.tileTranslation.count({ where: { language: 'pl' } })).toBe(0);

    const result = await importXliff(ctx(), layer, returned);
    expect(result).toEqual({ language: 'pl', applied: 2, unchanged: 0, refused: [] });
    const row = await db.tileTranslation.findFirstOrThrow({ where: { language: 'pl', tile: { key: 'alpha' } } });
    expect(row).toMatchObject({
      origin: 'human', title: 'PL alpha title', body: 'PL The **alpha** answer: call 14 020.\n\n- one\n- two',
      examples: ['PL what about alpha?'], linkLabels: ['PL More'],
    });
    expect((await stateOf('alpha', 'pl')).state).toBe('human');
    expect(await db.translationHandout.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: 'tile.translation_edited' } })).toBe(2);

    const again = await importXliff(ctx(), layer, returned);
    expect(again).toEqual({ language: 'pl', applied: 0, unchanged: 2, refused: [] });
    expect((await previewXliffImport(ctx(), layer, returned)).units.map((u) => u.status)).toEqual(['unchanged', 'unchanged']);
    expect(await db.auditLog.count({ where: { action: 'tile.translation_edited' } })).toBe(2);
  });

  it('shows a word diff against the stored text when a translator changes a human translation', async () => {
    await tile('alpha');
    const exported = (await exportXliff(ctx(), layer, 'pl')).xml;
    await importXliff(ctx(), layer, translate(exported));
    const corrected = translate(exported).replace('<target>PL alpha title</target>', '<target>PL alpha better title</target>');
    const preview = await previewXliffImport(ctx(), layer, corrected);
    expect(preview.units[0]).toMatchObject({ key: 'alpha', status: 'changed' });
    expect(preview.units[0].diff?.title).toEqual([
      { op: 'same', value: 'PL alpha ' }, { op: 'added', value: 'better ' }, { op: 'same', value: 'title' },
    ]);
    expect(preview.units[0].diff?.body).toEqual([{ op: 'same', value: 'PL The **alpha** answer: call 14 020.\n\n- one\n- two' }]);
  });

  it('refuses a tile whose source changed since the export, and imports the rest', async () => {
    await tile('alpha');
    await tile('beta', []);
    const returned = translate((await exportXliff(ctx(), layer, 'pl')).xml);
    const [alpha] = await loadTranslationTiles(db, layer.id, ['alpha']);
    const editVersion = (await db.tile.findUniqueOrThrow({ where: { id: alpha.id } })).editVersion;
    await saveDraft(ctx(), layer, 'alpha', {
      baseEditVersion: editVersion, theme: 'work', content: { en: { ...source('alpha').en, body: 'A new answer.' } }, links: [{ label: 'More', url: 'https://example.org/alpha' }],
    });
    await publishTile(ctx(), layer, 'alpha');

    const preview = await previewXliffImport(ctx(), layer, returned);
    expect(preview.units).toEqual([
      { key: 'alpha', status: 'refused', reason: 'the source text changed since the export; export the tile again', diff: null },
      expect.objectContaining({ key: 'beta', status: 'changed' }),
    ]);
    const result = await importXliff(ctx(), layer, returned);
    expect(result.applied).toBe(1);
    expect(result.refused).toEqual([{ key: 'alpha', reason: 'the source text changed since the export; export the tile again' }]);
    expect(await db.tileTranslation.count({ where: { language: 'pl', tile: { key: 'alpha' } } })).toBe(0);
  });

  it('refuses unknown tiles, incomplete unit sets and unsafe markup; refuses files of another layer or language', async () => {
    await tile('alpha');
    await tile('beta', []);
    const exported = (await exportXliff(ctx(), layer, 'pl')).xml;
    const returned = translate(exported)
      .replace(/<target>PL alpha title<\/target>/, '')
      .replace(/<group id="beta"/, '<group id="gamma"').replace(/"beta:/g, '"gamma:');
    const units = (await previewXliffImport(ctx(), layer, returned)).units;
    expect(units).toEqual([
      { key: 'alpha', status: 'refused', reason: 'incomplete: no translation for title', diff: null },
      { key: 'gamma', status: 'refused', reason: 'there is no published tile with this key in the layer', diff: null },
    ]);
    const unsafe = translate(exported).replace('<target>PL The **beta** answer', '<target>&lt;script&gt;alert(1)&lt;/script&gt; PL The **beta** answer');
    const beta = (await previewXliffImport(ctx(), layer, unsafe)).units.find((u) => u.key === 'beta');
    expect(beta).toMatchObject({ status: 'refused', reason: expect.stringMatching(/^invalid: body: contains a <script> tag/) });

    const reasonOf = async (xml: string) => (await previewXliffImport(ctx(), layer, xml).catch((e: unknown) => e)) as { code?: string; message?: string };
    expect(await reasonOf(translate(exported).replace('<file id="testdorp">', '<file id="otherdorp">'))).toMatchObject({
      code: 'XLIFF_INVALID', message: 'XLIFF file is invalid: the file was exported from the layer "otherdorp", not "testdorp"',
    });
    expect(await reasonOf(translate(exported).replace('trgLang="pl"', 'trgLang="de"'))).toMatchObject({ code: 'XLIFF_INVALID' });
  });
});
