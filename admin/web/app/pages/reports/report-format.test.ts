import { describe, expect, it } from 'vitest';
import { defaultPeriod, filtersFromSearch, filtersToSearch, halfYearOf, isFiltered, previousHalfYear } from './report-filters.ts';
import { chartValue, formatChange, formatCount, formatMinutes, formatRate, formatShare, isSuppressed } from './report-format.ts';
import { exportsOf, reportPaths } from './reports-api.ts';

describe('the dashboard writes protected counts as they are', () => {
  it('"<5" stays "<5" (never 0 or 5), numbers get thousands separators per language', () => {
    expect(formatCount('<5', 'en')).toBe('<5');
    expect(formatCount('<5', 'nl')).toBe('<5');
    expect(formatCount(1234, 'en')).toBe('1,234');
    expect(formatCount(1234, 'nl')).toBe('1.234');
    expect(formatCount(undefined, 'en')).toBe('–');
    expect(isSuppressed('<5')).toBe(true);
    expect(isSuppressed(0)).toBe(false);
  });

  it('a suppressed count is no bar in a chart (null), not a bar of 0', () => {
    expect(chartValue('<5')).toBeNull();
    expect(chartValue(12)).toBe(12);
    expect(chartValue(0)).toBe(0);
  });

  it('a rate is written with its denominator next to it', () => {
    const of = (n: string) => `of ${n}`;
    expect(formatRate(0.625, 40, 'en', of)).toBe('63% of 40');
    expect(formatRate(null, '<5', 'en', of)).toBe('– of <5');
    expect(formatShare(0.5, 'nl')).toMatch(/^50\s?%$/);
  });

  it('a change needs two published counts and a previous one above zero', () => {
    expect(formatChange(120, 100, 'en')).toBe('+20%');
    expect(formatChange(80, 100, 'en')).toBe('−20%');
    expect(formatChange('<5', 100, 'en')).toBe('–');
    expect(formatChange(10, '<5', 'en')).toBe('–');
    expect(formatChange(10, 0, 'en')).toBe('–');
  });

  it('minutes read as minutes or hours and minutes', () => {
    expect(formatMinutes(42, 'en')).toBe('42 min');
    expect(formatMinutes(185, 'en')).toBe('3 h 5 min');
    expect(formatMinutes(185, 'nl')).toBe('3 u 5 min');
    expect(formatMinutes(null, 'en')).toBe('–');
  });
});

describe('the filters live in the URL', () => {
  const now = new Date('2026-12-07T17:00:00Z');

  it('defaults to the last six whole months up to this one', () => {
    expect(defaultPeriod(now)).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(filtersFromSearch(new URLSearchParams(''), now)).toEqual({ from: '2026-07-01', to: '2026-12-31', channel: '', language: '', theme: '', entry: '' });
  });

  it('reads and writes every filter; a malformed date falls back to the default', () => {
    const filters = filtersFromSearch(new URLSearchParams('from=2026-01-01&to=nonsense&channel=whatsapp&language=pl&theme=housing&entry=employer'), now);
    expect(filters).toEqual({ from: '2026-01-01', to: '2026-12-31', channel: 'whatsapp', language: 'pl', theme: 'housing', entry: 'employer' });
    expect(isFiltered(filters)).toBe(true);
    expect(filtersToSearch(filters).toString()).toBe('from=2026-01-01&to=2026-12-31&channel=whatsapp&language=pl&theme=housing&entry=employer');
    expect(filtersToSearch({ ...filters, channel: '', language: '', theme: '', entry: '' }, { municipality: 'demostad' }).toString())
      .toBe('from=2026-01-01&to=2026-12-31&municipality=demostad');
  });

  it('knows the half-years', () => {
    expect(halfYearOf('2026-03-15')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(halfYearOf('2026-07-01')).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(previousHalfYear(now)).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(previousHalfYear(new Date('2026-02-01T00:00:00Z'))).toEqual({ from: '2025-07-01', to: '2025-12-31' });
  });

  it('the API paths carry the filters; exports are the same path with format=', () => {
    const filters = filtersFromSearch(new URLSearchParams('from=2026-01-01&to=2026-06-30&language=pl'), now);
    const path = reportPaths.questions('demo stad', filters, ['theme', 'language']);
    expect(path).toBe('/api/reports/demo%20stad/questions?from=2026-01-01&to=2026-06-30&language=pl&by=theme%2Clanguage');
    expect(exportsOf(path)).toEqual({ csv: `${path}&format=csv`, xlsx: `${path}&format=xlsx` });
  });
});
