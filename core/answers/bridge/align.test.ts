import { describe, expect, it } from 'vitest';
import { alignSegments, learnLinks, type SegmentPair } from './align.ts';
import { translateWord } from './word-bridge.ts';
import { stemmerFor } from '../stemmers.ts';

describe('learnLinks (IBM Model 1 both ways)', () => {
  // A toy parallel text: each Polish content word appears with its English one in several segments, in varying company.
  const pairs: SegmentPair[] = [
    { source: 'czynsz mieszkanie', target: 'rent flat' },
    { source: 'czynsz agencja', target: 'rent agency' },
    { source: 'mieszkanie agencja', target: 'flat agency' },
    { source: 'czynsz podatek', target: 'rent tax' },
    { source: 'podatek agencja', target: 'tax agency' },
    { source: 'mieszkanie podatek', target: 'flat tax' },
  ];

  it('links each word to its translation and to nothing it merely co-occurs with', () => {
    const links = learnLinks(pairs, 'pl', 'en');
    const stem = stemmerFor('pl');
    expect(links.get(stem('czynsz'))?.[0].target).toBe('rent');
    expect(links.get(stem('mieszkanie'))?.[0].target).toBe('flat');
    expect(links.get(stem('podatek'))?.[0].target).toBe('tax');
    for (const found of links.values()) expect(found).toHaveLength(1);
  });

  it('needs a pair in `minPairs` segments', () => {
    const links = learnLinks([{ source: 'czynsz', target: 'rent' }], 'pl', 'en');
    expect(links.size).toBe(0);
    expect(learnLinks([{ source: 'czynsz', target: 'rent' }], 'pl', 'en', { minPairs: 1 }).get(stemmerFor('pl')('czynsz'))?.[0].target).toBe('rent');
  });
});

describe('alignSegments', () => {
  it('pairs title, body lines, sentences within lines of equal count, and examples', () => {
    const en = { title: 'Rent', body: 'Pay on time. Ask for a receipt.\n\n- Keep the contract', examples: ['How much is rent?'] };
    const pl = { title: 'Czynsz', body: 'Płać na czas. Poproś o pokwitowanie.\n\n- Zachowaj umowę', examples: ['Ile wynosi czynsz?'] };
    expect(alignSegments(pl, en)).toEqual([
      { source: 'Czynsz', target: 'Rent' },
      { source: 'Płać na czas.', target: 'Pay on time.' },
      { source: 'Poproś o pokwitowanie.', target: 'Ask for a receipt.' },
      { source: '- Zachowaj umowę', target: '- Keep the contract' },
      { source: 'Ile wynosi czynsz?', target: 'How much is rent?' },
    ]);
  });

  it('skips bodies whose line structure differs', () => {
    const en = { title: 'Rent', body: 'One.\nTwo.', examples: [] };
    const pl = { title: 'Czynsz', body: 'Jeden i dwa.', examples: [] };
    expect(alignSegments(pl, en)).toEqual([{ source: 'Czynsz', target: 'Rent' }]);
  });
});

describe('the shipped bridge (bridge-data.json)', () => {
  const translate = (token: string, lang: 'pl' | 'ro' | 'hu' | 'bg', target: 'en' | 'nl' = 'en') =>
    translateWord(token, stemmerFor(lang)(token), lang, target).map((l) => l.target);

  it('knows domain words of the starter library, to English and to Dutch', () => {
    expect(translate('ubezpieczenia', 'pl')).toContain('insurance');
    expect(translate('gunoiul', 'ro')).toContain('rubbish');
    expect(translate('szemetet', 'hu')).toContain('rubbish');
    expect(translate('заплата', 'bg').length).toBeGreaterThan(0);
    expect(translate('ubezpieczenia', 'pl', 'nl').length).toBeGreaterThan(0);
  });

  it('falls back to the words sharing a phonetic prefix for a form it never saw', () => {
    // An inflected form the stemmer reduces to a stem the parallel text lacks.
    const stem = stemmerFor('pl')('ubezpieczeniowych');
    const links = translateWord('ubezpieczeniowych', stem, 'pl', 'en');
    expect(links.map((l) => l.target)).toContain('insurance');
  });
});
