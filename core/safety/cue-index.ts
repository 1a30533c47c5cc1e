/**
 * The crisis lexicon compiled once at module load: every cue of every
 * language folded (lower case, no diacritics), Cyrillic romanized, Latin
 * words also indexed by their phonetic skeleton, and each cue indexed by its
 * first word, so matching a message touches only the cues its words start.
 */
import { foldText, romanize, skeleton } from '../answers/normalize.ts';
import { SUPPORTED_LANGUAGES, type Language } from '../languages/index.ts';
import { CRISIS_CUES, type CueRole } from './crisis-lexicon.ts';
import { joinContractions } from './contractions.ts';
import { greekKey } from './greeklish.ts';
import { STEMMED_LANGUAGES, inflectionStem } from './inflection.ts';

/** Skeletons shorter than this meet too many other words. */
export const MIN_SKELETON = 5;
/** Shortest word, or stem, that the typo pass tries (shorter ones meet too many other words). */
export const FUZZY_MIN = 6;
/** Shortest stem a `stem*` cue may have. */
const MIN_STEM = 3;

interface Element { atoms: ReadonlySet<number>; optional: boolean; gap: number }

/** One compiled cue: a sequence of elements, each a set of atoms (words or stems). */
export interface Cue { id: number; lang: Language; role: CueRole; source: string; elements: Element[] }

/** A word or stem of the typo pass. */
export interface FuzzyAtom { word: string; prefix: boolean; atom: number }

export const CYRILLIC_RE = /\p{Script=Cyrillic}/u;
export const LATIN_RE = /[a-z]/;
const WORD_RE = /^[\p{L}\p{N}]+$/u;

const atomIds = new Map<string, number>();
/** Exact word form → atoms. */
export const exactIndex = new Map<string, number[]>();
/** First three letters of a stem → [stem, atom]. */
export const prefixIndex = new Map<string, Array<[string, number]>>();
export const cues: Cue[] = [];
/** Atom → cues whose first element has it. */
export const cuesByFirstAtom = new Map<number, Cue[]>();
/** First two letters → words and stems for the typo pass (a typo in the first two letters is not looked for). */
export const fuzzyIndex = new Map<string, FuzzyAtom[]>();
/**
 * Roles whose words are read by their inflection stem as well (inflection.ts):
 * the cue families whose words keep their meaning in every case and tense
 * (nowhere to sleep, killing oneself, ending it all, wanting to: "so všetkým
 * skoncovať" meets "všetko"). Read by their stems, the other roles met
 * ordinary questions in our measurements (an accident at work, a fire-safety
 * rule, someone not answering), and roles whose meaning rests on person or
 * mood ("I do not want to wake up" against "he does not wake up", "it is
 * killing me") must be read as written; counter roles never use stems.
 */
export const STEM_ROLES: ReadonlySet<CueRole> = new Set(['nowhere', 'selfref', 'killverb', 'endall', 'intent']);
/** Per stemmed language: stem → its atom (one atom per stem, distinct from the atoms of whole words). */
export const stemIndex = new Map<Language, Map<string, number>>(STEMMED_LANGUAGES.map((l) => [l, new Map()]));

/** The stem atom of lexicon word `rawAlt` in `lang`, or undefined (a `stem*` cue, a short word, a language without stems). */
function stemAtomFor(rawAlt: string, lang: Language): number | undefined {
  const index = stemIndex.get(lang);
  if (!index || rawAlt.endsWith('*')) return undefined;
  const stem = inflectionStem(lexiconWord(rawAlt, lang), lang);
  if (!stem) return undefined;
  const key = `s:${lang}:${stem}`;
  let id = atomIds.get(key);
  if (id === undefined) {
    id = atomIds.size;
    atomIds.set(key, id);
    index.set(stem, id);
  }
  return id;
}

function addToList<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Folds a lexicon word the way messages are folded; Cyrillic is romanized in the language's own way. */
function lexiconWord(raw: string, lang: Language): string {
  const folded = joinContractions(foldText(raw));
  return CYRILLIC_RE.test(folded) ? romanize(folded, lang === 'uk' ? 'uk' : 'bg') : folded;
}

