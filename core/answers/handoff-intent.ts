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
 * When nothing fires, a bounded typo pass (one edit inside a word of 5+
 * letters) looks for a misspelt person next to a contact word, or a misspelt
 * one-word command.
 *
 * Everything is compiled once at module load. Matching runs in stages: the
 * concept groups first, and only when a person or contact word was found the
 * context words (third party, bridge, possessive) and, for short messages,
 * the filler; most messages stop after the first stage.
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
/** Skeletons shorter than this collide across words ("chat" and Romanian "cât" are both "cat"). */
const MIN_SKELETON = 5;

const PERSON_GROUPS: ReadonlySet<HandoffGroup> = new Set(['human', 'staff', 'someone']);
const CONTACT_GROUPS: ReadonlySet<HandoffGroup> = new Set(['talk', 'reach', 'connect']);
/** Groups that do not make a token part of a command. */
const NON_COMMAND_GROUPS: ReadonlySet<HandoffGroup> = new Set(['neutral', 'thirdParty', 'possessive']);
/** A message of at most this many tokens gets the typo pass for one-word commands ("humna"). */
const FUZZY_COMMAND_MAX_TOKENS = 3;

// ---------------------------------------------------------------------------
// Compilation
// ---------------------------------------------------------------------------

interface Element { atoms: ReadonlySet<number>; optional: boolean; gap: number }
interface Pattern { id: number; lang: Lang; group: HandoffGroup; elements: Element[] }
interface FuzzyWord { word: string; prefix: boolean }
/** A pattern match: tokens `start..end-1`, of which `owned` were matched by elements (the rest were skipped by a gap). */
interface Hit { group: HandoffGroup; lang: Lang; start: number; end: number; owned: number[] }

const CYRILLIC_RE = /\p{Script=Cyrillic}/u;
const LATIN_RE = /[a-z]/;
const WORD_RE = /^[\p{L}\p{N}]+$/u;

/** Patterns are matched in stages so that most messages only pay for the first. */
type Stage = 'concept' | 'context' | 'filler';
const STAGE: Record<HandoffGroup, Stage> = {
  human: 'concept', staff: 'concept', someone: 'concept', talk: 'concept', reach: 'concept', connect: 'concept',
  strong: 'concept', notBot: 'concept', neutral: 'concept',
  thirdParty: 'context', possessive: 'context', bridge: 'context', filler: 'filler',
};

const atomIds = new Map<string, number>();
const exactIndex = new Map<string, number[]>();
const prefixIndex = new Map<string, Array<[string, number]>>();
const patterns: Pattern[] = [];
const patternsByFirstAtom: Record<Stage, Map<number, Pattern[]>> = {
  concept: new Map(), context: new Map(), filler: new Map(),
};
/** Per language: single words of the person groups, for the typo pass. */
const fuzzyPersons = new Map<Lang, FuzzyWord[]>();
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
const MAX_SPAN = Math.max(...patterns.map((p) => p.elements.reduce((n, e) => n + 1 + e.gap, 0)));

// ---------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------

/**
 * Letters and pairs that `skeleton` rewrites; a word without any is its own
 * skeleton. Only a speed-up: if `skeleton` changes, at worst a shortcut is lost.
 */
const SKELETON_TRIGGER_RE = /[wqxgyj]|[szckpt]h|[st][sz]|cz|(.)\1/;

/** The forms a token is looked up by: itself (Cyrillic: both romanizations), and their skeletons. */
function tokenForms(token: string): string[] {
  const forms = CYRILLIC_RE.test(token) ? [romanize(token, 'bg'), romanize(token, 'uk')] : [token];
  const n = forms.length;
  for (let i = 0; i < n; i++) {
    const form = forms[i];
    // A skeleton is never longer than its word, and short ones are not indexed.
    if (form.length < MIN_SKELETON || !LATIN_RE.test(form) || !SKELETON_TRIGGER_RE.test(form)) continue;
    const skel = skeleton(form);
    if (skel.length >= MIN_SKELETON && !forms.includes(skel)) forms.push(skel);
  }
  return forms;
}

function atomsOfForms(forms: string[]): number[] {
  const out: number[] = [];
  for (const form of forms) {
    const exact = exactIndex.get(form);
    if (exact) for (const id of exact) if (!out.includes(id)) out.push(id);
    const bucket = prefixIndex.get(form.slice(0, 3));
    if (bucket) for (const [stem, id] of bucket) if (form.startsWith(stem) && !out.includes(id)) out.push(id);
  }
  return out;
}

