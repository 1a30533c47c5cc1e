import { describe, expect, it } from 'vitest';
import { isAppError } from '../platform/errors.ts';
import type { Language } from '../languages/index.ts';
import { deeplSource, deeplTarget, languageFromDeepl } from './deepl-languages.ts';
import { NoTranslator } from './no-translator.ts';
import { MAX_TRANSLATION_LENGTH, settleTrivially } from './request-checks.ts';

describe('settleTrivially', () => {
  it('throws UNKNOWN_LANGUAGE for a language we do not speak', () => {
    for (const request of [{ text: 'x', to: 'de' }, { text: 'x', from: 'xx', to: 'en' }]) {
      try {
        settleTrivially(request as unknown as { text: string; to: Language });
        expect.unreachable();
      } catch (err) {
        expect(isAppError(err, 'UNKNOWN_LANGUAGE')).toBe(true);
      }
    }
  });

  it('answers same_language for from === to and blank text, unavailable for over-long text', () => {
    expect(settleTrivially({ text: 'Hallo', from: 'nl', to: 'nl' })).toEqual({ text: 'Hallo', status: 'same_language' });
    expect(settleTrivially({ text: '  \n', to: 'pl' })).toEqual({ text: '  \n', status: 'same_language' });
    const long = 'a'.repeat(MAX_TRANSLATION_LENGTH + 1);
    expect(settleTrivially({ text: long, to: 'pl' })).toMatchObject({ text: long, status: 'unavailable', reason: 'too_long' });
    expect(settleTrivially({ text: 'Hallo', to: 'pl' })).toBeUndefined();
  });
});

describe('NoTranslator', () => {
  it('returns the original with the reason translation is off', async () => {
    const translator = new NoTranslator();
    expect(await translator.translate({ text: 'Ik heb een vraag', from: 'nl', to: 'pl' })).toEqual({
      text: 'Ik heb een vraag', status: 'unavailable', reason: 'not_configured', warning: 'translation is off: DEEPL_AUTH_KEY is not set',
    });
    expect(translator.status()).toEqual({ enabled: false, warning: 'translation is off: DEEPL_AUTH_KEY is not set' });
    await expect(translator.translate({ text: 'x', to: 'zz' as Language })).rejects.toMatchObject({ code: 'UNKNOWN_LANGUAGE' });
  });
});

describe('DeepL language codes', () => {
  it('maps targets to the European variants and sources to bare codes', () => {
    expect(deeplTarget('en')).toBe('en-GB');
    expect(deeplTarget('pt')).toBe('pt-PT');
    expect(deeplTarget('uk')).toBe('uk');
    expect(deeplSource('en')).toBe('en');
    expect(languageFromDeepl('NL')).toBe('nl');
    expect(languageFromDeepl('PT-BR')).toBe('pt');
    expect(languageFromDeepl('DE')).toBeUndefined();
  });
});
