import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../core/languages/index.ts';
import { FIXED_TEXTS } from './index.ts';

/** Flattens nested text objects to dotted keys. */
function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('fixed texts', () => {
  const reference = keys(FIXED_TEXTS.en).sort();

  it.each(SUPPORTED_LANGUAGES)('%s has every key English has, none empty, no markup', (lang) => {
    const texts = FIXED_TEXTS[lang];
    expect(keys(texts).sort()).toEqual(reference);
    for (const key of reference) {
      const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], texts);
      expect(typeof value).toBe('string');
      expect((value as string).trim().length).toBeGreaterThan(0);
      expect(value).not.toMatch(/<[a-z]/i);
    }
  });

  it('non-English texts are actually translated', () => {
    for (const lang of SUPPORTED_LANGUAGES.filter((l) => l !== 'en')) {
      expect(FIXED_TEXTS[lang].answer.unanswered).not.toBe(FIXED_TEXTS.en.answer.unanswered);
    }
  });
});