/** Memo of token → lexicon atoms: chat messages reuse a small vocabulary. Bounded; cleared when full. */
const TOKEN_MEMO_MAX = 20_000;
const tokenMemo = new Map<string, number[]>();

function atomsOfToken(token: string): number[] {
  let atoms = tokenMemo.get(token);
  if (atoms) return atoms;
  atoms = atomsOfForms(tokenForms(token));
  if (tokenMemo.size >= TOKEN_MEMO_MAX) tokenMemo.clear();
  tokenMemo.set(token, atoms);
  return atoms;
}

function hasAny(tokenAtoms: number[], atoms: ReadonlySet<number>): boolean {
  for (const a of tokenAtoms) if (atoms.has(a)) return true;
  return false;
}

/**
 * End (exclusive) of the match of `p.elements[ei..]` from token `pos`, or -1;
 * the tokens the elements matched are appended to `owned`.
 */
function matchFrom(p: Pattern, ei: number, pos: number, toks: number[][], owned: number[]): number {
  if (ei === p.elements.length) return pos;
  const el = p.elements[ei];
  for (let skip = 0; skip <= el.gap && pos + skip < toks.length; skip++) {
    if (hasAny(toks[pos + skip], el.atoms)) {
      owned.push(pos + skip);
      const end = matchFrom(p, ei + 1, pos + skip + 1, toks, owned);
      if (end >= 0) return end;
      owned.pop();
    }
  }
  return el.optional ? matchFrom(p, ei + 1, pos, toks, owned) : -1;
}

/** Per pattern, the epoch of the token it was last tried at (a token can reach a pattern through several atoms). */
const triedAt = new Int32Array(patterns.length);
let triedEpoch = 0;

function findHits(toks: number[][], stage: Stage, into: Hit[] = []): Hit[] {
  const index = patternsByFirstAtom[stage];
  for (let i = 0; i < toks.length; i++) {
    const mark = ++triedEpoch;
    for (const atom of toks[i]) {
      const starting = index.get(atom);
      if (!starting) continue;
      for (const p of starting) {
        if (triedAt[p.id] === mark) continue;
        triedAt[p.id] = mark;
        const owned = [i];
        const end = matchFrom(p, 1, i + 1, toks, owned);
        if (end >= 0) into.push({ group: p.group, lang: p.lang, start: i, end, owned });
      }
    }
  }
  return into;
}

/**
 * Drops hits inside a longer hit of the same language ("person" inside "in
 * person"), and any hit inside a `neutral` one of any language: "first
 * person" is descriptive whichever lexicon also reads "person". Tokens that
 * a pattern skipped with a gap (`~N`) are not inside it.
 */
