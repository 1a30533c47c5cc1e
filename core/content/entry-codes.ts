import { AppError } from '../platform/errors.ts';
import type { Db, DbClient } from '../platform/db.ts';
import { writeAuditLog } from './audit-log.ts';
import { getOrganization, type OrganizationKind, type StoredOrganization } from './organization-repository.ts';
import { inTransaction } from './transaction.ts';
import {
  findEntryCode,
  insertEntryCode,
  listEntryCodesOf,
  updateEntryCodeActive,
  type StoredEntryCode,
} from './entry-code-repository.ts';

/**
 * Entry codes: what a QR code or deep link carries when a chat starts. A code
 * selects the municipality (whose inbox handles the chat and whose tiles it
 * shows) and optionally an employer or housing provider active there, whose
 * tiles are shown on top. Codes are public (printed on posters): they choose
 * content, they grant nothing.
 *
 * Resolving never fails on what a person sends: an unknown, inactive or
 * malformed code opens a chat with the default municipality. Creating a code
 * is strict.
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
  createdAt: Date;
}

export interface NewEntryCode {
  /** Trimmed and lower-cased before it is checked. */
  code: string;
  municipalitySlug: string;
  /** An employer or housing provider whose parent is the municipality. */
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

/** Why `layer` cannot be shown on top of `municipality`, or undefined when it can. */
export function entryLayerProblem(
  municipality: Pick<StoredOrganization, 'id' | 'slug'>,
  layer: Pick<StoredOrganization, 'slug' | 'kind' | 'parentId'>,
): string | undefined {
  if (!isEntryLayerKind(layer.kind)) return `"${layer.slug}" is ${aKind(layer.kind)}; a layer must be an employer or housing provider`;
  if (layer.parentId !== municipality.id) return `"${layer.slug}" is not active in "${municipality.slug}" (set its parent first)`;
  return undefined;
}

const reference = (org: StoredOrganization): EntryOrganization => ({ id: org.id, slug: org.slug, name: org.name });

function toEntryCode(row: StoredEntryCode): EntryCode {
  const layer = row.layerOrganization;
  return {
    id: row.id,
    code: row.code,
    municipality: reference(row.organization),
    ...(layer ? { layer: { ...reference(layer), kind: layer.kind } } : {}),
    ...(row.label ? { label: row.label } : {}),
    active: row.active,
    createdAt: row.createdAt,
  };
}

