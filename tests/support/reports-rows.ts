import type { ReportsWorld } from './reports-world.ts';

/**
 * The known rows of the reports' tests, every figure below worked out by
 * hand (k = 5: a published count is the raw count rounded down to a multiple
 * of 5, or `<5`).
 *
 * demostad, January–June 2026 (51 questions):
 *   A  12 housing/pl answered, webchat, tile demostad-housing (own), 6 helpful + 6 not helpful   (Feb)
 *   B  20 work/pl answered, telegram, tile agrifarm-shifts (agrifarm's), via code agrifarm-gate,
 *      15 helpful + 5 not helpful                                                                   (Mar)
 *   C   3 work/lt unanswered, whatsapp                                                              (Apr)
 *   D   7 housing/ro handed off, webchat                                                            (Jan 5)
 *   E   9 work/ro answered, webchat, tile nl-payslip (national), no feedback                       (Jun 30)
 *   outside the period: 5 housing/pl on 2025-12-31 and 5 on 2026-07-01;
 *   the half-year before (July–December 2025): 10 housing/pl in September, plus the 5 of 2025-12-31.
 *   50 handoffs: waiting 1..50 minutes, handling 10, the first 10 outside office hours, 30 resolved and
 *   20 referred (12 Juridisch Loket, 8 FairWork), employment 25 agency + 25 direct, housing 3 employer + 47 unknown.
 * otherstad, March 2026 (36 questions): 30 work/pl answered with nl-payslip (10 helpful, 10 not helpful, 10 without
 *   feedback), 6 unanswered in Bulgarian without a theme.
 * agrifarm: 6 chats started through its code in March 2026, 2 in April.
 */
export async function seedKnownRows(world: ReportsWorld): Promise<void> {
  const demo = { org: 'demostad' as const };
  await world.logs(6, { ...demo, day: '2026-02-10', theme: 'housing', language: 'pl', tile: 'demostad-housing', tileOwner: 'demostad', feedback: 'helpful' });
  await world.logs(6, { ...demo, day: '2026-02-11', theme: 'housing', language: 'pl', tile: 'demostad-housing', tileOwner: 'demostad', feedback: 'not_helpful' });
  const viaAgrifarm = { entryKind: 'employer', entryCode: 'agrifarm-gate', entryOrg: 'agrifarm' as const, channel: 'telegram' as const };
  await world.logs(15, { ...demo, ...viaAgrifarm, day: '2026-03-05', theme: 'work', language: 'pl', tile: 'agrifarm-shifts', tileOwner: 'agrifarm', feedback: 'helpful' });
  await world.logs(5, { ...demo, ...viaAgrifarm, day: '2026-03-06', theme: 'work', language: 'pl', tile: 'agrifarm-shifts', tileOwner: 'agrifarm', feedback: 'not_helpful' });
  await world.logs(3, { ...demo, day: '2026-04-01', theme: 'work', language: 'lt', outcome: 'unanswered', channel: 'whatsapp' });
  await world.logs(7, { ...demo, day: '2026-01-05', theme: 'housing', language: 'ro', outcome: 'handoff' });
  await world.logs(9, { ...demo, day: '2026-06-30', theme: 'work', language: 'ro', tile: 'nl-payslip', tileOwner: 'nl' });
  await world.logs(5, { ...demo, day: '2025-12-31', theme: 'housing', language: 'pl' });
  await world.logs(5, { ...demo, day: '2026-07-01', theme: 'housing', language: 'pl' });
  await world.logs(10, { ...demo, day: '2025-09-01', theme: 'housing', language: 'pl' });
  await world.handoffs(Array.from({ length: 50 }, (_, i) => ({
    org: 'demostad' as const, day: '2026-03-10', waitingMinutes: i + 1, handlingMinutes: 10, outsideHours: i < 10,
    outcome: i < 30 ? 'resolved' : 'referred', agency: i < 30 ? null : i < 42 ? 'Juridisch Loket' : 'FairWork',
    employmentType: i % 2 === 0 ? 'agency' : 'direct', housingType: i < 3 ? 'employer' : null,
  })));
  const other = { org: 'otherstad' as const, day: '2026-03-01', theme: 'work', language: 'pl', tile: 'nl-payslip', tileOwner: 'nl' as const };
  await world.logs(10, { ...other, feedback: 'helpful' });
  await world.logs(10, { ...other, feedback: 'not_helpful' });
  await world.logs(10, other);
  await world.logs(6, { org: 'otherstad', day: '2026-03-02', language: 'bg', outcome: 'unanswered' });
  await world.chats(6, 'demostad', 'agrifarm', '2026-03-15');
  await world.chats(2, 'demostad', 'agrifarm', '2026-04-15');
}

/** Every published count in an answer: each must be `<5` or a multiple of 5 of at least 5. */
export function countsIn(value: unknown, key = ''): Array<{ key: string; value: unknown }> {
  const COUNT_KEYS = new Set(['count', 'total', 'of', 'current', 'previous', 'rated', 'questions']);
  if (Array.isArray(value)) return value.flatMap((v) => countsIn(v, key));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => countsIn(v, k));
  return COUNT_KEYS.has(key) ? [{ key, value }] : [];
}

/** The counts of an answer that are neither `<5` nor a multiple of 5 of at least 5. */
export function badCounts(value: unknown): Array<{ key: string; value: unknown }> {
  return countsIn(value).filter(({ value: v }) => !(v === '<5' || (typeof v === 'number' && v >= 5 && v % 5 === 0)));
}
