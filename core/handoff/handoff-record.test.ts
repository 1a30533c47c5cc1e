import { describe, expect, it } from 'vitest';
import { DEFAULT_REFERRAL_AGENCIES, referralAgencyNames } from './close-details.ts';
import { handoffMinutes, utcDay } from './handoff-record.ts';

const at = (hhmm: string) => new Date(`2026-12-07T${hhmm}:00.000Z`);

describe('handoff record', () => {
  it('held: waiting from the queue to the claim, handling from the claim to closing, in whole minutes', () => {
    expect(handoffMinutes({ from: 'agent', waitingSince: at('09:00'), claimedAt: at('09:25'), closedAt: at('10:05') }))
      .toEqual({ waitingMinutes: 25, handlingMinutes: 40 });
    expect(handoffMinutes({ from: 'agent', waitingSince: at('09:00'), claimedAt: new Date(at('09:00').getTime() + 89_000), closedAt: at('09:02') }))
      .toEqual({ waitingMinutes: 1, handlingMinutes: 1 });
  });

  it('from the queue: the whole wait, no handling; a missing clock is no figure, never a negative one', () => {
    expect(handoffMinutes({ from: 'waiting', waitingSince: at('09:00'), claimedAt: null, closedAt: at('11:30') })).toEqual({ waitingMinutes: 150, handlingMinutes: null });
    // Released and queued again after an earlier claim: the old claim says nothing about this wait.
    expect(handoffMinutes({ from: 'waiting', waitingSince: at('10:00'), claimedAt: at('09:10'), closedAt: at('10:20') })).toEqual({ waitingMinutes: 20, handlingMinutes: null });
    expect(handoffMinutes({ from: 'agent', waitingSince: at('10:00'), claimedAt: at('09:10'), closedAt: at('10:20') })).toEqual({ waitingMinutes: null, handlingMinutes: 70 });
    expect(handoffMinutes({ from: 'waiting', waitingSince: null, claimedAt: null, closedAt: at('10:20') })).toEqual({ waitingMinutes: null, handlingMinutes: null });
  });

  it('keeps the UTC day only', () => {
    expect(utcDay(new Date('2026-12-07T23:59:59.999Z')).toISOString()).toBe('2026-12-07T00:00:00.000Z');
  });

  it('referral agencies: the municipality\'s list, else the defaults and its own desks', () => {
    expect(referralAgencyNames([], 'Gemeente Testdorp')).toEqual([...DEFAULT_REFERRAL_AGENCIES, 'Gemeente Testdorp']);
    expect(referralAgencyNames([{ name: ' FNV ' }, { name: 'FNV' }, { name: 'GGD Noord' }], 'Gemeente Testdorp')).toEqual(['FNV', 'GGD Noord']);
  });
});
