import { describe, expect, it } from 'vitest';
import { KEY_PATTERN as LIBRARY_KEY_PATTERN, TILE_LIMITS as LIBRARY_LIMITS } from '../../../../../core/content/tiles-v1.ts';
import {
  KEY_PATTERN, TILE_LIMITS, contentOf, differingFields, EMPTY_FORM, formFromVersion, formProblems, isHttpUrl, isoFromInput, linkProblems, type TileFormValues,
} from './tile-form-model.ts';

const form = (overrides: Partial<TileFormValues> = {}): TileFormValues => ({
  ...EMPTY_FORM, theme: 'registration', title: 'BSN', body: 'Go to the **town hall**.', examples: 'How do I get a BSN?\n\n  where bsn \n', ...overrides,
});

describe('tile form model', () => {
  it('checks the same limits and key pattern as the library', () => {
    const { tiles: _count, ...perTile } = LIBRARY_LIMITS;
    expect(TILE_LIMITS).toEqual(perTile);
    expect(KEY_PATTERN.source).toBe(LIBRARY_KEY_PATTERN.source);
  });

  it('turns the form into the API content: examples one a line, trimmed, no empty lines', () => {
    expect(contentOf(form({ title: '  BSN ' }))).toEqual({ title: 'BSN', body: 'Go to the **town hall**.', examples: ['How do I get a BSN?', 'where bsn'] });
  });

  it('reads the source language of a version back into the form', () => {
    const values = formFromVersion({
      theme: 'work', sensitive: true, links: [{ label: 'Site', url: 'https://a.example' }],
      content: { en: { title: 'T', body: 'B', examples: ['a', 'b'] }, pl: { title: 'TP', body: 'BP', examples: [] } },
    }, 'en');
    expect(values).toEqual({ theme: 'work', title: 'T', body: 'B', examples: 'a\nb', links: [{ label: 'Site', url: 'https://a.example' }], sensitive: true });
    expect(formFromVersion(null, 'en')).toEqual(EMPTY_FORM);
  });

  it('accepts only absolute http(s) links with a label', () => {
    expect(isHttpUrl('https://demostad.nl/afspraak')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('demostad.nl')).toBe(false);
    expect(linkProblems([
      { label: 'ok', url: 'http://a.example' },
      { label: ' ', url: 'ftp://a.example' },
    ])).toEqual([undefined, { label: 'missing', url: 'invalid' }]);
  });

  it('names every missing or wrong field, the key included when there is one', () => {
    expect(formProblems(form())).toEqual({});
    expect(formProblems(EMPTY_FORM, '')).toEqual({ key: 'required', theme: 'required', title: 'required', body: 'required' });
    expect(formProblems(form({ links: [{ label: 'x', url: 'nope' }] }), 'Bad Key')).toEqual({ key: 'invalid', links: 'invalid' });
    expect(formProblems(form(), 'bsn-registration')).toEqual({});
  });

  it('lists the fields that differ (for the edit conflict)', () => {
    expect(differingFields(form(), form({ examples: 'How do I get a BSN?\nwhere bsn' }))).toEqual([]);
    expect(differingFields(form(), form({ body: 'Other', sensitive: true, links: [{ label: 'a', url: 'https://a.example' }] })))
      .toEqual(['body', 'links', 'sensitive']);
  });

  it('reads date inputs as ISO times and refuses what is not a date', () => {
    expect(isoFromInput('')).toBeUndefined();
    expect(isoFromInput('not a date')).toBeUndefined();
    expect(new Date(isoFromInput('2027-06-07') as string).getDate()).toBe(7);
    expect(isoFromInput('2027-06-07T09:30')).toBe(new Date('2027-06-07T09:30').toISOString());
  });
});
