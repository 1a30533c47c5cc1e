import type {} from '@fastify/swagger';
import { TILE_LIMITS } from '../../../core/content/index.ts';

/**
 * JSON schemas of the tile library API (layers, tiles, drafts, publishing,
 * revisions), compiled by Fastify at registration and documented by
 * @fastify/swagger under the tag `studio`. Request schemas check types and
 * bounds; the library's own rules (markdown without HTML, http(s) links,
 * known theme and language) are checked by core/content/library and
 * answered 400 TILE_INVALID with every problem listed. Response schemas are
 * the allow-list of what leaves the server.
 */

export const TAGS = ['studio'] as const;

const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const bool = { type: 'boolean' } as const;
const date = { type: 'string', format: 'date-time' } as const;
const nullableDate = { type: ['string', 'null'], format: 'date-time' } as const;
const nullableString = { type: ['string', 'null'] } as const;

export const slugParam = { type: 'string', minLength: 1, maxLength: 100, pattern: '^[a-z0-9][a-z0-9._-]*$' } as const;
export const keyParam = { type: 'string', minLength: 1, maxLength: 100 } as const;
const languagePattern = '^[a-z]{2}$';
/** A tile's edit version as the editor last saw it (a PostgreSQL integer). */
const editVersion = { type: 'integer', minimum: 0, maximum: 2_147_483_647 } as const;

export const layerParams = { type: 'object', required: ['slug'], additionalProperties: false, properties: { slug: slugParam } } as const;
export const tileParams = {
  type: 'object', required: ['slug', 'key'], additionalProperties: false, properties: { slug: slugParam, key: keyParam },
} as const;
export const revisionParams = {
  type: 'object', required: ['slug', 'key', 'number'], additionalProperties: false,
  properties: { slug: slugParam, key: keyParam, number: { type: 'integer', minimum: 1, maximum: 999_999_999 } },
} as const;

export const person = { type: ['object', 'null'], required: ['id', 'name'], properties: { id: str, name: str } } as const;
const personItem = { type: 'object', required: ['id', 'name'], properties: { id: str, name: str } } as const;

const linkIn = {
  type: 'object', required: ['label', 'url'], additionalProperties: false,
  properties: { label: { type: 'string', maxLength: TILE_LIMITS.linkLabel }, url: { type: 'string', maxLength: TILE_LIMITS.url } },
} as const;
const link = { type: 'object', required: ['label', 'url'], properties: { label: str, url: str } } as const;

const contentIn = {
  type: 'object', required: ['title', 'body'], additionalProperties: false,
  properties: {
    title: { type: 'string', maxLength: TILE_LIMITS.title },
    body: { type: 'string', maxLength: TILE_LIMITS.body, description: 'Markdown subset, no HTML' },
    examples: { type: 'array', maxItems: TILE_LIMITS.examples, items: { type: 'string', maxLength: TILE_LIMITS.exampleLength } },
  },
} as const;
const contentMapIn = {
  type: 'object', minProperties: 1, maxProperties: 18, propertyNames: { pattern: languagePattern }, additionalProperties: contentIn,
  description: 'Text per language code; must include the tile\'s source language',
} as const;

const draftFields = {
  theme: { type: 'string', minLength: 1, maxLength: 100 },
  content: contentMapIn,
  links: { type: 'array', maxItems: TILE_LIMITS.links, items: linkIn },
  sensitive: bool,
} as const;

/** Body of POST /api/layers/:slug/tiles. */
export const createTileBody = {
  type: 'object', required: ['key', 'theme', 'sourceLang', 'content'], additionalProperties: false,
  properties: {
    key: { type: 'string', minLength: 1, maxLength: 100 },
    sourceLang: { type: 'string', pattern: languagePattern },
    ...draftFields,
    ownerId: { type: ['string', 'null'], maxLength: 64 },
    reviewBy: date,
  },
} as const;

/** Body of PUT /api/layers/:slug/tiles/:key/draft. */
export const saveDraftBody = {
  type: 'object', required: ['baseEditVersion', 'theme', 'content'], additionalProperties: false,
  properties: { baseEditVersion: editVersion, ...draftFields },
} as const;

/** Body of PATCH /api/layers/:slug/tiles/:key. */
export const tileSettingsBody = {
  type: 'object', additionalProperties: false, minProperties: 1,
  properties: { ownerId: { type: ['string', 'null'], maxLength: 64 }, reviewBy: date },
} as const;

