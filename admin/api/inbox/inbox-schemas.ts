/**
 * JSON schemas of the inbox API, compiled by Fastify at registration.
 * Request schemas bound every text; response schemas are the allow-list of
 * what leaves the server (fast-json-stringify drops any other field, so a
 * field added to a core type never leaks by accident).
 */

/** Longest reply or note a worker may write (characters). */
export const MAX_REPLY_LENGTH = 4000;

/** How a worker may close a conversation. */
export const CLOSE_OUTCOMES = ['resolved', 'referred', 'no_response', 'other'] as const;
export type CloseOutcome = (typeof CLOSE_OUTCOMES)[number];

/** Ids are cuids: letters, digits, `_` and `-`. */
const id = { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' } as const;

/** Text with at least one non-space character. */
const text = { type: 'string', minLength: 1, maxLength: MAX_REPLY_LENGTH, pattern: '\\S' } as const;

export const conversationParams = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: { id },
} as const;

export const textBody = {
  type: 'object',
  required: ['text'],
  additionalProperties: false,
  properties: { text },
} as const;

export const replyBody = {
  type: 'object',
  required: ['text'],
  additionalProperties: false,
  properties: { text, untranslated: { type: 'boolean' } },
} as const;

export const assignBody = {
  type: 'object',
  required: ['userId'],
  additionalProperties: false,
  properties: { userId: id },
} as const;

export const closeBody = {
  type: 'object',
  required: ['outcome'],
  additionalProperties: false,
  properties: { outcome: { type: 'string', enum: [...CLOSE_OUTCOMES] } },
} as const;

const nullableString = { type: ['string', 'null'] } as const;
const nullableDate = { type: ['string', 'null'], format: 'date-time' } as const;

const inboxItem = {
  type: 'object',
  required: ['id', 'state', 'organizationId', 'channel'],
  properties: {
    id: { type: 'string' },
    state: { type: 'string' },
    organizationId: { type: 'string' },
    organizationSlug: { type: 'string' },
    language: nullableString,
    channel: { type: 'string' },
    waitingSince: nullableDate,
    claimedAt: nullableDate,
    assignee: {
      type: ['object', 'null'],
      properties: { id: { type: 'string' }, name: { type: 'string' } },
    },
    theme: nullableString,
    lastQuestion: nullableString,
    lastMessageAt: nullableDate,
  },
} as const;

export const listResponse = {
  type: 'object',
  required: ['items'],
  properties: { items: { type: 'array', items: inboxItem } },
} as const;

const conversationView = {
  type: 'object',
  required: ['id', 'state', 'organizationId', 'channel'],
  properties: {
    id: { type: 'string' },
    state: { type: 'string' },
    organizationId: { type: 'string' },
    language: nullableString,
    channel: { type: 'string' },
    assignedWorkerId: nullableString,
    waitingSince: nullableDate,
    claimedAt: nullableDate,
  },
} as const;

const transcriptEntry = {
  type: 'object',
  required: ['id', 'kind', 'at', 'author', 'text'],
  properties: {
    id: { type: 'string' },
    kind: { type: 'string' },
    at: { type: 'string', format: 'date-time' },
    author: { type: 'string' },
    role: { type: 'string' },
    text: { type: 'string' },
    language: nullableString,
    translation: {
      type: 'object',
      properties: { text: { type: 'string' }, language: { type: 'string' }, warning: { type: 'string' } },
    },
    deliveryStatus: { type: 'string' },
    deliveryError: nullableString,
    type: { type: 'string' },
  },
} as const;

export const transcriptResponse = {
  type: 'object',
  required: ['conversation', 'entries'],
  properties: { conversation: conversationView, entries: { type: 'array', items: transcriptEntry } },
} as const;

export const previewResponse = {
  type: 'object',
  required: ['text', 'status', 'language'],
  properties: {
    text: { type: 'string' },
    status: { type: 'string' },
    language: { type: 'string' },
    reason: { type: 'string' },
    warning: { type: 'string' },
  },
} as const;

export const replyResponse = {
  type: 'object',
  required: ['messageId'],
  properties: { messageId: { type: 'string' } },
} as const;

export const cannedResponse = {
  type: 'object',
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          organizationId: { type: 'string' },
          title: { type: 'string' },
          text: { type: 'string' },
          language: { type: 'string' },
        },
      },
    },
  },
} as const;

export const colleaguesResponse = {
  type: 'object',
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          languages: { type: 'array', items: { type: 'string' } },
          organizationIds: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
} as const;
