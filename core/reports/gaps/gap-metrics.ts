import { Prisma, type DbClient } from '../../platform/db.ts';

/**
 * How long content gaps wait for an answer: from the first question of a
 * group to the moment an answer was live. "Add as an example" is live at
 * once (the audit row's moment); "draft a new tile" when the tile was first
 * published (its revision 1). Read from the audit rows the gap actions write
 * (kept 24 months), not from the gaps themselves (deleted after 90 days).
 */

/** What the dashboard shows for one organization and period. */
export interface GapResolutionFigures {
  /** Groups that got a published answer in the period. */
  answered: number;
  /** Median days from first question to published answer (one decimal); null when none was answered. */
  medianDays: number | null;
  /** Groups drafted as a new tile whose tile is not published yet. */
  waitingForPublish: number;
}

const DAY_MS = 86_400_000;

/** The median of `values` (sorted here); null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Gap resolution figures of the organization whose gap view acted (a
 * municipality, or the national organization for national tiles), for
 * answers published in [from, to).
 */
export async function gapResolutionDays(db: DbClient, organizationId: string, period: { from: Date; to: Date }): Promise<GapResolutionFigures> {
  const rows = await db.$queryRaw<Array<{ action: string; acted_at: Date; first_seen: string | null; published_at: Date | null }>>(Prisma.sql`
    SELECT a.action, a.created_at AS acted_at, a.data->>'firstSeenAt' AS first_seen,
      (SELECT min(r.created_at) FROM tile_revisions r WHERE r.tile_id = a.data->>'tileId') AS published_at
    FROM audit_logs a
    WHERE a.organization_id = ${organizationId} AND a.action IN ('content_gap.added_as_example', 'content_gap.drafted')`);
  const days: number[] = [];
  let waiting = 0;
  for (const row of rows) {
    const answeredAt = row.action === 'content_gap.added_as_example' ? row.acted_at : row.published_at;
    if (!answeredAt) {
      waiting += 1;
      continue;
    }
    if (!row.first_seen || answeredAt < period.from || answeredAt >= period.to) continue;
    const firstSeen = new Date(row.first_seen);
    if (Number.isNaN(firstSeen.getTime())) continue;
    days.push(Math.max(0, answeredAt.getTime() - firstSeen.getTime()) / DAY_MS);
  }
  const m = median(days);
  return { answered: days.length, medianDays: m === null ? null : Math.round(m * 10) / 10, waitingForPublish: waiting };
}
