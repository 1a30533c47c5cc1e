import { describe, expect, it } from 'vitest';
import { isAppError } from '../platform/errors.ts';
import { DEFAULT_GLOSSARY, GLOSSARY_LIMITS, glossaryVersion, normalizeGlossary, validateGlossary } from './glossary.ts';

describe('glossary', () => {
  it('normalizes: trimmed, whitespace collapsed, blanks and case-duplicates dropped', () => {
    expect(normalizeGlossary([' BSN ', 'bsn', '', 'eigen   risico', '  '])).toEqual(['BSN', 'eigen risico']);
  });

  it('has the default Dutch terms', () => {
    expect(DEFAULT_GLOSSARY).toEqual(expect.arrayContaining(['BSN', 'DigiD', 'huisarts', 'zorgtoeslag', 'gemeente', 'eigen risico']));
  });

  it('versions ignore order and case but change with the terms', () => {
    expect(glossaryVersion(['BSN', 'gemeente'])).toBe(glossaryVersion(['Gemeente', 'bsn']));
    expect(glossaryVersion(['BSN'])).not.toBe(glossaryVersion(['BSN', 'gemeente']));
    expect(glossaryVersion([])).toBe('none');
    expect(glossaryVersion(undefined)).toBe('none');
  });

  it('rejects too many or too long terms', () => {
    const many = Array.from({ length: GLOSSARY_LIMITS.terms + 1 }, (_, i) => `term${i}`);
    expect(() => validateGlossary(many)).toThrow(/at most/);
    try {
      validateGlossary(['x'.repeat(GLOSSARY_LIMITS.termLength + 1)]);
      expect.unreachable();
    } catch (err) {
      expect(isAppError(err, 'VALIDATION_FAILED')).toBe(true);
    }
  });
});
