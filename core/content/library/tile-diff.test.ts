import { describe, expect, it } from 'vitest';
import { NOTHING, diffText, diffTiles, type DiffPart } from './tile-diff.ts';

const joined = (parts: DiffPart[], side: 'from' | 'to') =>
  parts.filter((p) => p.op === 'same' || p.op === (side === 'from' ? 'removed' : 'added')).map((p) => p.value).join('');

describe('diffText', () => {
  it('word parts add up to both texts, whitespace included', () => {
    const from = 'Register at the **town hall**.\nBring your passport.';
    const to = 'Register at  the **city office** soon.\nBring your ID card.';
    const parts = diffText(from, to);
    expect(joined(parts, 'from')).toBe(from);
    expect(joined(parts, 'to')).toBe(to);
    expect(parts).toContainEqual({ op: 'removed', value: 'passport' });
    expect(parts).toContainEqual({ op: 'added', value: 'ID card' });
  });

  it('line mode marks whole lines', () => {
    expect(diffText('a\nb\nc\n', 'a\nB\nc\n', 'lines')).toEqual([
      { op: 'same', value: 'a\n' }, { op: 'removed', value: 'b\n' }, { op: 'added', value: 'B\n' }, { op: 'same', value: 'c\n' },
    ]);
  });

  it('equal texts are one same part, two empty texts none', () => {
    expect(diffText('x y', 'x y')).toEqual([{ op: 'same', value: 'x y' }]);
    expect(diffText('', '')).toEqual([]);
  });
});

describe('diffTiles', () => {
  const v1 = {
    themeKey: 'work', sensitive: false, links: [{ label: 'Rules', url: 'https://example.org/rules' }],
    content: { en: { title: 'Hours', body: 'Forty hours.', examples: ['how long?'] }, pl: { title: 'Godziny', body: 'Czterdzieści.', examples: [] } },
  };
  const v2 = {
    themeKey: 'registration', sensitive: true, links: [],
    content: { en: { title: 'Hours', body: 'Forty-eight hours.', examples: ['how long?', 'overtime?'] }, ro: { title: 'Ore', body: 'Patruzeci.', examples: [] } },
  };

  it('compares fields and every language of either side', () => {
    const diff = diffTiles(v1, v2);
    expect(diff.fields.theme).toEqual({ from: 'work', to: 'registration', changed: true });
    expect(diff.fields.sensitive).toEqual({ from: false, to: true, changed: true });
    expect(diff.fields.links).toEqual([{ op: 'removed', value: 'Rules <https://example.org/rules>\n' }]);
    expect(diff.languages.map((l) => [l.language, l.change])).toEqual([['en', 'changed'], ['pl', 'removed'], ['ro', 'added']]);
    const en = diff.languages[0];
    expect(en.title).toEqual([{ op: 'same', value: 'Hours' }]);
    expect(joined(en.body, 'to')).toBe('Forty-eight hours.');
    expect(en.examples).toEqual([{ op: 'same', value: 'how long?\n' }, { op: 'added', value: 'overtime?\n' }]);
  });

  it('against nothing (never published) everything is added', () => {
    const diff = diffTiles(NOTHING, v1);
    expect(diff.fields.theme).toEqual({ from: null, to: 'work', changed: true });
    expect(diff.languages.every((l) => l.change === 'added')).toBe(true);
    expect(diffTiles(v1, v1).languages.every((l) => l.change === 'unchanged')).toBe(true);
  });
});
