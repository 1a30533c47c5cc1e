import { eld } from 'eld/extrasmall';
import { createRequire } from 'node:module';
import { SUPPORTED_LANGUAGES, isLanguage, type Language } from '../languages/index.ts';
import { dominantScript, foldText, romanize, skeleton, tokenize } from './normalize.ts';

/**
 * Language identification for short chat messages.
 *
 * Three signals, combined:
 * 1. eld (Efficient Language Detector, n-gram model, 60 languages) over the
 *    supported languages. It is accurate for native-script text of a
 *    sentence or more, but knows nothing of Bulgarian or Ukrainian typed in
 *    Latin letters ("kakvo da pravya", "shcho robyty").
 * 2. Word evidence: the message's words looked up in per-language
 *    vocabularies (stop words from stopwords-iso and natural, plus the words
 *    of the organization's own tiles, added by the answer engine). A word
 *    counts for a language in inverse proportion to how many languages share
 *    it. Cyrillic vocabularies are also stored romanized and reduced to a
 *    phonetic skeleton, which is how Latin-typed Bulgarian and Ukrainian are
 *    recognised.
 * 3. Hints: the language the person used before and the channel locale
 *    decide when the text itself is too short or ambiguous.
 */
export interface LanguageHints {
  /** The language this person chose or used before. */
  previous?: Language | null;
  /** The channel's locale hint (Telegram language_code, phone country code, browser). */
  locale?: Language | null;
  /** Languages the organization offers; detection never answers outside them. */
  enabled?: readonly Language[];
}

export interface DetectedLanguage {
  lang: Language;
  /** 0..1; below ~0.3 the text said little and hints decided. */
  confidence: number;
  /** True when the text is Bulgarian or Ukrainian written in Latin letters. */
  romanized: boolean;
  /** Runner-up languages with their combined scores, best first (for logs and tests). */
  scores: Array<[Language, number]>;
}

const require = createRequire(import.meta.url);
const stopwordsIso = require('stopwords-iso') as Record<string, string[]>;
const naturalUk = (require('natural/lib/natural/util/stopwords_uk.js') as { words: string[] }).words;

eld.setLanguageSubset([...SUPPORTED_LANGUAGES]);

/** Skeleton forms used for word evidence; Cyrillic words add their romanizations. */
function evidenceForms(foldedWord: string): string[] {
  if (/[\u0400-\u04ff]/.test(foldedWord)) {
    return [...new Set([skeleton(romanize(foldedWord, 'bg')), skeleton(romanize(foldedWord, 'uk'))])];
  }
  return [skeleton(foldedWord)];
}

const CYRILLIC_LANGS: readonly Language[] = ['bg', 'uk'];
const ROMANIZED_SLAVIC = /zh|sh|kh|ya|yu|yi|iy|yy|shch|sht/;
const TOKEN_MEMO_LIMIT = 50_000;
const W_ELD = 1;
const W_WORDS = 1.2;
const W_PREVIOUS = 0.25;
const W_LOCALE = 0.1;

/** Bit of each language in a vocabulary entry's language mask. */
const LANGUAGE_BIT = new Map<Language, number>(SUPPORTED_LANGUAGES.map((l, i) => [l, 1 << i]));

function languagesOf(mask: number): Language[] {
  return SUPPORTED_LANGUAGES.filter((_, i) => mask & (1 << i));
}

/** Adds folded tokens of `lang` to a vocabulary (skeleton form → language bit mask). */
function addToVocabulary(vocabulary: Map<string, number>, lang: Language, tokens: Iterable<string>): void {
  const bit = LANGUAGE_BIT.get(lang)!;
  for (const token of tokens) {
    if (token.length < 2 || /^\d+$/.test(token)) continue;
    for (const form of evidenceForms(token)) vocabulary.set(form, (vocabulary.get(form) ?? 0) | bit);
  }
}

const wordsOf = (list: readonly string[]) => list.flatMap((w) => tokenize(foldText(w)));
let base: Map<string, number> | undefined;

/** Stop words of every language (stopwords-iso, plus natural's longer Ukrainian list), computed once per process. */
function baseVocabulary(): Map<string, number> {
  if (!base) {
    base = new Map();
    for (const lang of SUPPORTED_LANGUAGES) addToVocabulary(base, lang, wordsOf(stopwordsIso[lang] ?? []));
    addToVocabulary(base, 'uk', wordsOf(naturalUk));
  }
  return base;
}

export class LanguageDetector {
  /** skeleton form → bit mask of the languages whose vocabulary has it */
  private readonly vocabulary: Map<string, number>;
  /** token → languages, memoized; reset whenever the vocabulary grows. */
  private readonly tokenLanguages = new Map<string, readonly Language[]>();

