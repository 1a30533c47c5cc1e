/**
 * Detects an explicit request for a human ("can I talk to a real person?",
 * "kan ik iemand van de gemeente spreken?", "bir yetkiliyle konuşmak
 * istiyorum") in any of the 18 supported languages. Pure, no I/O.
 *
 * The message language is not known here (detection may be wrong), so every
 * language's lexicon (`handoff-lexicon.ts`) is applied at once, but the
 * pieces of one request must come from the same language: a Romanian "om"
 * (human) never pairs with a Dutch "bellen" (to call).
 *
 * A message is a handoff request when one of these fires:
 *   - a `strong` phrase ("real person", "żywy człowiek", "I want a human");
 *   - a `notBot` phrase ("not with the robot", "nu cu robotul");
 *   - a person (`human`/`staff`) within a few tokens of a `talk`/`reach`/
 *     `connect` word, or `someone` with `talk`/`connect` ("speak to someone",
 *     "puneți-mă în legătură cu cineva"), unless the person is somebody
 *     else's staff ("shop employee", "pracownik agencji");
 *   - a short command made only of a `human` word and filler ("human",
 *     "een mens graag", "/human").
 * When nothing fires, a bounded typo pass (one edit, words of 5+ letters)
 * looks for the missing half of a pair next to the half that is present.
 *
 * Everything is compiled once at module load; a typical message takes a few
 * microseconds.
 */
import { foldText, romanize, skeleton, tokenize } from './normalize.ts';
import { SUPPORTED_LANGUAGES, type Language } from '../languages/index.ts';
import {
  HANDOFF_LEXICON, UNIVERSAL_LEXICON,
  type HandoffGroup, type HandoffMacros, type LanguageLexicon,
} from './handoff-lexicon.ts';

/** The result of `detectHandoffIntent`. */
export interface HandoffIntent {
  matched: boolean;
  /** The concept groups that fired, for debugging, e.g. `staff+talk:nl`, `strong:en`, `notBot:ro`, `command:pl`. */
  evidence: string[];
}

type Lang = Language | 'any';

/** Max tokens between a person and a contact word (same language). */
const PAIR_WINDOW = 6;
/** A message of at most this many tokens can be a bare command ("a human please"). */
const COMMAND_MAX_TOKENS = 6;
/** Shortest lexicon word, and stem, that the typo pass will try to match (shorter ones meet too many other words). */
const FUZZY_MIN_WORD = 5;
const FUZZY_MIN_STEM = 6;

const PERSON_GROUPS: ReadonlySet<HandoffGroup> = new Set(['human', 'staff', 'someone']);
const CONTACT_GROUPS: ReadonlySet<HandoffGroup> = new Set(['talk', 'reach', 'connect']);
/** Groups that do not make a token part of a command. */
const NON_COMMAND_GROUPS: ReadonlySet<HandoffGroup> = new Set(['neutral', 'thirdParty', 'possessive']);

// ---------------------------------------------------------------------------
// Compilation
// ---------------------------------------------------------------------------

interface Element { atoms: ReadonlySet<number>; optional: boolean; gap: number }
interface Pattern { id: number; lang: Lang; group: HandoffGroup; elements: Element[] }
interface FuzzyWord { word: string; prefix: boolean }
interface Hit { group: HandoffGroup; lang: Lang; start: number; end: number; fuzzy?: boolean }

const CYRILLIC_RE = /\p{Script=Cyrillic}/u;
const LATIN_RE = /[a-z]/;
const WORD_RE = /^[\p{L}\p{N}]+$/u;

const atomIds = new Map<string, number>();
const exactIndex = new Map<string, number[]>();
const prefixIndex = new Map<string, Array<[string, number]>>();
const patterns: Pattern[] = [];
const patternsByFirstAtom = new Map<number, Pattern[]>();
/** Per language: single words of the person groups and of the contact groups, for the typo pass. */
const fuzzyPersons = new Map<Lang, FuzzyWord[]>();
const fuzzyContacts = new Map<Lang, FuzzyWord[]>();
const fuzzyHumans: Array<{ lang: Lang; w: FuzzyWord }> = [];

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
  if (word.length >= 4 && LATIN_RE.test(word)) {
    const skel = skeleton(word);
    if (!prefix || skel.length >= 3) forms.add(skel);
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
  for (const atom of elements[0].atoms) addToList(patternsByFirstAtom, atom, pattern);
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
  fuzzyContacts.set(lang, toFuzzy([...singleWords(lex.talk), ...singleWords(lex.reach), ...singleWords(lex.connect)]));
  for (const w of toFuzzy(singleWords(lex.human))) fuzzyHumans.push({ lang, w });
}

for (const lang of SUPPORTED_LANGUAGES) compileLanguage(lang, HANDOFF_LEXICON[lang]);
compileLanguage('any', UNIVERSAL_LEXICON);

// ---------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------

