import type { StaffPrincipal } from '../staff/index.ts';

/** A staff member as the inbox sees them: the municipalities whose conversations they handle, and the languages they read. */
export interface InboxWorker {
  userId: string;
  name: string;
  languages: string[];
  /** Municipalities where the person is an outreach worker. */
  organizationIds: string[];
}

/**
 * The inbox view of a signed-in staff member. Only outreach-worker roles in
 * municipalities count: staff of an employer or housing provider never see
 * conversations, even those that came in through their own entry code.
 */
export function inboxWorkerOf(principal: StaffPrincipal): InboxWorker {
  return {
    userId: principal.userId,
    name: principal.name,
    languages: principal.languages,
    organizationIds: principal.memberships
      .filter((m) => m.role === 'outreach_worker' && m.kind === 'municipality')
      .map((m) => m.organizationId),
  };
}
