import { CLOSE_OUTCOMES, EMPLOYMENT_TYPES, HOUSING_TYPES, MAX_AGENCY_LENGTH } from '../../../core/handoff/close-details.ts';

/**
 * JSON schemas of the inbox API, compiled by Fastify at registration.
 * Request schemas bound every text; response schemas are the allow-list of
 * what leaves the server (fast-json-stringify drops any other field, so a
 * field added to a core type never leaks by accident).
 */

/** Longest reply or note a worker may write (characters). */
export const MAX_REPLY_LENGTH = 4000;

/** How a worker may close a conversation, and what else they may record (core/handoff close-details). */
export { CLOSE_OUTCOMES, EMPLOYMENT_TYPES, HOUSING_TYPES, type CloseOutcome, type EmploymentType, type HousingType } from '../../../core/handoff/close-details.ts';

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

/** The outcome, and optionally the agency referred to (checked against the municipality's list), employment and housing type. */
export const closeBody = {
  type: 'object',
  required: ['outcome'],
  additionalProperties: false,
  properties: {
    outcome: { type: 'string', enum: [...CLOSE_OUTCOMES] },
    agency: { type: 'string', minLength: 1, maxLength: MAX_AGENCY_LENGTH },
    employmentType: { type: 'string', enum: [...EMPLOYMENT_TYPES] },
    housingType: { type: 'string', enum: [...HOUSING_TYPES] },
  },
} as const;

const string = { type: 'string' } as const;
const nullableString = { type: ['string', 'null'] } as const;
const nullableDate = { type: ['string', 'null'], format: 'date-time' } as const;

/** What a queue item and a transcript's header both say about the conversation. */
const conversationFields = {
  id: string,
  state: string,
  organizationId: string,
  language: nullableString,
  channel: string,
  waitingSince: nullableDate,
  claimedAt: nullableDate,
  /** The kind of danger (acute, suicide, domestic, exploitation, eviction); null when not urgent. */
  urgent: nullableString,
  urgentAt: nullableDate,
} as const;

/** A conversation object with {@link conversationFields} and `more`; id, state, organization and channel always present. */
const conversationObject = <P extends object>(more: P) => ({
  type: 'object',
  required: ['id', 'state', 'organizationId', 'channel'],
  properties: { ...conversationFields, ...more },
}) as const;

/** `{ items: [...] }` with each item as `item`. */
const itemsResponse = <I extends object>(item: I) => ({
  type: 'object',
  required: ['items'],
  properties: { items: { type: 'array', items: item } },
}) as const;

const inboxItem = conversationObject({
  organizationSlug: string,
  assignee: {
    type: ['object', 'null'],
    properties: { id: string, name: string },
  },
  theme: nullableString,
  lastQuestion: nullableString,
  /** The last question in the worker's language, when a translation was at hand. */
  lastQuestionTranslation: { type: 'object', properties: { text: string, language: string } },
  lastMessageAt: nullableDate,
});

export const listResponse = itemsResponse(inboxItem);

const conversationView = conversationObject({ assignedWorkerId: nullableString });

const transcriptEntry = {
  type: 'object',
  required: ['id', 'kind', 'at', 'author', 'text'],
  properties: {
    id: string,
    kind: string,
    at: { type: 'string', format: 'date-time' },
    author: string,
    role: string,
    text: string,
    language: nullableString,
    translation: {
      type: 'object',
      properties: { text: string, language: string, warning: string },
    },
    deliveryStatus: string,
    deliveryError: nullableString,
    type: string,
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
  properties: { text: string, status: string, language: string, reason: string, warning: string },
} as const;

export const replyResponse = {
  type: 'object',
  required: ['messageId'],
  properties: { messageId: string },
} as const;

export const cannedResponse = itemsResponse({
  type: 'object',
  properties: { id: string, organizationId: string, title: string, text: string, language: string },
});

export const colleaguesResponse = itemsResponse({
  type: 'object',
  properties: {
    id: string,
    name: string,
    languages: { type: 'array', items: string },
    organizationIds: { type: 'array', items: string },
  },
});

/** The close form's choices for one conversation. */
export const closeOptionsResponse = {
  type: 'object',
  required: ['outcomes', 'agencies', 'employmentTypes', 'housingTypes'],
  properties: {
    outcomes: { type: 'array', items: string },
    agencies: { type: 'array', items: string },
    employmentTypes: { type: 'array', items: string },
    housingTypes: { type: 'array', items: string },
  },
} as const;
