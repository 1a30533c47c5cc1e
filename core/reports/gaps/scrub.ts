import nlp from 'compromise';

/**
 * Takes personal data out of a question before it is kept as a content gap.
 * What goes, each replaced by a marker editors can read:
 *
 * - e-mail addresses → `[email]`;
 * - IBANs (any country, with or without spaces, valid or mistyped) → `[iban]`;
 * - Dutch postcodes (`1234 AB`) with a house number next to them, and
 *   street names with a house number (`Kerkstraat 12a`) → `[address]`;
 * - phone numbers (`+31 6 1234 5678`, `06-12345678`, `0048 600 100 200`) → `[phone]`;
 * - BSNs and other long numbers (8 or more digits: a BSN, a bank or
 *   passport number, a phone number without its leading 0) → `[number]`;
 * - names: found by compromise's named-entity tagger (people), and after
 *   "my name is …" in the 18 languages (compromise only knows English
 *   grammar, but its lexicon of first names is international) → `[name]`.
 *
 * Order matters: e-mail before numbers (digits in an address), IBAN before
 * numbers (its digits), postcode before phone (its digits). Pure and
 * synchronous; never throws (a tagger failure leaves the pattern-based
 * scrubbing in place).
 */

export const SCRUB_MARKERS = ['[email]', '[iban]', '[address]', '[phone]', '[number]', '[name]'] as const;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
/** Two letters, two check digits, then 11–30 letters and digits, optionally in groups of four. */
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b/gi;
/**
 * A Dutch postcode with an optional house number after it: `1234AB` in any case, `1234 AB` with capitals
 * (so "2024 in" or "1500 eu" stay).
 */
const POSTCODE = /\b[1-9]\d{3}(?:[A-Za-z]{2}|[ ][A-Z]{2})\b(?:[ ,]+\d{1,5}(?:-?[A-Za-z]{1,2}\b)?)?/g;
/** Street words that a house number follows (Dutch, and the migrants' own languages' usual ones). */
const STREET_SUFFIXES = 'straat|str|weg|laan|plein|gracht|kade|singel|dijk|dreef|steeg|plantsoen|street|road|avenue|ulica|ul|strada|utca|iela|gatve|gatvė|ulice|cesta';
const STREET = new RegExp(`\\b[\\p{L}'.-]*(?:${STREET_SUFFIXES})\\b\\.?[ ]*\\d{1,5}(?:-?[A-Za-z]{1,2}\\b)?`, 'giu');
/** Street words that come before the name ("ul. Długa 5", "strada Florilor 12", "вул. Шевченка 3"), then a house number. */
const STREET_BEFORE = /(?<!\p{L})(?:ul\.|ulica|str\.|strada|calea|bd\.|bulevardul|ул\.|улица|вул\.|вулиця|gatvė)[ ]*\p{L}[\p{L}'.-]*(?:[ ]\p{L}[\p{L}'.-]*){0,2}[ ]+\d{1,5}(?:-?[A-Za-z]{1,2}\b)?/giu;
/** A phone number: a `+` or a leading 0 and at least 8 more digits, with spaces, dots, dashes or brackets between. */
const PHONE = /(?:\+|\(0|\b0)\(?\d[\d ().-]{6,}\d\b/g;
/** Any run of 8 or more digits (spaces, dots or dashes between): BSN (9 digits), other identity and account numbers. */
const LONG_NUMBER = /\b\d(?:[ .-]?\d){7,}\b/g;

/** "My name is" in the supported languages: the next one or two words are a name, capitalised or not. */
const NAME_INTRODUCTIONS = [
  'my name is', "i'm called", 'i am called', 'ik heet', 'mijn naam is', 'nazywam się', 'nazywam sie', 'mam na imię', 'mam na imie',
  'moje imię to', 'mă numesc', 'ma numesc', 'numele meu este', 'numele meu e', 'казвам се', 'името ми е', 'мене звати', 'мене звуть', 'меня зовут',
  "моє ім'я", 'моє імʼя', 'mano vardas', 'mani sauc', 'manu vārdu', 'a nevem', 'benim adım', 'benim adim', 'adım', 'me llamo',
  'mi nombre es', 'meu nome é', 'meu nome e', 'chamo-me', 'me chamo', 'mi chiamo', 'il mio nome è', 'jmenuji se', 'jmenuju se',
  'volám sa', 'volam sa', 'ime mi je', 'moje ime je', 'με λένε', 'ονομάζομαι', 'minu nimi on', 'mu nimi on',
];
const INTRODUCED_NAME = new RegExp(
  `(${NAME_INTRODUCTIONS.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[ :,]+((?:[\\p{L}'-]+)(?:[ ][\\p{Lu}][\\p{L}'-]*)?)`,
  'giu',
);

/** A date (`01-07-2025`, `1.7.25`): looks like a number but is no one's. */
const DATE = /^\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})$/;

function replaceAll(text: string, pattern: RegExp, marker: string): string {
  return text.replace(pattern, (match) => (DATE.test(match.trim()) ? match : marker));
}

/** Words compromise tags as people, replaced where they stand (only whole words, so "Maria" never eats "Mariahilf"). */
function scrubTaggedNames(text: string): string {
  let names: string[];
  try {
    names = (nlp(text).people().out('array') as string[])
      .map((n) => n.replace(/[^\p{L}\p{M}'\- ]+/gu, '').trim())
      .filter((n) => n.length > 1 && !n.startsWith('['));
  } catch {
    return text;
  }
  let out = text;
  for (const name of names.sort((a, b) => b.length - a.length)) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+');
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'), '[name]');
  }
  return out;
}

/** The question with personal data replaced by markers (see the module comment); whitespace collapsed. */
export function scrubPersonalData(text: string): string {
  let out = text.normalize('NFC');
  out = replaceAll(out, EMAIL, '[email]');
  out = replaceAll(out, IBAN, '[iban]');
  out = replaceAll(out, STREET, '[address]');
  out = replaceAll(out, STREET_BEFORE, '[address]');
  out = replaceAll(out, POSTCODE, '[address]');
  out = replaceAll(out, PHONE, '[phone]');
  out = replaceAll(out, LONG_NUMBER, '[number]');
  out = out.replace(INTRODUCED_NAME, (_m, intro: string) => `${intro} [name]`);
  out = scrubTaggedNames(out);
  return out.replace(/\s+/g, ' ').trim();
}
