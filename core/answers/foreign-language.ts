import { createRequire } from 'node:module';
import { isLanguage, type Language } from '../languages/index.ts';
import { foldText, tokenize, type Script } from './normalize.ts';

/**
 * Recognises a message written in a language the bot does not speak
 * (Russian, German, Arabic, French, Serbian/Croatian, Vietnamese, Chinese…),
 * so that it is not misread as the nearest supported language (Russian as
 * Bulgarian, German as Dutch) and answered from the wrong tiles.
 *
 * The cost of the two mistakes is not the same: a supported message taken
 * for a foreign one loses its answer, a foreign one taken for a supported
 * one gets a poor answer. So only clear cases are foreign:
 * - letters of a script none of the 18 languages use (Arabic, Hebrew, Han,
 *   Thai, Devanagari…): always foreign;
 * - Cyrillic with letters Bulgarian and Ukrainian never write (Russian ы э ё,
 *   Serbian/Macedonian ђ ј љ њ ћ џ ѓ ќ ѕ, Belarusian ў) or with words only the
 *   foreign language has, outweighing Bulgarian and Ukrainian letters and words;
 * - Latin text of a few words where eld (over all its 60 languages) puts a
 *   foreign language clearly ahead of every supported one, and the words
 *   agree: some belong to that language only, hardly any to a supported one.
 *   Latin-typed Bulgarian and Ukrainian (which eld reads as Croatian) carry
 *   supported words and stay supported.
 * Anything else stays in the supported languages.
 */

/** What the language detector knows about a message, for this check. */
export interface ForeignEvidence {
  /** The message as typed. */
  text: string;
  /** Its folded tokens, numbers left out. */
  tokens: readonly string[];
  script: Script;
  /** eld's scores over all its languages. */
  eldScores: Readonly<Record<string, number>>;
  /** The supported languages whose vocabulary (stop words, tile words) has the token. */
  supportedLanguagesOf(token: string): readonly Language[];
}

/** Scripts that none of the 18 languages is written in, and the language to report when eld has no better idea. */
const FOREIGN_SCRIPTS: ReadonlyArray<[RegExp, string]> = [
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Devanagari}/u, 'hi'],
  [/\p{Script=Bengali}/u, 'bn'],
  [/\p{Script=Georgian}/u, 'ka'],
  [/\p{Script=Armenian}/u, 'hy'],
  [/\p{Script=Ethiopic}/u, 'am'],
  [/\p{Script=Tamil}/u, 'ta'],
  [/\p{Script=Gurmukhi}/u, 'pa'],
  [/\p{Script=Lao}/u, 'lo'],
];
/** eld's languages written in those scripts (Urdu and Persian in Arabic letters, Japanese with Han). */
const SCRIPT_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  ar: ['ar', 'fa', 'ur', 'ku'], he: ['he'], ja: ['ja'], ko: ['ko'], zh: ['zh', 'ja'], th: ['th'],
  hi: ['hi', 'mr'], bn: ['bn'], ka: ['ka'], hy: ['hy'], am: ['am'], ta: ['ta'], pa: ['pa'], lo: ['lo'],
};

/** Cyrillic letters that Bulgarian and Ukrainian never write, per language that does. */
const CYRILLIC_FOREIGN_LETTERS: ReadonlyArray<[RegExp, string]> = [
  [/[ђћџ]/u, 'sr'],
  [/[ѓќѕ]/u, 'mk'],
  [/[јљњ]/u, 'sr'],
  [/ў/u, 'be'],
  [/[ыэё]/u, 'ru'],
];
/** Ukrainian-only letters, and Bulgarian ъ before a consonant or at a word's end (Russian writes ъ only before е ё ю я). */
const UKRAINIAN_LETTERS = /[іїєґ]/u;
const BULGARIAN_HARD_SIGN = /ъ(?![еёюя])/u;

/**
 * Stop words of foreign languages (stopwords-iso), keyed by the eld code they
 * count for. Indonesian counts for Malay: eld knows one of the two.
 */
const FOREIGN_STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  ru: ['ru'], de: ['de'], fr: ['fr'], hr: ['hr'], sr: ['hr'], sv: ['sv'], da: ['da'], no: ['no'],
  fi: ['fi'], ca: ['ca'], vi: ['vi'], ms: ['ms', 'id'], tl: ['tl'], eu: ['eu'], af: ['af'],
};

