/// <reference path="./xliff-package.d.ts" />
import js2xliff, { type XliffGroupJs, type XliffJs, type XliffUnitJs } from 'xliff/js2xliff';
import xliff2js from 'xliff/xliff2js';
import { AppError } from '../../platform/errors.ts';
import type { TranslationText } from './translation-repository.ts';

/**
 * The XLIFF 2.0 files translators exchange, written and read with locize's
 * `xliff` package (js2xliff / xliff2js). One `<file id="<layer slug>">`, in
 * it one `<group id="<tile key>">` per tile carrying the tile's source hash
 * (`mb:sourceHash`, in the namespace {@link XLIFF_NAMESPACE}) and source
 * language, and one `<unit id="<tile key>:<field>">` per field: `title`,
 * `body`, `example-1`…, `link-1`… (one segment each; notes tell the
 * translator what the field is). XLIFF unit ids are NMTOKENs, so the tile
 * key and field are joined with `:` (never in a tile key).
 */

export const XLIFF_NAMESPACE = 'urn:migrantbot:tile-translation';
/** A file is read up to this size (the staff API's body limit too). */
export const XLIFF_MAX_BYTES = 2 * 1024 * 1024;

/** The fields of a tile's text as XLIFF units, in file order. */
export function unitFields(text: Pick<TranslationText, 'examples' | 'linkLabels'>): string[] {
  return ['title', 'body', ...text.examples.map((_, i) => `example-${i + 1}`), ...text.linkLabels.map((_, i) => `link-${i + 1}`)];
}

/** The value of `field` in a text ('' for an example or label it does not have). */
export function fieldValue(text: TranslationText, field: string): string {
  if (field === 'title') return text.title;
  if (field === 'body') return text.body;
  const m = /^(example|link)-(\d+)$/.exec(field);
  if (!m) return '';
  const list = m[1] === 'example' ? text.examples : text.linkLabels;
  return list[Number(m[2]) - 1] ?? '';
}

/** A text from its units' values (fields as {@link unitFields} names them, for a source of this shape). */
export function textFromUnits(shape: Pick<TranslationText, 'examples' | 'linkLabels'>, values: ReadonlyMap<string, string>): TranslationText {
  const get = (field: string) => values.get(field) ?? '';
  return {
    title: get('title'), body: get('body'),
    examples: shape.examples.map((_, i) => get(`example-${i + 1}`)),
    linkLabels: shape.linkLabels.map((_, i) => get(`link-${i + 1}`)),
  };
}

/** One tile in an exported file. */
export interface XliffTileOut {
  key: string;
  sourceLang: string;
  sourceHash: string;
  source: TranslationText;
  /** Link URLs, for the translator's notes. */
  urls: string[];
  /** The earlier translation (stale), shown to the translator as a note. */
  previous?: TranslationText;
}

function note(field: string, tile: XliffTileOut): string {
  const previous = tile.previous ? fieldValue(tile.previous, field) : '';
  const base = field === 'title' ? 'Title of the information tile.'
    : field === 'body' ? 'Markdown: keep **bold**, lists, [link text](url), numbers, phone numbers, amounts and dates as they are.'
      : field.startsWith('example-') ? 'An example of how a person might ask for this information.'
        : `Label of the link to ${tile.urls[Number(field.slice(5)) - 1] ?? 'a web page'}.`;
  return previous ? `${base} Earlier translation (the source changed since): ${previous}` : base;
}

/** The package escapes element text and ids but writes other attribute values as they are. */
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Writes the XLIFF 2.0 file of `tiles` for translation from their source into `targetLanguage`. */
export async function writeXliff(layerSlug: string, targetLanguage: string, tiles: readonly XliffTileOut[]): Promise<string> {
  const langs = new Map<string, number>();
  for (const t of tiles) langs.set(t.sourceLang, (langs.get(t.sourceLang) ?? 0) + 1);
  const sourceLanguage = [...langs].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'en';
  const groups: Record<string, XliffGroupJs> = {};
  for (const tile of tiles) {
    const units: Record<string, XliffUnitJs> = {};
    for (const field of unitFields(tile.source)) units[`${tile.key}:${field}`] = { source: fieldValue(tile.source, field), note: note(field, tile) };
    groups[tile.key] = {
      groupUnits: units,
      additionalAttributes: { name: escapeAttribute(tile.source.title), 'xmlns:mb': XLIFF_NAMESPACE, 'mb:sourceHash': tile.sourceHash, 'mb:srcLang': tile.sourceLang },
    };
  }
  const xml = await js2xliff({ sourceLanguage, targetLanguage, resources: { [layerSlug]: groups } });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}

