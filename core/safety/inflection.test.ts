import { describe, expect, it } from 'vitest';
import { detectCrisis } from './crisis.ts';
import { crisisTokens, findCues } from './cue-matcher.ts';
import { inflectionStem } from './inflection.ts';

describe('inflectionStem', () => {
  it.each([
    ['kvartirata', 'kvartira', 'bg'],
    ['dzivokla', 'dzivokli', 'lv'],
    ['vyhodili', 'vyhodil', 'sk'],
    ['paszportami', 'paszporty', 'pl'],
    ['διαβατήρια', 'διαβατήριο', 'el'],
  ] as const)('%s and %s share a stem (%s)', (a, b, lang) => {
    const fold = (w: string) => w.normalize('NFKD').replace(/\p{M}/gu, '');
    expect(inflectionStem(fold(a), lang)).toBe(inflectionStem(fold(b), lang));
  });

  it('leaves short words, other scripts and languages without stems alone', () => {
    expect(inflectionStem('bije', 'sk')).toBeUndefined();
    expect(inflectionStem('пожар', 'bg')).toBeUndefined();
    expect(inflectionStem('brandweer', 'nl')).toBeUndefined();
  });
});

describe('inflection stems in the matcher', () => {
  it('meets a situation word in a form the lexicon does not list', () => {
    // The lexicon lists "izmeta" (threw out); "izmetuši" (have thrown out) meets it by the stem "izmet".
    const hits = findCues(crisisTokens('saimnieks mūs ir izmetuši, nav kur gulēt'));
    expect(hits.some((h) => h.role === 'evict' && h.lang === 'lv' && h.stem)).toBe(true);
    expect(detectCrisis('saimnieks mūs ir izmetuši, nav kur gulēt', 'lv')?.kind).toBe('eviction');
  });

  it('never lets a stem cancel a rule: "kouře" (smoke) is not "kouřit" (to smoke)', () => {
    expect(detectCrisis('v chodbě je plno kouře', 'cs')?.kind).toBe('acute');
  });

  it('does not read verbs whose person decides the meaning by their stem', () => {
    // "se ne zbudi" (does not wake up) is acute, not the suicidal "da se ne zbudim".
    expect(detectCrisis('otrok je omedlel in se ne zbudi', 'sl')?.kind).toBe('acute');
  });
});
