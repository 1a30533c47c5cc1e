import { Prisma, type DbClient } from '../../platform/db.ts';
import type { ReportPeriod } from './report-query.ts';

/**
 * Chats started through an employer's or housing provider's entry codes:
 * conversations whose entry organization is the layer, per month of their
 * start (UTC). RAW counts, protected by the reports service. Conversations
 * deleted by the retention job are no longer counted, so months older than
 * the municipality's retention period show fewer chats.
 */
export async function chatsStartedPerMonth(db: DbClient, layerId: string, period: ReportPeriod): Promise<Array<{ month: string; count: number }>> {
  return db.$queryRaw<Array<{ month: string; count: number }>>(Prisma.sql`
    SELECT to_char(created_at, 'YYYY-MM') AS month, count(*)::int AS count
    FROM conversations
    WHERE entry_organization_id = ${layerId}
      AND created_at >= ${period.from}::date AND created_at < (${period.to}::date + 1)
    GROUP BY 1`);
}
