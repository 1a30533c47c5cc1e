import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES, type Language } from '../../languages/index.ts';
import { foldText, tokenize } from '../normalize.ts';
import { stopwords } from '../stopwords.ts';
import { CONCEPT_COMBINATIONS, CONCEPT_LINKS, CONCEPTS, CONCEPT_THEMES, combinedConcepts, conceptIndex, conceptStemIndex, conceptsOfToken, linkedConcepts } from './index.ts';

/**
 * Words deliberately listed in two concepts of the same language (keyed
 * `lang:folded word`), and why. Every other word must belong to one concept
 * per language, so that a token never drags in an unrelated concept.
 */
const ALLOWED_OVERLAPS: Record<string, string> = {
  'pl:termin': 'Polish "termin" is both a booked slot ("umówić termin") and a due date ("w terminie")',
  'cs:termin': 'Czech "termín" means both a booked slot and a due date',
  'sk:termin': 'Slovak "termín" means both a booked slot and a due date',
};
const MAX_OVERLAPS = 6;

/** Letters a word may use besides a–z and digits (Latin-script languages). */
const LATIN_LETTERS: Record<Exclude<Language, 'bg' | 'uk' | 'el'>, string> = {
  cs: 'áčďéěíňóřšťúůýž',
  sk: 'áäčďéíĺľňóôŕšťúýž',
  pl: 'ąćęłńóśźż',
  ro: 'ăâîșț', // comma-below ș ț; the cedilla forms ş ţ are a common typo
  hu: 'áéíóöőúüű',
  lt: 'ąčęėįšųūž',
  lv: 'āčēģīķļņšūž',
  et: 'äöõüšž',
  sl: 'čšžćđ',
  tr: 'çğıöşüâ',
  es: 'áéíóúñü',
  pt: 'áâãàçéêíóôõú',
  it: 'àèéìíòóù',
  nl: 'éëïöüè',
  en: '',
};
/** Alphabets of the non-Latin languages; their Dutch loanwords and acronyms are plain a–z. */
const NATIVE_ALPHABET: Record<'bg' | 'uk' | 'el', string> = {
  bg: 'абвгдежзийклмнопрстуфхцчшщъьюя',
  uk: 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя',
  el: 'αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ',
};
const ASCII = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** Letters of Dutch loanwords (taalcafé, beëindigen, hygiëne) allowed in every Latin-script language. */
const DUTCH_LOAN_LETTERS = 'éëï';

const only = (word: string, letters: string) => [...word].every((ch) => letters.includes(ch));

function writtenInScriptOf(lang: Language, word: string): boolean {
  if (lang === 'bg' || lang === 'uk' || lang === 'el') {
    return only(word, NATIVE_ALPHABET[lang]) || only(word, ASCII + DUTCH_LOAN_LETTERS);
  }
  return only(word, ASCII + DUTCH_LOAN_LETTERS + LATIN_LETTERS[lang]);
}

const entries = Object.entries(CONCEPTS);

