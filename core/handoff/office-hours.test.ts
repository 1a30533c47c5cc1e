import { describe, expect, it } from 'vitest';
import { describeHours, describeMoment, isOpen, nextOpening, parseOfficeHours, type OfficeHours } from './office-hours.ts';

const hours: OfficeHours = { timezone: 'Europe/Amsterdam', weekly: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], fri: [['09:00', '12:30']] } };
// 2026-11-23 is a Monday; Amsterdam is UTC+1 in November.
const at = (iso: string) => new Date(iso);

describe('office hours', () => {
  it('is open inside a range in the organization time zone, closed outside and at closing time', () => {
    expect(isOpen(hours, at('2026-11-23T08:00:00Z'))).toBe(true); // Mon 09:00 local
    expect(isOpen(hours, at('2026-11-23T07:59:00Z'))).toBe(false);
    expect(isOpen(hours, at('2026-11-23T16:00:00Z'))).toBe(false); // Mon 17:00 local
    expect(isOpen(hours, at('2026-11-25T10:00:00Z'))).toBe(false); // Wednesday: closed all day
  });

  it('finds the next opening to the minute, across days and the weekend', () => {
    expect(nextOpening(hours, at('2026-11-23T07:10:30Z'))?.toISOString()).toBe('2026-11-23T08:00:00.000Z');
    expect(nextOpening(hours, at('2026-11-24T17:00:00Z'))?.toISOString()).toBe('2026-11-27T08:00:00.000Z'); // Tue evening → Fri
    expect(nextOpening(hours, at('2026-11-27T12:00:00Z'))?.toISOString()).toBe('2026-11-30T08:00:00.000Z'); // Fri afternoon → Mon
    expect(nextOpening(hours, at('2026-11-23T10:00:00Z'))).toBeUndefined(); // open now
    expect(nextOpening({ timezone: 'UTC', weekly: {} }, at('2026-11-23T10:00:00Z'))).toBeUndefined();
  });

  it('treats missing or malformed hours as always open', () => {
    expect(parseOfficeHours(null)).toBeUndefined();
    expect(parseOfficeHours({ timezone: 'Mars/Olympus', weekly: {} })).toBeUndefined();
    expect(parseOfficeHours({ timezone: 'UTC', weekly: { mon: [['17:00', '09:00']] } })).toBeUndefined();
    expect(parseOfficeHours({ timezone: 'UTC', weekly: { mon: [['9', '17']] } })).toBeUndefined();
    expect(isOpen(undefined, at('2026-11-25T03:00:00Z'))).toBe(true);
    expect(parseOfficeHours(hours)).toEqual(hours);
  });

  it('describes hours and moments in the person language', () => {
    expect(describeHours(hours, 'en')).toBe('Mon 09:00–17:00; Tue 09:00–17:00; Fri 09:00–12:30');
    expect(describeHours(hours, 'pl')).toMatch(/^pon\.? 09:00–17:00/);
    expect(describeMoment(at('2026-11-27T08:00:00Z'), hours, 'ro')).toMatch(/vineri/i);
    expect(describeMoment(at('2026-11-27T08:00:00Z'), hours, 'en')).toMatch(/Friday.*09:00/);
  });
});