/** The forms a message token is looked up by: itself (or both romanizations), and their skeletons. */
function tokenForms(token: string): string[] {
  const forms = CYRILLIC_RE.test(token) ? [romanize(token, 'bg'), romanize(token, 'uk')] : [token];
  const n = forms.length;
  for (let i = 0; i < n; i++) {
    if (forms[i].length >= 4 && LATIN_RE.test(forms[i])) {
      const skel = skeleton(forms[i]);
      if (!forms.includes(skel)) forms.push(skel);
    }
  }
  return forms;
}

function atomsOf(forms: string[]): number[] {
  const out: number[] = [];
  for (const form of forms) {
    const exact = exactIndex.get(form);
    if (exact) for (const id of exact) if (!out.includes(id)) out.push(id);
    const bucket = prefixIndex.get(form.slice(0, 3));
    if (bucket) for (const [stem, id] of bucket) if (form.startsWith(stem) && !out.includes(id)) out.push(id);
  }
  return out;
}

function hasAny(tokenAtoms: number[], atoms: ReadonlySet<number>): boolean {
  for (const a of tokenAtoms) if (atoms.has(a)) return true;
  return false;
}

/** End (exclusive) of the match of `p.elements[ei..]` from token `pos`, or -1. */
function matchFrom(p: Pattern, ei: number, pos: number, toks: number[][]): number {
  if (ei === p.elements.length) return pos;
  const el = p.elements[ei];
  for (let skip = 0; skip <= el.gap && pos + skip < toks.length; skip++) {
    if (hasAny(toks[pos + skip], el.atoms)) {
      const end = matchFrom(p, ei + 1, pos + skip + 1, toks);
      if (end >= 0) return end;
    }
  }
  return el.optional ? matchFrom(p, ei + 1, pos, toks) : -1;
}

function findHits(toks: number[][]): Hit[] {
  const hits: Hit[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < toks.length; i++) {
    seen.clear();
    for (const atom of toks[i]) {
      const starting = patternsByFirstAtom.get(atom);
      if (!starting) continue;
      for (const p of starting) {
        if (seen.has(p.id)) continue;
        seen.add(p.id);
        const end = matchFrom(p, 1, i + 1, toks);
        if (end >= 0) hits.push({ group: p.group, lang: p.lang, start: i, end });
      }
    }
  }
  return hits;
}

/**
 * Drops hits inside a longer hit of the same language ("person" inside "in
 * person" or "per person"); a `neutral` hit also wins over one of equal span.
 */
function dropContained(hits: Hit[]): Hit[] {
  return hits.filter((h) => !hits.some((g) => g !== h && g.lang === h.lang
    && g.start <= h.start && g.end >= h.end
    && (g.end - g.start > h.end - h.start || (g.group === 'neutral' && h.group !== 'neutral'))));
}

/** For each token, the hits that cover it. */
function coverage(hits: Hit[], n: number): Hit[][] {
  const cover: Hit[][] = Array.from({ length: n }, () => []);
  for (const h of hits) for (let j = h.start; j < h.end; j++) cover[j].push(h);
  return cover;
}

function covered(cover: Hit[][], j: number, group: HandoffGroup, lang: Lang): boolean {
  return cover[j].some((h) => h.group === group && (h.lang === lang || h.lang === 'any'));
}

/** True when the person hit is qualified as somebody else's ("shop employee", "someone from my agency"). */
function isThirdParty(p: Hit, cover: Hit[][]): boolean {
  const n = cover.length;
  if (p.start > 0 && covered(cover, p.start - 1, 'possessive', p.lang)) return true;
  for (let j = p.start - 1, k = 0; j >= 0 && k < 3; j--, k++) {
    if (covered(cover, j, 'thirdParty', p.lang)) return true;
    if (!covered(cover, j, 'bridge', p.lang)) break;
  }
  for (let j = p.end, k = 0; j < n && k < 4; j++, k++) {
    if (covered(cover, j, 'thirdParty', p.lang)) return true;
    if (!covered(cover, j, 'bridge', p.lang)) break;
  }
  return false;
}

function gapBetween(a: Hit, b: Hit): number {
  if (b.start >= a.end) return b.start - a.end;
  if (a.start >= b.end) return a.start - b.end;
  return 0;
}

function pairs(person: Hit, contact: Hit): boolean {
  if (person.lang !== contact.lang || gapBetween(person, contact) > PAIR_WINDOW) return false;
  return person.group !== 'someone' || contact.group !== 'reach';
}

/** One-edit (substitution, insertion, deletion, transposition) match after the first letter. */
function withinOneEdit(w: FuzzyWord, token: string): boolean {
  let i = 0;
  while (i < w.word.length && i < token.length && w.word[i] === token[i]) i++;
  // A full match is not a typo; a plural ("persons") is not one either.
  if (i === w.word.length) return w.prefix || token.length === i;
  if (i === 0) return false;
  const rest = (a: number, b: number): boolean => {
    const tail = w.word.slice(a);
    return w.prefix ? token.startsWith(tail, b) : token.slice(b) === tail;
  };
  return rest(i + 1, i + 1) // substitution
    || rest(i, i + 1) // extra letter in the token
    || rest(i + 1, i) // missing letter in the token
    || (w.word[i] === token[i + 1] && w.word[i + 1] === token[i] && rest(i + 2, i + 2)); // transposition
}

