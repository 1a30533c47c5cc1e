import { describe, expect, it } from 'vitest';
import { monthsBefore, retentionCutoffs, retentionPolicy } from './retention-policy.ts';

describe('retention policy', () => {
  it('defaults: 12 months for conversations, 24 for the audit log, 7 days for failed jobs', () => {
    const now = new Date('2026-12-07T03:30:00Z');
    expect(retentionCutoffs(retentionPolicy({}), now)).toEqual({
      conversations: new Date('2025-12-07T03:30:00Z'),
      auditLog: new Date('2024-12-07T03:30:00Z'),
      failedJobs: new Date('2026-11-30T03:30:00Z'),
    });
  });

  it('an organization\'s own policy; an invalid section falls back to the defaults', () => {
    expect(retentionPolicy({ retention: { conversationMonths: 3, failedJobDays: 2, auditLogMonths: 36 } }))
      .toEqual({ conversationMonths: 3, failedJobDays: 2, auditLogMonths: 36 });
    expect(retentionPolicy({ retention: { conversationMonths: 0 } })).toEqual({ conversationMonths: 12, failedJobDays: 7, auditLogMonths: 24 });
    expect(retentionPolicy(null)).toEqual({ conversationMonths: 12, failedJobDays: 7, auditLogMonths: 24 });
  });

  it('calendar months, the day clamped to the shorter month', () => {
    expect(monthsBefore(new Date('2026-03-31T10:00:00Z'), 1)).toEqual(new Date('2026-02-28T10:00:00Z'));
    expect(monthsBefore(new Date('2024-03-31T10:00:00Z'), 1)).toEqual(new Date('2024-02-29T10:00:00Z'));
    expect(monthsBefore(new Date('2026-01-15T00:00:00Z'), 13)).toEqual(new Date('2024-12-15T00:00:00Z'));
  });
});
