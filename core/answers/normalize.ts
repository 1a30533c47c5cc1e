/**
 * Text normalization shared by language detection, intent detection and
 * retrieval. Pure functions, no I/O.
 *
 * The pipeline a chat message goes through:
 *   raw → `foldText` (NFKC, lower case, diacritics removed, a few letters that
 *   have no decomposition mapped) → `tokenize` → per-language stemming.
 * Cyrillic can additionally be romanized (`romanize`) and Latin text can be
 * reduced to a `skeleton` so that "obshtinata", "obštinata" and "общината"
 * meet in one form.
 */

/** Letters that NFD does not decompose into base + mark. */
const SPECIAL_LETTERS: Record<string, string> = {
  'ł': 'l', 'ø': 'o', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ı': 'i', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ħ': 'h',
};
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');
const MARKS_RE = /\p{M}+/gu;
const ASCII_RE = /^[\x00-\x7f]*$/;
const QUOTES_RE = /[’‘`´ʼ]/g;

/**
 * Lower case, without diacritics, with typographic variants unified. Keeps the
 * script (Cyrillic stays Cyrillic, Greek stays Greek); й/ї fold to и/і, which
 * is also how many people type on a phone without the right keyboard.
 */
export function foldText(text: string): string {
  // Fast path: plain ASCII needs only lower-casing (and quote unification).
  if (ASCII_RE.test(text)) return text.toLowerCase().replace(/`/g, "'");
  // NFKD: compatibility forms (ﬁ, full-width letters) and base + mark in one pass.
  return text
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .toLowerCase()
    .replace(QUOTES_RE, "'")
    .replace(SPECIAL_RE, (ch) => SPECIAL_LETTERS[ch]);
}

const TOKEN_RE = /[\p{L}\p{N}]+/gu;

/** Splits folded text into word tokens (letters and digits; apostrophes split, as in Turkish "Hollanda'da"). */
export function tokenize(folded: string): string[] {
  return folded.match(TOKEN_RE) ?? [];
}

export type Script = 'latin' | 'cyrillic' | 'greek' | 'other' | 'none';

/** The script most letters of `text` are written in. */
const LATIN_RE = /\p{Script=Latin}/gu;
const CYRILLIC_RE = /\p{Script=Cyrillic}/gu;
const GREEK_RE = /\p{Script=Greek}/gu;
const LETTER_RE = /\p{L}/gu;
const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

export function dominantScript(text: string): Script {
  const letters = count(text, LETTER_RE);
  if (letters === 0) return 'none';
  const latin = count(text, LATIN_RE);
  const cyr = count(text, CYRILLIC_RE);
  const greek = count(text, GREEK_RE);
  const other = letters - latin - cyr - greek;
  const max = Math.max(latin, cyr, greek, other);
  if (max === cyr) return 'cyrillic';
  if (max === latin) return 'latin';
  if (max === greek) return 'greek';
  return 'other';
}

/**
 * Cyrillic → Latin, close to the official Bulgarian (2009) and Ukrainian
 * (2010) romanizations, which is also what people type on a Latin keyboard.
 * Input is folded text (й already folded to и, ї to і).
 */
const ROMAN_COMMON: Record<string, string> = {
  'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'е': 'e', 'ж': 'zh', 'з': 'z', 'и': 'i', 'к': 'k',
  'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o', 'п': 'p', 'р': 'r', 'с': 's', 'т': 't', 'у': 'u', 'ф': 'f',
  'х': 'h', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'sht', 'ъ': 'a', 'ь': '', 'ю': 'yu', 'я': 'ya',
  'ы': 'y', 'э': 'e', 'ё': 'yo',
};
const ROMAN_UK: Record<string, string> = {
  ...ROMAN_COMMON, 'г': 'h', 'ґ': 'g', 'е': 'e', 'є': 'ye', 'и': 'y', 'і': 'i', 'ї': 'yi', 'щ': 'shch', 'х': 'kh',
};