function dropContained(hits: Hit[]): Hit[] {
  // `hits` are in start order, and no pattern spans more than MAX_SPAN tokens.
  const contains = (g: Hit, h: Hit): boolean => g !== h && g.end >= h.end
    && (g.group === 'neutral' || (g.lang === h.lang && g.owned.length > h.owned.length))
    && h.owned.every((t) => g.owned.includes(t));
  let from = 0;
  return hits.filter((h) => {
    while (hits[from].start < h.start - MAX_SPAN) from++;
    if (h.group === 'neutral') return true;
    for (let k = from; k < hits.length && hits[k].start <= h.start; k++) if (contains(hits[k], h)) return false;
    return true;
  });
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
  if (p.start > 0 && covered(cover, p.start - 1, 'possessive', p.lang)) return true;
  for (let j = p.start - 1, k = 0; j >= 0 && k < 3; j--, k++) {
    if (covered(cover, j, 'thirdParty', p.lang)) return true;
    if (!covered(cover, j, 'bridge', p.lang)) break;
  }
  for (let j = p.end, k = 0; j < cover.length && k < 4; j++, k++) {
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

/** Whether a person and a contact word make a request: same language, close, and "someone" only with talking or connecting. */
function pairs(person: Hit, contact: Hit): boolean {
  if (person.lang !== contact.lang || gapBetween(person, contact) > PAIR_WINDOW) return false;
  return person.group !== 'someone' || contact.group !== 'reach';
}

/**
 * One edit (substitution, insertion, deletion, transposition) away, neither in
 * the first letter nor in the last letter of the word or stem: an edit there
 * makes another inflection or derivation ("asmens" is not a typo of "asmeni").
 * A token shorter than a stem is a different word, not a typo of it.
 */
function withinOneEdit(w: FuzzyWord, token: string): boolean {
  if (w.prefix && token.length < w.word.length) return false;
  let i = 0;
  while (i < w.word.length && i < token.length && w.word[i] === token[i]) i++;
  if (i === w.word.length) return w.prefix || token.length === i;
  if (i === 0 || i >= w.word.length - 1) return false;
  const rest = (a: number, b: number): boolean => {
    const tail = w.word.slice(a);
    return w.prefix ? token.startsWith(tail, b) : token.slice(b) === tail;
  };
  return rest(i + 1, i + 1) // substitution
    || rest(i, i + 1) // extra letter in the token
    || rest(i + 1, i) // missing letter in the token
    || (w.word[i] === token[i + 1] && w.word[i + 1] === token[i] && rest(i + 2, i + 2)); // transposition
}

/** The token's forms for the typo pass (Cyrillic: both romanizations). */
function plainForms(token: string): string[] {
  return CYRILLIC_RE.test(token) ? [romanize(token, 'bg'), romanize(token, 'uk')] : [token];
}

function fuzzyMatches(token: string, w: FuzzyWord): boolean {
  return token.length >= FUZZY_MIN_WORD - 1 && plainForms(token).some((f) => withinOneEdit(w, f));
}

/** Whether every token is part of a command in `lang`: the human word, filler, or a contact word. */
function isCommand(cover: Hit[][], lang: Lang, extra?: Hit): boolean {
  if (cover.length > COMMAND_MAX_TOKENS) return false;
  const ok = (h: Hit): boolean => (h.lang === lang || h.lang === 'any') && !NON_COMMAND_GROUPS.has(h.group);
  return cover.every((hits, j) => hits.some(ok) || (extra !== undefined && extra.start === j && ok(extra)));
}

function evaluate(tokens: string[], toks: number[][]): Set<string> {
  const evidence = new Set<string>();
  const concept = dropContained(findHits(toks, 'concept'));
  const persons: Hit[] = [];
  const contacts: Hit[] = [];
  for (const h of concept) {
    if (h.group === 'strong' || h.group === 'notBot') evidence.add(`${h.group}:${h.lang}`);
    else if (CONTACT_GROUPS.has(h.group)) contacts.push(h);
    else if (PERSON_GROUPS.has(h.group)) persons.push(h);
  }
  const n = tokens.length;
  if (persons.length === 0 && contacts.length === 0 && n > FUZZY_COMMAND_MAX_TOKENS) return evidence;

  const all = findHits(toks, 'context', concept.slice());
  if (n <= COMMAND_MAX_TOKENS) findHits(toks, 'filler', all);
  const cover = coverage(all, n);

  for (const p of persons) {
    if (isThirdParty(p, cover)) continue;
    for (const c of contacts) if (pairs(p, c)) evidence.add(`${p.group}+${c.group}:${p.lang}`);
    if (p.group === 'human' && isCommand(cover, p.lang)) evidence.add(`command:${p.lang}`);
  }
  if (evidence.size > 0) return evidence;

  // Typo pass, on tokens that no lexicon knows: a misspelt person next to a
  // contact word ("talk to a real preson"), or a misspelt one-word command.
  for (const c of contacts) {
    const words = fuzzyPersons.get(c.lang) ?? [];
    for (let j = Math.max(0, c.start - PAIR_WINDOW); j < Math.min(n, c.end + PAIR_WINDOW); j++) {
      if (toks[j].length > 0 || !words.some((w) => fuzzyMatches(tokens[j], w))) continue;
      const p: Hit = { group: 'staff', lang: c.lang, start: j, end: j + 1, owned: [j] };
      if (!isThirdParty(p, cover) && pairs(p, c)) evidence.add(`person~+${c.group}:${c.lang}`);
    }
  }
  if (n <= FUZZY_COMMAND_MAX_TOKENS) {
    for (let j = 0; j < n; j++) {
      if (toks[j].length > 0) continue;
      for (const { lang, w } of fuzzyHumans) {
        const extra: Hit = { group: 'human', lang, start: j, end: j + 1, owned: [j] };
        if (fuzzyMatches(tokens[j], w) && isCommand(cover, lang, extra)) evidence.add(`command~:${lang}`);
      }
    }
  }
  return evidence;
}

/**
 * Whether `text` explicitly asks for a human (a staff member, a real person,
 * "not the bot") rather than for information. Works on any of the 18
 * supported languages without knowing which one, with or without diacritics,
 * Bulgarian and Ukrainian in either script. Never throws; empty or
 * emoji-only text is not a request.
 */
export function detectHandoffIntent(text: string): HandoffIntent {
  const tokens = typeof text === 'string' ? tokenize(foldText(text)) : [];
  if (tokens.length === 0) return { matched: false, evidence: [] };
  const evidence = evaluate(tokens, tokens.map(atomsOfToken));
  return { matched: evidence.size > 0, evidence: [...evidence] };
}
