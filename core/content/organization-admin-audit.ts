import type { DbClient, Prisma } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';

/**
 * Reading an organization's audit log (who did what, when): a page for the
 * studio and all matching rows for the CSV export. Newest first.
 */

/** One audit row as administrators read it. */
export interface AuditRecord {
  id: string;
  at: Date;
  /** `user:<id>`, `cli`, `system`, `seed`. */
  actor: string;
  /** The staff member's name when the actor is a user who still exists. */
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data: unknown;
}

/** Which rows: `action` matches exactly or as a dotted prefix (`staff` matches `staff.invited`); `from`/`to` bound the time, `to` exclusive. */
export interface AuditFilter {
  action?: string;
  from?: Date;
  to?: Date;
}

/** At most this many rows go into one export. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;
export const AUDIT_PAGE_SIZE_MAX = 200;

function where(organizationId: string, filter: AuditFilter): Prisma.AuditLogWhereInput {
  if (filter.from && filter.to && filter.from >= filter.to) throw new AppError('VALIDATION_FAILED', { details: 'from: must be before to' });
  const action = filter.action?.trim();
  return {
    organizationId,
    ...(action ? { OR: [{ action }, { action: { startsWith: `${action.replace(/\.$/, '')}.` } }] } : {}),
    ...(filter.from || filter.to ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {}),
  };
}

const recordSelect = {
  id: true, createdAt: true, actor: true, action: true, entityType: true, entityId: true, data: true,
} as const;

/** Names of the `user:<id>` actors among `rows`. */
async function actorNames(db: DbClient, rows: ReadonlyArray<{ actor: string }>): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((r) => /^user:(.+)$/.exec(r.actor)?.[1]).filter((id): id is string => id !== undefined))];
  if (ids.length === 0) return new Map();
  const users = await db.staffUser.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [`user:${u.id}`, u.name]));
}

async function records(db: DbClient, rows: Array<Prisma.AuditLogGetPayload<{ select: typeof recordSelect }>>): Promise<AuditRecord[]> {
  const names = await actorNames(db, rows);
  return rows.map((r) => ({
    id: r.id, at: r.createdAt, actor: r.actor, actorName: names.get(r.actor) ?? null,
    action: r.action, entityType: r.entityType, entityId: r.entityId, data: r.data,
  }));
}

/** One page (1-based) of the organization's audit rows, and how many match in all. */
export async function readAuditPage(
  db: DbClient,
  organizationId: string,
  filter: AuditFilter,
  page: number,
  pageSize: number,
): Promise<{ items: AuditRecord[]; total: number }> {
  const size = Math.min(Math.max(1, pageSize), AUDIT_PAGE_SIZE_MAX);
  const condition = where(organizationId, filter);
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({ where: condition, select: recordSelect, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: (Math.max(1, page) - 1) * size, take: size }),
    db.auditLog.count({ where: condition }),
  ]);
  return { items: await records(db, rows), total };
}

/** Every matching row, newest first, up to {@link AUDIT_EXPORT_MAX_ROWS}. */
export async function readAuditExport(db: DbClient, organizationId: string, filter: AuditFilter): Promise<AuditRecord[]> {
  const rows = await db.auditLog.findMany({
    where: where(organizationId, filter), select: recordSelect, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: AUDIT_EXPORT_MAX_ROWS,
  });
  return records(db, rows);
}