describe('concept lexicon', () => {
  it('has 150–250 concepts, each id defined in exactly one theme', () => {
    expect(entries.length).toBeGreaterThanOrEqual(150);
    expect(entries.length).toBeLessThanOrEqual(250);
    const themeIds = Object.values(CONCEPT_THEMES).flatMap((theme) => Object.keys(theme));
    expect(new Set(themeIds).size).toBe(themeIds.length);
    expect(themeIds.length).toBe(entries.length);
  });

  it('uses kebab-case concept ids', () => {
    const bad = entries.map(([id]) => id).filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id));
    expect(bad).toEqual([]);
  });

  it('has at least one word in every one of the 18 languages for every concept', () => {
    const missing: string[] = [];
    for (const [id, words] of entries) {
      for (const lang of SUPPORTED_LANGUAGES) if (!words[lang]?.length) missing.push(`${id}/${lang}`);
    }
    expect(missing).toEqual([]);
  });

  it('lists only non-empty, lower-case, single-token words, each once per concept', () => {
    const bad: string[] = [];
    for (const [id, words] of entries) {
      for (const lang of SUPPORTED_LANGUAGES) {
        const list = words[lang] ?? [];
        if (new Set(list).size !== list.length) bad.push(`${id}/${lang}: repeated word`);
        for (const word of list) {
          const folded = foldText(word);
          const tokens = tokenize(folded);
          // Single tokens only: matching looks words up per token, so "juridisch loket"
          // is listed as "juridisch", "ov-chipkaart" as "ovchipkaart" and "chipkaart".
          const singleToken = tokens.length === 1 && tokens[0] === folded && folded.length >= 2;
          if (word === '' || word !== word.trim() || word !== word.toLowerCase() || !singleToken) {
            bad.push(`${id}/${lang}: "${word}"`);
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('writes each word in the alphabet of its language (no mixed scripts, ș not ş in Romanian)', () => {
    const bad: string[] = [];
    for (const [id, words] of entries) {
      for (const lang of SUPPORTED_LANGUAGES) {
        for (const word of words[lang] ?? []) if (!writtenInScriptOf(lang, word)) bad.push(`${id}/${lang}: "${word}"`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('puts a word in two concepts of one language only where listed as allowed', () => {
    const found = new Map<string, string[]>();
    for (const lang of SUPPORTED_LANGUAGES) {
      for (const [word, ids] of conceptIndex(lang)) if (ids.length > 1) found.set(`${lang}:${word}`, [...ids]);
    }
    const report = [...found].map(([key, ids]) => `  ${key} → ${ids.join(' + ')}: ${ALLOWED_OVERLAPS[key] ?? 'NOT ALLOWED'}`);
    console.info(`Concept overlaps (${found.size}):\n${report.join('\n') || '  none'}`);

    expect([...found.keys()].filter((key) => !(key in ALLOWED_OVERLAPS))).toEqual([]);
    expect(Object.keys(ALLOWED_OVERLAPS).filter((key) => !found.has(key))).toEqual([]);
    expect(found.size).toBeLessThanOrEqual(MAX_OVERLAPS);
  });
});

describe('conceptIndex', () => {
  const conceptsOf = (lang: Language, word: string) => conceptIndex(lang).get(foldText(word)) ?? [];

  it('finds words typed without diacritics or in capitals', () => {
    expect(conceptsOf('pl', 'PLESN')).toEqual(['mould-damp']);
    expect(conceptsOf('ro', 'fluturas')).toEqual(['payslip']);
    expect(conceptsOf('tr', 'Işveren')).toEqual(['employer-boss']);
  });

  it('bridges everyday wording to the wording tiles use', () => {
    const same = (lang: Language, words: string[], concept: string) => {
      for (const word of words) expect(conceptsOf(lang, word), `${lang} "${word}"`).toContain(concept);
    };
    same('en', ['flu', 'fever', 'sick', 'ill'], 'illness');
    same('en', ['boss', 'manager', 'supervisor', 'employer'], 'employer-boss');
    same('en', ['fired', 'sacked', 'dismissed', 'ontslag'], 'dismissal');
    same('en', ['mould', 'damp', 'schimmel'], 'mould-damp');
    same('en', ['payslip', 'loonstrook', 'slip'], 'payslip');
    same('en', ['citizen', 'bsn', 'sofinummer'], 'bsn');
    same('en', ['ring', 'call'], 'phone-call');
    same('en', ['ambulance', 'emergency', '112'], 'emergency');
  });

  it('bridges languages through shared concept ids', () => {
    const concept = (lang: Language, word: string) => conceptsOf(lang, word)[0];
    expect(concept('pl', 'szef')).toBe(concept('en', 'employer'));
    expect(concept('ro', 'șef')).toBe(concept('en', 'employer'));
    expect(concept('uk', 'зарплатня')).toBe(concept('en', 'wage'));
    expect(concept('bg', 'заплата')).toBe(concept('en', 'salary'));
    expect(concept('sk', 'chrípka')).toBe(concept('en', 'sick'));
    expect(concept('hu', 'albérlet')).toBe(concept('nl', 'huur'));
    expect(concept('lt', 'gemeente')).toBe(concept('tr', 'belediye'));
  });
});

describe('stop-word safety', () => {
  it('lists no word that is a stop word of its language', () => {
    // A function word must never carry a concept: Polish "żeby" (so that) folds to "zeby",
    // which is also "zęby" (teeth) typed without diacritics.
    const bad: string[] = [];
    for (const [id, words] of entries) {
      for (const lang of SUPPORTED_LANGUAGES) {
        for (const word of words[lang] ?? []) if (stopwords(lang).has(foldText(word))) bad.push(`${lang}:${word} (${id})`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('never gives a stop word a concept, also not through its stem or another language', () => {
    expect(conceptsOfToken('zeby', 'pl')).toEqual([]);
    for (const lang of SUPPORTED_LANGUAGES) {
      const leaking = [...stopwords(lang)].filter((word) => conceptsOfToken(word, lang).length > 0);
      expect(leaking, lang).toEqual([]);
    }
  });
});

describe('conceptsOfToken', () => {
  it('finds inflected forms the lexicon does not list through the stem', () => {
    expect(conceptIndex('pl').has('lekarzowi')).toBe(false);
    expect(conceptsOfToken('lekarzowi', 'pl')).toContain('doctor-gp');
    expect(conceptIndex('en').has('dismissals')).toBe(false);
    expect(conceptsOfToken('dismissals', 'en')).toContain('dismissal');
    expect(conceptsOfToken('ziekmeldingen', 'nl')).toContain('sick-leave');
    expect(conceptsOfToken('doktorlar', 'tr')).toContain('doctor-gp');
  });

  it('keeps short stems out of the stem index', () => {
    for (const lang of SUPPORTED_LANGUAGES) {
      expect([...conceptStemIndex(lang).keys()].filter((stem) => stem.length < 4), lang).toEqual([]);
    }
  });

  it('reads Dutch and English words inside every language', () => {
    // Every Dutch word of 4+ letters that the language itself neither lists nor has as a
    // stop word finds its Dutch concept: "loonstrook" in Turkish, "uitzendbureau" in Latvian.
    const missing: string[] = [];
    for (const lang of SUPPORTED_LANGUAGES) {
      for (const [word, ids] of conceptIndex('nl')) {
        if (word.length < 4 || stopwords(lang).has(word)) continue;
        const found = conceptsOfToken(word, lang);
        for (const id of ids) if (!found.includes(id)) missing.push(`${lang}:${word}→${id}`);
      }
    }
    expect(missing).toEqual([]);
    expect(conceptsOfToken('payslip', 'ro')).toContain('payslip');
  });
});

describe('concept links', () => {
  const known = new Set(Object.keys(CONCEPTS));

  it('link and combine only concepts the lexicon has', () => {
    const unknown: string[] = [];
    for (const [from, to] of CONCEPT_LINKS) for (const id of [from, ...to]) if (!known.has(id)) unknown.push(id);
    for (const { when, add } of CONCEPT_COMBINATIONS) for (const id of [...when, ...add]) if (!known.has(id)) unknown.push(id);
    expect(unknown).toEqual([]);
  });

  it('never link a concept to itself', () => {
    expect([...CONCEPT_LINKS].filter(([from, to]) => to.includes(from))).toEqual([]);
  });

  it('carry situations to the topics they need', () => {
    expect(linkedConcepts('pain')).toContain('doctor-gp');
    expect(linkedConcepts('job-ended')).toContain('unemployment');
    expect(linkedConcepts('stay-short')).toEqual(['short-stay-rni']);
    expect(linkedConcepts('bicycle')).toEqual([]);
  });

  it('combine concepts only when all of them are present', () => {
    expect(combinedConcepts(new Set(['money', 'health-insurance']))).toContain('allowance');
    expect(combinedConcepts(new Set(['health-insurance']))).not.toContain('allowance');
    expect(combinedConcepts(new Set(['nationality', 'insult-harass']))).toContain('discrimination');
  });
});
