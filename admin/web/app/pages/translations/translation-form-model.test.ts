import { describe, expect, it } from 'vitest';
import { formOf, textOf } from './translation-form-model.ts';
import { query, translationPages, translationPaths } from './translations-api.ts';

const source = { title: 'Getting a BSN', body: 'You need a BSN.', examples: ['How do I get a BSN?'], linkLabels: ['Register', 'More'] };

describe('the translation form', () => {
  it('starts empty for a missing text, one link label per source link', () => {
    expect(formOf(null, source)).toEqual({ title: '', body: '', examples: '', linkLabels: ['', ''] });
  });

  it('holds a stored text, examples one per line, labels as many as the source has', () => {
    const text = { title: 'Jak uzyskać BSN', body: 'Potrzebujesz BSN.', examples: ['Jak?', 'Gdzie?'], linkLabels: ['Rejestracja'] };
    expect(formOf(text, source)).toEqual({ title: 'Jak uzyskać BSN', body: 'Potrzebujesz BSN.', examples: 'Jak?\nGdzie?', linkLabels: ['Rejestracja', ''] });
  });

  it('sends trimmed fields, no empty examples, every label', () => {
    expect(textOf({ title: ' T ', body: ' B\n', examples: 'one\n\n  two  \n', linkLabels: [' a ', ''] }))
      .toEqual({ title: 'T', body: 'B', examples: ['one', 'two'], linkLabels: ['a', ''] });
  });
});

describe('the translation paths', () => {
  it('leaves out empty filters and joins lists', () => {
    expect(query({ language: 'pl', state: '', theme: undefined })).toBe('?language=pl');
    expect(query({})).toBe('');
    expect(translationPaths.estimate('nl', ['pl', 'tr'], [])).toBe('/api/layers/nl/translations/estimate?languages=pl%2Ctr');
    expect(translationPaths.matrix('nl', { language: 'pl', state: 'stale' })).toBe('/api/layers/nl/translations?language=pl&state=stale');
    expect(translationPages.editor('nl', 'nl-bsn', 'tr')).toBe('/studio/layers/nl/tiles/nl-bsn/translations?language=tr');
    expect(translationPages.editor('a b', 'k/1')).toBe('/studio/layers/a%20b/tiles/k%2F1/translations');
  });
});
