import { MEMBERSHIP_ROLES } from '../../../core/staff/index.ts';

/**
 * JSON schemas of the staff-management API. Response schemas are the
 * allow-list of what leaves the server: no password hashes, no token hashes.
 */

const id = { type: 'string', minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' } as const;
const roles = { type: 'array', minItems: 1, maxItems: MEMBERSHIP_ROLES.length, items: { type: 'string', enum: [...MEMBERSHIP_ROLES] } } as const;

export const memberParams = {
  type: 'object',
  required: ['slug', 'userId'],
  additionalProperties: false,
  properties: { slug: { type: 'string', minLength: 1, maxLength: 64 }, userId: id },
} as const;

export const staffMember = {
  type: 'object',
  required: ['id', 'name', 'email', 'languages', 'roles', 'status', 'lastLoginAt', 'createdAt'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    email: { type: 'string' },
    languages: { type: 'array', items: { type: 'string' } },
    roles: { type: 'array', items: { type: 'string' } },
    status: { type: 'string', enum: ['active', 'invited', 'disabled'] },
    lastLoginAt: { type: ['string', 'null'], format: 'date-time' },
    createdAt: { type: 'string', format: 'date-time' },
  },
} as const;

/** A one-time link: shown once, to be passed on by the administrator. */
export const oneTimeLink = {
  type: 'object',
  required: ['path', 'url', 'expiresAt'],
  properties: {
    path: { type: 'string' },
    url: { type: 'string' },
    expiresAt: { type: 'string', format: 'date-time' },
  },
} as const;

export const staffList = {
  type: 'object',
  required: ['items'],
  properties: { items: { type: 'array', items: staffMember } },
} as const;

export const invitationBody = {
  type: 'object',
  required: ['name', 'email', 'roles'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 200 },
    email: { type: 'string', minLength: 3, maxLength: 254 },
    roles,
    languages: { type: 'array', maxItems: 18, items: { type: 'string', minLength: 2, maxLength: 8 } },
  },
} as const;

export const invitationResponse = {
  type: 'object',
  required: ['member', 'link'],
  properties: { member: staffMember, link: oneTimeLink },
} as const;

export const rolesBody = {
  type: 'object',
  required: ['roles'],
  additionalProperties: false,
  properties: { roles },
} as const;

export const resetResponse = {
  type: 'object',
  required: ['link'],
  properties: { link: oneTimeLink },
} as const;

export const preferencesBody = {
  type: 'object',
  required: ['uiLanguage'],
  additionalProperties: false,
  properties: { uiLanguage: { type: 'string', enum: ['en', 'nl'] } },
} as const;

export const preferencesResponse = {
  type: 'object',
  required: ['uiLanguage'],
  properties: { uiLanguage: { type: 'string' } },
} as const;

export const tokenParams = {
  type: 'object',
  required: ['token'],
  additionalProperties: false,
  properties: { token: { type: 'string', minLength: 1, maxLength: 128 } },
} as const;

export const tokenInfo = {
  type: 'object',
  required: ['kind', 'name', 'email', 'expiresAt'],
  properties: {
    kind: { type: 'string', enum: ['invitation', 'password_reset'] },
    name: { type: 'string' },
    email: { type: 'string' },
    expiresAt: { type: 'string', format: 'date-time' },
  },
} as const;

export const passwordBody = {
  type: 'object',
  required: ['password'],
  additionalProperties: false,
  properties: { password: { type: 'string', minLength: 1, maxLength: 1024 } },
} as const;

export const redeemResponse = {
  type: 'object',
  required: ['email'],
  properties: { email: { type: 'string' } },
} as const;
