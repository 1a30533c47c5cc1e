import { maySeeLayer } from '../../../core/access/index.ts';
import { entryPointKey, findEntryCodeView, findLayer, type LayerRecord } from '../../../core/content/index.ts';
import type { DbClient } from '../../../core/platform/db.ts';
import { AppError } from '../../../core/platform/errors.ts';
import type { StaffPrincipal } from '../../../core/staff/index.ts';

/**
 * Where the preview and "try it" put the person: an entry point the caller
 * may know of, asked of the named policy `maySeeLayer` (core/access). What
 * the caller may not see is answered exactly as what does not exist (404),
 * so nobody learns which organizations or entry codes exist.
 */

/** An entry point as the preview and "try it" use it. */
export interface StudioEntryPoint {
  /** The AnswerService / TileSource key (core/content entryPointKey). */
  key: string;
  /** The entry code, when the person comes in through one. */
  code?: string;
  /** Whether the caller may see the municipality itself (and so its unpublished local additions). */
  municipalityVisible: boolean;
}

/** An organization the caller may see, by slug. @throws AppError ORGANIZATION_NOT_FOUND otherwise. */
export async function visibleOrganization(db: DbClient, principal: StaffPrincipal, slug: string): Promise<LayerRecord> {
  const org = await findLayer(db, slug);
  if (!org || !maySeeLayer(principal, org)) throw new AppError('ORGANIZATION_NOT_FOUND', { slug });
  return org;
}

/**
 * The entry point of an entry code: its municipality with the code's
 * employer or housing-provider layer on top. The caller must see the
 * municipality, or the code's layer (an employer's editor trying their own
 * code: they see what their people see, their municipality's public tiles included).
 * @throws AppError NOT_FOUND for an unknown code or one the caller may not see.
 */
export async function entryOfCode(db: DbClient, principal: StaffPrincipal, code: string): Promise<StudioEntryPoint> {
  const entry = await findEntryCodeView(db, code);
  const notFound = new AppError('NOT_FOUND', { what: `Entry code "${code}"` });
  if (!entry) throw notFound;
  const [municipality, layer] = await Promise.all([
    findLayer(db, entry.municipality.slug),
    entry.layer ? findLayer(db, entry.layer.slug) : Promise.resolve(null),
  ]);
  const municipalityVisible = Boolean(municipality && maySeeLayer(principal, municipality));
  if (!municipalityVisible && !(layer && maySeeLayer(principal, layer))) throw notFound;
  return { key: entryPointKey(entry.municipality.slug, entry.layer?.slug), code: entry.code, municipalityVisible };
}
