import type { DbClient } from '../platform/db.ts';

/**
 * Reads behind the notices that tell the person who is writing. A "joined"
 * notice is stored as an outbound `system` message whose `authorUserId` is
 * the worker it introduces (the hand-back notice has none), so the person's
 * transcript says who was introduced, and when.
 */

/** The organization's display name, as the person sees it in the bot's texts. */
export async function organizationName(db: DbClient, organizationId: string): Promise<string> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true } });
  return org.name;
}

/**
 * Whether the person already knows this worker reads along: the last system
 * notice they got in this conversation introduced this very worker (no hand
 * back to the bot, and no other worker introduced, since).
 */
export async function alreadyIntroduced(db: DbClient, conversationId: string, workerId: string): Promise<boolean> {
  const last = await db.message.findFirst({
    where: { conversationId, direction: 'outbound', author: 'system' },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { authorUserId: true },
  });
  return last?.authorUserId === workerId;
}
