/**
 * The handoff lexicon compiled once at module load: every pattern of every
 * language folded, romanized and indexed by its first atom, plus the word
 * lists of the typo pass. `handoff-intent.ts` matches messages against these.
 */
import { foldText, romanize, skeleton } from './normalize.ts';
import { SUPPORTED_LANGUAGES, type Language } from '../languages/index.ts';
import {
  HANDOFF_LEXICON, UNIVERSAL_LEXICON,
  type HandoffGroup, type HandoffMacros, type LanguageLexicon,
} from './handoff-lexicon.ts';

export type Lang = Language | 'any';

/** Max tokens between a person and a contact word (same language). */
export const PAIR_WINDOW = 6;
/** A message of at most this many tokens can be a bare command ("a human please"). */
export const COMMAND_MAX_TOKENS = 6;
/** Shortest lexicon word, and stem, that the typo pass will try to match (shorter ones meet too many other words). */
export const FUZZY_MIN_WORD = 5;
const FUZZY_MIN_STEM = 6;
/** Skeletons shorter than this collide across words ("chat" and Romanian "cât" are both "cat"). */
export const MIN_SKELETON = 5;

export const PERSON_GROUPS: ReadonlySet<HandoffGroup> = new Set(['human', 'staff', 'someone']);
export const CONTACT_GROUPS: ReadonlySet<HandoffGroup> = new Set(['talk', 'reach', 'connect']);
/** Groups that do not make a token part of a command. */
export const NON_COMMAND_GROUPS: ReadonlySet<HandoffGroup> = new Set(['neutral', 'thirdParty', 'possessive', 'subject', 'negation', 'other']);
/** Person groups whose hit alone, with filler, can be a short command ("a human please", "someone from the municipality please"; staff only as a phrase). */
export const COMMAND_GROUPS: ReadonlySet<HandoffGroup> = new Set(['human', 'staff']);
/** At most this many words (request words: "want to", "chcę") stand between a negation and the request it cancels. */
export const NEGATION_WINDOW = 3;
/** A callback is somebody else's when a third party or subject stands at most this many tokens before it. */
export const CALLBACK_SUBJECT_WINDOW = 4;
/** A request is somebody else's when an `other` word ("my colleague") stands at most this many tokens before it, in its clause. */
export const OTHER_SUBJECT_WINDOW = 5;
/** A message of at most this many tokens gets the typo pass for one-word commands ("humna"). */
export const FUZZY_COMMAND_MAX_TOKENS = 3;

// ---------------------------------------------------------------------------
// Compilation
// ---------------------------------------------------------------------------

interface Element { atoms: ReadonlySet<number>; optional: boolean; gap: number }
export interface Pattern { id: number; lang: Lang; group: HandoffGroup; elements: Element[] }
export interface FuzzyWord { word: string; prefix: boolean }
/** A pattern match: tokens `start..end-1`, of which `owned` were matched by elements (the rest were skipped by a gap). */
export interface Hit { group: HandoffGroup; lang: Lang; start: number; end: number; owned: number[] }

export const CYRILLIC_RE = /\p{Script=Cyrillic}/u;
export const LATIN_RE = /[a-z]/;
const WORD_RE = /^[\p{L}\p{N}]+$/u;

/** Patterns are matched in stages so that most messages only pay for the first. */
export type Stage = 'concept' | 'context' | 'filler';
const STAGE: Record<HandoffGroup, Stage> = {
  human: 'concept', staff: 'concept', someone: 'concept', talk: 'concept', reach: 'concept', connect: 'concept',
  strong: 'concept', notBot: 'concept', neutral: 'concept',
  thirdParty: 'context', possessive: 'context', bridge: 'context', filler: 'filler',
  callback: 'concept', subject: 'context', negation: 'context', other: 'context', self: 'context',
};

const atomIds = new Map<string, number>();
export const exactIndex = new Map<string, number[]>();
export const prefixIndex = new Map<string, Array<[string, number]>>();
export const patterns: Pattern[] = [];
export const patternsByFirstAtom: Record<Stage, Map<number, Pattern[]>> = {
  concept: new Map(), context: new Map(), filler: new Map(),
};
/** Per language: single words of the person groups, for the typo pass. */
export const fuzzyPersons = new Map<Lang, FuzzyWord[]>();
export const fuzzyHumans: Array<{ lang: Lang; w: FuzzyWord }> = [];
/** Verb-final languages: their negation may follow the request ("konuşmak istemiyorum"). */
export const HEAD_FINAL = new Set<Lang>();
/** Languages whose negation may follow a callback ("bel me niet"): the verb-final ones and those that say so. */
export const CALLBACK_NEGATED_AFTER = new Set<Lang>();

function addToList<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Folds a lexicon word the way messages are folded; Cyrillic is romanized. */
function lexiconWord(raw: string, lang: Lang): string {
  const folded = foldText(raw);
  return CYRILLIC_RE.test(folded) ? romanize(folded, lang === 'uk' ? 'uk' : 'bg') : folded;
}

