/**
 * JSON schemas of the entry-code API, compiled by Fastify at registration
 * (and documented by @fastify/swagger). Response schemas are the allow-list
 * of what leaves the server.
 */
import { ENTRY_LABEL_MAX } from '../../../core/content/index.ts';
import { FLYER_MAX_LANGUAGES, QR_PNG_SIZE } from '../../../core/entry-codes/index.ts';

/** The OpenAPI tag of every entry-code route. */
export const TAGS = ['entry codes'];

/** The links a QR code can open. */
export const ENTRY_LINK_KINDS = ['web', 'telegram', 'whatsapp'] as const;
export type EntryLinkKind = (typeof ENTRY_LINK_KINDS)[number];

/** Codes as typed: lower or upper case (matched case-insensitively); the core checks the exact form. */
const code = { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9-]+$' } as const;
const slug = { type: 'string', minLength: 1, maxLength: 64 } as const;
const label = { type: ['string', 'null'], maxLength: ENTRY_LABEL_MAX } as const;
const nullableString = { type: ['string', 'null'] } as const;
const organization = {
  type: 'object', required: ['slug', 'name'], properties: { slug: { type: 'string' }, name: { type: 'string' } },
} as const;
const layer = {
  type: 'object', required: ['slug', 'name', 'kind'],
  properties: { slug: { type: 'string' }, name: { type: 'string' }, kind: { type: 'string', enum: ['employer', 'housing_provider'] } },
} as const;

export const codeParams = { type: 'object', required: ['code'], additionalProperties: false, properties: { code } } as const;

export const listQuery = { type: 'object', required: ['org'], properties: { org: slug } } as const;

export const createBody = {
  type: 'object',
  required: ['org', 'code'],
  additionalProperties: false,
  properties: {
    org: { ...slug, description: 'The municipality the code opens a chat with.' },
    code: { ...code, description: '2–64 letters, digits and hyphens; stored in lower case.' },
    layer: { ...slug, description: 'An employer or housing provider active in the municipality (administrators only).' },
    label: { ...label, description: 'Where the code is printed, for staff.' },
  },
} as const;

export const updateBody = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    label: { ...label, description: 'New label; null or blank removes it.' },
    active: { type: 'boolean', description: 'false: the code opens chats with the default municipality.' },
  },
} as const;

export const linkQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    link: { type: 'string', enum: [...ENTRY_LINK_KINDS], default: 'web', description: 'Which link the QR code opens.' },
  },
} as const;

export const pngQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...linkQuery.properties,
    size: { type: 'integer', minimum: QR_PNG_SIZE.min, maximum: QR_PNG_SIZE.max, default: QR_PNG_SIZE.default, description: 'Width and height in pixels.' },
  },
} as const;

export const flyerQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...linkQuery.properties,
    languages: {
      type: 'string', maxLength: 100, pattern: '^[A-Za-z, ]*$',
      description: `Comma-separated language codes, at most ${FLYER_MAX_LANGUAGES} (default: the municipality's first enabled languages).`,
    },
  },
} as const;

/** An entry code as staff see it. */
export const codeView = {
  type: 'object',
  required: ['code', 'label', 'active', 'chatsStarted', 'createdAt', 'municipality', 'layer', 'links', 'mayChange'],
  properties: {
    code: { type: 'string' },
    label: nullableString,
    active: { type: 'boolean' },
    chatsStarted: { type: 'integer', description: 'People who started a chat through the code (a count only).' },
    createdAt: { type: 'string', format: 'date-time' },
    municipality: organization,
    layer: { anyOf: [layer, { type: 'null' }] },
    links: {
      type: 'object', required: ['web'],
      properties: { web: { type: 'string' }, telegram: { type: 'string' }, whatsapp: { type: 'string' } },
    },
    mayChange: { type: 'boolean', description: 'Whether the caller may change the label or switch the code off and on.' },
  },
} as const;

export const listResponse = {
  type: 'object',
  required: ['codes', 'layers', 'mayCreate', 'mayCreateWithLayer'],
  properties: {
    codes: { type: 'array', items: codeView },
    layers: { type: 'array', items: layer, description: 'Employers and housing providers active in the municipality.' },
    mayCreate: { type: 'boolean' },
    mayCreateWithLayer: { type: 'boolean' },
  },
} as const;
