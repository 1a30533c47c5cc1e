import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { RetentionPolicy } from '../content/organization-settings.ts';
import type { ContactKeys } from '../conversation/contact-identity.ts';
import { ContactErasure } from '../conversation/erasure.ts';
import type { ChannelDataEraser } from '../conversation/ports.ts';
import type { Db } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import { DEFAULT_QUEUE_PREFIX } from '../platform/queues.ts';
import { deleteExpiredGaps } from '../reports/gaps/index.ts';
import { CONTACT_GRACE_MS, DEFAULT_RETENTION, retentionCutoffs, retentionPolicy, type RetentionCutoffs } from './retention-policy.ts';
import {
  countExpired, deleteContactsWithoutConversations, deleteExpiredConversations, deleteOldAuditEntries,
  organizationsWithSettings, type OrganizationRetentionCounts,
} from './retention-repository.ts';

/** Options of {@link RetentionService}. */
export interface RetentionServiceOptions {
  db: Db;
  /** BullMQ's connection and prefix: failed jobs of the inbound and delivery queues are removed too. */
  connection: Redis;
  prefix?: string;
  /** To read the channel ids of deleted contacts, for their channels' data erasers. */
  keys: ContactKeys;
  /** What channels keep about a person outside the database (web chat log in Redis, ...). */
  erasers?: Iterable<ChannelDataEraser>;
  /** Rows per delete statement (default 500). */
  batchSize?: number;
  log?: Logger;
}

/** What a run deleted, or a preview would delete. */
export interface RetentionCounts extends OrganizationRetentionCounts {
  /** Failed inbound and delivery jobs (they carry channel ids and text). */
  failedJobs: number;
}

/** What the next run would delete of one organization's data: counts only, never content. */
export interface RetentionPreview {
  organization: string;
  policy: RetentionPolicy;
  cutoffs: RetentionCutoffs;
  counts: RetentionCounts;
}

/**
 * Applies each organization's retention policy (Organization.settings
 * `retention`): conversations with their messages and timeline after N
 * months without activity, contacts left without conversations, audit
 * entries after N months, failed queue jobs after N days. The anonymous
 * question log is kept; content gaps go 90 days after they were asked
 * (their `expiresAt`). Queue jobs are shared by all municipalities, so
 * the strictest `failedJobDays` of any organization applies to them.
 * Translations of the deleted messages need no work: the cache keeps them
 * for 7 days, far less than any retention period. `now` is always passed
 * in: the daily job passes the clock, tests a moment of their choosing.
 */
export class RetentionService {
  private readonly erasure: ContactErasure;
  private readonly batch: number;

  constructor(private readonly options: RetentionServiceOptions) {
    const prefix = options.prefix ?? DEFAULT_QUEUE_PREFIX;
    this.erasure = new ContactErasure({ db: options.db, connection: options.connection, prefix, keys: options.keys, erasers: options.erasers, log: options.log });
    this.batch = options.batchSize ?? 500;
  }

  /** One retention run; returns what it deleted. */
  async run(now: Date): Promise<RetentionCounts> {
    const { db } = this.options;
    const total: RetentionCounts = { conversations: 0, messages: 0, contacts: 0, auditLogEntries: 0, failedJobs: 0 };
    const organizations = await organizationsWithSettings(db);
    for (const org of organizations) {
      const cutoffs = retentionCutoffs(retentionPolicy(org.settings), now);
      total.conversations += await this.loop(async (batch) => {
        const deleted = await deleteExpiredConversations(db, org.id, cutoffs.conversations, batch);
        total.messages += deleted.messages;
        return deleted.conversations;
      });
      total.auditLogEntries += await this.loop((batch) => deleteOldAuditEntries(db, org.id, cutoffs.auditLog, batch));
    }
    const unowned = retentionCutoffs(DEFAULT_RETENTION, now);
    total.auditLogEntries += await this.loop((batch) => deleteOldAuditEntries(db, null, unowned.auditLog, batch));
    total.contacts += await this.loop(async (batch) => {
      const deleted = await deleteContactsWithoutConversations(db, new Date(now.getTime() - CONTACT_GRACE_MS), batch);
      for (const contact of deleted) await this.erasure.forgetChannelData(contact.channel, this.erasure.decrypt(contact.sealed));
      return deleted.length;
    });
    total.failedJobs = await this.removeFailedJobs(this.failedJobsCutoff(organizations.map((o) => o.settings), now));
    // Content gaps (scrubbed questions for editors, core/reports/gaps) live 90 days whatever the organization's policy.
    const contentGaps = await this.loop((batch) => deleteExpiredGaps(db, now, batch));
    this.options.log?.info({ module: 'retention', deleted: { ...total, contentGaps } }, 'retention run done');
    return total;
  }

  /** What the next run would delete of the organization `slug`'s data (ORGANIZATION_NOT_FOUND for an unknown one). */
  async preview(slug: string, now: Date): Promise<RetentionPreview> {
    const organizations = await organizationsWithSettings(this.options.db);
    const org = organizations.find((o) => o.slug === slug);
    if (!org) throw new AppError('ORGANIZATION_NOT_FOUND', { slug });
    const policy = retentionPolicy(org.settings);
    const cutoffs = retentionCutoffs(policy, now);
    const policies = organizations.map((o) => ({ organizationId: o.id, cutoff: retentionCutoffs(retentionPolicy(o.settings), now).conversations }));
    const counts = await countExpired(this.options.db, org.id, cutoffs, policies, new Date(now.getTime() - CONTACT_GRACE_MS));
    const failedJobs = await this.countFailedJobs(this.failedJobsCutoff(organizations.map((o) => o.settings), now));
    return { organization: org.slug, policy, cutoffs, counts: { ...counts, failedJobs } };
  }

  async close(): Promise<void> {
    await this.erasure.close();
  }

  /** Runs a batch statement until it deletes less than a full batch; returns the total. */
  private async loop(step: (batch: number) => Promise<number>): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await step(this.batch);
      total += n;
      if (n < this.batch) return total;
    }
  }

  /** The strictest failed-job period of all organizations (the queues are shared). */
  private failedJobsCutoff(settings: unknown[], now: Date): Date {
    const days = Math.min(DEFAULT_RETENTION.failedJobDays, ...settings.map((s) => retentionPolicy(s).failedJobDays));
    return retentionCutoffs({ ...DEFAULT_RETENTION, failedJobDays: days }, now).failedJobs;
  }

  /** Removes failed jobs that failed before `cutoff`, oldest first, a page at a time. */
  private async removeFailedJobs(cutoff: Date): Promise<number> {
    let removed = 0;
    for (const queue of this.erasure.jobQueues) {
      for (;;) {
        const page = await queue.getJobs(['failed'], 0, this.batch - 1, true);
        const old = page.filter((job) => (job.finishedOn ?? job.timestamp) < cutoff.getTime());
        const results = await Promise.all(old.map((job) => queue.remove(job.id as string)));
        removed += results.filter((r) => r === 1).length;
        if (old.length < this.batch || !results.includes(1)) break;
      }
    }
    return removed;
  }

  private async countFailedJobs(cutoff: Date): Promise<number> {
    let count = 0;
    for (const queue of this.erasure.jobQueues) {
      for (let start = 0; ; start += this.batch) {
        const page = await queue.getJobs(['failed'], start, start + this.batch - 1, true);
        count += page.filter((job) => (job.finishedOn ?? job.timestamp) < cutoff.getTime()).length;
        if (page.length < this.batch) break;
      }
    }
    return count;
  }
}
