import { describe, expect, it } from 'vitest';
import type { VisibleTile } from '../content/types.ts';
import type { Language } from '../languages/index.ts';
import { analyze } from './analyzer.ts';
import { AnswerEngine } from './answer-engine.ts';
import { idfOf } from './language-index.ts';
import { LibraryIndex, LibraryIndexes } from './library-index.ts';
import { OwnSegments } from './own-segments.ts';
import { SearchIndex, type LibraryLayer } from './search-index.ts';
import { SAMPLE_LIBRARY } from './testing/sample-library.ts';

/**
 * The merge of a shared library index with an entry point's own tiles
 * (search-index.ts): visibility per entry point, the statistics rule, and
 * that an organization showing a whole library alone gets exactly what one
 * index over its tiles gives.
 */

const LANGS: Language[] = ['en', 'pl', 'bg', 'uk'];
const library = new LibraryIndex('national', 'v1', SAMPLE_LIBRARY);

/** The engine's view of the library: `shown` tile ids (in library order) first, then `own` tiles. */
function layered(shown: readonly string[], own: VisibleTile[] = []): { tiles: VisibleTile[]; layer: LibraryLayer } {
  const tiles = [...SAMPLE_LIBRARY.filter((t) => shown.includes(t.id)), ...own];
  const positions = new Int32Array(SAMPLE_LIBRARY.length).fill(-1);
  tiles.forEach((t, at) => {
    if (!own.includes(t)) positions[library.positionOf(t.id)] = at;
  });
  return { tiles, layer: { index: library, positions } };
}

const all = SAMPLE_LIBRARY.map((t) => t.id);
const QUESTIONS: Array<[string, Language]> = [
  ['minimum wage per hour', 'en'],
  ['ubezpieczeniem zdrowotnym', 'pl'],
  ['garbage trash', 'en'],
  ['Как да получа BSN номер?', 'bg'],
  ['my boss keeps my passport', 'en'],
  ['visa for my iphone', 'en'],
  ['Де зареєструватися?', 'uk'],
];

function localTile(id: string, body: string): VisibleTile {
  return {
    id, key: id, ownerSlug: 'testdorp', theme: 'practical', sensitive: false, sourceLang: 'en', links: [],
    content: { en: { title: 'Town hall opening hours', body, examples: ['When is the town hall open?'] } },
  };
}

describe('SearchIndex over a shared library', () => {
  it('gives an organization showing the whole library the same hits, scores and signals as one index of its own', () => {
    const alone = new SearchIndex(SAMPLE_LIBRARY, LANGS);
    const { tiles, layer } = layered(all);
    const shared = new SearchIndex(tiles, LANGS, [layer]);
    for (const [text, lang] of QUESTIONS) {
      const terms = analyze(text, lang).terms;
      expect(shared.search(terms, lang), text).toEqual(alone.search(terms, lang));
    }
  });

  it('never returns a tile the entry point hides, while its neighbour gets it with the same score', () => {
    const neighbour = layered(all);
    const hiding = layered(all.filter((id) => id !== 'minimum-wage'));
    const terms = analyze('minimum wage per hour', 'en').terms;
    const shown = new SearchIndex(neighbour.tiles, LANGS, [neighbour.layer]).search(terms, 'en');
    const hidden = new SearchIndex(hiding.tiles, LANGS, [hiding.layer]).search(terms, 'en');
    expect(neighbour.tiles[shown.hits[0].tile].id).toBe('minimum-wage');
    expect(hidden.hits.map((h) => hiding.tiles[h.tile].id)).not.toContain('minimum-wage');
    // Statistics come from the shared library: a tile both show scores the same in both.
    for (const hit of hidden.hits) {
      const same = shown.hits.find((h) => neighbour.tiles[h.tile].id === hiding.tiles[hit.tile].id);
      if (same) expect(hit.score).toBe(same.score);
    }
  });

  it('counts a word only a hidden tile has as unseen', () => {
    const hiding = layered(all.filter((id) => id !== 'waste'));
    const result = new SearchIndex(hiding.tiles, LANGS, [hiding.layer]).search(analyze('rubbish', 'en').terms, 'en');
    expect(result.hits).toEqual([]);
    expect(result.seenIdf).toBe(0);
  });

  it('finds the own tiles next to the library, a word only they have weighed by its df against the library N', () => {
    const own = [localTile('town-hall', 'The Zwyxkantoor on the Markt opens at nine.')];
    const { tiles, layer } = layered(all, own);
    const index = new SearchIndex(tiles, LANGS, [layer]);
    const terms = analyze('zwyxkantoor', 'en').terms;
    const result = index.search(terms, 'en');
    expect(tiles[result.hits[0].tile].id).toBe('town-hall');
    // The statistics are the library's: its N, and for a word only the own tile has, df 1 against that N.
    const n = library.language('en').size;
    expect(result.maxIdf).toBeCloseTo(Math.log(1 + (n + 0.5) / 0.5), 10);
    const expected = [...terms.values()].reduce((sum, weight) => sum + weight * Math.fround(idfOf(n, 1)), 0);
    expect(result.seenIdf).toBeCloseTo(expected, 6);
    expect(result.matchedIdf).toBeCloseTo(expected, 6);
  });

  it('scores an own tile as the library would, up to the stored count precision', () => {
    // The library's tiles hidden, the same tiles again as the entry point's own: same docs, same statistics.
    const positions = new Int32Array(SAMPLE_LIBRARY.length).fill(-1);
    const asOwn = new SearchIndex(SAMPLE_LIBRARY, LANGS, [{ index: library, positions }]);
    const alone = new SearchIndex(SAMPLE_LIBRARY, LANGS);
    for (const [text, lang] of QUESTIONS) {
      const terms = analyze(text, lang).terms;
      const a = asOwn.search(terms, lang);
      const b = alone.search(terms, lang);
      expect(a.hits.map((h) => h.tile), text).toEqual(b.hits.map((h) => h.tile));
      a.hits.forEach((h, i) => expect(h.score).toBeCloseTo(b.hits[i].score, 3));
      expect(a.seenIdf).toBeCloseTo(b.seenIdf, 5);
      expect(a.matchedIdf).toBeCloseTo(b.matchedIdf, 5);
    }
  });

  it('answers from a local addition for the municipality that wrote it only', () => {
    const base = SAMPLE_LIBRARY.find((t) => t.id === 'waste')!;
    const changed: VisibleTile = { ...base, content: { ...base.content, en: { ...base.content.en!, body: `${base.content.en!.body}\n\nBulky waste goes to the Qorvaweg depot.` } } };
    // The municipality shows its own version of the tile instead of the library's.
    const tiles = SAMPLE_LIBRARY.map((t) => (t.id === 'waste' ? changed : t));
    const positions = Int32Array.from(SAMPLE_LIBRARY, (t, i) => (t.id === 'waste' ? -1 : i));
    const withAddition = new SearchIndex(tiles, LANGS, [{ index: library, positions }]);
    const neighbour = layered(all);
    const terms = analyze('qorvaweg', 'en').terms;
    const hits = withAddition.search(terms, 'en').hits;
    expect(tiles[hits[0].tile]).toBe(changed);
    expect(new SearchIndex(neighbour.tiles, LANGS, [neighbour.layer]).search(terms, 'en').hits).toEqual([]);
  });
});

