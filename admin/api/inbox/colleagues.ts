import { inboxWorkerOf, type InboxWorker } from '../../../core/handoff/index.ts';
import type { DbClient } from '../../../core/platform/db.ts';
import { AppError } from '../../../core/platform/errors.ts';
import { loadPrincipal } from '../../../core/staff/index.ts';

/** A colleague a conversation can be given to. */
export interface Colleague {
  id: string;
  name: string;
  languages: string[];
  /** The worker's municipalities this colleague also serves as an outreach worker. */
  organizationIds: string[];
}

/**
 * The other outreach workers of the worker's municipalities (active
 * accounts that can sign in), by name. Only municipalities the asking
 * worker serves are looked at, so nobody learns another municipality's staff.
 */
export async function listColleagues(db: DbClient, worker: InboxWorker): Promise<Colleague[]> {
  if (worker.organizationIds.length === 0) return [];
  const rows = await db.membership.findMany({
    where: {
      role: 'outreach_worker',
      organizationId: { in: worker.organizationIds },
      organization: { kind: 'municipality' },
      userId: { not: worker.userId },
      user: { disabled: false, passwordHash: { not: null } },
    },
    select: { organizationId: true, user: { select: { id: true, name: true, languages: true } } },
    orderBy: [{ user: { name: 'asc' } }, { userId: 'asc' }],
  });
  const byId = new Map<string, Colleague>();
  for (const row of rows) {
    const colleague = byId.get(row.user.id) ?? { id: row.user.id, name: row.user.name, languages: row.user.languages, organizationIds: [] };
    colleague.organizationIds.push(row.organizationId);
    byId.set(colleague.id, colleague);
  }
  return [...byId.values()];
}

/**
 * The inbox view of the colleague a conversation is assigned to: any user
 * who does not exist, cannot sign in, or is no outreach worker in a
 * municipality is NOT_FOUND (HandoffService.assign then checks that they
 * serve the conversation's municipality).
 * @throws AppError NOT_FOUND
 */
export async function loadColleague(db: DbClient, userId: string): Promise<InboxWorker> {
  const loaded = await loadPrincipal(db, userId);
  const colleague = loaded ? inboxWorkerOf(loaded.principal) : undefined;
  if (!colleague || colleague.organizationIds.length === 0) throw new AppError('NOT_FOUND', { what: 'Colleague' });
  return colleague;
}
