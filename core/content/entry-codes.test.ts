import { describe, expect, it } from 'vitest';
import { entryLayerProblem, municipalityProblem, normalizeEntryCode } from './entry-codes.ts';

describe('normalizeEntryCode', () => {
  it('trims and lower-cases a well-formed code', () => {
    expect(normalizeEntryCode('agrifarm')).toBe('agrifarm');
    expect(normalizeEntryCode('  AgriFarm-2 \n')).toBe('agrifarm-2');
    expect(normalizeEntryCode('x'.repeat(64))).toBe('x'.repeat(64));
  });

  it.each([
    ['undefined', undefined],
    ['a number', 42],
    ['empty', ''],
    ['blank', '   '],
    ['one character', 'a'],
    ['longer than 64', 'x'.repeat(65)],
    ['a space inside', 'agri farm'],
    ['a leading hyphen', '-agrifarm'],
    ['a trailing hyphen', 'agrifarm-'],
    ['an underscore', 'agri_farm'],
    ['a path', '../etc/passwd'],
    ['a query', 'agrifarm?x=1'],
    ['diacritics', 'gdańsk'],
    ['Cyrillic', 'агрифарм'],
    ['an emoji', 'farm🚜'],
    ['a pasted essay', 'a'.repeat(10_000)],
  ])('rejects %s', (_, input) => {
    expect(normalizeEntryCode(input)).toBeUndefined();
  });
});

describe('entry layer rules', () => {
  const municipality = { id: 'm1', slug: 'testdorp', kind: 'municipality' as const };

  it('accepts a municipality, and an employer or housing provider active in it', () => {
    expect(municipalityProblem(municipality)).toBeUndefined();
    expect(entryLayerProblem(municipality, { slug: 'acme', kind: 'employer', activeIn: ['m1'] })).toBeUndefined();
    expect(entryLayerProblem(municipality, { slug: 'woonco', kind: 'housing_provider', activeIn: ['m2', 'm1'] })).toBeUndefined();
  });

  it('explains what does not fit', () => {
    expect(municipalityProblem({ slug: 'acme', kind: 'employer' })).toBe('"acme" is an employer, not a municipality');
    expect(entryLayerProblem(municipality, { slug: 'club', kind: 'local_org', activeIn: ['m1'] }))
      .toBe('"club" is a local_org; a layer must be an employer or housing provider');
    expect(entryLayerProblem(municipality, { slug: 'acme', kind: 'employer', activeIn: ['m2'] }))
      .toBe('"acme" is not active in "testdorp" (an administrator must make it active there first)');
    expect(entryLayerProblem(municipality, { slug: 'acme', kind: 'employer', activeIn: [] }))
      .toMatch(/not active in "testdorp"/);
  });
});