/** The stored code's resolution, or undefined when it may not be used (inactive, or its data broken since creation). */
function resolutionOf(row: StoredEntryCode): EntryResolution | undefined {
  if (!row.active || municipalityProblem(row.organization)) return undefined;
  const municipality = reference(row.organization);
  const layer = row.layerOrganization;
  // A layer moved to another municipality since (bypassing setParentOrganization) is dropped: the municipality still answers.
  if (!layer || !isEntryLayerKind(layer.kind) || layer.parentId !== row.organization.id) {
    return { municipality, contentSlug: municipality.slug, code: row.code, fallback: false };
  }
  return {
    municipality,
    layer: { ...reference(layer), kind: layer.kind },
    contentSlug: layer.slug,
    code: row.code,
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

/** The checked row to insert for `input`. */
async function validate(db: DbClient, input: NewEntryCode) {
  const code = normalizeEntryCode(input.code);
  if (!code) {
    throw new AppError('ENTRY_CODE_INVALID', {
      code: String(input.code ?? '').trim().slice(0, 100),
      reason: 'use 2–64 lower-case letters, digits and hyphens, starting and ending with a letter or digit',
    });
  }
  const label = input.label?.trim() || null;
  if (label && label.length > ENTRY_LABEL_MAX) {
    throw new AppError('ENTRY_CODE_INVALID', { code, reason: `the label is longer than ${ENTRY_LABEL_MAX} characters` });
  }
  const municipality = await getOrganization(db, input.municipalitySlug);
  const notMunicipality = municipalityProblem(municipality);
  if (notMunicipality) throw new AppError('ENTRY_CODE_INVALID', { code, reason: notMunicipality });
  let layer: StoredOrganization | undefined;
  if (input.layerSlug !== undefined) {
    layer = await getOrganization(db, input.layerSlug);
    const problem = entryLayerProblem(municipality, layer);
    if (problem) throw new AppError('ENTRY_CODE_INVALID', { code, reason: problem });
  }
  return { code, organizationId: municipality.id, layerOrganizationId: layer?.id ?? null, label };
}

/**
 * Creates an entry code (active) and one audit row, in one transaction.
 * @param actor for the audit log: `cli`, `seed`, `user:<id>`.
 * @throws AppError ENTRY_CODE_INVALID (malformed code or label, not a
 *   municipality, a layer that is not an employer or housing provider of that
 *   municipality), ORGANIZATION_NOT_FOUND, ENTRY_CODE_TAKEN.
 */
export async function createEntryCode(db: Db, input: NewEntryCode, actor = 'system'): Promise<EntryCode> {
  return inTransaction(db, async (tx) => {
    const data = await validate(tx, input);
    if (await findEntryCode(tx, data.code)) throw new AppError('ENTRY_CODE_TAKEN', { code: data.code });
    const row = await insertEntryCode(tx, data);
    await writeAuditLog(tx, {
      actor,
      organizationId: data.organizationId,
      action: 'entry_code.created',
      entityType: 'entry_code',
      entityId: row.id,
      data: { code: row.code, layer: row.layerOrganization?.slug ?? null, label: row.label },
    });
    return toEntryCode(row);
  }, 10_000);
}

/**
 * Creates the code unless it exists already with the same municipality and
 * layer, in which case nothing is written (label and active flag are left as
 * they are). For the seed and provisioning scripts.
 * @throws AppError as createEntryCode; ENTRY_CODE_TAKEN when the code exists for another municipality or layer.
 */
export async function ensureEntryCode(db: Db, input: NewEntryCode, actor = 'system'): Promise<{ entryCode: EntryCode; created: boolean }> {
  const data = await validate(db, input);
  const existing = await findEntryCode(db, data.code);
  if (!existing) return { entryCode: await createEntryCode(db, input, actor), created: true };
  const same = existing.organization.id === data.organizationId
    && (existing.layerOrganization?.id ?? null) === data.layerOrganizationId;
  if (!same) throw new AppError('ENTRY_CODE_TAKEN', { code: data.code });
  return { entryCode: toEntryCode(existing), created: false };
}

/**
 * Every entry code into the municipality, active or not, by code.
 * @throws AppError ORGANIZATION_NOT_FOUND
 */
export async function listEntryCodes(db: DbClient, municipalitySlug: string): Promise<EntryCode[]> {
  const municipality = await getOrganization(db, municipalitySlug);
  return (await listEntryCodesOf(db, municipality.id)).map(toEntryCode);
}

/**
 * Switches a code on or off; an inactive code opens chats with the default
 * municipality. Switching on checks the code again, as creating it does (its
 * layer may have moved to another municipality meanwhile). Writes nothing when
 * the code is in that state already.
 * @throws AppError NOT_FOUND, ENTRY_CODE_INVALID
 */
export async function setEntryCodeActive(db: Db, code: string, active: boolean, actor = 'system'): Promise<EntryCode> {
  return inTransaction(db, async (tx) => {
    const normalized = normalizeEntryCode(code);
    const row = normalized ? await findEntryCode(tx, normalized) : null;
    if (!row) throw new AppError('NOT_FOUND', { what: `Entry code "${code}"` });
    if (row.active === active) return toEntryCode(row);
    if (active) {
      const problem = municipalityProblem(row.organization)
        ?? (row.layerOrganization ? entryLayerProblem(row.organization, row.layerOrganization) : undefined);
      if (problem) throw new AppError('ENTRY_CODE_INVALID', { code: row.code, reason: problem });
    }
    await updateEntryCodeActive(tx, row.id, active);
    await writeAuditLog(tx, {
      actor,
      organizationId: row.organization.id,
      action: active ? 'entry_code.activated' : 'entry_code.deactivated',
      entityType: 'entry_code',
      entityId: row.id,
      data: { code: row.code },
    });
    return toEntryCode({ ...row, active });
  }, 10_000);
}
