import { describe, expect, it } from 'vitest';
import type { TileContent } from './types.ts';
import {
  additionNeedsReview,
  candidateOwnerIds,
  entryLayers,
  inScope,
  libraryTileState,
  mergeAddition,
  subscriptionFor,
  visibleTiles,
  type EntryPoint,
  type LibraryTileState,
  type SubscriptionFacts,
  type SubscriptionRule,
  type TileChoice,
} from './visibility.ts';

const sub = (overrides: Partial<SubscriptionRule> = {}): SubscriptionRule => ({
  libraryId: 'nl', scope: 'all', themeKeys: [], newTiles: 'automatic', ...overrides,
});

describe('libraryTileState', () => {
  const published = { status: 'published', themeKey: 'work' };
  it.each<[string, { status: string; themeKey: string }, SubscriptionRule | undefined, TileChoice | undefined, LibraryTileState]>([
    ['no subscription', published, undefined, undefined, 'not_subscribed'],
    ['no subscription, even with a show choice', published, undefined, 'show', 'not_subscribed'],
    ['an unpublished tile', { status: 'draft', themeKey: 'work' }, sub(), 'show', 'unpublished'],
    ['an archived tile', { status: 'archived', themeKey: 'work' }, sub(), undefined, 'unpublished'],
    ['all + automatic', published, sub(), undefined, 'shown'],
    ['all + ask, no choice', published, sub({ newTiles: 'ask' }), undefined, 'waiting'],
    ['all + ask, accepted', published, sub({ newTiles: 'ask' }), 'show', 'shown'],
    ['all + automatic, hidden', published, sub(), 'hide', 'hidden'],
    ['all + ask, hidden', published, sub({ newTiles: 'ask' }), 'hide', 'hidden'],
    ['themes covering the tile, automatic', published, sub({ scope: 'themes', themeKeys: ['work', 'housing'] }), undefined, 'shown'],
    ['themes covering the tile, ask', published, sub({ scope: 'themes', themeKeys: ['work'], newTiles: 'ask' }), undefined, 'waiting'],
    ['themes not covering the tile', published, sub({ scope: 'themes', themeKeys: ['housing'] }), undefined, 'out_of_scope'],
    ['themes not covering the tile, picked one by one', published, sub({ scope: 'themes', themeKeys: ['housing'] }), 'show', 'shown'],
    ['themes covering the tile, hidden', published, sub({ scope: 'themes', themeKeys: ['work'] }), 'hide', 'hidden'],
    ['tiles, not picked, automatic', published, sub({ scope: 'tiles' }), undefined, 'out_of_scope'],
    ['tiles, not picked, ask', published, sub({ scope: 'tiles', newTiles: 'ask' }), undefined, 'out_of_scope'],
    ['tiles, picked', published, sub({ scope: 'tiles', newTiles: 'ask' }), 'show', 'shown'],
    ['tiles, hidden', published, sub({ scope: 'tiles' }), 'hide', 'hidden'],
  ])('%s', (_name, tile, subscription, choice, expected) => {
    expect(libraryTileState(tile, subscription, choice)).toBe(expected);
  });

  it('covers themes only in the themes scope', () => {
    expect(inScope(sub(), 'x')).toBe(true);
    expect(inScope(sub({ scope: 'themes', themeKeys: ['x'] }), 'x')).toBe(true);
    expect(inScope(sub({ scope: 'themes', themeKeys: ['x'] }), 'y')).toBe(false);
    expect(inScope(sub({ scope: 'tiles', themeKeys: ['x'] }), 'x')).toBe(false);
  });
});

describe('subscriptionFor', () => {
  const entry: EntryPoint = { municipalityId: 'm', regionId: 'r', nationalIds: ['nl'] };
  it.each<[string, SubscriptionRule[], string, SubscriptionRule | undefined]>([
    ['national without a row: none', [], 'nl', undefined],
    ['national with a row: the row', [sub({ newTiles: 'ask' })], 'nl', sub({ newTiles: 'ask' })],
    ['region without a row: everything, automatically', [], 'r', { libraryId: 'r', scope: 'all', themeKeys: [], newTiles: 'automatic' }],
    ['region with a row: the row narrows it', [sub({ libraryId: 'r', scope: 'themes', themeKeys: ['work'] })], 'r',
      sub({ libraryId: 'r', scope: 'themes', themeKeys: ['work'] })],
    ['another region: none', [], 'r2', undefined],
  ])('%s', (_name, subscriptions, libraryId, expected) => {
    expect(subscriptionFor(entry, { subscriptions, choices: new Map() }, libraryId)).toEqual(expected);
  });
});

