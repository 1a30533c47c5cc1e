import type { DbClient } from '../platform/db.ts';
import { getOrganization, type StoredOrganization } from './organization-repository.ts';
import { isLayerActive } from './subscription-repository.ts';
import type { EntryPoint } from './visibility.ts';

/**
 * Entry points as the answer engine names them: one string key per entry
 * point, so AnswerService can cache one engine per key and existing callers
 * that pass an organization slug keep working.
 *
 * - `demostad`: the municipality alone.
 * - `agrifarm-demo@demostad`: the employer (or housing provider) layer in
 *   that municipality, as an entry code opens it; the layer's tiles are shown
 *   only while it is active there (layer_activations).
 * - `agrifarm-demo`: the layer in its home municipality (Organization.parentId)
 *   when it is active there, otherwise in the first municipality (by slug)
 *   where it is active; a layer active nowhere is shown with its home
 *   municipality, without its own tiles.
 * - a national or regional library, or a local organization (or a layer
 *   without any municipality): its own published tiles only (an editor
 *   trying out a library on its own).
 */

/** Separates the layer from the municipality in a key (slugs never contain it). */
export const ENTRY_KEY_SEPARATOR = '@';

/** The key of the entry point `municipalitySlug` with an optional employer or housing-provider layer. */
export function entryPointKey(municipalitySlug: string, layerSlug?: string | null): string {
  return layerSlug ? `${layerSlug}${ENTRY_KEY_SEPARATOR}${municipalitySlug}` : municipalitySlug;
}

/** An entry point key taken apart; `municipalitySlug` only for the `layer@municipality` form. */
export function parseEntryPointKey(key: string): { slug: string; municipalitySlug?: string } {
  const at = key.indexOf(ENTRY_KEY_SEPARATOR);
  return at < 0 ? { slug: key } : { slug: key.slice(0, at), municipalitySlug: key.slice(at + 1) };
}

/** An entry point with the organizations behind it. */
export interface ResolvedEntryPoint {
  entry: EntryPoint;
  /** The municipality, or the organization shown on its own. */
  municipality: StoredOrganization;
  /** The employer or housing-provider layer named by the key, active or not. */
  layer?: StoredOrganization;
  /** Whose enabled languages the chat offers: the active layer's, else the municipality's. */
  languagesOf: StoredOrganization;
}

const isEntryLayer = (org: StoredOrganization) => org.kind === 'employer' || org.kind === 'housing_provider';

/** Ids of the national libraries, oldest first (the display order of national layers). */
async function nationalIds(db: DbClient): Promise<string[]> {
  const rows = await db.organization.findMany({ where: { kind: 'national' }, orderBy: [{ createdAt: 'asc' }, { slug: 'asc' }], select: { id: true } });
  return rows.map((r) => r.id);
}

/** A municipality's entry point, with `layer` on top (its activation checked). */
async function municipalityEntry(db: DbClient, municipality: StoredOrganization, layer?: StoredOrganization): Promise<ResolvedEntryPoint> {
  const active = layer ? await isLayerActive(db, layer.id, municipality.id) : false;
  return {
    entry: {
      municipalityId: municipality.id,
      regionId: municipality.parentId,
      nationalIds: await nationalIds(db),
      ...(layer ? { layer: { id: layer.id, active } } : {}),
    },
    municipality,
    ...(layer ? { layer } : {}),
    languagesOf: layer && active ? layer : municipality,
  };
}

/** An organization shown on its own: its published tiles only. */
function aloneEntry(org: StoredOrganization): ResolvedEntryPoint {
  return { entry: { municipalityId: org.id, regionId: null, nationalIds: [] }, municipality: org, languagesOf: org };
}

/** Where a layer named without a municipality is shown: home if active there, else the first activation by slug. */
async function layerMunicipality(db: DbClient, layer: StoredOrganization): Promise<StoredOrganization | undefined> {
  const activations = await db.layerActivation.findMany({
    where: { layerId: layer.id },
    select: { municipality: { select: { id: true, slug: true, name: true, kind: true, parentId: true, enabledLanguages: true } } },
    orderBy: { municipality: { slug: 'asc' } },
  });
  const active = activations.map((a) => a.municipality).filter((m) => m.kind === 'municipality');
  const home = active.find((m) => m.id === layer.parentId);
  if (home ?? active[0]) return home ?? active[0];
  if (!layer.parentId) return undefined;
  const parent = await db.organization.findUnique({
    where: { id: layer.parentId },
    select: { id: true, slug: true, name: true, kind: true, parentId: true, enabledLanguages: true },
  });
  return parent?.kind === 'municipality' ? parent : undefined;
}

/**
 * The entry point a key names (see the module comment).
 * A `layer@municipality` key whose parts are not an employer or housing
 * provider and a municipality is answered as its municipality part alone:
 * the message path never fails on a key that data changes made odd.
 * @throws AppError ORGANIZATION_NOT_FOUND for an unknown slug.
 */
export async function resolveEntryPoint(db: DbClient, key: string): Promise<ResolvedEntryPoint> {
  const { slug, municipalitySlug } = parseEntryPointKey(key);
  if (municipalitySlug !== undefined) {
    const [layer, municipality] = await Promise.all([getOrganization(db, slug), getOrganization(db, municipalitySlug)]);
    // A key that does not pair a layer with a municipality (data changed since the chat began) answers as its second part alone.
    if (!isEntryLayer(layer) || municipality.kind !== 'municipality') return resolveEntryPoint(db, municipalitySlug);
    return municipalityEntry(db, municipality, layer);
  }
  const org = await getOrganization(db, slug);
  if (org.kind === 'municipality') return municipalityEntry(db, org);
  if (isEntryLayer(org)) {
    const municipality = await layerMunicipality(db, org);
    return municipality ? municipalityEntry(db, municipality, org) : aloneEntry(org);
  }
  return aloneEntry(org);
}
