import { DEFAULT_ORGANIZATION_SETTINGS, parseOrganizationSettings, type RetentionPolicy } from '../content/organization-settings.ts';

/**
 * How long personal data is kept, per organization (Organization.settings
 * `retention`, defaults: conversations 12 months after their last activity,
 * failed queue jobs 7 days, audit log 24 months), turned into the moments
 * before which a retention run deletes. Pure; `now` is always passed in.
 */

/** The moments before which a run deletes, for one organization. */
export interface RetentionCutoffs {
  /** Conversations (with their messages and timeline) whose last activity is before this. */
  conversations: Date;
  /** Audit log entries created before this. */
  auditLog: Date;
  /** Failed queue jobs that failed before this. */
  failedJobs: Date;
}

/** Contacts without conversations are deleted once not seen for this long (a message being stored right now is never raced). */
export const CONTACT_GRACE_MS = 24 * 3600_000;

/** `date` minus whole calendar months, in UTC; the day is clamped to the shorter month (31 March − 1 month = 28/29 February). */
export function monthsBefore(date: Date, months: number): Date {
  const d = new Date(date.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d;
}

/** An organization's retention policy from its stored settings (defaults for anything missing or invalid). */
export function retentionPolicy(settings: unknown): RetentionPolicy {
  return parseOrganizationSettings(settings).retention;
}

/** The policy of data that belongs to no organization (audit entries of the CLI, the system). */
export const DEFAULT_RETENTION: RetentionPolicy = DEFAULT_ORGANIZATION_SETTINGS.retention;

/** The cutoffs of a policy at `now`. */
export function retentionCutoffs(policy: RetentionPolicy, now: Date): RetentionCutoffs {
  return {
    conversations: monthsBefore(now, policy.conversationMonths),
    auditLog: monthsBefore(now, policy.auditLogMonths),
    failedJobs: new Date(now.getTime() - policy.failedJobDays * 24 * 3600_000),
  };
}
