import { Prisma, type DbClient } from '../platform/db.ts';

/** The audit trail: every administrative write leaves one row (who, what, when). */

export interface AuditEntry {
  /** `cli`, `user:<id>`, `system`. */
  actor: string;
  organizationId?: string;
  action: string;
  entityType: string;
  entityId: string;
  data: Record<string, unknown>;
}

export async function writeAuditLog(db: DbClient, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({ data: { ...entry, data: entry.data as Prisma.InputJsonObject } });
}

