import { isLanguage, SOURCE_LANGUAGE, type Language } from '../languages/index.ts';
import { AppError } from '../platform/errors.ts';

/** At most this many languages fit on one A4 flyer with a readable QR code. */
export const FLYER_MAX_LANGUAGES = 6;

/**
 * The languages a flyer shows: those asked for (`pl,ro,bg`: comma-separated,
 * any case, repeats dropped, in the order given), or without a choice the
 * municipality's first six enabled languages (English when it has none the
 * bot speaks). Pure.
 * @throws AppError UNKNOWN_LANGUAGE for a code the bot does not speak;
 *   VALIDATION_FAILED for more than six languages.
 */
export function flyerLanguages(requested: string | undefined, enabledLanguages: readonly string[]): Language[] {
  const asked = (requested ?? '').split(',').map((code) => code.trim().toLowerCase()).filter((code) => code !== '');
  if (asked.length === 0) {
    const enabled = [...new Set(enabledLanguages)].filter(isLanguage).slice(0, FLYER_MAX_LANGUAGES);
    return enabled.length > 0 ? enabled : [SOURCE_LANGUAGE];
  }
  const unknown = asked.find((code) => !isLanguage(code));
  if (unknown !== undefined) throw new AppError('UNKNOWN_LANGUAGE', { lang: unknown.slice(0, 20) });
  const languages = [...new Set(asked)] as Language[];
  if (languages.length > FLYER_MAX_LANGUAGES) {
    throw new AppError('VALIDATION_FAILED', { details: `a flyer shows at most ${FLYER_MAX_LANGUAGES} languages, not ${languages.length}` });
  }
  return languages;
}
