/** Review dates: when a tile must be checked again. */

/** How long a tile stays "correct" after creation or a "still correct" click. */
export const REVIEW_INTERVAL_MONTHS = 6;

/**
 * `from` plus six calendar months (UTC); a day the target month lacks moves
 * back to its last day (31 August -> 28 or 29 February).
 */
export function reviewDateAfter(from: Date, months = REVIEW_INTERVAL_MONTHS): Date {
  const target = new Date(from.getTime());
  const day = target.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}

/** True when the review date has passed. Archived tiles are never overdue (nobody reads them). */
export function isReviewOverdue(reviewBy: Date | null, status: string, now: Date): boolean {
  return reviewBy !== null && status !== 'archived' && reviewBy.getTime() < now.getTime();
}
