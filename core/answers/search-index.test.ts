import { describe, expect, it } from 'vitest';
import { analyze } from './analyzer.ts';
import { SearchIndex } from './search-index.ts';
import { SAMPLE_LIBRARY } from './testing/sample-library.ts';

const index = new SearchIndex(SAMPLE_LIBRARY, ['en', 'pl', 'nl']);
const keyOf = (tile: number) => SAMPLE_LIBRARY[tile].key;
const search = (text: string, lang: 'en' | 'pl' | 'nl') => index.search(analyze(text, lang).terms, lang);

describe('SearchIndex', () => {
  it('ranks the tile whose title, examples and body share the question words first', () => {
    const result = search('minimum wage per hour', 'en');
    expect(keyOf(result.hits[0].tile)).toBe('minimum-wage');
    expect(result.hits.map((h) => h.score)).toEqual([...result.hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('matches inflected forms through stems and skeleton prefixes', () => {
    expect(keyOf(search('ubezpieczeniem zdrowotnym', 'pl').hits[0].tile)).toBe('health-insurance');
  });

  it('matches across wording through the concept lexicon', () => {
    // "garbage" and "trash" are in no tile; the lexicon puts them in one concept with "rubbish" and "bins".
    const result = search('garbage trash', 'en');
    expect(result.hits.length).toBeGreaterThan(0);
    expect(keyOf(result.hits[0].tile)).toBe('waste');
    expect(result.conceptsMatched).toBeGreaterThan(0);
  });

  it('indexes a tile without a translation by its source text', () => {
    expect(keyOf(search('plastic bins rubbish truck', 'nl').hits[0].tile)).toBe('waste');
  });

  it('reports how much of the question the best tile covers', () => {
    const covered = search('How do I get a BSN?', 'en');
    const uncovered = search('iphone screen repair shop', 'en');
    expect(covered.matchedIdf / covered.queryIdf).toBeGreaterThan(uncovered.hits.length ? uncovered.matchedIdf / uncovered.queryIdf : 0);
    expect(covered.seenIdf).toBeLessThanOrEqual(covered.queryIdf);
    expect(uncovered.seenIdf).toBeLessThan(uncovered.queryIdf);
  });

  it('returns at most the requested number of hits, and nothing for a language it has no index for', () => {
    expect(index.search(analyze('work', 'en').terms, 'en', { limit: 2 }).hits.length).toBeLessThanOrEqual(2);
    expect(index.search(analyze('praca', 'pl').terms, 'ro').hits).toEqual([]);
  });
});
