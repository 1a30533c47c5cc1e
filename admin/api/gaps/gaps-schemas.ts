/** JSON schemas of the content-gap routes (admin/api/gaps). */

export const TAGS = ['content gaps'];

export const gapParams = {
  type: 'object',
  required: ['slug'],
  additionalProperties: false,
  properties: { slug: { type: 'string', minLength: 1, maxLength: 64, description: 'a municipality, or the national organization' } },
} as const;

export const gapQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    language: { type: 'string', pattern: '^[a-z]{2}$' },
    kind: { type: 'string', enum: ['unanswered', 'not_helpful'] },
  },
} as const;

const gapIds = {
  type: 'array', minItems: 1, maxItems: 1000, uniqueItems: true,
  items: { type: 'string', minLength: 1, maxLength: 40 },
  description: 'the ids of one group\'s questions, as the list showed them',
} as const;

const exampleText = { type: 'string', minLength: 1, maxLength: 500, description: 'the example question as it should stand in the tile (default: the group\'s)' } as const;

export const exampleBody = {
  type: 'object',
  required: ['gapIds', 'tileKey'],
  additionalProperties: false,
  properties: {
    gapIds,
    tileKey: { type: 'string', minLength: 1, maxLength: 100 },
    layer: { type: 'string', minLength: 1, maxLength: 64, description: 'the layer owning the tile (default: this organization\'s own)' },
    text: exampleText,
  },
} as const;

export const draftBody = {
  type: 'object',
  required: ['gapIds', 'key', 'theme', 'title', 'body'],
  additionalProperties: false,
  properties: {
    gapIds,
    key: { type: 'string', minLength: 1, maxLength: 100 },
    theme: { type: 'string', minLength: 1, maxLength: 64 },
    title: { type: 'string', minLength: 1, maxLength: 200 },
    body: { type: 'string', minLength: 1, maxLength: 8000 },
    text: exampleText,
  },
} as const;

export const dismissBody = {
  type: 'object',
  required: ['gapIds'],
  additionalProperties: false,
  properties: { gapIds },
} as const;

const group = {
  type: 'object',
  required: ['id', 'kind', 'language', 'tileKey', 'tileOwner', 'example', 'questions', 'count', 'people', 'municipalities', 'firstSeen', 'lastSeen'],
  properties: {
    id: { type: 'string' },
    kind: { type: 'string', enum: ['unanswered', 'not_helpful'] },
    language: { type: 'string' },
    tileKey: { type: ['string', 'null'], description: '"not helpful": the tile that did not help' },
    tileOwner: { type: ['string', 'null'], description: '"not helpful": the slug of the layer owning that tile' },
    example: { type: 'string', description: 'the question most like the others (scrubbed)' },
    questions: {
      type: 'array',
      items: { type: 'object', required: ['id', 'text', 'day'], properties: { id: { type: 'string' }, text: { type: 'string' }, day: { type: 'string' } } },
    },
    count: { type: 'integer', description: 'questions' },
    people: { type: 'integer', description: 'different people (never who)' },
    municipalities: { type: 'integer' },
    firstSeen: { type: 'string', format: 'date' },
    lastSeen: { type: 'string', format: 'date' },
  },
} as const;

export const listResponse = {
  type: 'object',
  required: ['organization', 'scope', 'minPeople', 'hidden', 'groups'],
  properties: {
    organization: { type: 'object', required: ['slug', 'name', 'kind'], properties: { slug: { type: 'string' }, name: { type: 'string' }, kind: { type: 'string' } } },
    scope: { type: 'string', enum: ['municipality', 'national'] },
    minPeople: { type: 'integer' },
    hidden: { type: 'integer', description: 'open questions in groups fewer people asked (not shown)' },
    groups: { type: 'array', items: group },
  },
} as const;

export const actionResponse = {
  type: 'object',
  required: ['gaps', 'status'],
  properties: {
    gaps: { type: 'integer' },
    status: { type: 'string', enum: ['added_as_example', 'drafted', 'dismissed'] },
    tile: {
      type: 'object',
      required: ['key', 'layer'],
      properties: { key: { type: 'string' }, layer: { type: 'string' }, added: { type: 'boolean', description: 'false when the tile already had this example' } },
    },
  },
} as const;
