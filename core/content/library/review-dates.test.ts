import { describe, expect, it } from 'vitest';
import { isReviewOverdue, reviewDateAfter } from './review-dates.ts';

describe('reviewDateAfter', () => {
  it('is six calendar months on, the time of day kept', () => {
    expect(reviewDateAfter(new Date('2026-12-07T13:55:00Z')).toISOString()).toBe('2027-06-07T13:55:00.000Z');
    expect(reviewDateAfter(new Date('2026-03-15T00:00:00Z')).toISOString()).toBe('2026-09-15T00:00:00.000Z');
  });

  it('moves a day the target month lacks to its last day', () => {
    expect(reviewDateAfter(new Date('2026-08-31T10:00:00Z')).toISOString()).toBe('2027-02-28T10:00:00.000Z');
    expect(reviewDateAfter(new Date('2027-08-31T10:00:00Z')).toISOString()).toBe('2028-02-29T10:00:00.000Z');
  });
});

describe('isReviewOverdue', () => {
  const now = new Date('2026-12-07T12:00:00Z');
  it('is overdue once the date has passed, never for archived tiles or without a date', () => {
    expect(isReviewOverdue(new Date('2026-12-07T11:59:59Z'), 'published', now)).toBe(true);
    expect(isReviewOverdue(new Date('2026-12-07T12:00:01Z'), 'published', now)).toBe(false);
    expect(isReviewOverdue(new Date('2026-01-01T00:00:00Z'), 'archived', now)).toBe(false);
    expect(isReviewOverdue(null, 'draft', now)).toBe(false);
  });
});
