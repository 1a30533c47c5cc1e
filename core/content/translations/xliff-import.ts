import { isLanguage } from '../../languages/index.ts';
import { AppError } from '../../platform/errors.ts';
import { auditTile, type LayerId, type StudioContext } from '../library/studio-context.ts';
import { diffText, type DiffPart } from '../library/tile-diff.ts';
import { normalizeText, translationTextProblems } from './translation-edits.ts';
import { languageState, sourceTextOf, textOf } from './translation-matrix.ts';
import { currentHash, loadTranslationTiles, setProblems, writeHumanText, type TranslationText, type TranslationTile } from './translation-repository.ts';
import { nextState } from './translation-state.ts';
import { readXliff, textFromUnits, unitFields, type XliffTileIn } from './xliff.ts';

/**
 * XLIFF import: a translator's file, checked tile by tile against the
 * layer. A tile is `refused` when it is unknown, its source changed since
 * the export (the file's source hash is not the tile's now), a unit is
 * missing, extra or not plain text, or the text breaks the tiles' rules;
 * `unchanged` when the stored text is already this human text; `changed`
 * otherwise, with a word diff per field against the stored text. The
 * preview writes nothing; the import writes the changed tiles as human
 * texts. Importing the same file twice changes nothing the second time.
 */

export interface TextDiff {
  title: DiffPart[];
  body: DiffPart[];
  /** One example per line. */
  examples: DiffPart[];
  /** One label per line. */
  linkLabels: DiffPart[];
}

export interface ImportUnit {
  key: string;
  status: 'changed' | 'unchanged' | 'refused';
  reason?: string;
  /** Against the stored text (empty when there is none); null for a refused tile. */
  diff: TextDiff | null;
}

export interface ImportPreview {
  language: string;
  units: ImportUnit[];
}

export interface ImportResult {
  language: string;
  applied: number;
  unchanged: number;
  refused: Array<{ key: string; reason: string }>;
}

const lines = (items: readonly string[]) => items.map((i) => `${i}\n`).join('');

export function textDiff(from: TranslationText | null, to: TranslationText): TextDiff {
  const a = from ?? { title: '', body: '', examples: [], linkLabels: [] };
  return {
    title: diffText(a.title, to.title, 'words'),
    body: diffText(a.body, to.body, 'words'),
    examples: diffText(lines(a.examples), lines(to.examples), 'lines'),
    linkLabels: diffText(lines(a.linkLabels), lines(to.linkLabels), 'lines'),
  };
}

const sameText = (a: TranslationText, b: TranslationText) => JSON.stringify(normalizeText(a)) === JSON.stringify(normalizeText(b));

interface Planned extends ImportUnit {
  tile?: TranslationTile;
  text?: TranslationText;
}

function plan(tile: TranslationTile | undefined, unit: XliffTileIn, language: string): Planned {
  const refuse = (reason: string): Planned => ({ key: unit.key, status: 'refused', reason, diff: null });
  if (!tile) return refuse('there is no published tile with this key in the layer');
  const source = sourceTextOf(tile);
  if (!source || currentHash(tile) === '') return refuse('the tile has no source text');
  if (tile.sourceLang === language) return refuse('this is the tile\'s source language; edit the tile instead');
  if (!unit.sourceHash) return refuse('the file does not say which source text it was translated from');
  if (unit.sourceHash !== currentHash(tile)) return refuse('the source text changed since the export; export the tile again');
  if (unit.problems.length > 0) return refuse(unit.problems.join('; '));
  const fields = unitFields(source);
  const extra = [...unit.targets.keys()].filter((f) => !fields.includes(f));
  if (extra.length > 0) return refuse(`unknown units: ${extra.join(', ')}`);
  const missing = fields.filter((f) => !unit.targets.get(f)?.trim());
  if (missing.length > 0) return refuse(`incomplete: no translation for ${missing.join(', ')}`);
  const text = normalizeText(textFromUnits(source, unit.targets));
  const problems = translationTextProblems(tile, text);
  if (problems.length > 0) return refuse(`invalid: ${problems.join('; ')}`);
  const { state, row } = languageState(tile, language);
  if ('refused' in nextState(state, 'edited')) return refuse(`the translation cannot be edited now (${state})`);
  const stored = row ? textOf(row) : null;
  if (row && row.origin === 'human' && state === 'human' && sameText(row, text)) {
    return { key: unit.key, status: 'unchanged', diff: textDiff(stored, text), tile, text };
  }
  return { key: unit.key, status: 'changed', diff: textDiff(stored, text), tile, text };
}

async function planFile(ctx: Pick<StudioContext, 'db'>, layer: LayerId, xml: string): Promise<{ language: string; planned: Planned[] }> {
  const file = await readXliff(xml);
  const language = file.targetLanguage;
  if (!isLanguage(language)) throw new AppError('XLIFF_INVALID', { reason: `the target language "${language}" is not one the tiles are kept in` });
  const other = file.layers.find((l) => l !== layer.slug);
  if (other !== undefined) throw new AppError('XLIFF_INVALID', { reason: `the file was exported from the layer "${other}", not "${layer.slug}"` });
  if (file.tiles.length === 0) throw new AppError('XLIFF_INVALID', { reason: 'the file has no units' });
  const tiles = (await loadTranslationTiles(ctx.db, layer.id, file.tiles.map((t) => t.key))).filter((t) => t.status === 'published');
  const byKey = new Map(tiles.map((t) => [t.key, t]));
  return { language, planned: file.tiles.map((unit) => plan(byKey.get(unit.key), unit, language)) };
}

const publicUnit = ({ key, status, reason, diff }: Planned): ImportUnit => ({ key, status, ...(reason ? { reason } : {}), diff });

/** What importing the file would do, per tile; writes nothing. @throws AppError XLIFF_INVALID */
export async function previewXliffImport(ctx: Pick<StudioContext, 'db'>, layer: LayerId, xml: string): Promise<ImportPreview> {
  const { language, planned } = await planFile(ctx, layer, xml);
  return { language, units: planned.map(publicUnit) };
}

/** Imports the file: the changed tiles are written as human texts (their handouts close). @throws AppError XLIFF_INVALID */
export async function importXliff(ctx: StudioContext, layer: LayerId, xml: string): Promise<ImportResult> {
  const { language, planned } = await planFile(ctx, layer, xml);
  let applied = 0;
  for (const p of planned) {
    if (p.status !== 'changed' || !p.tile || !p.text) continue;
    const { tile, text } = p;
    const before = languageState(tile, language).state;
    await ctx.db.$transaction(async (tx) => {
      await writeHumanText(tx, tile, language, text, currentHash(tile));
      await auditTile(tx, ctx, tile, 'translation_edited', { language, from: before, to: 'human', via: 'xliff' });
    });
    await setProblems(ctx.db, tile.id, { [language]: undefined });
    applied += 1;
  }
  if (applied > 0) await ctx.changes?.notifyContentChanged([layer.id]);
  return {
    language, applied,
    unchanged: planned.filter((p) => p.status === 'unchanged').length,
    refused: planned.filter((p) => p.status === 'refused').map((p) => ({ key: p.key, reason: p.reason ?? 'refused' })),
  };
}
