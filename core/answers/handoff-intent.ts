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
  PAIR_WINDOW, COMMAND_MAX_TOKENS, COMMAND_GROUPS, NEGATION_WINDOW, CALLBACK_SUBJECT_WINDOW, OTHER_SUBJECT_WINDOW, HEAD_FINAL, CALLBACK_NEGATED_AFTER, FUZZY_MIN_WORD, MIN_SKELETON, PERSON_GROUPS, CONTACT_GROUPS, NON_COMMAND_GROUPS, FUZZY_COMMAND_MAX_TOKENS, CYRILLIC_RE, LATIN_RE, exactIndex, prefixIndex, patterns, patternsByFirstAtom, fuzzyPersons, fuzzyHumans, MAX_SPAN,
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

/** Groups whose words may stand between a negation and the request it governs ("don't WANT TO talk", "nie CHCĘ rozmawiać"). */
const NEGATION_BRIDGE: readonly HandoffGroup[] = ['filler', 'someone', 'bridge', 'negation'];

/** Whether tokens `from..to-1` are all words a negation reaches across (at most NEGATION_WINDOW of them). */
function bridged(from: number, to: number, lang: Lang, cover: Hit[][]): boolean {
  if (to - from > NEGATION_WINDOW) return false;
  for (let j = from; j < to; j++) if (!NEGATION_BRIDGE.some((g) => covered(cover, j, g, lang))) return false;
  return true;
}

/**
 * Whether a negation cue of `lang` governs tokens `start..end-1`: in the same clause, just before them
 * with only request words between ("I don't want to talk…", but not "I don't understand, can I talk…"),
 * inside them, or — verb-final languages — just after them ("konuşmak istemiyorum").
 */
function isNegated(start: number, end: number, lang: Lang, negations: Hit[], clause: number[], cover: Hit[][], after = HEAD_FINAL.has(lang)): boolean {
  return negations.some((g) => (g.lang === lang || g.lang === 'any')
    && clause[g.start] === clause[start]
    && ((g.end <= start + 1 && bridged(g.end, start, lang, cover))
      || (g.start >= start && g.start < end)
      || (after && g.start >= end && clause[g.start] === clause[end - 1] && bridged(end, g.start, lang, cover))));
}

/** True when a callback is asked of or by somebody else ("my employer called me", "if they call me"). */
function isOthersCallback(c: Hit, cover: Hit[][], clause: number[]): boolean {
  for (let j = c.start - 1, k = 0; j >= 0 && k < CALLBACK_SUBJECT_WINDOW && clause[j] === clause[c.start]; j--, k++) {
    if (covered(cover, j, 'thirdParty', c.lang) || covered(cover, j, 'possessive', c.lang) || covered(cover, j, 'subject', c.lang)) return true;
  }
  return false;
}

/**
 * True when somebody else wants the person: an `other` word ("my colleague", "kolega") stands shortly
 * before token `start` in its clause, with no `self` word ("I", "me") between them.
 */
function isOthersRequest(start: number, lang: Lang, cover: Hit[][], clause: number[]): boolean {
  for (let j = start - 1, k = 0; j >= 0 && k < OTHER_SUBJECT_WINDOW && clause[j] === clause[start]; j--, k++) {
    if (covered(cover, j, 'self', lang)) return false;
    if (covered(cover, j, 'other', lang)) return true;
  }
  return false;
}

