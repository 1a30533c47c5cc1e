import { describe, expect, it } from 'vitest';
import { detectCrisis } from './crisis.ts';
import { hungarianForms } from './hungarian.ts';

describe('hungarianForms', () => {
  it('takes off a verb prefix and case or past endings', () => {
    expect(hungarianForms('megvert')).toContain('vert');
    expect(hungarianForms('lakasbol')).toContain('lakas');
    expect(hungarianForms('utlevelunket')).toContain('utlevel');
    expect(hungarianForms('szobaban')).toContain('szoba');
  });

  it('never returns the token itself nor stems shorter than three letters', () => {
    for (const form of hungarianForms('meget')) expect(form.length).toBeGreaterThanOrEqual(3);
    expect(hungarianForms('lakasbol')).not.toContain('lakasbol');
    expect(hungarianForms('ég')).toEqual([]);
  });

  it('lets inflected Hungarian meet the lexicon, and only Hungarian cues', () => {
    expect(detectCrisis('a lakásból füst jön ki', 'hu')?.kind).toBe('acute');
    expect(detectCrisis('a főnök elvette az útlevelünket', 'hu')?.kind).toBe('exploitation');
    expect(detectCrisis('where can i buy a kettle for the kitchen', 'en')).toBeUndefined();
  });
});