/**
 * Latin spellings of a Bulgarian or Ukrainian word that romanization does not
 * give but people type: Bulgarian ъ as "u" or "y" as well as "a" ("кърви":
 * "karvi", "kurvi", "kyrvi"); Ukrainian х as "h" as well as "kh" ("хочу":
 * "hochu", "khochu").
 */
function chatVariants(raw: string, lang: Language): string[] {
  const folded = joinContractions(foldText(raw));
  if (lang === 'uk' && CYRILLIC_RE.test(folded)) {
    const roman = romanize(folded, 'uk');
    const h = roman.replace(/kh/g, 'h');
    return h === roman ? [] : [h];
  }
  if (lang !== 'bg') return [];
  if (!folded.includes('ъ')) return [];
  return ['u', 'y'].map((v) => romanize(folded.replace(/ъ/g, v), 'bg'));
}

function atomFor(rawAlt: string, lang: Language): number {
  const prefix = rawAlt.endsWith('*');
  const word = lexiconWord(prefix ? rawAlt.slice(0, -1) : rawAlt, lang);
  if (!WORD_RE.test(word)) throw new Error(`crisis lexicon (${lang}): "${rawAlt}" is not one token`);
  if (prefix && word.length < MIN_STEM) throw new Error(`crisis lexicon (${lang}): stem "${rawAlt}" is shorter than ${MIN_STEM} letters`);
  const key = (prefix ? 'p:' : 'e:') + word;
  let id = atomIds.get(key);
  if (id !== undefined) return id;
  id = atomIds.size;
  atomIds.set(key, id);
  const forms = new Set([word, ...chatVariants(prefix ? rawAlt.slice(0, -1) : rawAlt, lang)]);
  for (const form of [...forms]) if (LATIN_RE.test(form)) {
    const skel = skeleton(form);
    if (skel.length >= MIN_SKELETON) forms.add(skel);
  }
  const greek = greekKey(word);
  if (greek) forms.add(greek);
  for (const form of forms) {
    if (prefix) addToList(prefixIndex, form.slice(0, MIN_STEM), [form, id] as [string, number]);
    else addToList(exactIndex, form, id);
  }
  if (word.length >= FUZZY_MIN && !/\d/.test(word)) addToList(fuzzyIndex, word.slice(0, 2), { word, prefix, atom: id });
  return id;
}

function compileCue(source: string, lang: Language, role: CueRole): void {
  const elements: Element[] = [];
  let gap = 0;
  // A hyphenated word is several tokens to the tokenizer ("s-a", "bate-me"): several elements here.
  const parts = source.trim().split(/\s+/).flatMap((p) => (p.includes('-') && !p.includes('|') ? p.split('-').filter(Boolean) : [p]));
  for (const part of parts) {
    const gapMatch = /^~(\d)$/.exec(part);
    if (gapMatch) { gap = Number(gapMatch[1]); continue; }
    const optional = part.endsWith('?');
    const body = optional ? part.slice(0, -1) : part;
    const alts = body.split('|').filter(Boolean);
    const atoms = new Set(alts.map((alt) => atomFor(alt, lang)));
    if (STEM_ROLES.has(role)) for (const alt of alts) {
      const stem = stemAtomFor(alt, lang);
      if (stem !== undefined) atoms.add(stem);
    }
    elements.push({ atoms, optional, gap });
    gap = 0;
  }
  if (elements.length === 0) return;
  if (elements[0].optional) throw new Error(`crisis lexicon (${lang}): "${source}" starts with an optional element`);
  const cue: Cue = { id: cues.length, lang, role, source, elements };
  cues.push(cue);
  for (const atom of elements[0].atoms) addToList(cuesByFirstAtom, atom, cue);
}

for (const lang of SUPPORTED_LANGUAGES) {
  for (const [role, list] of Object.entries(CRISIS_CUES[lang])) {
    for (const source of list) compileCue(source, lang, role);
  }
}

/** The most tokens one cue can span (its elements plus their gaps). */
export const MAX_SPAN = Math.max(1, ...cues.map((c) => c.elements.reduce((n, e) => n + 1 + e.gap, 0)));
