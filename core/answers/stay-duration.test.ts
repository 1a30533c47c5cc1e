import { describe, expect, it } from 'vitest';
import { stayConcept, stayMonths } from './stay-duration.ts';

describe('stayMonths', () => {
  it('reads a number and a unit in digits or words, in many languages', () => {
    expect(stayMonths('only here for six weeks picking strawberries')[0]).toBeCloseTo(6 * 12 / 52);
    expect(stayMonths('ik blijf drie maanden')).toEqual([3]);
    expect(stayMonths('zostaję na 2 lata')).toEqual([24]);
    expect(stayMonths('tuk sam samo za 2 meseca')).toEqual([2]);
    expect(stayMonths('я тут тільки на 2 місяці')).toEqual([2]);
    expect(stayMonths('csak 2 hónapig vagyok itt')).toEqual([2]);
    expect(stayMonths('sadece 3 haftalığına geldim')[0]).toBeCloseTo(3 * 12 / 52);
    expect(stayMonths('esu čia tik 2 mėnesiams')).toEqual([2]);
    expect(stayMonths('rămân 3 ani')).toEqual([36]);
  });

  it('reads "for a year" without a number', () => {
    expect(stayMonths('mam umowę na rok')).toEqual([12]);
    expect(stayMonths('I am here for a year')).toEqual([12]);
    expect(stayMonths('dostaję 1700 euro na miesiąc')).toEqual([]);
  });

  it('reads halves and decimals', () => {
    expect(stayMonths('for half a year')).toEqual([6]);
    expect(stayMonths('на півроку')).toEqual([6]);
    expect(stayMonths('1,5 roku')).toEqual([18]);
  });

  it('ignores ages: a unit followed by "old", or a number after "has"', () => {
    expect(stayMonths('our 2 year old needs a kindergarten')).toEqual([]);
    expect(stayMonths('mijn zoon is 3 jaar oud')).toEqual([]);
    expect(stayMonths('synek ma 2 lata, gdzie przedszkole')).toEqual([]);
    expect(stayMonths('fiul meu are 5 ani')).toEqual([]);
    expect(stayMonths('ми тут на 2 роки, син має 3 роки')).toEqual([24]);
  });

  it('ignores numbers without a unit, and days (how long someone is ill, not how long they stay)', () => {
    expect(stayMonths('I earn 1700 a month')).toEqual([]);
    expect(stayMonths('sick for 3 days')).toEqual([]);
    expect(stayMonths('room 12, house number 4')).toEqual([]);
  });
});

describe('stayConcept', () => {
  it('names stays under 4 months short and over 4 months long', () => {
    expect(stayConcept('I only work here for 10 weeks')).toBe('stay-short');
    expect(stayConcept('jestem tu na 3 miesiące')).toBe('stay-short');
    expect(stayConcept('staying 2 years with my wife')).toBe('stay-long');
    expect(stayConcept('ще остана половин година')).toBe('stay-long');
  });

  it('names neither for exactly 4 months or no duration', () => {
    expect(stayConcept('less than 4 months')).toBeUndefined();
    expect(stayConcept('where do I register?')).toBeUndefined();
  });
});
