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
 * The lexicon is compiled once at module load (handoff-patterns.ts). Matching runs in stages: the
 * concept groups first, and only when a person or contact word was found the
 * context words (third party, bridge, possessive) and, for short messages,
 * the filler; most messages stop after the first stage.
 */
import { foldText, romanize, skeleton, tokenize } from './normalize.ts';
import type { HandoffGroup } from './handoff-lexicon.ts';
import {
  PAIR_WINDOW, COMMAND_MAX_TOKENS, FUZZY_MIN_WORD, MIN_SKELETON, PERSON_GROUPS, CONTACT_GROUPS, NON_COMMAND_GROUPS, FUZZY_COMMAND_MAX_TOKENS, CYRILLIC_RE, LATIN_RE, exactIndex, prefixIndex, patterns, patternsByFirstAtom, fuzzyPersons, fuzzyHumans, MAX_SPAN,
  type Lang, type Pattern, type FuzzyWord, type Hit, type Stage,
} from './handoff-patterns.ts';

/** The result of `detectHandoffIntent`. */
export interface HandoffIntent {
  matched: boolean;
  /** The concept groups that fired, for debugging, e.g. `staff+talk:nl`, `strong:en`, `notBot:ro`, `command:pl`. */
  evidence: string[];
}


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
