/**
 * Greek typed in Latin letters ("greeklish"): "o synadelfos den anapnei",
 * "aimatwnei", "mirizei aerio". People spell it many ways (ω as "w" or "o",
 * θ as "th" or "8", χ as "x", "h" or "ch", η as "i" or "h", ου as "ou" or "u"),
 * so both the lexicon's Greek words and a message's Latin words are reduced
 * to one coarse key, starting with `#` (no token has one) so it never meets
 * another language's words. Pure functions, used by the crisis matcher.
 */

/** Greek digraphs first (their sound, not their letters), then single letters. */
const GREEK_DIGRAPHS: Array<[string, string]> = [
  ['ου', 'u'], ['ει', 'i'], ['οι', 'i'], ['υι', 'i'], ['αι', 'e'], ['μπ', 'b'], ['ντ', 'd'], ['γκ', 'g'], ['γγ', 'g'],
  ['αυ', 'av'], ['ευ', 'ev'],
];
const GREEK_LETTERS: Record<string, string> = {
  'α': 'a', 'β': 'v', 'γ': 'g', 'δ': 'd', 'ε': 'e', 'ζ': 'z', 'η': 'i', 'θ': 't', 'ι': 'i', 'κ': 'k', 'λ': 'l',
  'μ': 'm', 'ν': 'n', 'ξ': 'ks', 'ο': 'o', 'π': 'p', 'ρ': 'r', 'σ': 's', 'ς': 's', 'τ': 't', 'υ': 'i', 'φ': 'f',
  'χ': 'h', 'ψ': 'ps', 'ω': 'o',
};
/** Latin spellings of Greek sounds, longest first. */
const LATIN_DIGRAPHS: Array<[string, string]> = [
  ['th', 't'], ['ch', 'h'], ['ph', 'f'], ['ou', 'u'], ['ei', 'i'], ['oi', 'i'], ['ai', 'e'], ['mp', 'b'], ['nt', 'd'],
  ['gk', 'g'], ['gg', 'g'], ['au', 'av'], ['eu', 'ev'],
];
const LATIN_LETTERS: Record<string, string> = { '8': 't', 'x': 'h', 'w': 'o', 'y': 'i', 'u': 'i', 'b': 'v', 'j': 'i', 'c': 'k', 'q': 'k' };

const GREEK_RE = /\p{Script=Greek}/u;
const LATIN_WORD_RE = /^[a-z0-9]+$/;

function reduce(word: string, digraphs: Array<[string, string]>, letters: Record<string, string>): string {
  let out = '';
  let i = 0;
  outer: while (i < word.length) {
    for (const [from, to] of digraphs) {
      if (word.startsWith(from, i)) {
        out += to;
        i += from.length;
        continue outer;
      }
    }
    out += letters[word[i]] ?? word[i];
    i++;
  }
  // The coarse key: b (μπ), v (β) and f (φ, also αυ before a voiceless sound) meet; repeated letters collapse.
  // "ει" after an ε ("αναπνέει") and "ei" typed for it ("anapnei") meet as "i".
  return '#' + out.replace(/[bf]/g, 'v').replace(/ei/g, 'i').replace(/(.)\1+/g, '$1');
}

/** The greeklish key of a folded Greek lexicon word, or undefined for other words. */
export function greekKey(folded: string): string | undefined {
  return GREEK_RE.test(folded) ? reduce(folded, GREEK_DIGRAPHS, GREEK_LETTERS) : undefined;
}

/**
 * Words that only Greek typed in Latin letters has ("kai", "einai", "mou",
 * "apo", "spiti"). Greeklish keys are looked up only in messages with one of
 * them, so that words of other languages ("porta", "mama", "beni") do not
 * meet Greek cues.
 */
const GREEKLISH_MARKERS: ReadonlySet<string> = new Set([
  'kai', 'tha', 'einai', 'eimai', 'imai', 'mou', 'sou', 'apo', 'stin', 'ston', 'stis', 'pou', 'oti', 'twra', 'pws', 'giati',
  'exei', 'exw', 'exo', 'eho', 'exoume', 'xwris', 'xoris', 'emena', 'kapoios', 'kapoia', 'otan', 'poly', 'polu', 'spiti',
  'douleia', 'doulia', 'afentiko', 'afentikos', 'synadelfos', 'sinadelfos', 'pantou', 'kefali', 'den', 'thelo', 'skeftomai', 'skeftome', 'tipota', 'thelw', 'thelo',
  'mporw', 'mporo', 'oloi', 'kalytera', 'kalitera', 'egw', 'esy', 'emeis', 'aftos', 'autos', 'afti', 'auti', 'dhen',
  'sto', 'sta', 'mas', 'apopse', 'simera', 'avrio', 'tora', 'exoume', 'eimaste', 'imaste',
  // Articles, adverbs and everyday nouns that only greeklish has ("mirizei aerio se oli tin polykatoikia").
  'tin', 'tis', 'twn', 'oli', 'olo', 'enan', 'akoma', 'akomi', 'edw', 'edo', 'ekei', 'xthes', 'molis', 'paidi', 'paidia',
  'antras', 'gynaika', 'pateras', 'mitera', 'giagia', 'kinito', 'mirizei', 'aerio', 'kapnos', 'kapno', 'fotia',
  'polla', 'poli', 'geitona', 'geitonas', 'maxairi', 'atyxima', 'atixima', 'aimata', 'aima', 'voitheia', 'voithia', 'vohtheia', 'kaneis', 'kanenas', 'pirane', 'piran',
]);

/**
 * Word shapes only greeklish has: ω typed "w" after a consonant ("thelw",
 * "kanw"), endings -ετε/-εται/-ομαι/-ουν ("kaigetai", "iparxoun"), γκ as
 * "gk", θ as "8".
 */
const GREEKLISH_SHAPE_RE = /^[a-z0-9]*(?:[bcdfghklmnprstvxz8]w|etai|ontai|omai|oun)$|^gk[a-z]|[a-z]8|8[a-z]/;

/** Whether folded Latin tokens read as greeklish (a marker word or shape). */
export function looksGreeklish(tokens: readonly string[]): boolean {
  for (const t of tokens) if (GREEKLISH_MARKERS.has(t) || GREEKLISH_SHAPE_RE.test(t)) return true;
  return false;
}

/**
 * The greeklish keys of a folded Latin message token ("aimatwnei" →
 * "#ematoni"): one, or two when it has an "x", which people type for both χ
 * and ξ ("xtypaei", "xerei").
 */
export function latinGreekKeys(token: string): string[] {
  if (token.length < 2 || !LATIN_WORD_RE.test(token) || !/[a-z]/.test(token)) return [];
  const keys = [reduce(token, LATIN_DIGRAPHS, LATIN_LETTERS)];
  if (token.includes('x')) keys.push(reduce(token.replace(/x/g, 'ks'), LATIN_DIGRAPHS, LATIN_LETTERS));
  return keys;
}
