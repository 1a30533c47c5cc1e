import { describe, expect, it } from 'vitest';
import type { Language } from '../languages/index.ts';
import { accumulateTokenTerms, analyze, termName } from './analyzer.ts';

/** The concept terms of a question and their weights. */
function concepts(text: string, lang: Language): Map<string, number> {
  const out = new Map<string, number>();
  for (const [id, weight] of analyze(text, lang).terms) {
    const name = termName(id);
    if (name.startsWith('c:')) out.set(name.slice(2), weight);
  }
  return out;
}

describe('analyze: situations reach their topics', () => {
  it('adds linked concepts at a lower weight than the concept that leads to them', () => {
    const c = concepts('my back hurts and paracetamol does nothing', 'en');
    expect(c.get('medicine-pharmacy')).toBe(1);
    expect(c.get('doctor-gp')).toBeGreaterThan(0);
    expect(c.get('doctor-gp')!).toBeLessThan(c.get('medicine-pharmacy')!);
  });

  it('follows one step only', () => {
    // pain → illness → sick-leave would be two steps: pain alone does not reach sick leave.
    const c = concepts('ból', 'pl');
    expect(c.has('pain')).toBe(true);
    expect(c.has('illness')).toBe(true);
    expect(c.has('sick-leave')).toBe(false);
  });

  it('takes a job that ended to unemployment, in several languages', () => {
    expect(concepts('my contract stopped last week', 'en').has('unemployment')).toBe(true);
    expect(concepts('skończyła się umowa', 'pl').has('unemployment')).toBe(true);
    expect(concepts('s-a terminat contractul', 'ro').has('unemployment')).toBe(true);
  });

  it('completes combinations: insults because of origin are discrimination', () => {
    expect(concepts('they insult me because I am Polish', 'en').has('discrimination')).toBe(true);
    expect(concepts('they insult me', 'en').get('discrimination') ?? 0).toBeLessThan(1);
  });

  it('reads Dutch words inside another language', () => {
    expect(concepts('nie rozumiem loonstrook', 'pl').has('payslip')).toBe(true);
    expect(concepts('unde e uitzendbureau', 'ro').has('employment-agency')).toBe(true);
    expect(concepts('kde je huisarts', 'cs').has('doctor-gp')).toBe(true);
  });

  it('names a short or long stay from a duration, and its registration', () => {
    const short = concepts('I only work here 10 weeks, where do I register?', 'en');
    expect(short.get('stay-short')).toBe(1);
    expect(short.has('short-stay-rni')).toBe(true);
    const long = concepts('zostaję na 2 lata, gdzie się zameldować', 'pl');
    expect(long.get('stay-long')).toBe(1);
    expect(long.has('stay-short')).toBe(false);
  });

  it('reads a duration beside an illness or pain as how long it lasts, not as a stay', () => {
    expect(concepts('my knee hurts for 2 weeks already', 'en').has('stay-short')).toBe(false);
    expect(concepts('kaszlę od 2 tygodni', 'pl').has('stay-short')).toBe(false);
    expect(concepts('I stay 2 weeks, where do I register', 'en').has('stay-short')).toBe(true);
  });

  it('names a job that ended when work is said to go on no longer (work-ended.ts), only when the question speaks of work', () => {
    expect(concepts('geen werk meer, wat nu', 'nl').has('job-ended')).toBe(true);
    expect(concepts('nu mai am de lucru, ce fac', 'ro').has('job-ended')).toBe(true);
    expect(concepts('geen melk meer in de winkel', 'nl').has('job-ended')).toBe(false);
    expect(concepts('i do not work more than 40 hours a week', 'en').has('job-ended')).toBe(false);
  });

  it('lets a stated duration overrule the words of the other registration', () => {
    const c = concepts('we stay 5 months, the agency says rni is enough', 'en');
    expect(c.get('stay-long')).toBe(1);
    expect(c.get('short-stay-rni')!).toBeLessThan(c.get('stay-long')!);
  });

  it('names pay arithmetic as a payslip question', () => {
    expect(concepts('40 hours at 14.50 should be 580 but 430 came in', 'en').has('payslip')).toBe(true);
  });

  it('gives a stop word no concept', () => {
    expect(concepts('co zrobić żeby dostać zasiłek', 'pl').has('dentist')).toBe(false);
  });
});

describe('analyze: misspelled words still name their concept', () => {
  it('reads a one-edit typo at a lower weight than the word itself', () => {
    const typed = concepts('my landlrod wants me out', 'en');
    const right = concepts('my landlord wants me out', 'en');
    expect(typed.get('landlord')).toBeGreaterThan(0);
    expect(typed.get('landlord')!).toBeLessThan(right.get('landlord')!);
  });

  it('reads a long misspelled Dutch word inside another language', () => {
    expect(concepts('nie mam zorgverzekring co teraz', 'pl').has('health-insurance')).toBe(true);
  });

  it('leaves a word that already names a concept alone', () => {
    // "fired" is a lexicon word: no typo reading adds a neighbour's concept.
    const c = concepts('got fired', 'en');
    expect(c.get('dismissal')).toBe(1);
  });
});

describe('analyze: everyday topics no migrant library covers are named', () => {
  it('names phone plans, visas, traffic fines and flights', () => {
    expect(concepts('cheapest sim only phone subscription', 'en').has('phone-plan')).toBe(true);
    expect(concepts('wiza dla narzeczonej', 'pl').has('visa')).toBe(true);
    expect(concepts('speeding ticket on the highway', 'en').has('traffic-offence')).toBe(true);
    expect(concepts('cheap flights to poland', 'en').has('air-travel')).toBe(true);
  });
});

describe('analyze: compounds and combinations', () => {
  it('lets a compound overrule what its words name alone ("family doctor" is no family)', () => {
    const c = concepts('my family doctor is on holiday', 'en');
    expect(c.has('doctor-gp')).toBe(true);
    expect(c.has('family-partner')).toBe(false);
    expect(concepts('I came here with my family', 'en').has('family-partner')).toBe(true);
  });

  it('reads two words joined by a short stop word as one compound ("mașina de gunoi" is the garbage truck, no car)', () => {
    const c = concepts('în ce zi vine mașina de gunoi?', 'ro');
    expect(c.has('waste-collection')).toBe(true);
    expect(c.has('vehicle-car')).toBe(false);
    expect(concepts('vreau să vând mașina', 'ro').has('vehicle-car')).toBe(true);
  });

  it('reads compounds written apart in tile text as in questions', () => {
    const acc = { values: new Float64Array(16), touched: [] as number[] };
    accumulateTokenTerms(['ziek', 'melden', 'bij', 'je', 'werk'], 'nl', 1, acc);
    accumulateTokenTerms(['your', 'family', 'doctor'], 'en', 1, acc);
    const weight = (name: string) => acc.touched.filter((t) => termName(t) === name).reduce((sum, t) => sum + acc.values[t], 0);
    expect(weight('c:sick-leave')).toBeGreaterThan(0);
    expect(weight('c:doctor-gp')).toBeGreaterThan(0);
    expect(weight('c:family-partner')).toBe(0);
  });

  it('completes a combination from a generic word, but not next to a topic no library covers', () => {
    expect(concepts('the insurance is too expensive, can I get help paying it', 'en').has('allowance')).toBe(true);
    expect(concepts('how expensive is car insurance', 'en').has('allowance')).toBe(false);
  });
});
