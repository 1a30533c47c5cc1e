import { foldText } from './normalize.ts';

/**
 * How long someone stays decides where they register: up to 4 months in the
 * RNI (short stay), longer at the municipality (BRP). People say it with a
 * number and a unit ("10 weeks", "drei Monate", "2 meseca", "half a year"),
 * rarely with the tiles' words, so this rule reads the duration and names it
 * as a concept: `stay-short` below 4 months, `stay-long` above. Exactly 4
 * months (the tiles' own "less/more than 4 months") names neither.
 *
 * Works on folded text (no diacritics, lower case) in every supported
 * language; units and number words of all 18 are listed together, because a
 * number followed by a unit is unambiguous enough across languages.
 */
export type StayConcept = 'stay-short' | 'stay-long';

/** The limit, in months, between a short and a long stay. */
export const STAY_LIMIT_MONTHS = 4;

/**
 * Unit → length in months; each pattern matches a whole folded token. Weeks,
 * months and years only: days are how long someone is ill or waits, rarely
 * how long they stay.
 */
const UNITS: Array<[RegExp, number]> = [
  // weeks
  [/^(weeks?|wk|wks|week|weken|tydzien|tygodni|tygodnie|tygodnia|saptamana|saptamani|saptamanii|седмица|седмици|sedmitsa|sedmitsi|sedmica|sedmici|тиждень|тижні|тижнів|тижня|tyzhden|tyzhni|tyzhniv|savaite|savaites|savaiciu|savaitems|het|hetet|hetig|hafta|haftalik|haftaligina|haftaliguna|haftalik|semana|semanas|settimana|settimane|tyden|tydny|tydnu|tyzden|tyzdne|tyzdnov|teden|tedne|tednov|nedela|nedelas|nedelam|nadal|nadalat|nadalaks|εβδομαδα|εβδομαδες)$/, 12 / 52],
  // months
  [/^(months?|mo|maand|maanden|miesiac|miesiace|miesiecy|miesiaca|mies|luna|luni|lunii|месец|месеца|месеци|mesets|meseca|mesetsa|meseci|mesec|місяць|місяці|місяців|місяця|misyats|misiats|misiatsi|misyatsi|misiatsiv|misyatsiv|menuo|menesius|menesiu|menesiams|menesiui|honap|honapig|honapot|honapra|ay|aylik|ayligina|aylik|aydir|mes|meses|mese|mesi|mesic|mesice|mesicu|mesiac|mesiace|mesiacov|mesece|mesecev|menesis|menesus|menesiem|kuu|kuud|kuuks|μηνα|μηνες)$/, 1],
  // years
  [/^(years?|yr|yrs|jaar|jaren|rok|lata|lat|roku|an|ani|anul|година|години|godina|godini|рік|роки|років|року|rik|roky|rokiv|metai|metus|metu|metams|ev|evig|evet|evre|yil|yillik|yilligina|yildir|sene|ano|anos|anno|anni|let|roky|rokov|leto|leti|gads|gadus|gadiem|aasta|aastat|aastaks|χρονο|χρονια|ετος|ετη)$/, 12],
];

/** Number words (folded) → value; "half" words are handled as ×½ of the unit. */
const NUMBER_WORDS: Record<string, number> = Object.fromEntries(
  (
    [
      [1, 'one een jeden jedna jedno un o una unu един една едно edin edna один одна odyn odna vienas viena vienus egy bir uno um uma en ena jeden jedna ena viens viena uks ενα μια'],
      [2, 'two twee dwa dwie doua doi два две dva dve два дві dvi du dvi ket ketto iki dos dois duas due dva dve divi kaks δυο'],
      [3, 'three drie trzy trei три tri три try trys harom uc tres tre tri tris kolm τρια'],
      [4, 'four vier cztery patru четири chetiri чотири chotyry keturi negy dort cuatro quatro quattro ctyri styri stiri cetri neli τεσσερα'],
      [5, 'five vijf piec cinci пет pet пять пʼять piat pyat penki ot bes cinco cinque pet pat pieci viis πεντε'],
      [6, 'six zes szesc sase шест shest шість shist sesi hat alti seis sei sest sest sesi kuus εξι'],
      [7, 'seven zeven siedem sapte седем sedem сім sim septyni yedi siete sete sette sedm sedem septini seitse επτα'],
      [8, 'eight acht osiem opt осем osem вісім visim astuoni nyolc sekiz ocho oito otto osm osem astoni kaheksa οκτω'],
      [9, 'nine negen dziewiec noua девет devet девʼять deviat devyni kilenc dokuz nueve nove devet devat devini uheksa εννια'],
      [10, 'ten tien dziesiec zece десет deset десять desiat desimt tiz on diez dez dieci deset desat desmit kumme δεκα'],
      [3, 'few couple paar kilka cateva cativa няколко niakolko кілька kilka keli kelis kelias kelet keleta par nehany birkac varios varias alguns alcune alcuni nekolik niekolko nekaj dazi dazas monned λιγες λιγους'],
    ] as Array<[number, string]>
  ).flatMap(([value, words]) => words.split(' ').map((w) => [foldText(w), value])),
);
const HALF_WORDS = new Set(
  ['half', 'halve', 'halfjaar', 'pol', 'pul', 'jumatate', 'половин', 'polovin', 'пів', 'piv', 'pusę', 'puse', 'pusei', 'fel', 'yarim', 'medio', 'media', 'meio', 'meia', 'mezzo', 'pus', 'pool', 'μισο', 'μιση'].map((w) => foldText(w)),
);