function fuzzyHit(token: string, words: FuzzyWord[] | undefined): boolean {
  if (!words || token.length < FUZZY_MIN_WORD - 1) return false;
  return words.some((w) => withinOneEdit(w, token));
}

interface Analysis { tokens: string[]; hits: Hit[]; cover: Hit[][] }

function analyse(text: string): Analysis | undefined {
  const tokens = tokenize(foldText(text));
  if (tokens.length === 0) return undefined;
  const forms = tokens.map(tokenForms);
  const hits = dropContained(findHits(forms.map(atomsOf)));
  return { tokens: forms.map((f) => f[0]), hits, cover: coverage(hits, tokens.length) };
}

function isCommand(a: Analysis, lang: Lang, extra: Hit[] = []): boolean {
  if (a.tokens.length > COMMAND_MAX_TOKENS) return false;
  const ok = (h: Hit): boolean => (h.lang === lang || h.lang === 'any') && !NON_COMMAND_GROUPS.has(h.group);
  return a.tokens.every((_, j) => a.cover[j].some(ok) || extra.some((h) => h.start === j && ok(h)));
}

function evaluate(a: Analysis, evidence: Set<string>): void {
  const persons: Hit[] = [];
  const contacts: Hit[] = [];
  for (const h of a.hits) {
    if (h.group === 'strong' || h.group === 'notBot') evidence.add(`${h.group}:${h.lang}`);
    else if (CONTACT_GROUPS.has(h.group)) contacts.push(h);
    else if (PERSON_GROUPS.has(h.group) && !isThirdParty(h, a.cover)) persons.push(h);
  }
  for (const p of persons) {
    for (const c of contacts) if (pairs(p, c)) evidence.add(`${p.group}+${c.group}:${p.lang}`);
    if (p.group === 'human' && isCommand(a, p.lang)) evidence.add(`command:${p.lang}`);
  }
  if (evidence.size > 0) return;

  // Typo pass: complete a pair whose other half is present, or a short command.
  const tried = new Set<string>();
  for (const c of contacts) {
    for (let j = Math.max(0, c.start - PAIR_WINDOW - 1); j < Math.min(a.tokens.length, c.end + PAIR_WINDOW + 1); j++) {
      if (a.cover[j].some((h) => h.lang === c.lang) || tried.has(`${c.lang}:${j}`)) continue;
      tried.add(`${c.lang}:${j}`);
      if (!fuzzyHit(a.tokens[j], fuzzyPersons.get(c.lang))) continue;
      const p: Hit = { group: 'staff', lang: c.lang, start: j, end: j + 1, fuzzy: true };
      if (!isThirdParty(p, a.cover) && pairs(p, c)) evidence.add(`person~+${c.group}:${c.lang}`);
    }
  }
  for (const p of persons) {
    if (p.group === 'someone') continue;
    for (let j = Math.max(0, p.start - PAIR_WINDOW - 1); j < Math.min(a.tokens.length, p.end + PAIR_WINDOW + 1); j++) {
      if (a.cover[j].some((h) => h.lang === p.lang)) continue;
      if (fuzzyHit(a.tokens[j], fuzzyContacts.get(p.lang))) evidence.add(`${p.group}+contact~:${p.lang}`);
    }
  }
  if (a.tokens.length <= 3) {
    a.tokens.forEach((token, j) => {
      if (a.cover[j].some((h) => !NON_COMMAND_GROUPS.has(h.group) && h.group !== 'filler')) return;
      for (const { lang, w } of fuzzyHumans) {
        if (!withinOneEdit(w, token)) continue;
        const extra: Hit = { group: 'human', lang, start: j, end: j + 1, fuzzy: true };
        if (isCommand(a, lang, [extra])) evidence.add(`command~:${lang}`);
      }
    });
  }
}

/**
 * Whether `text` explicitly asks for a human (a staff member, a real person,
 * "not the bot") rather than for information. Works on any of the 18
 * supported languages without knowing which one, with or without diacritics,
 * Bulgarian and Ukrainian in either script. Never throws; empty or
 * emoji-only text is not a request.
 */
export function detectHandoffIntent(text: string): HandoffIntent {
  const analysis = typeof text === 'string' ? analyse(text) : undefined;
  if (!analysis) return { matched: false, evidence: [] };
  const evidence = new Set<string>();
  evaluate(analysis, evidence);
  return { matched: evidence.size > 0, evidence: [...evidence] };
}
export const __debug = { analyse, fuzzyContacts, fuzzyPersons, withinOneEdit };