function atomFor(rawAlt: string, lang: Lang): number {
  const prefix = rawAlt.endsWith('*');
  const word = lexiconWord(prefix ? rawAlt.slice(0, -1) : rawAlt, lang);
  if (!WORD_RE.test(word)) throw new Error(`handoff lexicon (${lang}): "${rawAlt}" is not one token`);
  if (prefix && word.length < 3) throw new Error(`handoff lexicon (${lang}): stem "${rawAlt}" is shorter than 3 letters`);
  const key = (prefix ? 'p:' : 'e:') + word;
  let id = atomIds.get(key);
  if (id !== undefined) return id;
  id = atomIds.size;
  atomIds.set(key, id);
  const forms = new Set([word]);
  if (LATIN_RE.test(word)) {
    const skel = skeleton(word);
    if (skel.length >= MIN_SKELETON) forms.add(skel);
  }
  for (const form of forms) {
    if (prefix) addToList(prefixIndex, form.slice(0, 3), [form, id] as [string, number]);
    else addToList(exactIndex, form, id);
  }
  return id;
}

function expandAlternatives(body: string, macros: Record<string, string>, lang: Lang): string[] {
  const out: string[] = [];
  for (const alt of body.split('|')) {
    if (!alt.startsWith('@')) { out.push(alt); continue; }
    const value = macros[alt.slice(1)];
    if (value === undefined) throw new Error(`handoff lexicon (${lang}): unknown macro ${alt}`);
    out.push(...expandAlternatives(value, macros, lang));
  }
  return out;
}

function compilePattern(source: string, lang: Lang, group: HandoffGroup, macros: Record<string, string>): void {
  const elements: Element[] = [];
  let gap = 0;
  for (const part of source.trim().split(/\s+/)) {
    const gapMatch = /^~(\d)$/.exec(part);
    if (gapMatch) { gap = Number(gapMatch[1]); continue; }
    const optional = part.endsWith('?');
    const body = optional ? part.slice(0, -1) : part;
    const atoms = new Set(expandAlternatives(body, macros, lang).map((alt) => atomFor(alt, lang)));
    elements.push({ atoms, optional, gap });
    gap = 0;
  }
  if (elements.length === 0) return;
  if (elements[0].optional) throw new Error(`handoff lexicon (${lang}): "${source}" starts with an optional element`);
  const pattern: Pattern = { id: patterns.length, lang, group, elements };
  patterns.push(pattern);
  for (const atom of elements[0].atoms) addToList(patternsByFirstAtom[STAGE[group]], atom, pattern);
}

function splitPatterns(list: string | undefined): string[] {
  return (list ?? '').split(',').map((p) => p.trim()).filter(Boolean);
}

/** Alternatives of the one-element patterns of `list`, e.g. the human nouns. */
function singleWords(list: string | undefined): string[] {
  return splitPatterns(list).filter((p) => !/\s/.test(p)).flatMap((p) => p.split('|')).filter((w) => !w.startsWith('@'));
}

/** Patterns every language gets from its macros. */
function generatedPatterns(lex: LanguageLexicon, macros: HandoffMacros): Partial<Record<HandoffGroup, string[]>> {
  const strong: string[] = [];
  const notBot: string[] = [];
  if (macros.req && lex.human) {
    strong.push('@req ~2 @human');
    if (lex.headFinal) strong.push('@human ~2 @req');
  }
  const art = macros.art ? '@art? ' : '';
  if (macros.neg && macros.bot) {
    notBot.push(`@neg ${macros.prep ? '@prep? ' : ''}${art}@bot`);
    if (macros.prep && macros.botWeak) notBot.push(`@neg @prep ${art}@botWeak`);
    // "I don't want (to talk to) the bot", "nu vreau să vorbesc cu un robot"
    if (macros.req) notBot.push('@neg @req ~3 @bot');
    if (macros.req && macros.prep && macros.botWeak) notBot.push(`@neg @req ~2 @prep ${art}@botWeak`);
  }
  return { strong, notBot };
}

function compileLanguage(lang: Lang, lex: LanguageLexicon): void {
  if (lex.headFinal) HEAD_FINAL.add(lang);
  if (lex.headFinal || lex.callbackNegatedAfter) CALLBACK_NEGATED_AFTER.add(lang);
  const macros: Record<string, string> = { ...(lex.macros ?? {}) };
  macros.human = singleWords(lex.human).join('|');
  const generated = generatedPatterns(lex, lex.macros ?? {});
  const groups = new Set<HandoffGroup>([
    ...(Object.keys(lex) as HandoffGroup[]).filter((k) => typeof lex[k] === 'string'),
    ...(Object.keys(generated) as HandoffGroup[]),
  ]);
  for (const group of groups) {
    for (const source of [...splitPatterns(lex[group]), ...(generated[group] ?? [])]) {
      compilePattern(source, lang, group, macros);
    }
  }
  const toFuzzy = (words: string[]): FuzzyWord[] => words
    .map((w) => ({ prefix: w.endsWith('*'), word: lexiconWord(w.replace(/\*$/, ''), lang) }))
    .filter((w) => w.word.length >= (w.prefix ? FUZZY_MIN_STEM : FUZZY_MIN_WORD));
  fuzzyPersons.set(lang, toFuzzy([...singleWords(lex.human), ...singleWords(lex.staff)]));
  for (const w of toFuzzy(singleWords(lex.human))) fuzzyHumans.push({ lang, w });
}

for (const lang of SUPPORTED_LANGUAGES) compileLanguage(lang, HANDOFF_LEXICON[lang]);
compileLanguage('any', UNIVERSAL_LEXICON);

/** The most tokens one pattern can span (its elements plus their gaps). */
export const MAX_SPAN = Math.max(...patterns.map((p) => p.elements.reduce((n, e) => n + 1 + e.gap, 0)));
