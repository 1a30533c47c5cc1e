import { describe, expect, it } from 'vitest';
import { conceptsOfTypo, MIN_TYPO_LENGTH } from './concept-typos.ts';
import { conceptIndex } from './concept-index.ts';

describe('conceptsOfTypo: one edit from a lexicon word', () => {
  it('reads a letter left out, one too many, one wrong and two swapped', () => {
    expect(conceptsOfTypo('dismisal', 'en')).toContain('dismissal'); // left out
    expect(conceptsOfTypo('dissmissed', 'en')).toContain('dismissal'); // one too many
    expect(conceptsOfTypo('insurence', 'en')).toContain('health-insurance'); // one wrong
    expect(conceptsOfTypo('landlrod', 'en')).toContain('landlord'); // swapped
  });

  it('works in every language on folded tokens, Cyrillic included', () => {
    expect(conceptsOfTypo('zorgverzekring', 'nl')).toContain('health-insurance');
    expect(conceptsOfTypo('ubezpiecznie', 'pl')).toContain('health-insurance');
    expect(conceptsOfTypo('звильнили', 'uk')).toContain('dismissal');
  });

  it('names nothing for words the lexicon has as they are, short words and stop words', () => {
    expect(conceptsOfTypo('insurance', 'en')).toEqual([]);
    expect(conceptsOfTypo('sikc', 'en')).toEqual([]);
    expect('sikc'.length).toBeLessThan(MIN_TYPO_LENGTH);
    expect(conceptsOfTypo('because', 'en')).toEqual([]);
  });

  it('never changes the first letter (real words one edit from a lexicon word mostly differ there)', () => {
    expect(conceptIndex('en').has('letter')).toBe(true);
    expect(conceptsOfTypo('better', 'en')).toEqual([]);
  });

  it('does not reach two edits', () => {
    // "insrence": "u" left out and "a" written "e".
    expect(conceptsOfTypo('insrence', 'en')).toEqual([]);
  });
});
