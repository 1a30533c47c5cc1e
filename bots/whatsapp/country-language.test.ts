import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../core/languages/index.ts';
import { CALLING_CODE_LANGUAGES, languageFromPhone } from './country-language.ts';

describe('languageFromPhone', () => {
  it.each([
    ['48601234567', 'pl'], ['40721234567', 'ro'], ['359881234567', 'bg'], ['380671234567', 'uk'],
    ['37061234567', 'lt'], ['37121234567', 'lv'], ['3725123456', 'et'], ['36201234567', 'hu'],
    ['905321234567', 'tr'], ['420601234567', 'cs'], ['421901234567', 'sk'], ['38640123456', 'sl'],
    ['306912345678', 'el'], ['34612345678', 'es'], ['351912345678', 'pt'], ['393121234567', 'it'],
    ['31612345678', 'nl'], ['447911123456', 'en'],
  ])('%s → %s', (phone, language) => {
    expect(languageFromPhone(phone)).toBe(language);
  });

  it('takes the longest matching prefix: +1 787 is Puerto Rico (Spanish), +1 202 the United States', () => {
    expect(languageFromPhone('17875551234')).toBe('es');
    expect(languageFromPhone('12025550108')).toBe('en');
    // +35 is no calling code; +359, +357, +351 and +353 are different countries.
    expect(languageFromPhone('35712345678')).toBe('el');
    expect(languageFromPhone('353851234567')).toBe('en');
  });

  it('accepts +, 00 and formatting', () => {
    expect(languageFromPhone('+48 601 234 567')).toBe('pl');
    expect(languageFromPhone('0048601234567')).toBe('pl');
  });

  it('gives no hint for other countries or nonsense', () => {
    expect(languageFromPhone('4915112345678')).toBeUndefined(); // Germany: German is not offered
    expect(languageFromPhone('79161234567')).toBeUndefined();
    expect(languageFromPhone('')).toBeUndefined();
    expect(languageFromPhone('4')).toBeUndefined();
  });

  it('maps only to supported languages', () => {
    for (const language of Object.values(CALLING_CODE_LANGUAGES)) expect(SUPPORTED_LANGUAGES).toContain(language);
  });
});
