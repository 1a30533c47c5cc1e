import type { DbClient } from '../platform/db.ts';
import type { CloseDetails } from './close-details.ts';
import { isOpen, parseOfficeHours } from './office-hours.ts';

/**
 * The anonymous record of a handed-off conversation as a worker closed it
 * (HandoffRecord), for the municipality's reports: where the person came in,
 * why people took over, the outcome and closing details, how long the person
 * waited and the worker took (whole minutes), whether the handoff came
 * outside office hours, and the day. No conversation id, contact, worker or
 * text, and no exact times: nothing leads back to the person.
 */

/** Entry kinds of the question log and handoff records (a conversation without a layer came in through its municipality). */
const LAYER_ENTRY_KINDS = new Set(['employer', 'housing_provider', 'region']);

/** Whole minutes from `from` to `to`, never negative. */
const minutesBetween = (from: Date, to: Date) => Math.max(0, Math.round((to.getTime() - from.getTime()) / 60_000));

/**
 * Waiting and handling minutes from the conversation's clocks at closing.
 * Closed while held (`agent`): waiting from `waitingSince` (set when it last
 * entered the queue) to the claim, handling from the claim to closing.
 * Closed from the queue (`waiting`): the whole wait, and no handling.
 */
export function handoffMinutes(c: { from: 'waiting' | 'agent'; waitingSince: Date | null; claimedAt: Date | null; closedAt: Date }): {
  waitingMinutes: number | null;
  handlingMinutes: number | null;
} {
  if (c.from === 'agent' && c.claimedAt) {
    const waited = c.waitingSince && c.waitingSince <= c.claimedAt ? minutesBetween(c.waitingSince, c.claimedAt) : null;
    return { waitingMinutes: waited, handlingMinutes: minutesBetween(c.claimedAt, c.closedAt) };
  }
  return { waitingMinutes: c.waitingSince ? minutesBetween(c.waitingSince, c.closedAt) : null, handlingMinutes: null };
}

/** The UTC calendar day of `at`, as a date column takes it. */
export const utcDay = (at: Date) => new Date(`${at.toISOString().slice(0, 10)}T00:00:00.000Z`);

/**
 * Writes the record of a conversation just closed (call in the closing
 * transaction, after the transition to `closed`; `from` is the state it was
 * closed from). The reason and the handoff's moment come from the last
 * `conversation.handed_off` timeline entry.
 */
export async function writeHandoffRecord(
  tx: DbClient,
  closed: { conversationId: string; from: 'waiting' | 'agent'; outcome: string; details: CloseDetails },
): Promise<void> {
  const c = await tx.conversation.findUniqueOrThrow({
    where: { id: closed.conversationId },
    select: {
      organizationId: true, language: true, flow: true, waitingSince: true, claimedAt: true, closedAt: true,
      contact: { select: { channel: true } },
      organization: { select: { officeHours: true } },
      entryOrganization: { select: { kind: true } },
      events: { where: { type: 'conversation.handed_off' }, orderBy: { createdAt: 'desc' }, take: 1, select: { createdAt: true, data: true } },
    },
  });
  const closedAt = c.closedAt ?? new Date();
  const handoff = c.events[0];
  const handedOffAt = handoff?.createdAt ?? c.waitingSince ?? closedAt;
  const reason = (handoff?.data as { reason?: unknown } | null)?.reason;
  const entryCode = (c.flow as { entryCode?: unknown } | null)?.entryCode;
  const entryKind = c.entryOrganization && LAYER_ENTRY_KINDS.has(c.entryOrganization.kind) ? c.entryOrganization.kind : 'municipality';
  await tx.handoffRecord.create({
    data: {
      organizationId: c.organizationId,
      channel: c.contact.channel,
      language: c.language ?? 'unknown',
      entryKind,
      entryCode: typeof entryCode === 'string' ? entryCode : null,
      reason: typeof reason === 'string' ? reason : 'unknown',
      outcome: closed.outcome,
      agency: closed.details.agency ?? null,
      employmentType: closed.details.employmentType ?? null,
      housingType: closed.details.housingType ?? null,
      ...handoffMinutes({ from: closed.from, waitingSince: c.waitingSince, claimedAt: c.claimedAt, closedAt }),
      outsideHours: !isOpen(parseOfficeHours(c.organization.officeHours), handedOffAt),
      day: utcDay(closedAt),
    },
  });
}