function evaluate(tokens: string[], toks: number[][], clause: number[]): Set<string> {
  const evidence = new Set<string>();
  const concept = dropContained(findHits(toks, 'concept'));
  const persons: Hit[] = [];
  const contacts: Hit[] = [];
  const requests: Hit[] = [];
  for (const h of concept) {
    // "Not the bot" is itself a negation: never cancelled by one.
    if (h.group === 'notBot') evidence.add(`${h.group}:${h.lang}`);
    else if (h.group === 'strong' || h.group === 'callback') requests.push(h);
    else if (CONTACT_GROUPS.has(h.group)) contacts.push(h);
    else if (PERSON_GROUPS.has(h.group)) persons.push(h);
  }
  const n = tokens.length;
  if (persons.length === 0 && contacts.length === 0 && requests.length === 0 && n > FUZZY_COMMAND_MAX_TOKENS) return evidence;

  const all = findHits(toks, 'context', concept.slice());
  const negations = all.filter((h) => h.group === 'negation');
  // Filler words make commands, and carry a negation over to the request ("don't WANT TO talk").
  if (n <= COMMAND_MAX_TOKENS || negations.length > 0) findHits(toks, 'filler', all);
  const cover = coverage(all, n);
  const negated = (start: number, end: number, lang: Lang, after?: boolean) => negations.length > 0 && isNegated(start, end, lang, negations, clause, cover, after);

  for (const r of requests) {
    if (r.group === 'callback' && CALLBACK_NEGATED_AFTER.has(r.lang) && !HEAD_FINAL.has(r.lang)) {
      // Dutch negates an imperative after it ("bel me niet"); a "niet" before it ends the sentence before ("ik snap het niet bel me").
      const phrases = negations.filter((g) => g.owned.length > 1 || g.start >= r.start);
      if (phrases.length > 0 && isNegated(r.start, r.end, r.lang, phrases, clause, cover, true)) continue;
    } else if (negated(r.start, r.end, r.lang)) continue;
    if (r.group === 'callback' && isOthersCallback(r, cover, clause)) continue;
    if (isOthersRequest(r.start, r.lang, cover, clause)) continue;
    evidence.add(`${r.group}:${r.lang}`);
  }
  for (const p of persons) {
    if (isThirdParty(p, cover)) continue;
    for (const c of contacts) {
      const start = Math.min(p.start, c.start);
      if (pairs(p, c) && !negated(start, Math.max(p.end, c.end), p.lang) && !isOthersRequest(start, p.lang, cover, clause)) evidence.add(`${p.group}+${c.group}:${p.lang}`);
    }
    // A staff phrase ("someone from the municipality") can be a command; a lone staff word ("volunteer?") is a topic.
    const commandLike = p.group === 'human' || (COMMAND_GROUPS.has(p.group) && p.owned.length >= 2);
    if (commandLike && isCommand(cover, p.lang) && !negated(p.start, p.end, p.lang)) evidence.add(`command:${p.lang}`);
  }
  if (evidence.size > 0) return evidence;

  // Typo pass, on tokens that no lexicon knows: a misspelt person next to a
  // contact word ("talk to a real preson"), or a misspelt one-word command.
  for (const c of contacts) {
    const words = fuzzyPersons.get(c.lang) ?? [];
    for (let j = Math.max(0, c.start - PAIR_WINDOW); j < Math.min(n, c.end + PAIR_WINDOW); j++) {
      if (toks[j].length > 0 || !words.some((w) => fuzzyMatches(tokens[j], w))) continue;
      const p: Hit = { group: 'staff', lang: c.lang, start: j, end: j + 1, owned: [j] };
      if (!isThirdParty(p, cover) && pairs(p, c) && !negated(Math.min(j, c.start), Math.max(j + 1, c.end), c.lang)) evidence.add(`person~+${c.group}:${c.lang}`);
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

/** Clause boundaries: sentence and clause punctuation, and line breaks. */
const CLAUSE_RE = /[.,;:!?¿¡()\n]+/;

/** The message's tokens and, per token, the number of the clause it stands in. */
function clauseTokens(folded: string): { tokens: string[]; clause: number[] } {
  const tokens: string[] = [];
  const clause: number[] = [];
  folded.split(CLAUSE_RE).forEach((part, i) => {
    for (const t of tokenize(part)) {
      tokens.push(t);
      clause.push(i);
    }
  });
  return { tokens, clause };
}

/**
 * Whether `text` explicitly asks for a human (a staff member, a real person,
 * "not the bot") rather than for information. Works on any of the 18
 * supported languages without knowing which one, with or without diacritics,
 * Bulgarian and Ukrainian in either script. Never throws; empty or
 * emoji-only text is not a request.
 */
export function detectHandoffIntent(text: string): HandoffIntent {
  const { tokens, clause } = typeof text === 'string' ? clauseTokens(foldText(text)) : { tokens: [], clause: [] };
  if (tokens.length === 0) return { matched: false, evidence: [] };
  const evidence = evaluate(tokens, tokens.map(atomsOfToken), clause);
  return { matched: evidence.size > 0, evidence: [...evidence] };
}
