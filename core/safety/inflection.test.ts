import { describe, expect, it } from 'vitest';
import { detectCrisis } from './crisis.ts';
import { applyRules } from './crisis-rules.ts';
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
  it('meets a word in a case form the lexicon does not list', () => {
    // The lexicon lists "všetko" (everything); "so všetkým skoncovať" (to end it with everything) meets it by the stem "vsetk".
    const hits = findCues(crisisTokens('chcem so všetkým skoncovať'));
    expect(hits.some((h) => h.role === 'endall' && h.lang === 'sk' && h.stem)).toBe(true);
    expect(detectCrisis('chcem so všetkým skoncovať', 'sk')?.kind).toBe('suicide');
  });

  it('never lets a hit found by a stem cancel a rule', () => {
    const hit = (role: string, start: number, stem?: boolean) => ({ role, lang: 'en' as const, start, end: start + 1, cue: 0, ...(stem ? { stem } : {}) });
    expect(applyRules([hit('partner', 0), hit('abuse', 1), hit('info', 2, true)], 'en')?.kind).toBe('domestic');
    expect(applyRules([hit('partner', 0), hit('abuse', 1), hit('info', 2)], 'en')).toBeUndefined();
  });

  it('does not read verbs whose person decides the meaning by their stem', () => {
    // "se ne zbudi" (does not wake up) is acute, not the suicidal "da se ne zbudim".
    expect(detectCrisis('otrok je omedlel in se ne zbudi', 'sl')?.kind).toBe('acute');
  });
});
