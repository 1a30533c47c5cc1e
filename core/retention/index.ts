/**
 * Retention: personal data is kept no longer than each organization's
 * policy allows (Organization.settings `retention`), applied by a daily
 * BullMQ job; admins can see what the next run would delete.
 */
export { CONTACT_GRACE_MS, DEFAULT_RETENTION, monthsBefore, retentionCutoffs, retentionPolicy, type RetentionCutoffs } from './retention-policy.ts';
export { RetentionService, type RetentionCounts, type RetentionPreview, type RetentionServiceOptions } from './retention-service.ts';
export { RETENTION_SCHEDULER_ID, RetentionScheduler, type RetentionSchedulerOptions } from './retention-scheduler.ts';