  constructor() {
    this.vocabulary = new Map(baseVocabulary());
  }

  /** Adds words (any case, any script, phrases allowed) to `lang`'s vocabulary. */
  addWords(lang: Language, words: readonly string[]): void {
    addToVocabulary(this.vocabulary, lang, wordsOf(words));
    this.tokenLanguages.clear();
  }

  /** Adds already folded tokens to `lang`'s vocabulary, e.g. the words of its tiles. */
  addTokens(lang: Language, tokens: Iterable<string>): void {
    addToVocabulary(this.vocabulary, lang, tokens);
    this.tokenLanguages.clear();
  }

  /** The languages whose vocabulary has `token` (memoized: chat vocabulary repeats). */
  private languagesOfToken(token: string): readonly Language[] {
    let langs = this.tokenLanguages.get(token);
    if (!langs) {
      let mask = 0;
      for (const form of evidenceForms(token)) mask |= this.vocabulary.get(form) ?? 0;
      langs = languagesOf(mask);
      if (this.tokenLanguages.size >= TOKEN_MEMO_LIMIT) this.tokenLanguages.clear();
      this.tokenLanguages.set(token, langs);
    }
    return langs;
  }

  detect(text: string, hints: LanguageHints = {}): DetectedLanguage {
    const enabled = hints.enabled?.length ? hints.enabled : SUPPORTED_LANGUAGES;
    const fallback = pickFallback(hints, enabled);
    const folded = foldText(text);
    const tokens = tokenize(folded).filter((t) => !/^\d+$/.test(t));
    if (tokens.length === 0) return { lang: fallback, confidence: 0, romanized: false, scores: [] };

    const script = dominantScript(folded);
    const scores = new Map<Language, number>();
    const add = (lang: Language, value: number) => scores.set(lang, (scores.get(lang) ?? 0) + value);

    const eldScores = eld.detect(text).getScores() as Record<string, number>;
    for (const [code, value] of Object.entries(eldScores)) {
      if (isLanguage(code)) add(code, W_ELD * value);
    }

    // Word evidence, script-independent through the skeleton forms.
    const evidence = new Map<Language, number>();
    for (const token of tokens) {
      const langs = this.languagesOfToken(token);
      for (const l of langs) evidence.set(l, (evidence.get(l) ?? 0) + 1 / langs.length);
    }
    for (const [lang, value] of evidence) add(lang, (W_WORDS * value) / tokens.length);

    if (script === 'cyrillic') {
      // Letters only one of the two has settle it.
      const lower = text.toLowerCase();
      if (/[іїєґ]/.test(lower)) add('uk', 1);
      if (/[ъ]/.test(lower) && !/[іїєґ]/.test(lower)) add('bg', 0.5);
      for (const lang of [...scores.keys()]) if (!CYRILLIC_LANGS.includes(lang)) scores.delete(lang);
    } else if (script === 'greek') {
      add('el', 2);
    } else if (script === 'latin') {
      // Latin-typed Bulgarian/Ukrainian get no eld score; the word evidence must carry them.
      // Digraphs such as zh/sh/kh/ya/yu mark romanized Slavic: Polish, Czech,
      // Slovak and Slovene write those sounds as ż/sz/ch/ja/ju or š/ž/č.
      const romanizedShare = tokens.filter((t) => ROMANIZED_SLAVIC.test(t)).length / tokens.length;
      for (const lang of CYRILLIC_LANGS) {
        const share = (evidence.get(lang) ?? 0) / tokens.length;
        if (share === 0) continue;
        scores.set(lang, W_WORDS * share + 0.55 * Math.min(1, share * 2) + 0.4 * Math.min(1, romanizedShare * 6));
      }
    }

    if (hints.previous) add(hints.previous, W_PREVIOUS);
    if (hints.locale) add(hints.locale, W_LOCALE);

    const ranked = [...scores.entries()]
      .filter(([lang]) => enabled.includes(lang))
      .sort((a, b) => b[1] - a[1]);
    if (ranked.length === 0) return { lang: fallback, confidence: 0, romanized: false, scores: [] };
    const [best, second] = ranked;
    const margin = best[1] - (second?.[1] ?? 0);
    const confidence = Math.max(0, Math.min(1, margin * 2 + Math.min(tokens.length, 4) * 0.05));
    return {
      lang: best[0],
      confidence,
      romanized: script === 'latin' && CYRILLIC_LANGS.includes(best[0]),
      scores: ranked.slice(0, 4),
    };
  }
}

function pickFallback(hints: LanguageHints, enabled: readonly Language[]): Language {
  for (const candidate of [hints.previous, hints.locale, 'en' as Language]) {
    if (candidate && enabled.includes(candidate)) return candidate;
  }
  return enabled[0] ?? 'en';
}
