import { Prisma, type DbClient } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import type { StoredOrganization } from './organization-repository.ts';

/**
 * Database access for entry codes (the `entry_codes` table). Validation lives
 * in entry-codes.ts; this file only reads and writes rows.
 */

/** An entry code row with both organizations, as validation and resolution need them. */
export interface StoredEntryCode {
  id: string;
  code: string;
  label: string | null;
  active: boolean;
  createdAt: Date;
  /** The municipality. */
  organization: StoredOrganization;
  /** The employer or housing provider layer, if any. */
  layerOrganization: StoredOrganization | null;
}

const organizationSelect = {
  id: true, slug: true, name: true, kind: true, parentId: true, enabledLanguages: true,
} as const;

const entryCodeSelect = {
  id: true, code: true, label: true, active: true, createdAt: true,
  organization: { select: organizationSelect },
  layerOrganization: { select: organizationSelect },
} as const;

/** The entry code stored exactly as `code` (callers normalise it to lower case first). */
export async function findEntryCode(db: DbClient, code: string): Promise<StoredEntryCode | null> {
  return db.entryCode.findUnique({ where: { code }, select: entryCodeSelect });
}

/** Every entry code (active or not) into the municipality, by code. */
export async function listEntryCodesOf(db: DbClient, municipalityId: string): Promise<StoredEntryCode[]> {
  return db.entryCode.findMany({ where: { organizationId: municipalityId }, select: entryCodeSelect, orderBy: { code: 'asc' } });
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
    return await db.entryCode.create({ data, select: entryCodeSelect });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') {
      throw new AppError('ENTRY_CODE_TAKEN', { code: data.code }, { cause: err });
    }
    throw err;
  }
}

export async function updateEntryCodeActive(db: DbClient, id: string, active: boolean): Promise<void> {
  await db.entryCode.update({ where: { id }, data: { active } });
}
