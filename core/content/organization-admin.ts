import { isLanguage } from '../languages/index.ts';
import { Prisma, type Db, type DbClient } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import { writeAuditLog } from './audit-log.ts';
import { findOrganization, setParentOrganization, type OrganizationKind } from './organization-repository.ts';
import { inTransaction } from './transaction.ts';

/**
 * What national administrators do with organizations: create municipalities,
 * regions, employers and housing providers, and choose the municipalities
 * where an employer's or housing provider's layer is active
 * (`layer_activations`). Access is the caller's check (core/access
 * mayManageOrganizations). Every change leaves an audit row.
 */

/** Kinds an administrator may create (the national library exists once; local organizations come with their municipality). */
export const CREATABLE_KINDS = ['region', 'municipality', 'employer', 'housing_provider'] as const;
export type CreatableKind = (typeof CREATABLE_KINDS)[number];

/** Kinds whose layer is shown in the municipalities where it is active. */
const LAYER_KINDS: readonly OrganizationKind[] = ['employer', 'housing_provider'];

/** An organization as the administrators' list shows it. */
export interface OrganizationSummary {
  id: string;
  slug: string;
  name: string;
  kind: OrganizationKind;
  parentSlug: string | null;
  /** Employers and housing providers: the municipalities (slugs) where the layer is active; empty for other kinds. */
  activeIn: string[];
  enabledLanguages: string[];
}

/** An organization as the access policies need it (core/access LayerRef). */
export interface OrganizationRef {
  id: string;
  slug: string;
  name: string;
  kind: OrganizationKind;
  parentId: string | null;
  /** Employers and housing providers: the municipality ids where the layer is active. */
  activeIn: string[];
}

export interface NewOrganization {
  slug: string;
  name: string;
  kind: CreatableKind;
  /** A municipality's region (optional); an employer's or housing provider's home municipality (required). */
  parentSlug?: string;
  /** Default: Dutch and English. */
  enabledLanguages?: string[];
}

/** 2–64 lower-case letters, digits and hyphens, as entry codes and chat links use them. */
export const ORGANIZATION_SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}[a-z0-9]$/;

const summarySelect = {
  id: true, slug: true, name: true, kind: true, enabledLanguages: true,
  parent: { select: { slug: true } },
  activations: { select: { municipality: { select: { slug: true } } } },
} as const;

type SummaryRow = Prisma.OrganizationGetPayload<{ select: typeof summarySelect }>;

function toSummary(row: SummaryRow): OrganizationSummary {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    parentSlug: row.parent?.slug ?? null,
    activeIn: LAYER_KINDS.includes(row.kind) ? row.activations.map((a) => a.municipality.slug).sort() : [],
    enabledLanguages: row.enabledLanguages,
  };
}

/** Organizations by kind and name; all of them, or those with the given ids. */
export async function listOrganizations(db: DbClient, onlyIds?: readonly string[]): Promise<OrganizationSummary[]> {
  const rows = await db.organization.findMany({
    where: onlyIds ? { id: { in: [...onlyIds] } } : {},
    select: summarySelect,
    orderBy: [{ kind: 'asc' }, { name: 'asc' }],
  });
  return rows.map(toSummary);
}

/** The organization with its activations, for the access policies; undefined for an unknown slug. */
export async function findOrganizationRef(db: DbClient, slug: string): Promise<OrganizationRef | undefined> {
  const row = await db.organization.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, kind: true, parentId: true, activations: { select: { municipalityId: true } } },
  });
  if (!row) return undefined;
  return {
    id: row.id, slug: row.slug, name: row.name, kind: row.kind, parentId: row.parentId,
    activeIn: LAYER_KINDS.includes(row.kind) ? row.activations.map((a) => a.municipalityId) : [],
  };
}

/**
 * Creates an organization; an employer or housing provider goes under its
 * home municipality and is active there (setParentOrganization's rules).
 * @param actor for the audit log: `user:<id>`.
 * @throws AppError VALIDATION_FAILED | ORGANIZATION_SLUG_TAKEN | ORGANIZATION_NOT_FOUND (parent) | ORGANIZATION_PARENT_INVALID
 */
