import { describe, expect, it } from 'vitest';
import { payConcepts } from './pay-amounts.ts';

describe('payConcepts', () => {
  it('reads an hourly rate next to an hour word', () => {
    expect(payConcepts('is 12 euro per hour legal for a 21 year old')).toEqual(['hourly-rate']);
    expect(payConcepts('11 euro na godzinę to legalne?')).toEqual(['hourly-rate']);
    expect(payConcepts('11 євро за годину це законно?')).toEqual(['hourly-rate']);
    expect(payConcepts('saatte 13,27 euro veriyorlar')).toEqual(['hourly-rate']);
  });

  it('reads hours worked against an amount as a pay check', () => {
    expect(payConcepts('worked 40 hours at 14.50 should be 580 but only 430 came in')).toEqual(['payslip']);
    expect(payConcepts('40 uur gewerkt, er kwam maar 430 binnen')).toEqual(['payslip']);
    expect(payConcepts('40 часа по 14,50 трябва да са 580 а получих 430')).toContain('payslip');
  });

  it('names nothing for hours or amounts alone', () => {
    expect(payConcepts('12 hour shifts every day, no break')).toEqual([]);
    expect(payConcepts('rent is 700 a month')).toEqual([]);
    expect(payConcepts('how many hours can I work?')).toEqual([]);
  });
});
