import { entryPointKey, loadVisibleTiles, parseOrganizationSettings } from '../../content/index.ts';
import type { DbClient } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';

/**
 * What synthetic report rows are drawn from, read from the organization as it
 * is set up: its languages, the tiles each of its entry points shows (so
 * themes, tiles and tile owners are real ones), its entry codes with the
 * employer or housing-provider layer each opens, and its referral agencies.
 * Lists come in a stable order (library order, codes by name), so the same
 * content and seed give the same rows in any database.
 */

/** A tile as the log names it. */
export interface SeedTile {
  key: string;
  theme: string;
  /** Id of the organization whose layer the tile belongs to. */
  ownerId: string;
}

export interface SeedDimensions {
  organizationId: string;
  slug: string;
  languages: string[];
  /** The municipality belongs to a region (some chats come through the region's link). */
  hasRegion: boolean;
  /** The municipality's own entry codes (no layer). */
  municipalityCodes: string[];
  /** The employer and housing-provider layers its codes open, each with its codes and the tiles a chat through them shows. */
  layers: Array<{ id: string; kind: 'employer' | 'housing_provider'; codes: string[]; tiles: SeedTile[] }>;
  /** The tiles a chat with the municipality itself shows. */
  tiles: SeedTile[];
  /** Referral agency names configured for the municipality; empty means the defaults. */
  agencies: string[];
}

/** Visible tiles of an entry point key, with owner ids. */
async function tilesOf(db: DbClient, key: string, ownerIds: Map<string, string>): Promise<SeedTile[]> {
  const tiles = await loadVisibleTiles(db, key);
  const missing = [...new Set(tiles.map((t) => t.ownerSlug).filter((s) => !ownerIds.has(s)))];
  if (missing.length > 0) {
    const owners = await db.organization.findMany({ where: { slug: { in: missing } }, select: { id: true, slug: true } });
    for (const o of owners) ownerIds.set(o.slug, o.id);
  }
  return tiles.map((t) => ({ key: t.key, theme: t.theme, ownerId: ownerIds.get(t.ownerSlug) ?? '' }));
}

/**
 * Loads the dimensions of municipality `slug`.
 * @throws AppError ORGANIZATION_NOT_FOUND; VALIDATION_FAILED when it is not a municipality
 *   (question logs belong to the municipality whose chat it was).
 */
export async function loadSeedDimensions(db: DbClient, slug: string): Promise<SeedDimensions> {
  const org = await db.organization.findUnique({
    where: { slug },
    select: { id: true, slug: true, kind: true, parentId: true, enabledLanguages: true, settings: true },
  });
  if (!org) throw new AppError('ORGANIZATION_NOT_FOUND', { slug });
  if (org.kind !== 'municipality') {
    throw new AppError('VALIDATION_FAILED', { details: `"${slug}" is a ${org.kind}: synthetic question logs belong to a municipality` });
  }
  const codes = await db.entryCode.findMany({
    where: { organizationId: org.id },
    orderBy: { code: 'asc' },
    select: { code: true, layerOrganization: { select: { id: true, slug: true, kind: true } } },
  });
  const ownerIds = new Map<string, string>([[org.slug, org.id]]);
  const tiles = await tilesOf(db, org.slug, ownerIds);
  const layers: SeedDimensions['layers'] = [];
  for (const code of codes) {
    const layer = code.layerOrganization;
    if (!layer || (layer.kind !== 'employer' && layer.kind !== 'housing_provider')) continue;
    const known = layers.find((l) => l.id === layer.id);
    if (known) {
      known.codes.push(code.code);
      continue;
    }
    layers.push({ id: layer.id, kind: layer.kind, codes: [code.code], tiles: await tilesOf(db, entryPointKey(org.slug, layer.slug), ownerIds) });
  }
  return {
    organizationId: org.id,
    slug: org.slug,
    languages: org.enabledLanguages,
    hasRegion: org.parentId !== null,
    municipalityCodes: codes.filter((c) => !c.layerOrganization).map((c) => c.code),
    layers,
    tiles,
    agencies: parseOrganizationSettings(org.settings).referralAgencies.map((a) => a.name),
  };
}
