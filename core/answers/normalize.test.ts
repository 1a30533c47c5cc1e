import { describe, expect, it } from 'vitest';
import { cyrillize, dominantScript, foldText, romanize, skeleton, tokenize } from './normalize.ts';

describe('foldText', () => {
  it.each([
    ['ZAMELDOWANIE Łódź żółć', 'zameldowanie lodz zolc'],
    ['înregistrare Ştiinţă ȘȚ', 'inregistrare stiinta st'],
    ['İstanbul’da ÇALIŞIYORUM', "istanbul'da calisiyorum"],
    ['Ｆｕｌｌｗｉｄｔｈ ﬁle', 'fullwidth file'],
    ['Größe ØRE', 'grosse ore'],
  ])('%s → %s', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it('keeps Cyrillic as Cyrillic and folds й/ї like a phone keyboard without them', () => {
    expect(foldText('Їжак Йордан')).toBe('іжак иордан');
  });
});

describe('tokenize', () => {
  it('splits on punctuation and apostrophes, keeps digits', () => {
    expect(tokenize(foldText("Hollanda'da 112 numara, lütfen!"))).toEqual(['hollanda', 'da', '112', 'numara', 'lutfen']);
  });
  it('returns nothing for emoji and symbols only', () => {
    expect(tokenize(foldText('🙂🙂 ?!'))).toEqual([]);
  });
});

describe('script and transliteration', () => {
  it('finds the dominant script', () => {
    expect(dominantScript('Как да получа BSN?')).toBe('cyrillic');
    expect(dominantScript('kak da poluchat BSN')).toBe('latin');
    expect(dominantScript('Γεια σου')).toBe('greek');
    expect(dominantScript('123 🙂')).toBe('none');
  });

  it('romanized Bulgarian and the Cyrillic original share a skeleton', () => {
    for (const [latin, cyr] of [['obshtinata', 'общината'], ['zaplata', 'заплата'], ['tryabva', 'трябва']]) {
      expect(skeleton(latin)).toBe(skeleton(romanize(foldText(cyr), 'bg')));
    }
  });

  it('Ukrainian romanization with h for г meets the Cyrillic form', () => {
    expect(skeleton('nichoho')).toBe(skeleton(romanize(foldText('нічого'), 'uk')));
  });

  it('cyrillize reverses common romanizations', () => {
    expect(cyrillize('obshtinata', 'bg')).toBe('общината');
    expect(cyrillize('shcho robyty', 'uk')).toBe('що робити');
    expect(cyrillize('bahato liudei, malo hroshei', 'uk')).toBe('багато людей, мало грошей');
  });
});