describe('AnswerEngine on shared libraries', () => {
  it('answers like an engine of its own when it shows the whole library', () => {
    const { tiles, layer } = layered(all);
    const shared = new AnswerEngine(tiles, { languages: LANGS, libraries: [layer] });
    const alone = new AnswerEngine(SAMPLE_LIBRARY, { languages: LANGS });
    for (const [text] of QUESTIONS) {
      const a = shared.ask(text);
      const b = alone.ask(text);
      expect({ ...a, ms: 0 }, text).toEqual({ ...b, ms: 0 });
    }
  });

  it('answers from a new library version on the same shared own segment', () => {
    const own = [localTile('town-hall', 'The Zwyxkantoor on the Markt opens at nine.')];
    const indexes = new LibraryIndexes();
    const segments = new OwnSegments();
    const at = (index: LibraryIndex, tiles: VisibleTile[]): LibraryLayer => ({
      index, positions: Int32Array.from(index.tiles, (t) => tiles.indexOf(t)),
    });
    const v1 = indexes.acquire('national', 'v1', SAMPLE_LIBRARY);
    const segment = segments.acquire(own, [v1]);
    const ownLayer = { segment, positions: Int32Array.of(SAMPLE_LIBRARY.length) };
    const first = new AnswerEngine([...SAMPLE_LIBRARY, ...own], { languages: LANGS, libraries: [at(v1, SAMPLE_LIBRARY)], own: [ownLayer] });
    const edited = SAMPLE_LIBRARY.map((t) => (t.id === 'bsn' ? { ...t, content: { ...t.content, en: { ...t.content.en!, title: 'Get your qwzplnummer' } } } : t));
    const v2 = indexes.acquire('national', 'v2', edited);
    indexes.release([v1]);
    expect(indexes.held()).toEqual([v2]);
    expect(v2.vocabulary).toBe(v1.vocabulary);
    // The same tiles with the same text (new objects, as a database read gives) share the segment.
    const again = segments.acquire(own.map((t) => ({ ...t })), [v2]);
    expect(again).toBe(segment);
    segments.release([segment]);
    expect(segments.held()).toEqual([segment]);
    const second = new AnswerEngine([...edited, ...own], { languages: LANGS, libraries: [at(v2, edited)], own: [{ segment: again, positions: ownLayer.positions }] });
    expect(second.ask('qwzplnummer').tile?.id).toBe('bsn');
    expect(first.ask('qwzplnummer').tile).toBeUndefined();
    expect(second.ask('When is the Zwyxkantoor open?').tile?.id).toBe('town-hall');
    // Other text under the same ids is another segment.
    expect(segments.acquire([localTile('town-hall', 'Closed on Sundays.')], [v2])).not.toBe(segment);
  });
});
