import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../languages/index.ts';
import { crisisTopics, detectCrisis } from './crisis.ts';
import { CRISIS_CASES } from './testing/crisis-cases.ts';

describe('detectCrisis', () => {
  it.each(CRISIS_CASES.map((c) => [c.lang, c.kind ?? 'not urgent', c.text, c.kind] as const))('%s %s: %s', (lang, _label, text, kind) => {
    const signal = detectCrisis(text, lang);
    if (kind === null) expect(signal).toBeUndefined();
    else expect(signal?.kind).toBe(kind);
  });

  it('has urgent cases and near-misses in every language', () => {
    for (const lang of SUPPORTED_LANGUAGES) {
      const cases = CRISIS_CASES.filter((c) => c.lang === lang);
      expect(cases.filter((c) => c.kind !== null).length, lang).toBeGreaterThanOrEqual(5);
      expect(cases.filter((c) => c.kind === null).length, lang).toBeGreaterThanOrEqual(2);
    }
  });

  it('ignores the language hint when another language matches', () => {
    expect(detectCrisis('szef zabrał nam paszporty', 'en')?.kind).toBe('exploitation');
  });

  it('lets counter cues of the message\'s own language cancel a neighbouring language\'s reading', () => {
    // Polish "włamanie" also reads as Slovak/Czech "vlam-", Slovak "teraz" is "now": the Polish "how do I report" still decides.
    expect(detectCrisis('było włamanie do piwnicy, co teraz zrobić, gdzie zgłosić?', 'pl')).toBeUndefined();
    expect(detectCrisis('ktoś się teraz włamuje do mieszkania', 'pl')?.kind).toBe('acute');
  });

  it('needs a fight and a weapon on different words', () => {
    expect(detectCrisis('can i bring a knife for lunch to work?', 'en')).toBeUndefined();
    expect(detectCrisis('two guys are fighting in the kitchen, one has a knife', 'en')?.kind).toBe('acute');
  });

  it('names the cues that decided, never the text', () => {
    const signal = detectCrisis('my boss took our passports');
    expect(signal?.cues).toEqual(['withhold:en', 'document:en']);
  });

  it.each([[''], ['   '], ['\u0000\u0001'], ['🔥🔥🔥'], ['a'.repeat(100_000)]])('treats %j safely', (text) => {
    expect(detectCrisis(text)).toBeUndefined();
  });
});

describe('crisisTopics', () => {
  it.each([
    ['Emergency numbers', 'acute'],
    ['Noodnummers: 112 en meer', 'acute'],
    ['Report exploitation', 'exploitation'],
    ['Zgłaszanie wyzysku', 'exploitation'],
    ['Violence at home: call Veilig Thuis 0800-2000', 'domestic'],
    ['Feeling desperate? Talk to someone now', 'suicide'],
    ['My boss keeps my passport', 'exploitation'],
  ])('%s → %s', (text, kind) => {
    expect(crisisTopics(text)).toContain(kind);
  });

  it.each([['Minimum wage'], ['Report discrimination'], ['Free legal advice'], ['Household waste']])('%s fits no crisis', (text) => {
    expect(crisisTopics(text)).toEqual([]);
  });
});