/** One tile as a returned file has it. */
export interface XliffTileIn {
  key: string;
  /** The source hash the units were exported for (absent: the file does not say). */
  sourceHash?: string;
  sourceLang?: string;
  /** Target text per field; units without a target are absent. */
  targets: Map<string, string>;
  /** Problems with single units (inline markup the tiles cannot hold, unknown unit ids). */
  problems: string[];
}

export interface XliffFileIn {
  sourceLanguage?: string;
  targetLanguage: string;
  /** The `<file id>`s: the layer the file was exported from. */
  layers: string[];
  tiles: XliffTileIn[];
}

const invalid = (reason: string) => new AppError('XLIFF_INVALID', { reason });

/** An attribute by local name (a tool may have renamed the namespace prefix). */
function attribute(attrs: Record<string, string> | undefined, local: string): string | undefined {
  if (!attrs) return undefined;
  const name = Object.keys(attrs).find((k) => k === local || k.endsWith(`:${local}`));
  return name ? attrs[name] : undefined;
}

const isGroup = (item: XliffUnitJs | XliffGroupJs): item is XliffGroupJs => 'groupUnits' in item && typeof item.groupUnits === 'object';

/**
 * Reads a returned XLIFF 2.0 file.
 * @throws AppError XLIFF_INVALID (not XML, not XLIFF 2.x, no target language, units split into several segments)
 */
export async function readXliff(xml: string): Promise<XliffFileIn> {
  if (Buffer.byteLength(xml, 'utf8') > XLIFF_MAX_BYTES) throw invalid('the file is larger than 2 MB');
  let doc: Awaited<ReturnType<typeof xliff2js>>;
  try {
    doc = await xliff2js(xml);
  } catch (err) {
    throw invalid(`it is not a readable XML file (${(err as Error).message.split('\n')[0]})`);
  }
  if (!doc || typeof doc !== 'object' || !doc.resources) throw invalid('only XLIFF 2.0 files are read (an <xliff version="2.0"> root)');
  if (!doc.targetLanguage) throw invalid('the file has no target language (trgLang)');
  const tiles = new Map<string, XliffTileIn>();
  const tileOf = (key: string) => {
    let t = tiles.get(key);
    if (!t) tiles.set(key, (t = { key, targets: new Map(), problems: [] }));
    return t;
  };
  let units = 0;
  const readUnit = (id: string, unit: XliffUnitJs, groupKey?: string) => {
    units += 1;
    const sep = id.indexOf(':');
    const key = sep > 0 ? id.slice(0, sep) : groupKey ?? id;
    const field = sep > 0 ? id.slice(sep + 1) : '';
    const tile = tileOf(key);
    if (groupKey !== undefined && key !== groupKey) tile.problems.push(`unit "${id}" is in the group of another tile`);
    if (!field) return void tile.problems.push(`unit "${id}" does not name a field`);
    if (unit.target === undefined || unit.target === '') return;
    if (typeof unit.target !== 'string') return void tile.problems.push(`unit "${id}" holds inline markup; send plain text`);
    tile.targets.set(field, unit.target);
  };
  for (const items of Object.values(doc.resources)) {
    for (const [id, item] of Object.entries(items)) {
      if (id === '_additionalElements' || !item || typeof item !== 'object') continue;
      if (isGroup(item)) {
        const tile = tileOf(id);
        tile.sourceHash = attribute(item.additionalAttributes, 'sourceHash');
        tile.sourceLang = attribute(item.additionalAttributes, 'srcLang');
        for (const [unitId, unit] of Object.entries(item.groupUnits)) {
          if (unit && typeof unit === 'object' && !isGroup(unit)) readUnit(unitId, unit, id);
        }
      } else {
        readUnit(id, item);
      }
    }
  }
  // The package keeps only the last segment of a unit: a tool that split units into segments would lose text.
  if ((xml.match(/<segment[\s>/]/g) ?? []).length > units) throw invalid('some units are split into several segments; join them before sending the file back');
  return { sourceLanguage: doc.sourceLanguage, targetLanguage: doc.targetLanguage, layers: Object.keys(doc.resources), tiles: [...tiles.values()] };
}
