import { eld } from 'eld/extrasmall';
import { createRequire } from 'node:module';
import { SUPPORTED_LANGUAGES, isLanguage, type Language } from '../languages/index.ts';
import { dominantScript, foldText, romanize, skeleton, tokenize } from './normalize.ts';
import { detectForeignLanguage, prepareForeignLanguage } from './foreign-language.ts';

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
 *
 * eld runs over all its languages once; the supported ones' scores feed the
 * choice, and the others tell a message in a language the bot does not speak
 * (foreign-language.ts: `foreign`).
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
  /**
   * ISO 639-1 code of a language the bot does not speak when the message is clearly in it
   * (Russian, German, Arabic…); `lang` is then only the nearest supported reading.
   */
  foreign?: string;
}

const require = createRequire(import.meta.url);
const stopwordsIso = require('stopwords-iso') as Record<string, string[]>;
const naturalUk = (require('natural/lib/natural/util/stopwords_uk.js') as { words: string[] }).words;

/** Our own instance over all 60 languages (no subset): unsupported winners reveal foreign messages. */
const eldAll = eld.newInstance();
// Its word lists now, not on the first foreign-looking message (that answer would be ~20 ms late).
prepareForeignLanguage();

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

/**
 * Words many detectors share (a shared library's, see core/answers/library-index.ts),
 * stored once per process instead of copied into every organization's detector.
 */
export class SharedVocabulary {
  /** skeleton form → bit mask of the languages whose words have it */
  readonly forms = new Map<string, number>();

  addTokens(lang: Language, tokens: Iterable<string>): void {
    addToVocabulary(this.forms, lang, tokens);
  }
}

/** Shared vocabularies a detector reads besides its own words, and the languages it takes from them. */
export interface SharedWords {
  vocabularies: readonly SharedVocabulary[];
  languages: readonly Language[];
}

export class LanguageDetector {
  /** skeleton form → bit mask of the languages whose vocabulary has it (with `shared`: only what the shared ones lack) */
  private readonly vocabulary: Map<string, number>;
  /** Read-only vocabularies behind `vocabulary`, each with the language bits it may contribute. */
  private readonly shared: Array<{ forms: ReadonlyMap<string, number>; mask: number }> = [];
  /** token → languages, memoized; reset whenever the vocabulary grows. */
  private readonly tokenLanguages = new Map<string, readonly Language[]>();

  /**
   * @param shared vocabularies to read instead of copying (the stop words and
   *   a library's words, masked to `languages`: the same evidence as adding
   *   those languages' words to this detector)
   */
  constructor(shared?: SharedWords) {
    if (!shared) {
      this.vocabulary = new Map(baseVocabulary());
      return;
    }
    this.vocabulary = new Map();
    const mask = shared.languages.reduce((m, l) => m | LANGUAGE_BIT.get(l)!, 0);
    this.shared.push({ forms: baseVocabulary(), mask: -1 });
    for (const v of shared.vocabularies) this.shared.push({ forms: v.forms, mask });
  }

  /** Adds words (any case, any script, phrases allowed) to `lang`'s vocabulary. */
  addWords(lang: Language, words: readonly string[]): void {
    this.addTokens(lang, wordsOf(words));
  }

  /** Adds already folded tokens to `lang`'s vocabulary, e.g. the words of its tiles. */
  addTokens(lang: Language, tokens: Iterable<string>): void {
    if (this.shared.length === 0) addToVocabulary(this.vocabulary, lang, tokens);
    else {
      // Keep only what the shared vocabularies do not already say.
      const added = new Map<string, number>();
      addToVocabulary(added, lang, tokens);
      for (const [form, bits] of added) {
        const missing = bits & ~this.maskOf(form);
        if (missing) this.vocabulary.set(form, (this.vocabulary.get(form) ?? 0) | missing);
      }
    }
    this.tokenLanguages.clear();
  }

  /** Language bits of a skeleton form across the own and shared vocabularies. */
  private maskOf(form: string): number {
    let mask = this.vocabulary.get(form) ?? 0;
    for (const s of this.shared) mask |= (s.forms.get(form) ?? 0) & s.mask;
    return mask;
  }

  /** The languages whose vocabulary has `token` (memoized: chat vocabulary repeats). */
  private languagesOfToken(token: string): readonly Language[] {
    let langs = this.tokenLanguages.get(token);
    if (!langs) {
      let mask = 0;
      for (const form of evidenceForms(token)) mask |= this.maskOf(form);
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

    const eldScores = eldAll.detect(text).getScores() as Record<string, number>;
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

    const foreign = detectForeignLanguage({
      text, tokens, script, eldScores, supportedLanguagesOf: (token) => this.languagesOfToken(token),
    });
    if (hints.previous) add(hints.previous, W_PREVIOUS);
    if (hints.locale) add(hints.locale, W_LOCALE);

    const ranked = [...scores.entries()]
      .filter(([lang]) => enabled.includes(lang))
      .sort((a, b) => b[1] - a[1]);
    if (ranked.length === 0) return { lang: fallback, confidence: 0, romanized: false, scores: [], ...(foreign ? { foreign } : {}) };
    const [best, second] = ranked;
    const margin = best[1] - (second?.[1] ?? 0);
    const confidence = Math.max(0, Math.min(1, margin * 2 + Math.min(tokens.length, 4) * 0.05));
    return {
      lang: best[0],
      confidence,
      romanized: script === 'latin' && CYRILLIC_LANGS.includes(best[0]),
      scores: ranked.slice(0, 4),
      ...(foreign ? { foreign } : {}),
    };
  }
}

function pickFallback(hints: LanguageHints, enabled: readonly Language[]): Language {
  for (const candidate of [hints.previous, hints.locale, 'en' as Language]) {
    if (candidate && enabled.includes(candidate)) return candidate;
  }
  return enabled[0] ?? 'en';
}
