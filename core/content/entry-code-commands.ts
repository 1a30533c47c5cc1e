import { AppError } from '../platform/errors.ts';
import type { Db, DbClient } from '../platform/db.ts';
import { writeAuditLog } from './audit-log.ts';
import { getOrganization } from './organization-repository.ts';
import { inTransaction } from './transaction.ts';
import {
  ENTRY_LABEL_MAX,
  entryLayerProblem,
  municipalityProblem,
  normalizeEntryCode,
  toEntryCode,
  type EntryCode,
  type EntryOrganization,
  type EntryLayerKind,
  type NewEntryCode,
} from './entry-codes.ts';
import {
  findEntryCode,
  findLayer,
  insertEntryCode,
  listEntryCodesOf,
  listLayersActiveIn,
  updateEntryCodeRow,
  type StoredEntryCode,
  type StoredLayer,
} from './entry-code-repository.ts';

/**
 * What staff do with entry codes: create them, change their label, switch
 * them off and on, list them. Every write checks the code as creating it
 * does and leaves one audit row, in the same transaction.
 */

/** What may change about a code; a field left out stays as it is. */
export interface EntryCodeChange {
  /** Where the code is printed; null or blank removes the label. */
  label?: string | null;
  /** An inactive code opens chats with the default municipality. */
  active?: boolean;
}

const CODE_RULE = 'use 2–64 lower-case letters, digits and hyphens, starting and ending with a letter or digit';

/** The label in its stored form (trimmed; null for none). @throws AppError ENTRY_CODE_INVALID when too long. */
function checkedLabel(code: string, label: string | null | undefined): string | null {
  const trimmed = label?.trim() || null;
  if (trimmed && trimmed.length > ENTRY_LABEL_MAX) {
    throw new AppError('ENTRY_CODE_INVALID', { code, reason: `the label is longer than ${ENTRY_LABEL_MAX} characters` });
  }
  return trimmed;
}

/** The checked row to insert for `input`. */
async function validate(db: DbClient, input: NewEntryCode) {
  const code = normalizeEntryCode(input.code);
  if (!code) throw new AppError('ENTRY_CODE_INVALID', { code: String(input.code ?? '').trim().slice(0, 100), reason: CODE_RULE });
  const label = checkedLabel(code, input.label);
  const municipality = await getOrganization(db, input.municipalitySlug);
  const notMunicipality = municipalityProblem(municipality);
  if (notMunicipality) throw new AppError('ENTRY_CODE_INVALID', { code, reason: notMunicipality });
  let layer: StoredLayer | undefined;
  if (input.layerSlug !== undefined) {
    layer = (await findLayer(db, input.layerSlug)) ?? undefined;
    if (!layer) throw new AppError('ORGANIZATION_NOT_FOUND', { slug: input.layerSlug });
    const problem = entryLayerProblem(municipality, layer);
    if (problem) throw new AppError('ENTRY_CODE_INVALID', { code, reason: problem });
  }
  return { code, organizationId: municipality.id, layerOrganizationId: layer?.id ?? null, label };
}

/**
 * Creates an entry code (active) and one audit row, in one transaction.
 * @param actor for the audit log: `cli`, `seed`, `user:<id>`.
 * @throws AppError ENTRY_CODE_INVALID (malformed code or label, not a
 *   municipality, a layer that is not an employer or housing provider active
 *   in that municipality), ORGANIZATION_NOT_FOUND, ENTRY_CODE_TAKEN.
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

/** The code (any case, surrounding space ignored), or undefined when there is none. */
export async function findEntryCodeView(db: DbClient, code: string): Promise<EntryCode | undefined> {
  const normalized = normalizeEntryCode(code);
  const row = normalized ? await findEntryCode(db, normalized) : null;
  return row ? toEntryCode(row) : undefined;
}

/** An employer or housing provider a code could open, with where its layer is active. */
export interface EntryLayerOption extends EntryOrganization {
  kind: EntryLayerKind;
}

/** The employers and housing providers whose layer is active in the municipality: what its codes may open. */
export async function listEntryLayers(db: DbClient, municipalityId: string): Promise<EntryLayerOption[]> {
  return (await listLayersActiveIn(db, municipalityId)).map((l) => ({ id: l.id, slug: l.slug, name: l.name, kind: l.kind as EntryLayerKind }));
}

/** The organization (by slug) with the municipalities where its layer is active, for access checks; undefined when unknown. */
export async function findEntryLayer(db: DbClient, slug: string): Promise<StoredLayer | undefined> {
  return (await findLayer(db, slug)) ?? undefined;
}

/** The audit rows a change writes: one per thing that changed. */
function changeAudits(row: StoredEntryCode, label: string | null | undefined, active: boolean | undefined) {
  const audits: Array<{ action: string; data: Record<string, unknown> }> = [];
  if (label !== undefined && label !== row.label) audits.push({ action: 'entry_code.label_changed', data: { code: row.code, from: row.label, to: label } });
  if (active !== undefined && active !== row.active) {
    audits.push({ action: active ? 'entry_code.activated' : 'entry_code.deactivated', data: { code: row.code } });
  }
  return audits;
}

/**
 * Changes a code's label and/or switches it on or off. Switching on checks
 * the code again, as creating it does (its layer may no longer be active in
 * the municipality). Writes nothing when nothing changes; otherwise one audit
 * row per change, in one transaction.
 * @throws AppError NOT_FOUND, ENTRY_CODE_INVALID
 */
export async function updateEntryCode(db: Db, code: string, change: EntryCodeChange, actor = 'system'): Promise<EntryCode> {
  return inTransaction(db, async (tx) => {
    const normalized = normalizeEntryCode(code);
    const row = normalized ? await findEntryCode(tx, normalized) : null;
    if (!row) throw new AppError('NOT_FOUND', { what: `Entry code "${code}"` });
    const label = change.label === undefined ? undefined : checkedLabel(row.code, change.label);
    const audits = changeAudits(row, label, change.active);
    if (audits.length === 0) return toEntryCode(row);
    if (change.active === true && !row.active) {
      const problem = municipalityProblem(row.organization)
        ?? (row.layerOrganization ? entryLayerProblem(row.organization, row.layerOrganization) : undefined);
      if (problem) throw new AppError('ENTRY_CODE_INVALID', { code: row.code, reason: problem });
    }
    const data = { ...(label !== undefined ? { label } : {}), ...(change.active !== undefined ? { active: change.active } : {}) };
    await updateEntryCodeRow(tx, row.id, data);
    for (const audit of audits) {
      await writeAuditLog(tx, { actor, organizationId: row.organization.id, entityType: 'entry_code', entityId: row.id, ...audit });
    }
    return toEntryCode({ ...row, ...data });
  }, 10_000);
}

/**
 * Switches a code on or off (see updateEntryCode); an inactive code opens
 * chats with the default municipality.
 * @throws AppError NOT_FOUND, ENTRY_CODE_INVALID
 */
export async function setEntryCodeActive(db: Db, code: string, active: boolean, actor = 'system'): Promise<EntryCode> {
  return updateEntryCode(db, code, { active }, actor);
}
