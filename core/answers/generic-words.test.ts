import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../languages/index.ts';
import { analyze, termName } from './analyzer.ts';
import { GENERIC_WEIGHT, genericWords, isGeneric } from './generic-words.ts';
import { conceptIndex } from './lexicon/index.ts';
import { foldText, tokenize } from './normalize.ts';

const weightOf = (text: string, lang: Parameters<typeof analyze>[1], term: string) =>
  [...analyze(text, lang).terms].find(([id]) => termName(id) === term)?.[1] ?? 0;

describe('generic words', () => {
  it('has a list for every supported language, folded single tokens', () => {
    for (const lang of SUPPORTED_LANGUAGES) {
      const words = genericWords(lang);
      expect(words.size, lang).toBeGreaterThanOrEqual(15);
      for (const word of words) expect(tokenize(foldText(word)), `${lang} "${word}"`).toEqual([word]);
    }
  });

  it('finds words typed without diacritics', () => {
    expect(isGeneric('pieniadze', 'pl')).toBe(true);
    expect(isGeneric('sigortasi', 'tr')).toBe(true);
    expect(isGeneric('zorgverzekering', 'nl')).toBe(false);
  });

  it('gives generic words a small query weight, the topic words full weight', () => {
    expect(weightOf('how much is car insurance', 'en', 'w:much')).toBe(0.15 * GENERIC_WEIGHT);
    expect(weightOf('can you lend me money', 'en', 'w:monei')).toBe(GENERIC_WEIGHT);
    expect(weightOf('can you lend me money', 'en', 'c:money')).toBe(GENERIC_WEIGHT);
    expect(weightOf('where is the huisarts', 'en', 'w:huisart')).toBe(1);
  });

  it('lets a month name weigh little', () => {
    expect(weightOf('what happens in september', 'en', 'w:septemb')).toBe(GENERIC_WEIGHT);
    expect(weightOf('co się dzieje we wrześniu', 'pl', 'c:money')).toBe(0);
  });

  it('keeps the topic words of the tiles out of the list', () => {
    // A generic word that is a concept word too is fine ("money"), but the names of
    // the library's topics must never be generic.
    for (const [lang, word] of [['en', 'payslip'], ['nl', 'huisarts'], ['pl', 'zasiłek'], ['ro', 'chirie']] as const) {
      expect(isGeneric(foldText(word), lang)).toBe(false);
      expect(conceptIndex(lang).has(foldText(word)), `${lang} ${word} is a concept word`).toBe(true);
    }
  });
});
