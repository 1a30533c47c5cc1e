import { AppError } from '../platform/errors.ts';
import { SUPPORTED_LANGUAGES } from '../languages/index.ts';
import type { Db, DbClient } from '../platform/db.ts';
import { writeAuditLog } from './audit-log.ts';
import { createTiles, loadLibrary, replaceTranslations, updateTile } from './library-repository.ts';
import { restampTranslations } from './translations/translation-repository.ts';
import { createOrganization, findOrganization, updateOrganization, type StoredOrganization } from './organization-repository.ts';
import { inTransaction } from './transaction.ts';
import { DEFAULT_THEMES } from './default-themes.ts';
import { listThemeKeys, seedDefaultThemes, themeIdsByKey } from './theme-repository.ts';
import { planImport } from './import-plan.ts';
import { parseTileFile, type TileFileV1 } from './tiles-v1.ts';

/** What `importTiles` did; the CLI prints it as one JSON line. */
export interface ImportSummary {
  /** Slug of the organization the tiles belong to. */
  organization: string;
  /** Tiles that did not exist before. */
  created: number;
  /** Existing tiles with any change (fields or translations). */
  updated: number;
  /** Existing tiles the file matched exactly. */
  unchanged: number;
  /** Translation rows written (inserted or replaced), the source language included. */
  translations: number;
}

/** `existing` followed by the languages only `added` has, in the product's language order. */
function mergeLanguages(existing: readonly string[], added: readonly string[]): string[] {
  const extra = SUPPORTED_LANGUAGES.filter((l) => added.includes(l) && !existing.includes(l));
  return [...existing, ...extra];
}

/**
 * Creates the file's organization, or checks and updates it: the kind must
 * match; the name follows the file; the file's languages are enabled.
 */
async function upsertOrganization(tx: DbClient, file: TileFileV1): Promise<StoredOrganization> {
  const { slug, name, kind } = file.organization;
  const current = await findOrganization(tx, slug);
  if (!current) return createOrganization(tx, { slug, name, kind, enabledLanguages: [...file.languages] });
  if (current.kind !== kind) {
    throw new AppError('IMPORT_INVALID', {
      details: `organization.kind: "${slug}" exists as a ${current.kind}, the file says ${kind}`,
    });
  }
  const enabledLanguages = mergeLanguages(current.enabledLanguages, file.languages);
  const languagesChanged = enabledLanguages.length !== current.enabledLanguages.length;
  if (current.name !== name || languagesChanged) {
    await updateOrganization(tx, current.id, { name, ...(languagesChanged ? { enabledLanguages } : {}) });
  }
  return { ...current, name, enabledLanguages };
}

/**
 * Imports a `tiles/v1` file: validates it completely first, then in one
 * transaction creates or updates the organization, upserts every tile by
 * (organization, key), writes the changed translations and one audit row.
 * Tiles the file does not mention are left alone. On any error nothing is
 * changed. When the themes table is empty the default themes are seeded in
 * the same transaction.
 *
 * @param file the parsed JSON (not yet validated).
 * @param actor who imports, for the audit log: `cli`, `user:<id>`.
 * @throws AppError IMPORT_INVALID naming every problem by tile and field.
 */
export async function importTiles(db: Db, file: unknown, actor: string): Promise<ImportSummary> {
  const themeKeys = await listThemeKeys(db);
  const seedThemes = themeKeys.length === 0;
  const valid = parseTileFile(file, { themes: seedThemes ? DEFAULT_THEMES.map((t) => t.key) : themeKeys });

  return inTransaction(db, async (tx) => {
    if (seedThemes) await seedDefaultThemes(tx);
    const org = await upsertOrganization(tx, valid);
    const plan = planImport(valid, await loadLibrary(tx, org.id), await themeIdsByKey(tx));

    const newIds = await createTiles(tx, plan.newTiles.map(({ tile }) => ({ ...tile, organizationId: org.id })));
    for (const { id, patch } of plan.tileUpdates) await updateTile(tx, id, patch);
    const newTranslations = plan.newTiles.flatMap(({ tile, translations }) =>
      translations.map((t) => ({ ...t, tileId: newIds.get(tile.key) as string })),
    );
    for (const r of plan.restamps) await restampTranslations(tx, r.tileId, r.from, r.to);
    const translations = await replaceTranslations(tx, plan.replacedTranslationIds, [
      ...newTranslations,
      ...plan.changedTranslations,
    ]);

    const summary: ImportSummary = {
      organization: org.slug,
      created: plan.created,
      updated: plan.updated,
      unchanged: plan.unchanged,
      translations,
    };
    await writeAuditLog(tx, {
      actor,
      organizationId: org.id,
      action: 'content.imported',
      entityType: 'organization',
      entityId: org.id,
      data: { ...summary, tiles: valid.tiles.length, languages: valid.languages },
    });
    return summary;
  });
}
