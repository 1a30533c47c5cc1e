import { AppError } from '../platform/errors.ts';
import type { DbClient } from '../platform/db.ts';
import { getOrganization, type OrganizationKind, type StoredOrganization } from './organization-repository.ts';
import { findEntryCode, type StoredEntryCode } from './entry-code-repository.ts';

/**
 * Entry codes: what a QR code or deep link carries when a chat starts. A code
 * selects the municipality (whose inbox handles the chat and whose tiles it
 * shows) and optionally an employer or housing provider active there, whose
 * tiles are shown on top. Codes are public (printed on posters): they choose
 * content, they grant nothing.
 *
 * Resolving never fails on what a person sends: an unknown, inactive or
 * malformed code opens a chat with the default municipality. Creating and
 * changing codes (entry-code-commands.ts) is strict.
 */

/** 2–64 lower-case letters, digits and hyphens, starting and ending with a letter or digit (64: Telegram's `start` limit). */
export const ENTRY_CODE_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}[a-z0-9]$/;

/** Longest label staff may give a code. */
export const ENTRY_LABEL_MAX = 200;

/** Organization kinds that can be an entry layer on top of their municipality. */
export const ENTRY_LAYER_KINDS = ['employer', 'housing_provider'] as const;
export type EntryLayerKind = (typeof ENTRY_LAYER_KINDS)[number];

export interface EntryOrganization {
  id: string;
  slug: string;
  name: string;
}

export interface EntryLayer extends EntryOrganization {
  kind: EntryLayerKind;
}

/** Where a chat belongs; the conversation stores `municipality.id` and `layer?.id`. */
export interface EntryResolution {
  /** Its inbox handles the chat (Conversation.organization). */
  municipality: EntryOrganization;
  /** The employer or housing provider the person came through (Conversation.entryOrganization). */
  layer?: EntryLayer;
  /** Whose visible tiles to answer from (`loadVisibleTiles`): the layer's if any, else the municipality's. */
  contentSlug: string;
  /** The normalised code, when one was used. */
  code?: string;
  /** The code's row id, when one was used: its `chatsStarted` counts the new people who came through it. */
  codeId?: string;
  /** True when a code was given but could not be used (unknown, inactive, malformed): the default municipality answers. */
  fallback: boolean;
}

/** An entry code as staff see it. */
export interface EntryCode {
  id: string;
  code: string;
  municipality: EntryOrganization;
  layer?: EntryOrganization & { kind: OrganizationKind };
  label?: string;
  active: boolean;
  /** How many people started a chat through the code: new contacts whose first message carried it (a count, nothing about who). */
  chatsStarted: number;
  createdAt: Date;
}

export interface NewEntryCode {
  /** Trimmed and lower-cased before it is checked. */
  code: string;
  municipalitySlug: string;
  /** An employer or housing provider whose layer is active in the municipality (layer_activations). */
  layerSlug?: string;
  /** Where the code is printed, for staff. */
  label?: string;
}

/** Longer input is never a code; saves lower-casing a pasted essay. */
const MAX_INPUT = 200;

/** The code in its stored form (trimmed, lower case), or undefined when `input` cannot be one. */
export function normalizeEntryCode(input: unknown): string | undefined {
  if (typeof input !== 'string' || input.length > MAX_INPUT) return undefined;
  const code = input.trim().toLowerCase();
  return ENTRY_CODE_PATTERN.test(code) ? code : undefined;
}

/** `an employer`, `a municipality`. */
const aKind = (kind: OrganizationKind): string => `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;

function isEntryLayerKind(kind: OrganizationKind): kind is EntryLayerKind {
  return (ENTRY_LAYER_KINDS as readonly string[]).includes(kind);
}

/** Why `org` cannot be the municipality of a code, or undefined when it can. */
export function municipalityProblem(org: Pick<StoredOrganization, 'slug' | 'kind'>): string | undefined {
  return org.kind === 'municipality' ? undefined : `"${org.slug}" is ${aKind(org.kind)}, not a municipality`;
}

/**
 * Why `layer` cannot be shown on top of `municipality`, or undefined when it
 * can: it must be an employer or housing provider whose layer an
 * administrator made active there (`activeIn`: municipality ids, from layer_activations).
 */
export function entryLayerProblem(
  municipality: Pick<StoredOrganization, 'id' | 'slug'>,
  layer: Pick<StoredOrganization, 'slug' | 'kind'> & { activeIn: readonly string[] },
): string | undefined {
  if (!isEntryLayerKind(layer.kind)) return `"${layer.slug}" is ${aKind(layer.kind)}; a layer must be an employer or housing provider`;
  if (!layer.activeIn.includes(municipality.id)) {
    return `"${layer.slug}" is not active in "${municipality.slug}" (an administrator must make it active there first)`;
  }
  return undefined;
}

const reference = (org: StoredOrganization): EntryOrganization => ({ id: org.id, slug: org.slug, name: org.name });

/** An entry code as staff see it, from its row. */
export function toEntryCode(row: StoredEntryCode): EntryCode {
  const layer = row.layerOrganization;
  return {
    id: row.id,
    code: row.code,
    municipality: reference(row.organization),
    ...(layer ? { layer: { ...reference(layer), kind: layer.kind } } : {}),
    ...(row.label ? { label: row.label } : {}),
    active: row.active,
    chatsStarted: row.chatsStarted,
    createdAt: row.createdAt,
  };
}

/** The stored code's resolution, or undefined when it may not be used (inactive, or its data broken since creation). */
function resolutionOf(row: StoredEntryCode): EntryResolution | undefined {
  if (!row.active || municipalityProblem(row.organization)) return undefined;
  const municipality = reference(row.organization);
  const layer = row.layerOrganization;
  // A layer no longer active in the municipality is dropped: the municipality still answers.
  if (!layer || !isEntryLayerKind(layer.kind) || entryLayerProblem(row.organization, layer)) {
    return { municipality, contentSlug: municipality.slug, code: row.code, codeId: row.id, fallback: false };
  }
  return {
    municipality,
    layer: { ...reference(layer), kind: layer.kind },
    contentSlug: layer.slug,
    code: row.code,
    codeId: row.id,
    fallback: false,
  };
}

/**
 * Where a chat that starts with `code` belongs. The code is trimmed and
 * matched case-insensitively; without a code the default municipality
 * answers (`fallback: false`); with one that is unknown, inactive or
 * malformed it answers too (`fallback: true`, no `code`). Never throws
 * because of the code.
 * @param defaultOrgSlug the municipality for chats without a usable code (config DEFAULT_ORGANIZATION).
 * @throws AppError ORGANIZATION_NOT_FOUND or CONFIG_INVALID when the default is missing or not a municipality.
 */
export async function resolveEntryCode(db: DbClient, code: string | undefined, defaultOrgSlug: string): Promise<EntryResolution> {
  const normalized = normalizeEntryCode(code);
  if (normalized) {
    const row = await findEntryCode(db, normalized);
    const resolution = row && resolutionOf(row);
    if (resolution) return resolution;
  }
  // Something other than a string (a repeated query parameter, a number) is a code that cannot be used, too.
  const given = code != null && (typeof code !== 'string' || code.trim() !== '');
  const org = await getOrganization(db, defaultOrgSlug);
  const problem = municipalityProblem(org);
  if (problem) throw new AppError('CONFIG_INVALID', { details: `default organization: ${problem}` });
  return { municipality: reference(org), contentSlug: org.slug, fallback: given };
}