export function romanize(folded: string, lang: 'bg' | 'uk' = 'bg'): string {
  const table = lang === 'uk' ? ROMAN_UK : ROMAN_COMMON;
  let out = '';
  for (const ch of folded) out += table[ch] ?? ch;
  return out;
}

/**
 * A coarse phonetic skeleton of a Latin-script word, so that the many ways of
 * typing a Slavic word in Latin letters meet: "zhilishte"/"žilište"/"jilishte",
 * "kakvo"/"kakwo", "tryabva"/"trjabva"/"triabva", "shcho"/"scho",
 * "nichoho"/"ничого".
 * Applied to both the index and the question, never shown to anyone.
 */
const SKELETON_MAP: Record<string, string> = {
  shch: 's', sch: 's', sht: 's', tch: 'c',
  zh: 'z', sh: 's', sz: 's', ch: 'c', cz: 'c', kh: 'h', ts: 'c', tz: 'c', ph: 'f', th: 't',
  w: 'v', q: 'k', x: 'ks', y: 'i', j: 'i',
  // Ukrainian romanizes г as h, Bulgarian as g; Dutch g sounds like h.
  g: 'h',
};
const SKELETON_RE = /shch|sch|sht|tch|zh|sh|sz|ch|cz|kh|ts|tz|ph|th|[wqxyjg]/g;
const REPEAT_RE = /(.)\1+/g;

/** Longest digraph first, then single letters; repeated letters collapse. */
export function skeleton(word: string): string {
  return word.replace(SKELETON_RE, (m) => SKELETON_MAP[m]).replace(REPEAT_RE, '$1');
}

/**
 * Latin → Cyrillic for text detected as romanized Bulgarian or Ukrainian, so
 * the Cyrillic stemmer can work on it. A best guess (romanization is lossy:
 * "h" is х in Bulgarian, г or х in Ukrainian); retrieval also matches the
 * skeleton, which does not depend on this guess.
 */
const CYRILLIZE: Record<'bg' | 'uk', Array<[string, string]>> = {
  bg: [
    ['sht', 'щ'], ['zh', 'ж'], ['ch', 'ч'], ['sh', 'ш'], ['ts', 'ц'], ['yu', 'ю'], ['ya', 'я'], ['ia', 'я'],
    ['iu', 'ю'], ['a', 'а'], ['b', 'б'], ['v', 'в'], ['w', 'в'], ['g', 'г'], ['d', 'д'], ['e', 'е'],
    ['z', 'з'], ['i', 'и'], ['y', 'и'], ['j', 'и'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'],
    ['o', 'о'], ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['f', 'ф'], ['h', 'х'],
    ['c', 'ц'], ['x', 'кс'], ['q', 'к'],
  ],
  uk: [
    ['shch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ch', 'ч'], ['sh', 'ш'], ['ts', 'ц'], ['yu', 'ю'], ['ya', 'я'],
    // "ei" is the ending -ей ("liudei", "groshei", "ditei"); Ukrainian words with е before і are rare.
    ['ye', 'є'], ['yi', 'і'], ['ia', 'я'], ['iu', 'ю'], ['ei', 'ей'], ['a', 'а'], ['b', 'б'], ['v', 'в'], ['w', 'в'],
    ['g', 'г'], ['h', 'г'], ['d', 'д'], ['e', 'е'], ['z', 'з'], ['y', 'и'], ['i', 'і'], ['j', 'и'],
    ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['r', 'р'], ['s', 'с'],
    ['t', 'т'], ['u', 'у'], ['f', 'ф'], ['c', 'ц'], ['x', 'кс'], ['q', 'к'],
  ],
};

export function cyrillize(foldedLatin: string, lang: 'bg' | 'uk'): string {
  const table = CYRILLIZE[lang];
  let out = '';
  let i = 0;
  outer: while (i < foldedLatin.length) {
    for (const [latin, cyr] of table) {
      if (foldedLatin.startsWith(latin, i)) {
        out += cyr;
        i += latin.length;
        continue outer;
      }
    }
    out += foldedLatin[i];
    i++;
  }
  return out;
}
