import { Prisma, type DbClient } from '../../platform/db.ts';
import { organizationSelect, type StoredOrganization } from '../organization-repository.ts';

/** Organizations as studio layers: what the access policies need (kind, parent, where active) and what the studio shows. */

/** A layer with everything `layerAccess` (core/access) needs. */
export interface LayerRecord extends StoredOrganization {
  /** Employer and housing-provider layers: the municipalities where an administrator made them active (layer_activations). */
  activeIn: string[];
}

/** A staff member as the studio names them. */
export interface Person {
  id: string;
  name: string;
}

/** The columns of a {@link LayerRecord} (Prisma `select`, rows for {@link toLayer}). */
export const layerSelect = {
  ...organizationSelect,
  activations: { select: { municipalityId: true } },
} as const;

/** A row as {@link layerSelect} reads it. */
export type LayerRow = StoredOrganization & { activations: Array<{ municipalityId: string }> };

/** A row read with {@link layerSelect} as a layer. */
export function toLayer({ activations, ...row }: LayerRow): LayerRecord {
  return { ...row, activeIn: activations.map((a) => a.municipalityId) };
}

/** Every organization as a layer, by name. A deployment has at most a few hundred. */
export async function loadLayers(db: DbClient): Promise<LayerRecord[]> {
  const rows = await db.organization.findMany({ select: layerSelect, orderBy: { name: 'asc' } });
  return rows.map(toLayer);
}

export async function findLayer(db: DbClient, slug: string): Promise<LayerRecord | null> {
  const row = await db.organization.findUnique({ where: { slug }, select: layerSelect });
  return row ? toLayer(row) : null;
}

/** Slugs and names of organizations by id (parents, activations). */
export async function layerNames(db: DbClient, ids: readonly string[]): Promise<Map<string, { slug: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.organization.findMany({ where: { id: { in: [...ids] } }, select: { id: true, slug: true, name: true } });
  return new Map(rows.map((r) => [r.id, { slug: r.slug, name: r.name }]));
}

/** The layer's editors and administrators with an active account: who may own its tiles. */
export async function listLayerEditors(db: DbClient, organizationId: string): Promise<Person[]> {
  const rows = await db.staffUser.findMany({
    where: { disabled: false, memberships: { some: { organizationId, role: { in: ['editor', 'admin'] } } } },
    select: { id: true, name: true },
    orderBy: { name: 'asc' },
  });
  return rows;
}

/** Tiles of the layer by status, with a draft, and overdue for review (not archived, reviewBy before `now`). */
export async function countLayerTiles(db: DbClient, organizationId: string, now: Date): Promise<{
  total: number; published: number; draft: number; archived: number; withDraft: number; overdue: number;
}> {
  const [byStatus, withDraft, overdue] = await Promise.all([
    db.tile.groupBy({ by: ['status'], where: { organizationId }, _count: { _all: true } }),
    db.tile.count({ where: { organizationId, draft: { not: Prisma.DbNull } } }),
    db.tile.count({ where: { organizationId, status: { not: 'archived' }, reviewBy: { lt: now } } }),
  ]);
  const count = (status: string) => byStatus.find((s) => s.status === status)?._count._all ?? 0;
  const published = count('published');
  const draft = count('draft');
  const archived = count('archived');
  return { total: published + draft + archived, published, draft, archived, withDraft, overdue };
}
