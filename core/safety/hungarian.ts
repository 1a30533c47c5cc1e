/**
 * Hungarian agglutination for the crisis matcher: a folded Hungarian word
 * carries verb prefixes ("meg-", "el-", "le-": "megvert", "elvette"), case
 * endings ("szobában", "lakásból", "rendőrségnek") and past or object endings
 * ("vert", "vérzett", "útlevelet"). The lexicon lists dictionary forms and
 * stems; this gives the forms of a token with one prefix and one or two
 * endings taken off, so "a lakásból jön a füst" meets "lakás" and "füst".
 * The matcher accepts these forms only for cues of Hungarian.
 */

/** Verb prefixes, longest first (folded: no diacritics). */
const PREFIXES = ['vissza', 'agyon', 'ossze', 'keresztul', 'szet', 'oda', 'meg', 'fel', 'ki', 'be', 'el', 'le', 'ra'];

/** Case, possessive, plural and past endings, longest first (folded). */
const SUFFIXES = [
  'jaban', 'jeben', 'jabol', 'jebol', 'unkat', 'unket', 'aikat', 'eiket', 'juk', 'jak',
  'ban', 'ben', 'bol', 'rol', 'tol', 'nak', 'nek', 'val', 'vel', 'hoz', 'hez', 'nal', 'nel', 'ert', 'kent', 'ig',
  'unk', 'ink', 'tak', 'tek', 'tam', 'tem', 'ott', 'ett', 'att', 'tt',
  'ra', 're', 'ba', 'be', 'on', 'en', 'ok', 'ek', 'ak', 'ot', 'et', 'at', 'am', 'em', 'ja', 'je', 'om',
  'a', 'e', 't', 'm', 'k',
];

/** Stems shorter than this are not produced (too many chance matches). */
const MIN_REST = 3;

function stripSuffix(word: string): string[] {
  const out: string[] = [];
  for (const s of SUFFIXES) {
    if (word.length - s.length >= MIN_REST && word.endsWith(s)) out.push(word.slice(0, -s.length));
  }
  return out;
}

/**
 * The forms of folded token `token` with a Hungarian verb prefix and up to
 * two endings removed (never the token itself), shortest stems last.
 */
export function hungarianForms(token: string): string[] {
  if (token.length < 4 || !/^[a-z]+$/.test(token)) return [];
  const bases = [token];
  for (const p of PREFIXES) {
    if (token.length - p.length >= MIN_REST + 1 && token.startsWith(p)) { bases.push(token.slice(p.length)); break; }
  }
  const forms = new Set<string>();
  for (const base of bases) {
    if (base !== token) forms.add(base);
    for (const once of stripSuffix(base)) {
      forms.add(once);
      for (const twice of stripSuffix(once)) forms.add(twice);
    }
  }
  forms.delete(token);
  return [...forms];
}
