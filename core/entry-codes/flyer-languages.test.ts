import { describe, expect, it } from 'vitest';
import { isAppError } from '../platform/errors.ts';
import { flyerLanguages } from './flyer-languages.ts';

const failure = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return isAppError(err) ? { code: err.code, message: err.message } : err;
  }
  throw new Error('expected an error');
};

describe('flyer languages', () => {
  it('takes the languages asked for, in order, any case, repeats dropped', () => {
    expect(flyerLanguages('pl,ro,bg,uk,en,nl', ['nl'])).toEqual(['pl', 'ro', 'bg', 'uk', 'en', 'nl']);
    expect(flyerLanguages(' EL , tr,el ', [])).toEqual(['el', 'tr']);
  });

  it('defaults to the municipality\'s first six enabled languages the bot speaks', () => {
    expect(flyerLanguages(undefined, ['nl', 'en', 'pl', 'xx', 'ro', 'bg', 'uk', 'lt', 'lv'])).toEqual(['nl', 'en', 'pl', 'ro', 'bg', 'uk']);
    expect(flyerLanguages('', ['pl', 'pl', 'en'])).toEqual(['pl', 'en']);
    expect(flyerLanguages(' , ', ['lt'])).toEqual(['lt']);
  });

  it('falls back to English when the municipality enabled none the bot speaks', () => {
    expect(flyerLanguages(undefined, [])).toEqual(['en']);
    expect(flyerLanguages(undefined, ['xx'])).toEqual(['en']);
  });

  it('refuses an unknown language and more than six', () => {
    expect(failure(() => flyerLanguages('pl,fr', []))).toEqual({ code: 'UNKNOWN_LANGUAGE', message: 'Language "fr" is not supported' });
    expect(failure(() => flyerLanguages('pl,ro,bg,uk,en,nl,el', []))).toEqual({
      code: 'VALIDATION_FAILED', message: 'a flyer shows at most 6 languages, not 7',
    });
  });
});
