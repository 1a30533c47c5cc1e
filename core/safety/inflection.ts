/**
 * Light inflection stems for the crisis matcher, for the languages whose
 * words change most by case, person and tense: Slavic (Slovak, Czech,
 * Polish, Slovene; Bulgarian and Ukrainian in their Latin romanization),
 * Baltic (Latvian, Lithuanian), Estonian and Greek. The lexicon lists a
 * word in one form ("všetko", "nogalināt"); people write another ("so
 * všetkým", "nogalina"). Both the lexicon's whole words (of the roles in
 * cue-index.ts `STEM_ROLES`) and a message's tokens are reduced to a stem by
 * taking off the language's longest matching ending, and a token's stem meets
 * only the cues of that language (as Hungarian stems do, hungarian.ts). Stems are
 * never shorter than MIN_STEM letters, so short words are left as they are.
 * Pure functions; Hungarian has its own prefix-and-suffix module.
 */
import type { Language } from '../languages/index.ts';

/** Shortest stem produced: shorter stems meet too many unrelated words. */
export const MIN_STEM = 4;

/** Folded endings (no diacritics) per language; sorted longest first below. */
const SLAVIC_WEST = [
  'ovali', 'ovala', 'ovat', 'ujeme', 'ujete', 'ujem', 'ujes', 'uju', 'uje', 'ami', 'ach', 'ovi', 'och', 'ych', 'ymi',
  'eho', 'emu', 'ila', 'ili', 'ilo', 'ala', 'ali', 'alo', 'ela', 'eli', 'elo', 'ime', 'ite', 'eme', 'ete', 'ia', 'ie', 'iu',
  'ou', 'om', 'ov', 'ej', 'ym', 'ich', 'im', 'il', 'al', 'el', 'at', 'it', 'et', 'ut', 'a', 'e', 'i', 'o', 'u', 'y',
];
const ENDINGS_RAW: Partial<Record<Language, string[]>> = {
  sk: SLAVIC_WEST,
  cs: [...SLAVIC_WEST, 'uji', 'ujou'],
  pl: [
    'owali', 'owala', 'owac', 'ujemy', 'ujecie', 'ujesz', 'uje', 'uja', 'ami', 'ach', 'owi', 'owie', 'ego', 'emu', 'ych', 'ymi',
    'ich', 'imi', 'iem', 'ila', 'ili', 'ilo', 'ala', 'ali', 'alo', 'ela', 'eli', 'ely', 'yli', 'yla', 'il', 'al', 'el', 'yl',
    'ac', 'ic', 'ec', 'ie', 'om', 'ow', 'ej', 'ym', 'im', 'a', 'e', 'i', 'o', 'u', 'y',
  ],
  sl: [
    'ami', 'ama', 'ih', 'om', 'em', 'ov', 'ev', 'ila', 'ili', 'ilo', 'ala', 'ali', 'alo', 'ela', 'eli', 'ati', 'iti', 'eti',
    'ijo', 'ajo', 'imo', 'amo', 'jo', 'il', 'al', 'el', 'a', 'e', 'i', 'o', 'u',
  ],
  // Romanized (cue-index and the matcher compare Latin forms): definite articles, plural, past and present endings.
  bg: [
    'iyata', 'iyat', 'ovete', 'itete', 'ite', 'ata', 'ato', 'ove', 'yat', 'aha', 'iha', 'eha', 'ame', 'ate', 'ish', 'ime',
    'ta', 'to', 'te', 'at', 'ut', 'ah', 'ih', 'ha', 'me', 'a', 'e', 'i', 'o', 'u', 'y',
  ],
  uk: [
    'yamy', 'amy', 'akh', 'yakh', 'ovi', 'oyu', 'eyu', 'oho', 'omu', 'yty', 'aty', 'ity', 'uyut', 'yut', 'iv', 'ut', 'la',
    'ly', 'lo', 'yi', 'yu', 'ya', 'ty', 'v', 'a', 'u', 'y', 'i', 'e', 'o',
  ],
  lv: [
    'ajiem', 'ajam', 'ajai', 'ajas', 'amies', 'aties', 'ieties', 'ties', 'sies', 'aja', 'asu', 'isu', 'usi', 'iem', 'am', 'ai',
    'as', 'ei', 'es', 'is', 'us', 'os', 'em', 'ij', 'ja', 'ju', 'at', 'it', 'et', 'ot', 'ut', 'a', 'e', 'i', 'u', 's', 'o',
  ],
  lt: [
    'iems', 'uose', 'ams', 'ose', 'ais', 'yti', 'iti', 'eti', 'oti', 'uti', 'ui', 'ai', 'as', 'es', 'is', 'ys', 'us', 'os',
    'ia', 'iu', 'ti', 'ja', 'jo', 'o', 'a', 'e', 'i', 'u', 'y',
  ],
  et: [
    'dega', 'tega', 'sse', 'sid', 'nud', 'tud', 'vad', 'ga', 'le', 'lt', 'st', 'ks', 'ni', 'na', 'ta', 'ma', 'da', 'te', 'de',
    'id', 'b', 's', 'l', 'd', 't', 'a', 'e', 'i', 'u',
  ],
  el: [
    'ουμε', 'ουνε', 'ησαν', 'ηκαν', 'ονται', 'εται', 'ουσε', 'ησε', 'ηκε', 'ους', 'ων', 'ου', 'ος', 'ας', 'ες', 'ης', 'εις',
    'ει', 'ουν', 'α', 'ε', 'η', 'ι', 'ο', 'ω', 'υ',
  ],
};

const ENDINGS: Partial<Record<Language, string[]>> = Object.fromEntries(
  Object.entries(ENDINGS_RAW).map(([lang, list]) => [lang, [...new Set(list)].sort((a, b) => b.length - a.length)]),
);

/** The languages with stems here. */
export const STEMMED_LANGUAGES = Object.keys(ENDINGS) as Language[];

const LATIN_WORD_RE = /^[a-z]+$/;
const GREEK_WORD_RE = /^\p{Script=Greek}+$/u;

/**
 * The stem of folded word `word` in `lang` (its longest ending taken off, the
 * word itself when no ending leaves MIN_STEM letters), or undefined when the
 * language has no stems here, the word is shorter than MIN_STEM + 1 letters, or
 * it is not written in the script the language's endings are in.
 */
export function inflectionStem(word: string, lang: Language): string | undefined {
  const endings = ENDINGS[lang];
  if (!endings || word.length <= MIN_STEM) return undefined;
  if (!(lang === 'el' ? GREEK_WORD_RE : LATIN_WORD_RE).test(word)) return undefined;
  for (const e of endings) if (word.length - e.length >= MIN_STEM && word.endsWith(e)) return word.slice(0, -e.length);
  return word;
}