/** Optional body of publish and restore: refuse when the tile changed since the editor loaded it. */
export const baseVersionBody = {
  type: ['object', 'null'], additionalProperties: false, properties: { baseEditVersion: editVersion },
} as const;
/** Optional body of publish: the edit version as with restore, and "minor change, keep translations". */
export const publishBody = {
  type: ['object', 'null'], additionalProperties: false,
  properties: {
    baseEditVersion: editVersion,
    keepTranslations: { type: 'boolean', description: 'A minor change (a typo): translations that were current stay current' },
  },
} as const;
export const baseVersionQuery = {
  type: 'object', additionalProperties: false, properties: { baseEditVersion: editVersion },
} as const;

/** Body of PUT .../schedule: a time sets, null cancels, left out keeps. */
export const scheduleBody = {
  type: 'object', additionalProperties: false, minProperties: 1,
  properties: { publishAt: nullableDate, unpublishAt: nullableDate },
} as const;

export const diffQuery = {
  type: 'object', additionalProperties: false,
  properties: {
    from: { type: 'string', pattern: '^(live|draft|[1-9][0-9]{0,8})$', default: 'live', description: 'A revision number, `live` or `draft`' },
    to: { type: 'string', pattern: '^(live|draft|[1-9][0-9]{0,8})$', default: 'draft' },
    mode: { type: 'string', enum: ['words', 'lines'], default: 'words' },
  },
} as const;

const liveContent = {
  type: 'object', required: ['title', 'body', 'examples', 'origin', 'sourceVersion', 'stale'],
  properties: { title: str, body: str, examples: { type: 'array', items: str }, origin: str, sourceVersion: int, stale: bool },
} as const;
const draftContent = {
  type: 'object', required: ['title', 'body', 'examples'], properties: { title: str, body: str, examples: { type: 'array', items: str } },
} as const;

const liveView = {
  type: ['object', 'null'], required: ['theme', 'links', 'sensitive', 'content'],
  properties: { theme: str, links: { type: 'array', items: link }, sensitive: bool, content: { type: 'object', additionalProperties: liveContent } },
} as const;
const draftView = {
  type: ['object', 'null'], required: ['theme', 'links', 'sensitive', 'content'],
  properties: {
    theme: str, links: { type: 'array', items: link }, sensitive: bool, content: { type: 'object', additionalProperties: draftContent },
    savedAt: nullableDate, savedBy: person,
  },
} as const;

/** A tile as an editor opens it (and every tile write answers). */
export const tileDetail = {
  type: 'object',
  required: ['key', 'layer', 'sourceLang', 'status', 'version', 'revision', 'editVersion', 'live', 'draft', 'reviewOverdue', 'schedule'],
  properties: {
    key: str, layer: str, sourceLang: str, status: { type: 'string', enum: ['draft', 'published', 'archived'] },
    version: int, revision: int, editVersion: int,
    live: liveView, draft: draftView, owner: person, reviewBy: nullableDate, reviewOverdue: bool,
    schedule: {
      type: 'object', required: ['publishAt', 'unpublishAt', 'problem'],
      properties: { publishAt: nullableDate, unpublishAt: nullableDate, problem: nullableString },
    },
    createdAt: date, updatedAt: date, updatedBy: person,
  },
} as const;

const tileSummary = {
  type: 'object', required: ['key', 'theme', 'sourceLang', 'status', 'title', 'hasDraft', 'revision', 'editVersion'],
  properties: {
    key: str, theme: str, sourceLang: str, status: str, title: str, hasDraft: bool, revision: int, editVersion: int,
    languages: { type: 'array', items: str }, staleLanguages: { type: 'array', items: str },
    owner: person, reviewBy: nullableDate, reviewOverdue: bool, publishAt: nullableDate, unpublishAt: nullableDate,
    scheduleProblem: nullableString, updatedAt: date,
  },
} as const;

export const tileListResponse = {
  type: 'object', required: ['layer', 'tiles'],
  properties: {
    layer: { type: 'object', properties: { slug: str, name: str, kind: str, access: str } },
    tiles: { type: 'array', items: tileSummary },
  },
} as const;

