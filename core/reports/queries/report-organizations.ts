import type { OrganizationKind } from '../../staff/index.ts';
import type { DbClient } from '../../platform/db.ts';

/** An organization as the reports name it. */
export interface ReportUnitOrganization {
  id: string;
  slug: string;
  name: string;
}

/** A region's municipalities (each reported and protected on its own), by name. */
export async function regionMunicipalities(db: DbClient, regionId: string): Promise<ReportUnitOrganization[]> {
  return db.organization.findMany({
    where: { parentId: regionId, kind: 'municipality' },
    select: { id: true, slug: true, name: true },
    orderBy: [{ name: 'asc' }, { slug: 'asc' }],
  });
}

/** An organization with what the access policy (core/access reportScope) needs. */
export interface ReportCandidate extends ReportUnitOrganization {
  kind: OrganizationKind;
  parentId: string | null;
}

/** The organizations `ids` and the municipalities under any of them (a region's), by name: whose reports a staff member might open. */
export async function reportCandidates(db: DbClient, ids: readonly string[]): Promise<ReportCandidate[]> {
  if (ids.length === 0) return [];
  return db.organization.findMany({
    where: { OR: [{ id: { in: [...ids] } }, { parentId: { in: [...ids] }, kind: 'municipality' }] },
    select: { id: true, slug: true, name: true, kind: true, parentId: true },
    orderBy: [{ name: 'asc' }, { slug: 'asc' }],
  });
}
