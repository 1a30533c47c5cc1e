import { describe, expect, it } from 'vitest';
import { halfYearOf, isHalfYear, localDay, monthKeys, monthsIn, periodBefore, previousHalfYear } from './half-years.ts';

describe('half-years', () => {
  it('on 1 January at 00:30 in Amsterdam (still 31 December in UTC) the previous half-year is July–December of the year that ended', () => {
    const now = new Date('2026-12-31T23:30:00Z'); // 00:30 CET on 1 January 2027
    expect(localDay(now)).toBe('2027-01-01');
    expect(previousHalfYear(now)).toEqual({ from: '2026-07-01', to: '2026-12-31' });
  });

  it('on 1 July at 00:30 in Amsterdam (still 30 June in UTC) the previous half-year is January–June', () => {
    const now = new Date('2026-06-30T22:30:00Z'); // 00:30 CEST on 1 July 2026
    expect(localDay(now)).toBe('2026-07-01');
    expect(previousHalfYear(now)).toEqual({ from: '2026-01-01', to: '2026-06-30' });
  });

  it('any other day reports the half-year before the current one', () => {
    expect(previousHalfYear(new Date('2026-03-15T12:00:00Z'))).toEqual({ from: '2025-07-01', to: '2025-12-31' });
    expect(previousHalfYear(new Date('2026-12-31T12:00:00Z'))).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(previousHalfYear(new Date('2026-06-30T21:59:00Z'))).toEqual({ from: '2025-07-01', to: '2025-12-31' });
  });

  it('knows a half-year and counts its months', () => {
    expect(halfYearOf('2026-02-10')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(halfYearOf('2026-07-01')).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(isHalfYear({ from: '2026-07-01', to: '2026-12-31' })).toBe(true);
    expect(isHalfYear({ from: '2026-07-01', to: '2026-11-30' })).toBe(false);
    expect(monthsIn({ from: '2026-07-01', to: '2026-12-31' })).toBe(6);
    expect(monthKeys({ from: '2025-11-01', to: '2026-02-28' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('the period before has as many whole months, across a year end', () => {
    expect(periodBefore({ from: '2026-01-01', to: '2026-06-30' })).toEqual({ from: '2025-07-01', to: '2025-12-31' });
    expect(periodBefore({ from: '2026-07-01', to: '2026-12-31' })).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(periodBefore({ from: '2026-02-01', to: '2026-03-31' })).toEqual({ from: '2025-12-01', to: '2026-01-31' });
    expect(periodBefore({ from: '2024-03-01', to: '2024-03-31' })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
  });
});
