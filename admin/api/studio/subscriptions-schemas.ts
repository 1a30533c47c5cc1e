import type {} from '@fastify/swagger';
import { ADDITION_BODY_MAX } from '../../../core/content/index.ts';
import { SUPPORTED_LANGUAGES } from '../../../core/languages/index.ts';

/**
 * JSON schemas of the subscription, library-tile and local-addition routes
 * (tag `studio`), compiled by Fastify at registration and documented by
 * @fastify/swagger. Request schemas check types and bounds; the rules
 * (known themes, the library being national or the municipality's region,
 * safe markdown) are core/content's and answered 400 SUBSCRIPTION_INVALID or
 * LOCAL_ADDITION_INVALID. Response schemas are the allow-list of what leaves
 * the server.
 */

export const TAGS = ['studio'] as const;

const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const bool = { type: 'boolean' } as const;
const date = { type: 'string', format: 'date-time' } as const;
const slug = { type: 'string', minLength: 1, maxLength: 100, pattern: '^[a-z0-9][a-z0-9._-]*$' } as const;
const key = { type: 'string', minLength: 1, maxLength: 100 } as const;
const language = { type: 'string', enum: [...SUPPORTED_LANGUAGES] } as const;

export const errorResponse = { type: 'object', required: ['code', 'message'], properties: { code: str, message: str } } as const;

export const municipalityParams = { type: 'object', required: ['slug'], additionalProperties: false, properties: { slug } } as const;
export const libraryParams = {
  type: 'object', required: ['slug', 'library'], additionalProperties: false, properties: { slug, library: slug },
} as const;
export const libraryTileParams = {
  type: 'object', required: ['slug', 'library', 'key'], additionalProperties: false, properties: { slug, library: slug, key },
} as const;

const SCOPES = ['all', 'themes', 'tiles'] as const;
const POLICIES = ['automatic', 'ask'] as const;
const STATES = ['shown', 'hidden', 'waiting', 'out_of_scope', 'not_subscribed'] as const;

const libraryRef = {
  type: 'object', required: ['slug', 'name', 'kind'],
  properties: { slug: str, name: str, kind: { type: 'string', enum: ['national', 'region'] } },
} as const;

export const libraryView = {
  type: 'object',
  required: ['library', 'subscribed', 'inherited', 'scope', 'themeKeys', 'newTiles', 'counts'],
  properties: {
    library: libraryRef,
    subscribed: bool,
    inherited: bool,
    scope: { type: ['string', 'null'], enum: [...SCOPES, null] },
    themeKeys: { type: 'array', items: str },
    newTiles: { type: ['string', 'null'], enum: [...POLICIES, null] },
    counts: {
      type: 'object', required: ['shown', 'waiting', 'hidden', 'outOfScope'],
      properties: { shown: int, waiting: int, hidden: int, outOfScope: int },
    },
  },
} as const;

export const subscriptionsResponse = {
  type: 'object', required: ['municipality', 'access', 'libraries'],
  properties: {
    municipality: { type: 'object', required: ['slug', 'name'], properties: { slug: str, name: str } },
    access: { type: 'string', enum: ['read', 'edit'] },
    libraries: { type: 'array', items: libraryView },
  },
} as const;

export const subscriptionBody = {
  type: 'object', required: ['scope', 'newTiles'], additionalProperties: false,
  properties: {
    scope: { type: 'string', enum: SCOPES },
    themeKeys: { type: 'array', maxItems: 100, items: { type: 'string', minLength: 1, maxLength: 100 } },
    newTiles: { type: 'string', enum: POLICIES },
  },
} as const;

export const libraryTilesQuery = {
  type: 'object', additionalProperties: false,
  properties: { library: slug, state: { type: 'string', enum: STATES } },
} as const;

const additionSummary = {
  type: ['object', 'null'], required: ['published', 'hasDraft', 'needsReview', 'editVersion'],
  properties: { published: bool, hasDraft: bool, needsReview: bool, editVersion: int },
} as const;

const tileLibrary = {
  type: 'object', required: ['slug', 'kind'], properties: { slug: str, kind: str },
} as const;

export const libraryTile = {
  type: 'object',
  required: ['library', 'key', 'theme', 'sourceLang', 'title', 'languages', 'revision', 'state', 'choice', 'addition'],
  properties: {
    library: tileLibrary,
    key: str,
    theme: str,
    sourceLang: str,
    title: str,
    languages: { type: 'array', items: str },
    revision: int,
    state: { type: 'string', enum: STATES },
    choice: { type: ['string', 'null'], enum: ['show', 'hide', null] },
    addition: additionSummary,
  },
} as const;

export const libraryTilesResponse = { type: 'object', required: ['tiles'], properties: { tiles: { type: 'array', items: libraryTile } } } as const;

const additionTexts = {
  type: ['object', 'null'],
  additionalProperties: {
    type: 'object', required: ['body', 'origin', 'sourceVersion'],
    properties: { body: str, origin: str, sourceVersion: int },
  },
} as const;

export const additionView = {
  type: 'object',
  required: ['sourceLang', 'published', 'draft', 'version', 'editVersion', 'reviewedRevision', 'tileRevision', 'needsReview', 'updatedAt', 'updatedBy'],
  properties: {
    sourceLang: str,
    published: additionTexts,
    draft: additionTexts,
    version: int,
    editVersion: int,
    reviewedRevision: int,
    tileRevision: int,
    needsReview: bool,
    updatedAt: date,
    updatedBy: { type: ['object', 'null'], required: ['id', 'name'], properties: { id: str, name: str } },
  },
} as const;

export const additionResponse = { type: 'object', required: ['addition'], properties: { addition: additionView } } as const;

const titleAndBody = {
  type: 'object', additionalProperties: { type: 'object', required: ['title', 'body'], properties: { title: str, body: str } },
} as const;

export const additionDetailResponse = {
  type: 'object', required: ['tile', 'addition', 'preview'],
  properties: {
    tile: {
      type: 'object', required: ['library', 'key', 'sourceLang', 'revision', 'state', 'content'],
      properties: { library: tileLibrary, key: str, sourceLang: str, revision: int, state: { type: 'string', enum: [...STATES, 'unpublished'] }, content: titleAndBody },
    },
    addition: { ...additionView, type: ['object', 'null'] },
    preview: titleAndBody,
  },
} as const;

export const additionListQuery = {
  type: 'object', additionalProperties: false, properties: { needsReview: { type: 'boolean' } },
} as const;

export const additionListResponse = {
  type: 'object', required: ['additions'],
  properties: {
    additions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['library', 'key', 'title', 'published', 'hasDraft', 'needsReview', 'reviewedRevision', 'tileRevision', 'editVersion', 'updatedAt'],
        properties: {
          library: tileLibrary, key: str, title: str, published: bool, hasDraft: bool, needsReview: bool,
          reviewedRevision: int, tileRevision: int, editVersion: int, updatedAt: date,
        },
      },
    },
  },
} as const;

export const saveAdditionBody = {
  type: 'object', required: ['baseEditVersion', 'content'], additionalProperties: false,
  properties: {
    baseEditVersion: { type: 'integer', minimum: 0 },
    sourceLang: language,
    content: {
      type: 'object', minProperties: 1,
      propertyNames: language,
      additionalProperties: {
        type: 'object', required: ['body'], additionalProperties: false,
        properties: { body: { type: 'string', maxLength: ADDITION_BODY_MAX } },
      },
    },
  },
} as const;

export const publishAdditionBody = {
  type: ['object', 'null'], additionalProperties: false, properties: { baseEditVersion: { type: 'integer', minimum: 1 } },
} as const;