/** The 409 of a stale save: what the tile is now, and who saved it when. */
export const conflictResponse = {
  type: 'object', required: ['code', 'message'],
  properties: {
    code: str, message: str,
    current: {
      type: 'object',
      properties: { editVersion: int, draft: draftView, live: liveView, savedBy: person, savedAt: nullableDate },
    },
  },
} as const;

export const errorResponse = { type: 'object', required: ['code', 'message'], properties: { code: str, message: str } } as const;

const revisionContent = {
  type: 'object', required: ['title', 'body', 'examples', 'origin'],
  properties: { title: str, body: str, examples: { type: 'array', items: str }, origin: str },
} as const;

export const revisionListResponse = {
  type: 'object', required: ['revisions'],
  properties: {
    revisions: {
      type: 'array',
      items: {
        type: 'object', required: ['number', 'publishedAt', 'current'],
        properties: { number: int, publishedAt: date, publishedBy: person, theme: str, languages: { type: 'array', items: str }, current: bool },
      },
    },
  },
} as const;

export const revisionResponse = {
  type: 'object', required: ['number', 'publishedAt', 'snapshot'],
  properties: {
    number: int, publishedAt: date, publishedBy: person,
    snapshot: {
      type: 'object',
      properties: {
        theme: str, links: { type: 'array', items: link }, sensitive: bool, sourceLang: str,
        content: { type: 'object', additionalProperties: revisionContent },
      },
    },
  },
} as const;

const parts = {
  type: 'array',
  items: { type: 'object', required: ['op', 'value'], properties: { op: { type: 'string', enum: ['same', 'added', 'removed'] }, value: str } },
} as const;

export const diffResponse = {
  type: 'object', required: ['from', 'to', 'mode', 'fields', 'languages'],
  properties: {
    from: str, to: str, mode: str,
    fields: {
      type: 'object',
      properties: {
        theme: { type: 'object', properties: { from: nullableString, to: nullableString, changed: bool } },
        sensitive: { type: 'object', properties: { from: bool, to: bool, changed: bool } },
        links: parts,
      },
    },
    languages: {
      type: 'array',
      items: {
        type: 'object', required: ['language', 'change'],
        properties: { language: str, change: { type: 'string', enum: ['added', 'removed', 'changed', 'unchanged'] }, title: parts, body: parts, examples: parts },
      },
    },
  },
} as const;

export const overdueResponse = {
  type: 'object', required: ['tiles'],
  properties: {
    tiles: {
      type: 'array',
      items: {
        type: 'object', required: ['layer', 'key', 'title', 'reviewBy', 'ownedByMe'],
        properties: {
          layer: { type: 'object', properties: { slug: str, name: str } }, key: str, title: str, status: str,
          reviewBy: date, owner: person, ownedByMe: bool,
        },
      },
    },
  },
} as const;

const layerKind = { type: 'string', enum: ['national', 'region', 'municipality', 'employer', 'housing_provider', 'local_org'] } as const;
const access = { type: 'string', enum: ['edit', 'read'] } as const;

export const layerListResponse = {
  type: 'object', required: ['layers'],
  properties: {
    layers: {
      type: 'array',
      items: {
        type: 'object', required: ['slug', 'name', 'kind', 'access'],
        properties: { slug: str, name: str, kind: layerKind, access, parent: nullableString, enabledLanguages: { type: 'array', items: str } },
      },
    },
  },
} as const;

const namedLayer = { type: 'object', required: ['slug', 'name'], properties: { slug: str, name: str } } as const;

export const layerResponse = {
  type: 'object', required: ['slug', 'name', 'kind', 'access'],
  properties: {
    slug: str, name: str, kind: layerKind, access,
    parent: { ...namedLayer, type: ['object', 'null'] },
    enabledLanguages: { type: 'array', items: str },
    activeIn: { type: 'array', items: namedLayer },
    tiles: {
      type: 'object',
      properties: { total: int, published: int, draft: int, archived: int, withDraft: int, overdue: int },
    },
  },
} as const;

export const editorsResponse = { type: 'object', required: ['editors'], properties: { editors: { type: 'array', items: personItem } } } as const;

export const themesResponse = {
  type: 'object', required: ['themes'],
  properties: {
    themes: {
      type: 'array',
      items: {
        type: 'object', required: ['key', 'names'],
        properties: { key: str, names: { type: 'object', additionalProperties: str }, icon: nullableString },
      },
    },
  },
} as const;
