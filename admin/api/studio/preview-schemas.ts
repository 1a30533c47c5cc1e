import type {} from '@fastify/swagger';
import { SUPPORTED_LANGUAGES } from '../../../core/languages/index.ts';
import { MAX_QUESTION_CHARS } from '../../../core/answers/index.ts';

/**
 * JSON schemas of the preview and "try it" routes (tag `studio`), compiled
 * at registration and documented by @fastify/swagger. Channel messages are
 * shown as each channel's API takes them (WhatsApp Cloud API objects, Telegram
 * sendMessage fields, Direct Line activity fields), so their inner shape is
 * the channel's, not ours.
 */

export const TAGS = ['studio'] as const;

const str = { type: 'string' } as const;
const language = { type: 'string', enum: [...SUPPORTED_LANGUAGES] } as const;
const slug = { type: 'string', minLength: 1, maxLength: 100, pattern: '^[a-z0-9][a-z0-9._-]*$' } as const;
const entryCode = { type: 'string', minLength: 1, maxLength: 64, pattern: '^\\s*[A-Za-z0-9][A-Za-z0-9-]*\\s*$', description: 'An entry code (QR code, deep link): the person comes in through it' } as const;
const channelObject = { type: 'object', additionalProperties: true } as const;
const link = { type: 'object', required: ['label', 'url'], properties: { label: str, url: str } } as const;

export const previewParams = {
  type: 'object', required: ['slug', 'key'], additionalProperties: false,
  properties: { slug, key: { type: 'string', minLength: 1, maxLength: 100 } },
} as const;

export const previewQuery = {
  type: 'object', additionalProperties: false,
  properties: {
    lang: { ...language, description: 'The language the person reads; default the tile\'s source language (or the first enabled one)' },
    entry: entryCode,
    municipality: { ...slug, description: 'Without an entry code: the municipality whose local addition to show' },
    version: { type: 'string', enum: ['live', 'draft'], default: 'live', description: 'live: what people get now; draft: once the pending changes are published' },
  },
} as const;

/** Every channel's rendering of the bot's replies. */
const channels = {
  type: 'object', required: ['whatsapp', 'telegram', 'webchat'],
  properties: {
    whatsapp: {
      type: 'object', required: ['messages', 'webSession'],
      properties: {
        messages: { type: 'array', items: channelObject, description: 'WhatsApp Cloud API message objects (without `to`)' },
        webSession: { type: 'array', items: str, description: 'Texts as the WhatsApp Web session sends them' },
      },
    },
    telegram: {
      type: 'object', required: ['messages'],
      properties: {
        messages: {
          type: 'array',
          items: {
            type: 'object', required: ['text', 'parse_mode'],
            properties: { text: str, parse_mode: str, keyboard: { type: 'array', items: { type: 'array', items: str } } },
          },
        },
      },
    },
    webchat: {
      type: 'object', required: ['activities'],
      properties: {
        activities: {
          type: 'array',
          items: { type: 'object', required: ['text', 'textFormat'], properties: { text: str, textFormat: str, suggestedActions: channelObject } },
        },
      },
    },
  },
} as const;

const entryOut = {
  type: 'object', required: ['key'],
  properties: { key: { ...str, description: 'Entry point: `municipality` or `layer@municipality`' }, code: str },
} as const;

export const previewResponse = {
  type: 'object', required: ['whatsapp', 'telegram', 'webchat', 'language', 'version', 'shown', 'entry', 'enabledLanguages'],
  properties: {
    ...channels.properties,
    language: { ...str, description: 'The language the tile\'s text is in' },
    fallbackFrom: { ...str, description: 'The language asked for, when the tile has no text in it' },
    version: str,
    shown: { type: 'boolean', description: 'Whether people entering there are answered from this tile now' },
    entry: entryOut,
    enabledLanguages: { type: 'array', items: str },
  },
} as const;

export const tryBody = {
  type: 'object', required: ['text'], additionalProperties: false,
  properties: {
    entryCode,
    org: { ...slug, description: 'Without an entry code: the organization (municipality, or an employer layer in its municipality)' },
    text: { type: 'string', minLength: 1, maxLength: MAX_QUESTION_CHARS },
    lang: { ...language, description: 'The language the person chose in the chat; default: detected from the question' },
  },
} as const;

const triedTile = {
  type: 'object', required: ['key', 'layer', 'title'],
  properties: { key: str, layer: { ...str, description: 'Slug of the layer the tile belongs to' }, title: str },
} as const;

export const tryResponse = {
  type: 'object',
  required: ['language', 'outcome', 'replies', 'channels', 'tile', 'confidence', 'alternatives', 'urgent', 'handoff', 'entry'],
  properties: {
    language: str,
    outcome: { type: 'string', enum: ['answered', 'clarify', 'unanswered', 'handoff', 'command'] },
    replies: {
      type: 'array',
      items: {
        type: 'object', required: ['text', 'choices', 'links'],
        properties: { text: str, choices: { type: 'array', items: str }, links: { type: 'array', items: link } },
      },
    },
    channels,
    tile: { ...triedTile, type: ['object', 'null'] },
    confidence: { type: 'number', minimum: 0, maximum: 1 },
    alternatives: { type: 'array', items: triedTile },
    urgent: { type: 'boolean' },
    crisis: str,
    handoff: { type: 'boolean' },
    entry: entryOut,
  },
} as const;
