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

/** Verb prefixes that also stand apart from their verb (folded). */
const SEPARABLE: ReadonlySet<string> = new Set(['ki', 'be', 'meg', 'el', 'fel', 'le', 'ra', 'vissza', 'oda', 'szet', 'ossze', 'at', 'haza']);
/** Auxiliaries a separated prefix stands before, with the verb after them ("meg akarok halni", "ki fognak dobni"). */
const AUXILIARY_RE = /^(akar|fog|kell|tud|szeretn|probal|mer)/;
const WORD_RE = /^[a-z]{3,}$/;

/**
 * Hungarian verbs whose prefix stands apart, as people write them when
 * something comes before the verb: after the verb ("most dobtak ki", "nem
 * engednek ki") or before an auxiliary ("ki akarnak dobni", "meg fog ölni").
 * Gives, for folded tokens, pairs of the verb's index and the joined word
 * ("kidobtak", "megolni"), which the matcher reads for Hungarian cues only.
 */
export function hungarianJoins(tokens: readonly string[]): Array<[number, string]> {
  const joins: Array<[number, string]> = [];
  for (let i = 0; i < tokens.length; i++) {
    const prefix = tokens[i];
    if (!SEPARABLE.has(prefix)) continue;
    const before = tokens[i - 1];
    if (before && WORD_RE.test(before) && !SEPARABLE.has(before)) joins.push([i - 1, prefix + before]);
    const aux = tokens[i + 1];
    const verb = tokens[i + 2];
    if (aux && verb && AUXILIARY_RE.test(aux) && WORD_RE.test(verb)) joins.push([i + 2, prefix + verb]);
  }
  return joins;
}
