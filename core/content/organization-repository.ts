import type { Db, DbClient } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import { writeAuditLog } from './audit-log.ts';
import { inTransaction } from './transaction.ts';

/** Organizations and their hierarchy: regions, municipalities, and the employers and housing providers active in them. */

export type OrganizationKind = 'national' | 'region' | 'municipality' | 'employer' | 'housing_provider' | 'local_org';
export interface StoredOrganization {
  id: string;
  slug: string;
  name: string;
  kind: OrganizationKind;
  parentId: string | null;
  enabledLanguages: string[];
}

/** The columns of a {@link StoredOrganization} (Prisma `select`); other repositories extend it. */
export const organizationSelect = {
  id: true, slug: true, name: true, kind: true, parentId: true, enabledLanguages: true,
} as const;

export async function findOrganization(db: DbClient, slug: string): Promise<StoredOrganization | null> {
  return db.organization.findUnique({ where: { slug }, select: organizationSelect });
}

/** @throws AppError ORGANIZATION_NOT_FOUND */
export async function getOrganization(db: DbClient, slug: string): Promise<StoredOrganization> {
  const org = await findOrganization(db, slug);
  if (!org) throw new AppError('ORGANIZATION_NOT_FOUND', { slug });
  return org;
}

export async function createOrganization(
  db: DbClient,
  data: { slug: string; name: string; kind: OrganizationKind; enabledLanguages: string[] },
): Promise<StoredOrganization> {
  return db.organization.create({ data, select: organizationSelect });
}

export async function updateOrganization(
  db: DbClient,
  id: string,
  data: { name?: string; enabledLanguages?: string[] },
): Promise<void> {
  await db.organization.update({ where: { id }, data });
}

/** The kinds an organization of each kind may have as its parent (see the schema's `parent`). */
const PARENT_KINDS: Readonly<Record<OrganizationKind, readonly OrganizationKind[]>> = {
  national: [],
  region: [],
  municipality: ['region'],
  employer: ['municipality'],
  housing_provider: ['municipality'],
  local_org: ['municipality'],
};

/** `an employer`, `a municipality`. */
function aKind(kind: OrganizationKind): string {
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}

/**
 * Places an organization under its parent: a municipality in its region; an
 * employer, housing provider or local organization in its home municipality
 * (its chats then show that municipality's tiles too), where its layer is
 * then active (a layer_activations row, also when the parent was set before). Refused
 * while active entry codes open the organization's layer in another municipality.
 * Setting the parent it already has writes nothing; a change leaves one audit row.
 * @param actor for the audit log: `cli`, `seed`, `user:<id>`.
 * @throws AppError ORGANIZATION_NOT_FOUND, ORGANIZATION_PARENT_INVALID
 */
export async function setParentOrganization(db: Db, slug: string, parentSlug: string, actor = 'system'): Promise<void> {
  await inTransaction(db, async (tx) => {
    const [org, parent] = await Promise.all([getOrganization(tx, slug), getOrganization(tx, parentSlug)]);
    const invalid = (reason: string) => new AppError('ORGANIZATION_PARENT_INVALID', { slug, parent: parentSlug, reason });
    if (org.id === parent.id) throw invalid('an organization cannot be its own parent');
    const allowed = PARENT_KINDS[org.kind];
    if (!allowed.includes(parent.kind)) {
      throw invalid(allowed.length
        ? `the parent of ${aKind(org.kind)} must be ${allowed.map(aKind).join(' or ')}, not ${aKind(parent.kind)}`
        : `${aKind(org.kind)} organization has no parent`);
    }
    // An employer or housing provider is active in its home municipality (layer_activations; administrators add others).
    const entryLayer = org.kind === 'employer' || org.kind === 'housing_provider';
    if (entryLayer) {
      await tx.layerActivation.upsert({
        where: { layerId_municipalityId: { layerId: org.id, municipalityId: parent.id } },
        create: { layerId: org.id, municipalityId: parent.id },
        update: {},
      });
    }
    if (org.parentId === parent.id) return;
    const elsewhere = await tx.entryCode.findMany({
      where: { layerOrganizationId: org.id, organizationId: { not: parent.id }, active: true },
      select: { code: true },
      orderBy: { code: 'asc' },
    });
    if (elsewhere.length) {
      throw invalid(`active entry codes open its layer in another municipality (${elsewhere.map((c) => c.code).join(', ')}); deactivate them first`);
    }
    await tx.organization.update({ where: { id: org.id }, data: { parentId: parent.id } });
    await writeAuditLog(tx, {
      actor,
      organizationId: org.id,
      action: 'organization.parent_changed',
      entityType: 'organization',
      entityId: org.id,
      data: { parent: parent.slug, previousParentId: org.parentId },
    });
  });
}

