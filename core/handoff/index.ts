/**
 * Handoff to outreach workers: the inbox queue, claims, transcripts with
 * translation both ways, replies on the person's own channel, notes, hand
 * back and close; office hours; claim timeouts; live inbox events.
 */
export { HandoffService, type HandoffServiceOptions, type InboxConversationView, type InboxListItem, type TranscriptEntry } from './handoff-service.ts';
export { inboxWorkerOf, type InboxWorker } from './inbox-worker.ts';
export { ensureCannedReply, type InboxItem } from './inbox-repository.ts';
export { ClaimTimeouts, type ClaimTimeoutJob } from './claim-timeouts.ts';
export { InboxEventHub, RedisInboxEvents, inboxChannel, DEFAULT_INBOX_PREFIX, type InboxEvent, type InboxEvents } from './inbox-events.ts';
export { closedNotice, describeHours, isOpen, nextOpening, officeHoursSchema, parseOfficeHours, type OfficeHours } from './office-hours.ts';
export { firstName, workerAuthor } from './worker-author.ts';
export {
  CLOSE_OUTCOMES, DEFAULT_REFERRAL_AGENCIES, EMPLOYMENT_TYPES, HOUSING_TYPES, MAX_AGENCY_LENGTH, referralAgencyNames,
  type CloseDetails, type CloseOptions, type CloseOutcome, type EmploymentType, type HousingType,
} from './close-details.ts';
export { handoffMinutes, writeHandoffRecord } from './handoff-record.ts';