/** Words common in messages that stop-word lists leave out (a question's own words). */
const FOREIGN_EXTRA_WORDS: Readonly<Record<string, string>> = {
  ru: 'что как где когда почему можно нужно надо мне меня мой моя мою свой хочу могу работа работу работе жильё квартира квартиру деньги помогите помощь пожалуйста спасибо здравствуйте привет получить найти сделать платят платит работаю живу',
  de: 'ich bin habe hast hat brauche brauchen möchte kann können muss müssen wo wie warum wohnung arbeit hilfe bitte danke geld bekomme bekommen mein meine meinen nicht kein keine keinen einen einem',
  fr: 'je suis ai besoin veux peux dois où comment pourquoi logement travail aide merci argent obtenir mon ma mes pas numéro trouver cherche employeur salaire',
  hr: 'treba trebam gdje gde mogu nađem pronaći dobijem broj posao poslodavac plata plaću stan stana liječnik lekar lekara hvala molim šta što imam nemam radim kuća kuću zdravo',
  sr: 'treba trebam gde mogu nađem da dobijem broj posao poslodavac plata platu stan stana lekar lekara hvala molim šta imam nemam radim kuća kuću zdravo',
};

const require = createRequire(import.meta.url);
const stopwordsIso = require('stopwords-iso') as Record<string, string[]>;

let foreignWords: Map<string, Set<string>> | undefined;

/** folded word → the foreign languages (eld codes) whose stop words have it, built once. */
function foreignVocabulary(): Map<string, Set<string>> {
  if (!foreignWords) {
    foreignWords = new Map();
    const add = (code: string, words: readonly string[]) => {
      for (const word of words) {
        for (const token of tokenize(foldText(word))) {
          const codes = foreignWords!.get(token) ?? new Set<string>();
          codes.add(code);
          foreignWords!.set(token, codes);
        }
      }
    };
    for (const [code, lists] of Object.entries(FOREIGN_STOPWORDS)) {
      for (const list of lists) add(code, stopwordsIso[list] ?? []);
    }
    for (const [code, words] of Object.entries(FOREIGN_EXTRA_WORDS)) add(code, words.split(' '));
  }
  return foreignWords;
}

/** eld's best language among `codes`, with its score. */
function bestOf(scores: Readonly<Record<string, number>>, keep: (code: string) => boolean): [string, number] | undefined {
  let best: [string, number] | undefined;
  for (const [code, score] of Object.entries(scores)) if (keep(code) && (!best || score > best[1])) best = [code, score];
  return best;
}

function foreignScriptLanguage(e: ForeignEvidence): string | undefined {
  const letters = e.text.match(/\p{L}/gu) ?? [];
  let best: [string, number] | undefined;
  for (const [re, code] of FOREIGN_SCRIPTS) {
    const n = letters.filter((ch) => re.test(ch)).length;
    if (n > 0 && (!best || n > best[1])) best = [code, n];
  }
  if (!best) return undefined;
  const family = SCRIPT_LANGUAGES[best[0]] ?? [best[0]];
  return bestOf(e.eldScores, (code) => family.includes(code))?.[0] ?? best[0];
}

/** Minimum share of a message's words that must be the foreign language's own. */
const CYRILLIC_MIN_SHARE = 0.15;
const CYRILLIC_MIN_WORDS = 2;
/** Foreign words needed when no foreign letter was seen. */
const CYRILLIC_MIN_FOREIGN_WORDS = 2;
/** A letter Bulgarian and Ukrainian never write weighs more than a word: words are shared, letters are not. */
const LETTER_WEIGHT = 2;

/** Frequent Bulgarian and Ukrainian words the stop-word lists lack; shared with Russian ones ("нею", "одного") then count for no one. */
const NATIVE_EXTRA_WORDS = [
  'лише тільки також нею ним ними одного одна одне одну одним вона воно вони його їх цей ця це ці той та те ті що щоб як де коли чи бо але або якщо',
  'може можна треба потрібно мене мені тебе тобі нас нам вас вам їм собі свій своя своє свої мій моя моє мої наш ваш дуже вже ще теж',
  'само също нея него тях един една едно този тази това тези че как къде кога дали или ако може трябва мен ми теб ти нас нам вас вам им',
  'себе си свой своя мой моя наш ваш много вече още работа работя',
].join(' ');

let nativeCyrillic: Set<string> | undefined;

/** Bulgarian and Ukrainian stop words and frequent words as written (folded, Cyrillic), built once. */
function nativeCyrillicWords(): Set<string> {
  if (!nativeCyrillic) {
    const naturalUk = (require('natural/lib/natural/util/stopwords_uk.js') as { words: string[] }).words;
    const lists = [...(stopwordsIso.bg ?? []), ...(stopwordsIso.uk ?? []), ...naturalUk, NATIVE_EXTRA_WORDS];
    nativeCyrillic = new Set(lists.flatMap((w) => tokenize(foldText(w))));
  }
  return nativeCyrillic;
}

/**
 * Cyrillic: foreign letters and foreign-only words against Ukrainian letters,
 * Bulgarian ъ and Bulgarian/Ukrainian-only words. Words all of them share
 * ("как", "да", "не") count for no one.
 */