/** "Half a year" written as one word. */
const HALF_YEAR_WORDS = new Set(['halfjaar', 'polroku', 'півроку', 'pivroku', 'полгодина', 'pulroku', 'polroka', 'pollet', 'felev', 'felevig', 'felevet'].map((w) => foldText(w)));

/** Words of "per" (and English "a"), which make "1700 a month" a rate. */
const PER_WORDS = new Set(['per', 'a', 'an', 'pe', 'na', 'za', 'на', 'за', 'в', 'у', 'po', 've', 'al', 'por', 'ao', 'pro', 'om', 'par', 'evente', 'havonta', 'ayda', 'το'].map((w) => foldText(w)));
/** "na rok" (for a year) in the Slavic languages: the preposition alone says one unit. */
const FOR_ONE_WORDS = new Set(['na', 'za', 'на', 'за'].map((w) => foldText(w)));
const CURRENCY_WORDS = new Set(['euro', 'eur', 'evro', 'евро', 'євро', 'zl', 'zlotych', 'lei', 'leva', 'лева'].map((w) => foldText(w)));

/** Words after a duration that make it an age ("a 2 year old", "3 jaar oud"). */
const AGE_AFTER_WORDS = new Set(['old', 'oud', 'oude', 'jarige'].map((w) => foldText(w)));
/**
 * "has" directly before the number makes it an age in the languages that say
 * it so ("synek ma 2 lata", "are 3 ani", "има 2 години", "має 2 роки",
 * "tiene 4 años", "ha 5 anni", "má 3 roky").
 */
const HAS_WORDS = new Set(['ma', 'maja', 'are', 'има', 'ima', 'має', 'maye', 'maie', 'turi', 'tiene', 'tem', 'ha', 'má'].map((w) => foldText(w)));

/** Longer "stays" are amounts of money, not time ("earn 1700 months" is no stay). */
const MAX_STAY_MONTHS = 120;

const NUMBER_RE = /^\d+(?:[.,]\d+)?$/;
/** Tokens for this rule: numbers with a decimal part stay whole ("1,5"). */
const DURATION_TOKEN_RE = /\d+(?:[.,]\d+)?|[\p{L}']+/gu;

function unitMonths(token: string): number | undefined {
  for (const [re, months] of UNITS) if (re.test(token)) return months;
  return undefined;
}

function numberValue(token: string): number | undefined {
  if (NUMBER_RE.test(token)) return Number(token.replace(',', '.'));
  return NUMBER_WORDS[token];
}

/**
 * The stays named in `text`, in months: a number (digits or a word) directly
 * before a unit, or one word between ("3 more weeks", "2 full months"); a
 * "half" word before a unit counts ½; a "half" word after a number and unit
 * adds ½ ("two and a half years" reads as 2 — close enough for the 4-month
 * limit). Days are not read: "sick for 3 days" is no stay; nor are ages
 * ("a 2 year old", "synek ma 2 lata").
 */
export function stayMonths(text: string): number[] {
  const tokens = foldText(text).match(DURATION_TOKEN_RE) ?? [];
  const found: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const glued = HALF_YEAR_WORDS.has(tokens[i]);
    if (glued) found.push(6);
    const unit = glued ? undefined : unitMonths(tokens[i]);
    if (unit === undefined) continue;
    // An age, not a stay: "our 2 year old", "synek ma 2 lata".
    if (AGE_AFTER_WORDS.has(tokens[i + 1] ?? '') || (numberValue(tokens[i - 1] ?? '') !== undefined && HAS_WORDS.has(tokens[i - 2] ?? ''))) continue;
    const near = [tokens[i - 1], tokens[i - 2]];
    if (near.some((t) => t !== undefined && HALF_WORDS.has(t))) {
      found.push(unit / 2);
      continue;
    }
    // "na rok", "за година", "for a year": one unit, unless an amount precedes ("1700 na miesiąc").
    const amountBefore = (t: string | undefined) => t !== undefined && (NUMBER_RE.test(t) || CURRENCY_WORDS.has(t));
    if (FOR_ONE_WORDS.has(near[0] ?? '') && !amountBefore(near[1]) && !amountBefore(tokens[i - 3])) {
      found.push(unit);
      continue;
    }
    if ((near[0] === 'a' || near[0] === 'an') && near[1] === 'for') {
      found.push(unit);
      continue;
    }
    for (const [back, before] of near.entries()) {
      const value = before === undefined ? undefined : numberValue(before);
      // "1700 per month", "2 pe lună": a rate, not a stay.
      if (value === undefined || value <= 0 || value * unit > MAX_STAY_MONTHS || (back === 1 && PER_WORDS.has(near[0]!))) continue;
      found.push(value * unit);
      break;
    }
  }
  return found;
}

/** `stay-short` or `stay-long` when `text` names a stay shorter or longer than 4 months. */
export function stayConcept(text: string): StayConcept | undefined {
  const months = stayMonths(text);
  if (months.length === 0) return undefined;
  const longest = Math.max(...months);
  if (longest < STAY_LIMIT_MONTHS) return 'stay-short';
  if (longest > STAY_LIMIT_MONTHS) return 'stay-long';
  return undefined;
}
