import { parseOrganizationSettings, resolveEntryPoint, type SafetyCardEntry } from '../content/index.ts';
import type { DbClient } from '../platform/db.ts';

/** What "try it" needs of an entry point besides its engine: what a real chat there is told. */
export interface TryItSetting {
  /** The municipality's name (fixed texts name it). */
  organizationName: string;
  /** The municipality's own safety card entries. */
  safetyCard: readonly SafetyCardEntry[];
}

/**
 * The municipality behind an entry point key (core/content entryPointKey), as a chat there sees it.
 * @throws AppError ORGANIZATION_NOT_FOUND
 */
export async function loadTryItSetting(db: DbClient, entryKey: string): Promise<TryItSetting> {
  const resolved = await resolveEntryPoint(db, entryKey);
  const row = await db.organization.findUnique({ where: { id: resolved.municipality.id }, select: { settings: true } });
  return {
    organizationName: resolved.municipality.name,
    safetyCard: parseOrganizationSettings(row?.settings ?? {}).safetyCard,
  };
}