describe('entryLayers', () => {
  it.each<[string, EntryPoint, string[]]>([
    ['a municipality with region and national library', { municipalityId: 'm', regionId: 'r', nationalIds: ['nl'] }, ['m', 'r', 'nl']],
    ['a municipality without region', { municipalityId: 'm', regionId: null, nationalIds: ['nl', 'nl2'] }, ['m', 'nl', 'nl2']],
    ['an active entry layer comes first', { municipalityId: 'm', regionId: 'r', nationalIds: ['nl'], layer: { id: 'e', active: true } }, ['e', 'm', 'r', 'nl']],
    ['an inactive entry layer is left out', { municipalityId: 'm', regionId: 'r', nationalIds: ['nl'], layer: { id: 'e', active: false } }, ['m', 'r', 'nl']],
    ['a library shown alone', { municipalityId: 'nl', regionId: null, nationalIds: [] }, ['nl']],
    ['a national library is not listed twice', { municipalityId: 'nl', regionId: null, nationalIds: ['nl'] }, ['nl']],
  ])('%s', (_name, entry, owners) => {
    expect(candidateOwnerIds(entry)).toEqual(owners);
  });

  it('names each layer\'s role', () => {
    expect(entryLayers({ municipalityId: 'm', regionId: 'r', nationalIds: ['nl'], layer: { id: 'e', active: true } }).map((l) => l.role))
      .toEqual(['entry_layer', 'municipality', 'region', 'national']);
  });
});

describe('visibleTiles', () => {
  /** One tile per owner and state, in library order per owner (the order the loader passes). */
  const tile = (id: string, ownerId: string, themeKey = 'work', status = 'published') => ({ id, ownerId, themeKey, status });
  const tiles = [
    tile('nl-1', 'nl'), tile('nl-2', 'nl', 'housing'), tile('nl-draft', 'nl', 'work', 'draft'), tile('nl-3', 'nl'),
    tile('r-1', 'r'), tile('r-2', 'r'),
    tile('m-1', 'm'), tile('m-draft', 'm', 'work', 'draft'), tile('m-2', 'm'),
    tile('e-1', 'e'), tile('e-archived', 'e', 'work', 'archived'),
    tile('other-m', 'm2'), tile('other-e', 'e2'), tile('other-r', 'r2'),
  ];
  const entry: EntryPoint = { municipalityId: 'm', regionId: 'r', nationalIds: ['nl'] };
  const facts = (subscriptions: SubscriptionRule[], choices: Array<[string, TileChoice]> = []): SubscriptionFacts => ({
    subscriptions, choices: new Map(choices),
  });
  const ids = (e: EntryPoint, f: SubscriptionFacts) => visibleTiles(e, tiles, f).map((t) => t.id);

  it.each<[string, EntryPoint, SubscriptionFacts, string[]]>([
    ['no subscription: own and region tiles, no national ones', entry, facts([]), ['m-1', 'm-2', 'r-1', 'r-2']],
    ['all + automatic: every published national tile, new ones included', entry, facts([sub()]),
      ['m-1', 'm-2', 'r-1', 'r-2', 'nl-1', 'nl-2', 'nl-3']],
    ['all + ask: only accepted national tiles', entry, facts([sub({ newTiles: 'ask' })], [['nl-1', 'show'], ['nl-3', 'show']]),
      ['m-1', 'm-2', 'r-1', 'r-2', 'nl-1', 'nl-3']],
    ['a hidden national tile', entry, facts([sub()], [['nl-2', 'hide']]), ['m-1', 'm-2', 'r-1', 'r-2', 'nl-1', 'nl-3']],
    ['a hidden region tile', entry, facts([sub()], [['r-1', 'hide']]), ['m-1', 'm-2', 'r-2', 'nl-1', 'nl-2', 'nl-3']],
    ['by theme', entry, facts([sub({ scope: 'themes', themeKeys: ['housing'] })]), ['m-1', 'm-2', 'r-1', 'r-2', 'nl-2']],
    ['by theme plus one tile picked', entry, facts([sub({ scope: 'themes', themeKeys: ['housing'] })], [['nl-3', 'show']]),
      ['m-1', 'm-2', 'r-1', 'r-2', 'nl-2', 'nl-3']],
    ['by tile', entry, facts([sub({ scope: 'tiles' })], [['nl-3', 'show']]), ['m-1', 'm-2', 'r-1', 'r-2', 'nl-3']],
    ['a region subscription narrows the region', entry, facts([sub({ libraryId: 'r', scope: 'tiles' })], [['r-2', 'show']]),
      ['m-1', 'm-2', 'r-2']],
    ['a choice about an own tile changes nothing', entry, facts([], [['m-1', 'hide']]), ['m-1', 'm-2', 'r-1', 'r-2']],
    ['an active entry layer first', { ...entry, layer: { id: 'e', active: true } }, facts([sub({ scope: 'tiles' })], [['nl-1', 'show']]),
      ['e-1', 'm-1', 'm-2', 'r-1', 'r-2', 'nl-1']],
    ['an entry layer not active in the municipality shows nothing of its own', { ...entry, layer: { id: 'e', active: false } }, facts([]),
      ['m-1', 'm-2', 'r-1', 'r-2']],
    ['a municipality without region', { ...entry, regionId: null }, facts([sub()]), ['m-1', 'm-2', 'nl-1', 'nl-2', 'nl-3']],
    ['a library shown alone: its own published tiles', { municipalityId: 'nl', regionId: null, nationalIds: [] }, facts([]),
      ['nl-1', 'nl-2', 'nl-3']],
  ])('%s', (_name, e, f, expected) => {
    expect(ids(e, f)).toEqual(expected);
  });

  it('keeps the library order given within each layer', () => {
    const reordered = [tile('nl-b', 'nl'), tile('m-b', 'm'), tile('nl-a', 'nl'), tile('m-a', 'm')];
    expect(visibleTiles({ municipalityId: 'm', regionId: null, nationalIds: ['nl'] }, reordered, facts([sub()])).map((t) => t.id))
      .toEqual(['m-b', 'm-a', 'nl-b', 'nl-a']);
  });
});

