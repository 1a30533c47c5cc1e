import { describe, expect, it } from 'vitest';
import { withinOneEdit } from './edit-distance.ts';

describe('withinOneEdit', () => {
  it.each([
    ['passport', 'passport'], ['pasport', 'passport'], ['passportt', 'passport'], ['passprot', 'passport'], ['passpord', 'passport'],
  ])('%s ~ %s', (a, b) => {
    expect(withinOneEdit(a, b)).toBe(true);
    expect(withinOneEdit(b, a)).toBe(true);
  });

  it.each([['password', 'passport'], ['pass', 'passport'], ['aspsport', 'passports'], ['abcdef', 'abcfed']])('%s is not %s', (a, b) => {
    expect(withinOneEdit(a, b)).toBe(false);
  });
});
