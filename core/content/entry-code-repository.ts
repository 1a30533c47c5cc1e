import { Prisma, type DbClient } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import { layerSelect, toLayer, type LayerRecord, type LayerRow } from './library/layer-repository.ts';
import { organizationSelect, type StoredOrganization } from './organization-repository.ts';

/**
 * Database access for entry codes (the `entry_codes` table) and the layers
 * they may open (`layer_activations`). Validation lives in entry-codes.ts;
 * this file only reads and writes rows.
 */

/** An employer or housing provider (or any organization offered as one) with the municipalities where its layer is active (layer_activations). */
export type StoredLayer = LayerRecord;

/** An entry code row with both organizations, as validation and resolution need them. */
export interface StoredEntryCode {
  id: string;
  code: string;
  label: string | null;
  active: boolean;
  /** People who started a chat through the code (a count, nothing about who). */
  chatsStarted: number;
  createdAt: Date;
  /** The municipality. */
  organization: StoredOrganization;
  /** The employer or housing provider layer, if any. */
  layerOrganization: StoredLayer | null;
}

const entryCodeSelect = {
  id: true, code: true, label: true, active: true, chatsStarted: true, createdAt: true,
  organization: { select: organizationSelect },
  layerOrganization: { select: layerSelect },
} as const;

function toStored(row: Omit<StoredEntryCode, 'layerOrganization'> & { layerOrganization: LayerRow | null }): StoredEntryCode {
  return { ...row, layerOrganization: row.layerOrganization && toLayer(row.layerOrganization) };
}

/** The entry code stored exactly as `code` (callers normalise it to lower case first). */
export async function findEntryCode(db: DbClient, code: string): Promise<StoredEntryCode | null> {
  const row = await db.entryCode.findUnique({ where: { code }, select: entryCodeSelect });
  return row && toStored(row);
}

/** Every entry code (active or not) into the municipality, by code. */
export async function listEntryCodesOf(db: DbClient, municipalityId: string): Promise<StoredEntryCode[]> {
  const rows = await db.entryCode.findMany({ where: { organizationId: municipalityId }, select: entryCodeSelect, orderBy: { code: 'asc' } });
  return rows.map(toStored);
}

/** The organization with the municipalities where its layer is active (none for kinds that are no layer). */
export async function findLayer(db: DbClient, slug: string): Promise<StoredLayer | null> {
  const row = await db.organization.findUnique({ where: { slug }, select: layerSelect });
  return row && toLayer(row);
}

/** The employers and housing providers whose layer is active in the municipality, by name. */
export async function listLayersActiveIn(db: DbClient, municipalityId: string): Promise<StoredLayer[]> {
  const rows = await db.organization.findMany({
    where: { kind: { in: ['employer', 'housing_provider'] }, activations: { some: { municipalityId } } },
    select: layerSelect,
    orderBy: [{ name: 'asc' }, { slug: 'asc' }],
  });
  return rows.map(toLayer);
}

/**
 * Inserts a validated entry code.
 * @throws AppError ENTRY_CODE_TAKEN when the code exists, also when another process inserted it a moment ago.
 */
export async function insertEntryCode(
  db: DbClient,
  data: { code: string; organizationId: string; layerOrganizationId: string | null; label: string | null },
): Promise<StoredEntryCode> {
  try {
    return toStored(await db.entryCode.create({ data, select: entryCodeSelect }));
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
      throw new AppError('ENTRY_CODE_TAKEN', { code: data.code }, { cause: err });
    }
    throw err;
  }
}

/** Changes the label and/or the active flag (fields left out stay as they are). */
export async function updateEntryCodeRow(db: DbClient, id: string, data: { label?: string | null; active?: boolean }): Promise<void> {
  await db.entryCode.update({ where: { id }, data });
}
