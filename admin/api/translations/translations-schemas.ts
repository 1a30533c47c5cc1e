import type {} from '@fastify/swagger';
import { GLOSSARY_LIMITS } from '../../../core/translation/index.ts';
import { TILE_LIMITS, TRANSLATION_STATES } from '../../../core/content/index.ts';
import { errorResponse, keyParam, slugParam } from '../studio/tiles-schemas.ts';

/**
 * JSON schemas of the studio's translation API (matrix, one tile × language,
 * machine runs, XLIFF, glossary), documented under the tag `translations`.
 * Request schemas check types and bounds; the tiles' own rules (markdown
 * without HTML, one label per link) are checked by core and answered 400
 * TILE_INVALID. Response schemas are the allow-list of what leaves.
 */

export const TAGS = ['translations'] as const;
export { errorResponse };

const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const bool = { type: 'boolean' } as const;
const strings = { type: 'array', items: str } as const;
const nullableDate = { type: ['string', 'null'], format: 'date-time' } as const;
const language = { type: 'string', pattern: '^[a-z]{2}$' } as const;
const state = { type: 'string', enum: [...TRANSLATION_STATES] } as const;
/** `pl,tr`: languages as a comma-separated list. */
const languageList = { type: 'string', maxLength: 100, pattern: '^[a-z]{2}(,[a-z]{2})*$' } as const;
/** `a,b`: tile keys as a comma-separated list. */
const keyList = { type: 'string', maxLength: 20_000, pattern: '^[a-z0-9._,-]+$' } as const;

export const layerParams = { type: 'object', required: ['slug'], additionalProperties: false, properties: { slug: slugParam } } as const;
export const tileLanguageParams = {
  type: 'object', required: ['slug', 'key', 'lang'], additionalProperties: false, properties: { slug: slugParam, key: keyParam, lang: language },
} as const;

export const matrixQuery = {
  type: 'object', additionalProperties: false,
  properties: { language, state, theme: { type: 'string', minLength: 1, maxLength: 100 } },
} as const;

const problem = { type: 'object', required: ['reason', 'at'], properties: { reason: str, at: str } } as const;
const nullableProblem = { ...problem, type: ['object', 'null'] } as const;

const cell = {
  type: 'object', required: ['state', 'hasSuggestion'],
  properties: { state, origin: str, problem, hasSuggestion: bool, checkedAt: { type: 'string', format: 'date-time' } },
} as const;

const budget = {
  type: 'object', required: ['month', 'budget', 'used', 'left'], properties: { month: str, budget: int, used: int, left: int },
} as const;

export const matrixResponse = {
  type: 'object', required: ['layer', 'languages', 'budget', 'deepl', 'counts', 'tiles'],
  properties: {
    layer: { type: 'object', required: ['slug', 'name'], properties: { slug: str, name: str, access: str, mayTranslate: bool } },
    languages: strings,
    budget,
    deepl: { type: 'object', required: ['enabled'], properties: { enabled: bool, reason: str } },
    counts: { type: 'object', additionalProperties: { type: 'object', additionalProperties: int } },
    tiles: {
      type: 'array',
      items: {
        type: 'object', required: ['key', 'title', 'theme', 'sourceLang', 'cells'],
        properties: { key: str, title: str, theme: str, sourceLang: str, cells: { type: 'object', additionalProperties: cell } },
      },
    },
  },
} as const;

const text = {
  type: 'object', required: ['title', 'body', 'examples', 'linkLabels'],
  properties: { title: str, body: str, examples: strings, linkLabels: strings },
} as const;
const nullableText = { ...text, type: ['object', 'null'] } as const;

export const translationView = {
  type: 'object', required: ['key', 'language', 'state', 'origin', 'editable', 'source', 'text', 'suggestion', 'checkedAt', 'problem'],
  properties: {
    key: str, language: str, state, origin: { type: ['string', 'null'] }, editable: bool,
    source: text, text: nullableText, suggestion: nullableText, checkedAt: nullableDate, problem: nullableProblem,
  },
} as const;

/** Body of PUT .../translations/:lang: the language's whole text (one label per link of the tile). */
export const translationBody = {
  type: 'object', required: ['title', 'body', 'examples', 'linkLabels'], additionalProperties: false,
  properties: {
    title: { type: 'string', maxLength: TILE_LIMITS.title },
    body: { type: 'string', maxLength: TILE_LIMITS.body, description: 'Markdown subset, no HTML' },
    examples: { type: 'array', maxItems: TILE_LIMITS.examples, items: { type: 'string', maxLength: TILE_LIMITS.exampleLength } },
    linkLabels: { type: 'array', maxItems: TILE_LIMITS.links, items: { type: 'string', maxLength: TILE_LIMITS.linkLabel }, description: 'In the order of the tile\'s links' },
  },
} as const;

export const estimateQuery = {
  type: 'object', additionalProperties: false, properties: { languages: languageList, keys: keyList },
} as const;

export const estimateResponse = {
  type: 'object', required: ['units', 'characters', 'budget', 'fits'], properties: { units: int, characters: int, budget, fits: bool },
} as const;

export const machineBody = {
  type: ['object', 'null'], additionalProperties: false,
  properties: {
    languages: { type: 'array', maxItems: 18, items: language },
    keys: { type: 'array', maxItems: 10_000, items: keyParam },
  },
} as const;

export const machineResponse = {
  type: 'object', required: ['translated', 'characters', 'problems'],
  properties: { translated: int, characters: int, problems: { type: 'object', additionalProperties: int } },
} as const;

/** The 409 of a run past the month's budget. */
export const budgetExceededResponse = {
  type: 'object', required: ['code', 'message'], properties: { code: str, message: str, characters: int, left: int, budget: int },
} as const;

export const xliffQuery = {
  type: 'object', required: ['language'], additionalProperties: false, properties: { language, keys: keyList },
} as const;

export const XLIFF_CONTENT_TYPES = ['application/xliff+xml', 'application/xml', 'text/xml'] as const;

export const xliffBody = { type: 'string', description: 'An XLIFF 2.0 file as exported by GET .../translations/xliff, with targets filled in' } as const;

const parts = {
  type: 'array',
  items: { type: 'object', required: ['op', 'value'], properties: { op: { type: 'string', enum: ['same', 'added', 'removed'] }, value: str } },
} as const;

export const previewResponse = {
  type: 'object', required: ['language', 'units'],
  properties: {
    language: str,
    units: {
      type: 'array',
      items: {
        type: 'object', required: ['key', 'status', 'diff'],
        properties: {
          key: str, status: { type: 'string', enum: ['changed', 'unchanged', 'refused'] }, reason: str,
          diff: { type: ['object', 'null'], properties: { title: parts, body: parts, examples: parts, linkLabels: parts } },
        },
      },
    },
  },
} as const;

export const importResponse = {
  type: 'object', required: ['language', 'applied', 'unchanged', 'refused'],
  properties: {
    language: str, applied: int, unchanged: int,
    refused: { type: 'array', items: { type: 'object', required: ['key', 'reason'], properties: { key: str, reason: str } } },
  },
} as const;

export const glossaryBody = {
  type: 'object', required: ['terms'], additionalProperties: false,
  properties: {
    terms: {
      type: 'array', maxItems: GLOSSARY_LIMITS.terms, items: { type: 'string', maxLength: GLOSSARY_LIMITS.termLength },
      description: 'Terms machine translation keeps as they are; an empty list means the default list',
    },
  },
} as const;

export const glossaryResponse = {
  type: 'object', required: ['terms', 'usingDefault', 'defaults'], properties: { terms: strings, usingDefault: bool, defaults: strings },
} as const;
