import { SUPPORTED_LANGUAGES } from '../../../core/languages/index.ts';

/**
 * JSON schemas of the settings API. They describe the shapes (for the
 * OpenAPI document and a first check); the rules that need more than a
 * shape (contrast of the brand colour, https logo, time zones, opening
 * before closing) are core/content's, and also answer 400 VALIDATION_FAILED.
 */

const httpUrl = { type: 'string', minLength: 1, maxLength: 500 } as const;
const language = { type: 'string', enum: [...SUPPORTED_LANGUAGES] } as const;
const time = { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' } as const;
const ranges = { type: 'array', maxItems: 4, items: { type: 'array', minItems: 2, maxItems: 2, items: time } } as const;

const branding = {
  type: 'object',
  additionalProperties: false,
  properties: {
    colour: { type: 'string', description: 'Hex colour (#1f6feb); text on it must reach 4.5:1 contrast with white or near-black' },
    logoUrl: { type: 'string', maxLength: 500, description: 'https URL of the logo' },
  },
} as const;

const officeHours = {
  type: ['object', 'null'],
  required: ['timezone', 'weekly'],
  additionalProperties: false,
  properties: {
    timezone: { type: 'string', minLength: 1, maxLength: 64, description: 'IANA time zone, e.g. Europe/Amsterdam' },
    weekly: {
      type: 'object',
      additionalProperties: false,
      properties: { mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges, sat: ranges, sun: ranges },
    },
  },
} as const;

const safetyCardEntry = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    kinds: { type: 'array', items: { type: 'string', enum: ['acute', 'suicide', 'domestic', 'exploitation', 'eviction'] } },
    name: { type: 'string', minLength: 1, maxLength: 120 },
    phone: { type: 'string', maxLength: 30 },
    url: httpUrl,
  },
} as const;

const referralAgency = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 120 },
    description: { type: 'string', maxLength: 500 },
    phone: { type: 'string', maxLength: 30 },
    email: { type: 'string', maxLength: 254 },
    url: httpUrl,
  },
} as const;

const retention = {
  type: 'object',
  additionalProperties: false,
  properties: {
    conversationMonths: { type: 'integer', minimum: 1, maximum: 120 },
    failedJobDays: { type: 'integer', minimum: 1, maximum: 90 },
    auditLogMonths: { type: 'integer', minimum: 1, maximum: 120 },
  },
} as const;

const settingsDocument = {
  type: 'object',
  additionalProperties: false,
  properties: {
    privacyStatementUrl: httpUrl,
    safetyCard: { type: 'array', maxItems: 20, items: safetyCardEntry },
    referralAgencies: { type: 'array', maxItems: 50, items: referralAgency },
    retention,
    embedOrigins: { type: 'array', maxItems: 20, items: { type: 'string', maxLength: 200 } },
  },
} as const;

export const settingsBody = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 200 },
    branding,
    enabledLanguages: { type: 'array', minItems: 1, maxItems: 18, items: { type: 'string', maxLength: 8 } },
    officeHours,
    glossary: { type: 'array', maxItems: 200, items: { type: 'string', maxLength: 80 } },
    settings: settingsDocument,
  },
} as const;

export const settingsResponse = {
  type: 'object',
  required: ['slug', 'kind', 'name', 'branding', 'enabledLanguages', 'officeHours', 'glossary', 'settings', 'updatedAt'],
  properties: {
    slug: { type: 'string' },
    kind: { type: 'string' },
    name: { type: 'string' },
    branding,
    enabledLanguages: { type: 'array', items: language },
    officeHours,
    glossary: { type: 'array', items: { type: 'string' } },
    settings: settingsDocument,
    updatedAt: { type: 'string', format: 'date-time' },
  },
} as const;

export const deploymentResponse = {
  type: 'object',
  required: ['defaultMunicipality'],
  properties: {
    defaultMunicipality: {
      type: 'object',
      required: ['slug', 'source'],
      properties: { slug: { type: 'string' }, source: { type: 'string', enum: ['setting', 'env'] } },
    },
  },
} as const;

export const deploymentBody = {
  type: 'object',
  required: ['defaultMunicipality'],
  additionalProperties: false,
  properties: { defaultMunicipality: { type: 'string', minLength: 1, maxLength: 64 } },
} as const;