describe('mergeAddition', () => {
  const content = (lang: string, body: string): TileContent => ({ title: `Title ${lang}`, body, examples: [`q ${lang}`] });
  const tile = { en: content('en', 'National text.'), pl: content('pl', 'Tekst krajowy.\n'), ro: content('ro', 'Text național.') };

  it.each<[string, Parameters<typeof mergeAddition>[1], Record<string, string>]>([
    ['no addition: unchanged', undefined, { en: 'National text.', pl: 'Tekst krajowy.\n', ro: 'Text național.' }],
    ['the same language under the text, a missing one from the source language',
      { sourceLang: 'en', texts: { en: { body: 'Office: Markt 1.' }, pl: { body: 'Biuro: Markt 1.' } } },
      { en: 'National text.\n\nOffice: Markt 1.', pl: 'Tekst krajowy.\n\nBiuro: Markt 1.', ro: 'Text național.\n\nOffice: Markt 1.' }],
    ['a source language other than English', { sourceLang: 'pl', texts: { pl: { body: '  Biuro.  ' } } },
      { en: 'National text.\n\nBiuro.', pl: 'Tekst krajowy.\n\nBiuro.', ro: 'Text național.\n\nBiuro.' }],
    ['an empty text adds nothing', { sourceLang: 'en', texts: { en: { body: '   ' } } },
      { en: 'National text.', pl: 'Tekst krajowy.\n', ro: 'Text național.' }],
    ['a language the tile lacks is not added', { sourceLang: 'en', texts: { en: { body: 'A.' }, uk: { body: 'Б.' } } },
      { en: 'National text.\n\nA.', pl: 'Tekst krajowy.\n\nA.', ro: 'Text național.\n\nA.' }],
  ])('%s', (_name, addition, bodies) => {
    const merged = mergeAddition(tile, addition);
    expect(Object.fromEntries(Object.entries(merged).map(([lang, c]) => [lang, c.body]))).toEqual(bodies);
    expect(Object.values(merged).map((c) => c.title)).toEqual(['Title en', 'Title pl', 'Title ro']);
    expect(merged.en?.examples).toEqual(['q en']);
  });

  it('leaves the tile content it was given unchanged', () => {
    mergeAddition(tile, { sourceLang: 'en', texts: { en: { body: 'X.' } } });
    expect(tile.en.body).toBe('National text.');
  });
});

describe('additionNeedsReview', () => {
  it.each<[number, number, boolean]>([
    [0, 0, false], [1, 1, false], [1, 2, true], [0, 1, true], [3, 2, false],
  ])('checked against revision %i, tile at %i: %s', (reviewed, tileRevision, expected) => {
    expect(additionNeedsReview(reviewed, tileRevision)).toBe(expected);
  });
});