function foreignCyrillic(e: ForeignEvidence): string | undefined {
  const words = (e.text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => !/^[a-z]+$/.test(w));
  // One word ("привет", "спасибо") is too little: Bulgarians and Ukrainians use Russian greetings too.
  if (words.length < CYRILLIC_MIN_WORDS) return undefined;
  const vocabulary = foreignVocabulary();
  const nativeWords = nativeCyrillicWords();
  let native = 0;
  let lettered = false;
  const foreign = new Map<string, number>();
  const count = (code: string, n: number) => foreign.set(code, (foreign.get(code) ?? 0) + n);
  for (const word of words) {
    if (UKRAINIAN_LETTERS.test(word) || BULGARIAN_HARD_SIGN.test(word)) { native += LETTER_WEIGHT; continue; }
    const marked = CYRILLIC_FOREIGN_LETTERS.find(([re]) => re.test(word));
    if (marked) { count(marked[1], LETTER_WEIGHT); lettered = true; continue; }
    const folded = tokenize(foldText(word))[0] ?? '';
    const russian = vocabulary.get(folded)?.has('ru') ?? false;
    if (nativeWords.has(folded)) { if (!russian) native++; continue; }
    // Tile words of Bulgarian and Ukrainian ("работа") are theirs too.
    if (russian && !e.supportedLanguagesOf(folded).some((l) => l === 'bg' || l === 'uk')) count('ru', 1);
  }
  const [code, weight] = [...foreign.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (weight === 0 || weight / words.length < CYRILLIC_MIN_SHARE || weight <= native) return undefined;
  // Words alone (no foreign letter): at least two, and no Bulgarian or Ukrainian sign at all (the word lists are not complete).
  if (!lettered && (native > 0 || weight < CYRILLIC_MIN_FOREIGN_WORDS)) return undefined;
  return code;
}

/** Latin text needs this many words and letters before eld's reading of it is trusted. */
const LATIN_MIN_TOKENS = 2;
const LATIN_MIN_LETTERS = 10;
/** How far eld must put the foreign language ahead of the best supported one. */
const ELD_MARGIN = 0.08;
/** With no word of the foreign language's own, eld alone must be this far ahead. */
const ELD_MARGIN_ALONE = 0.2;
/** At most this share of the words may be known to a supported language only… */
const MAX_SUPPORTED_SHARE = 0.34;
/** …or this share, when at least two words are the foreign language's own (close neighbours share many words). */
const MAX_SUPPORTED_SHARE_WITH_OWN = 0.5;
/** A word that this many supported languages know ("bsn", "ok", "whatsapp") says nothing about the language. */
const COMMON_WORD_LANGUAGES = 6;

function foreignLatin(e: ForeignEvidence): string | undefined {
  const letters = e.tokens.reduce((n, t) => n + t.replace(/\d/g, '').length, 0);
  if (e.tokens.length < LATIN_MIN_TOKENS || letters < LATIN_MIN_LETTERS) return undefined;
  const foreign = bestOf(e.eldScores, (code) => !isLanguage(code));
  const supported = bestOf(e.eldScores, isLanguage);
  if (!foreign || (supported && foreign[1] - supported[1] < ELD_MARGIN)) return undefined;
  const [code, score] = foreign;
  const vocabulary = foreignVocabulary();
  const withStopwords = FOREIGN_STOPWORDS[code] !== undefined || FOREIGN_EXTRA_WORDS[code] !== undefined;
  let own = 0;
  let theirs = 0;
  for (const token of e.tokens) {
    const isForeign = vocabulary.get(token)?.has(code) ?? false;
    const known = e.supportedLanguagesOf(token).length;
    // A word no supported language has is the foreign one's own; one that many have ("bsn", "je") is nobody's.
    if (isForeign && known === 0) own++;
    else if (known > 0 && known < COMMON_WORD_LANGUAGES && !isForeign) theirs++;
  }
  const theirShare = theirs / e.tokens.length;
  if (own >= 2 && own >= theirs && theirShare <= MAX_SUPPORTED_SHARE_WITH_OWN) return code;
  if (theirShare > MAX_SUPPORTED_SHARE) return undefined;
  if (own > 0) return theirs > own ? undefined : code;
  // No word of its own: eld alone, far ahead, and only for a language we have no word list for.
  return !withStopwords && score - (supported?.[1] ?? 0) >= ELD_MARGIN_ALONE ? code : undefined;
}

/** Builds the word lists now (about 20 ms, once per process) rather than on the first foreign-looking message. */
export function prepareForeignLanguage(): void {
  foreignVocabulary();
  nativeCyrillicWords();
}

/** The ISO 639-1 code of the language a message is clearly written in when the bot does not speak it, else undefined. */
export function detectForeignLanguage(e: ForeignEvidence): string | undefined {
  if (e.tokens.length === 0) return undefined;
  switch (e.script) {
    case 'other': return foreignScriptLanguage(e);
    case 'cyrillic': return foreignCyrillic(e);
    case 'latin': return foreignLatin(e);
    default: return undefined;
  }
}
