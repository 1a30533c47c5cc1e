import { describe, expect, it } from 'vitest';
import { foldText } from '../answers/normalize.ts';
import { greekKey, latinGreekKeys, looksGreeklish } from './greeklish.ts';

describe('greeklish keys', () => {
  it.each([
    ['αναπνέει', 'anapnei'],
    ['αιματώνει', 'aimatwnei'],
    ['κουνιέται', 'kounietai'],
    ['θέλω', '8elw'],
    ['μπουκάλι', 'mpoukali'],
    ['χτυπάει', 'xtypaei'],
    ['ξέρει', 'xerei'],
  ])('%s meets %s', (greek, latin) => {
    expect(latinGreekKeys(latin)).toContain(greekKey(foldText(greek)));
  });

  it('gives no key to words of other scripts and keys never look like tokens', () => {
    expect(greekKey('passport')).toBeUndefined();
    expect(latinGreekKeys('a')).toEqual([]);
    expect(greekKey('φωτιά')?.startsWith('#')).toBe(true);
  });

  it.each([
    [['o', 'synadelfos', 'den', 'anapnei'], true],
    [['thelw', 'na', 'pethanw'], true],
    [['kaigetai', 'i', 'kouzina'], true],
    [['mijn', 'collega', 'ademt', 'niet'], false],
    [['kocam', 'beni', 'dovuyor'], false],
    [['ze', 'porta', 'da', 'casa'], false],
    [['nie', 'ma', 'kolegow', 'w', 'pracy'], false],
  ])('%j reads as greeklish: %s', (tokens, expected) => {
    expect(looksGreeklish(tokens)).toBe(expected);
  });
});