export async function createOrganizationAsAdmin(db: Db, input: NewOrganization, actor: string): Promise<OrganizationSummary> {
  const problems: string[] = [];
  const slug = input.slug.trim().toLowerCase();
  const name = input.name.trim();
  if (!ORGANIZATION_SLUG_PATTERN.test(slug)) problems.push('slug: 2–64 lower-case letters, digits and hyphens, starting and ending with a letter or digit');
  if (name === '' || name.length > 200) problems.push('name: 1 to 200 characters');
  if (!(CREATABLE_KINDS as readonly string[]).includes(input.kind)) problems.push(`kind: one of ${CREATABLE_KINDS.join(', ')}`);
  const languages = [...new Set(input.enabledLanguages ?? ['nl', 'en'])];
  for (const lang of languages) if (!isLanguage(lang)) problems.push(`enabledLanguages: "${lang}" is not supported`);
  if (languages.length === 0) problems.push('enabledLanguages: at least one language');
  if (LAYER_KINDS.includes(input.kind) && !input.parentSlug) problems.push(`parentSlug: ${input.kind === 'employer' ? 'an employer' : 'a housing provider'} needs its home municipality`);
  if (input.kind === 'region' && input.parentSlug) problems.push('parentSlug: a region has no parent');
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { details: problems.join('; ') });
  if (input.parentSlug) {
    const parent = await findOrganization(db, input.parentSlug);
    if (!parent) throw new AppError('ORGANIZATION_NOT_FOUND', { slug: input.parentSlug });
    const wanted: OrganizationKind = input.kind === 'municipality' ? 'region' : 'municipality';
    if (parent.kind !== wanted) {
      throw new AppError('ORGANIZATION_PARENT_INVALID', { slug, parent: input.parentSlug, reason: `the parent of a ${input.kind} must be a ${wanted}, not a ${parent.kind}` });
    }
  }

  const created = await inTransaction(db, async (tx) => {
    if (await findOrganization(tx, slug)) throw new AppError('ORGANIZATION_SLUG_TAKEN', { slug });
    const row = await tx.organization.create({ data: { slug, name, kind: input.kind, enabledLanguages: languages }, select: { id: true } })
      .catch((err: unknown) => {
        if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002') throw new AppError('ORGANIZATION_SLUG_TAKEN', { slug });
        throw err;
      });
    await writeAuditLog(tx, {
      actor, organizationId: row.id, action: 'organization.created', entityType: 'organization', entityId: row.id,
      data: { slug, name, kind: input.kind, parent: input.parentSlug ?? null, enabledLanguages: languages },
    });
    return row;
  });
  // The parent rules (and the activation in the home municipality) live in setParentOrganization; checked above, so a refusal here
  // is a race (the parent changed meanwhile), which undoes the creation.
  if (input.parentSlug) {
    try {
      await setParentOrganization(db, slug, input.parentSlug, actor);
    } catch (err) {
      await db.organization.delete({ where: { id: created.id } });
      throw err;
    }
  }
  const [summary] = await listOrganizations(db, [created.id]);
  return summary;
}

/**
 * Makes the municipalities where an employer's or housing provider's layer
 * is active exactly `municipalitySlugs`. Refuses to remove a municipality
 * where active entry codes still open the layer.
 * @throws AppError ORGANIZATION_NOT_FOUND | VALIDATION_FAILED | ACTIVATION_IN_USE
 */
export async function setLayerActivations(db: Db, layerSlug: string, municipalitySlugs: readonly string[], actor: string): Promise<string[]> {
  return inTransaction(db, async (tx) => {
    const layer = await findOrganizationRef(tx, layerSlug);
    if (!layer) throw new AppError('ORGANIZATION_NOT_FOUND', { slug: layerSlug });
    if (!LAYER_KINDS.includes(layer.kind)) {
      throw new AppError('VALIDATION_FAILED', { details: `"${layerSlug}" is a ${layer.kind}; only employers and housing providers are activated in municipalities` });
    }
    const wanted = [...new Set(municipalitySlugs)];
    const found = await tx.organization.findMany({ where: { slug: { in: wanted } }, select: { id: true, slug: true, kind: true } });
    const problems = wanted.flatMap((slug) => {
      const org = found.find((o) => o.slug === slug);
      if (!org) return [`"${slug}" does not exist`];
      return org.kind === 'municipality' ? [] : [`"${slug}" is a ${org.kind}, not a municipality`];
    });
    if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { details: `municipalities: ${problems.join('; ')}` });
    const wantedIds = found.map((o) => o.id);
    const removed = layer.activeIn.filter((id) => !wantedIds.includes(id));
    const added = wantedIds.filter((id) => !layer.activeIn.includes(id));
    if (removed.length > 0) {
      const inUse = await tx.entryCode.findMany({
        where: { layerOrganizationId: layer.id, organizationId: { in: removed }, active: true },
        select: { code: true, organization: { select: { slug: true } } },
        orderBy: { code: 'asc' },
      });
      if (inUse.length > 0) {
        throw new AppError('ACTIVATION_IN_USE', { layer: layerSlug, municipality: inUse[0].organization.slug, codes: inUse.map((c) => c.code).join(', ') });
      }
      await tx.layerActivation.deleteMany({ where: { layerId: layer.id, municipalityId: { in: removed } } });
    }
    if (added.length > 0) await tx.layerActivation.createMany({ data: added.map((municipalityId) => ({ layerId: layer.id, municipalityId })), skipDuplicates: true });
    const slugs = found.map((o) => o.slug).sort();
    if (removed.length > 0 || added.length > 0) {
      const slugOf = async (ids: string[]) => (await tx.organization.findMany({ where: { id: { in: ids } }, select: { slug: true } })).map((o) => o.slug).sort();
      await writeAuditLog(tx, {
        actor, organizationId: layer.id, action: 'organization.activations_changed', entityType: 'organization', entityId: layer.id,
        data: { activeIn: slugs, added: await slugOf(added), removed: await slugOf(removed) },
      });
    }
    return slugs;
  });
}
