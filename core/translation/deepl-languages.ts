import type { SourceLanguageCode, TargetLanguageCode } from 'deepl-node';
import { languageFromLocale, type Language } from '../languages/index.ts';

/**
 * DeepL's codes for our languages. All 18 are DeepL source and target
 * languages; targets need a variant where DeepL has several (English →
 * en-GB, Portuguese → pt-PT: the European ones), source codes never do.
 */
export function deeplTarget(lang: Language): TargetLanguageCode {
  if (lang === 'en') return 'en-GB';
  if (lang === 'pt') return 'pt-PT';
  return lang;
}

/** DeepL's source code for `lang` (always without a variant). */
export function deeplSource(lang: Language): SourceLanguageCode {
  return lang;
}

/** Our language for a code DeepL reports (`NL`, `en`, `PT-BR`), or undefined when we do not speak it. */
export function languageFromDeepl(code: string | undefined): Language | undefined {
  return languageFromLocale(code);
}
