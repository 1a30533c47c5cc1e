/**
 * Finds the crisis lexicon's cues in a message. Pure, no I/O; the lexicon is
 * compiled at module load (cue-index.ts).
 *
 * Every token is looked up by several forms, so the ways people type meet
 * the lexicon's spelling: the folded token itself (no diacritics); for
 * Cyrillic, its Bulgarian and Ukrainian romanizations; for Latin, the chat
 * spellings of Cyrillic ("4" for ч, "6" for ш, "q" for я, "j" for ж) and the
 * phonetic skeleton of each form ("pozhar", "pojar" and "пожар" meet); in a
 * message that reads as greeklish, also its greeklish key ("anapnei" and
 * "αναπνέει" meet). A
 * token that matches nothing gets a typo pass: one edit away from a lexicon
 * word or stem of six letters or more, never in its first two letters.
 */
import { foldText, romanize, skeleton, tokenize } from '../answers/normalize.ts';
import type { Language } from '../languages/index.ts';
import { withinOneEdit } from './edit-distance.ts';
import { joinContractions } from './contractions.ts';
import { latinGreekKeys, looksGreeklish } from './greeklish.ts';
import { hungarianForms, hungarianJoins } from './hungarian.ts';
import { STEMMED_LANGUAGES, inflectionStem } from './inflection.ts';
import {
  CYRILLIC_RE, FUZZY_MIN, LATIN_RE, MIN_SKELETON, cuesByFirstAtom, exactIndex, fuzzyIndex, prefixIndex, stemIndex,
  cues, type Cue,
} from './cue-index.ts';
import type { CueRole } from './crisis-lexicon.ts';

/** A cue found in a message: tokens `start..end-1`. */
export interface CueHit {
  role: CueRole; lang: Language; start: number; end: number; cue: number;
  /** `true` when a token of the match was read through the typo pass: such hits never cancel a rule. */
  typo?: boolean;
  /** `true` when a token of the match met the cue only by its inflection stem: such hits never cancel a rule either ("kouře" is no "kouřit"). */
  stem?: boolean;
}

const CHAT_LATIN_RE = /[46qx]|j/;

/** The forms a token is looked up by (see the module comment). */
function tokenForms(token: string): string[] {
  const forms = CYRILLIC_RE.test(token) ? [romanize(token, 'bg'), romanize(token, 'uk')] : [token];
  if (forms.length === 1 && LATIN_RE.test(token) && CHAT_LATIN_RE.test(token)) {
    const chat = token.replace(/4/g, 'ch').replace(/6/g, 'sh').replace(/q/g, 'ya').replace(/x/g, 'h').replace(/j/g, 'zh');
    if (chat !== token) forms.push(chat);
  }
  const n = forms.length;
  for (let i = 0; i < n; i++) {
    const form = forms[i];
    if (form.length < MIN_SKELETON || !LATIN_RE.test(form)) continue;
    const skel = skeleton(form);
    if (skel.length >= MIN_SKELETON && !forms.includes(skel)) forms.push(skel);
  }
  return forms;
}

function atomsOfForms(forms: string[], out: number[]): void {
  for (const form of forms) {
    const exact = exactIndex.get(form);
    if (exact) for (const id of exact) if (!out.includes(id)) out.push(id);
    const bucket = prefixIndex.get(form.slice(0, 3));
    if (bucket) for (const [stem, id] of bucket) if (form.startsWith(stem) && !out.includes(id)) out.push(id);
  }
}

/** The most letters a word may have after a stem for the typo pass to read it ("útlevlünket" → "útlevel*"). */
const MAX_TYPO_TAIL = 4;

/** Whether `form` is one typo away from the lexicon word or stem `f` (its first two letters are the bucket's). */
function nearMiss(form: string, f: { word: string; prefix: boolean }): boolean {
  const l = f.word.length;
  if (!f.prefix) return Math.abs(form.length - l) <= 1 && withinOneEdit(form, f.word);
  // A typo in a stem read inside a much longer word meets other words built on a
  // near stem ("megkérdezni", to ask, is one letter from "megver*", to beat).
  if (form.length < l - 1 || form.length > l + MAX_TYPO_TAIL) return false;
  for (const len of [l, l + 1, l - 1]) {
    if (len <= form.length && withinOneEdit(form.slice(0, len), f.word)) return true;
  }
  return false;
}

function fuzzyAtoms(forms: string[], out: number[]): void {
  for (const form of forms) {
    if (form.length < FUZZY_MIN) continue;
    const bucket = fuzzyIndex.get(form.slice(0, 2));
    if (!bucket) continue;
    for (const f of bucket) if (!out.includes(f.atom) && nearMiss(form, f)) out.push(f.atom);
  }
}

/** Atoms of Hungarian cues: the only ones a token's Hungarian stems (hungarian.ts) may meet. */
const HUNGARIAN_ATOMS: ReadonlySet<number> = new Set(
  cues.filter((c) => c.lang === 'hu').flatMap((c) => c.elements.flatMap((e) => [...e.atoms])),
);

/** Adds the Hungarian-cue atoms that `token` meets with its prefix or endings taken off. */
function hungarianAtoms(token: string, out: number[]): void {
  const stems = hungarianForms(token);
  if (stems.length === 0) return;
  const found: number[] = [];
  atomsOfForms(stems, found);
  for (const id of found) if (HUNGARIAN_ATOMS.has(id) && !out.includes(id)) out.push(id);
}

/**
 * Adds the atoms whose words share `token`'s inflection stem in one of the
 * stemmed languages (inflection.ts): Cyrillic tokens by their Bulgarian or
 * Ukrainian romanization, Latin tokens as typed and in their chat spelling.
 */
function stemAtoms(token: string, forms: string[], out: number[]): void {
  const cyrillic = CYRILLIC_RE.test(token);
  let found: Set<number> | undefined;
  for (const lang of STEMMED_LANGUAGES) {
    const candidates = cyrillic ? (lang === 'bg' ? [forms[0]] : lang === 'uk' ? [forms[1]] : []) : forms.slice(0, 2);
    const index = stemIndex.get(lang)!;
    for (const form of candidates) {
      const stem = form && inflectionStem(form, lang);
      const id = stem ? index.get(stem) : undefined;
      if (id !== undefined && !out.includes(id)) { out.push(id); (found ??= new Set()).add(id); }
    }
  }
  if (found) stemOnly.set(token, found);
}

/** Memo of token → atoms: chat messages reuse a small vocabulary. Bounded; cleared when full. */
const MEMO_MAX = 20_000;
const memo = new Map<string, number[]>();
/** Tokens whose atoms came from the typo pass. */
const typoTokens = new Set<string>();
/** Token → the atoms it meets only by its inflection stem. */
const stemOnly = new Map<string, ReadonlySet<number>>();

function atomsOfToken(token: string): number[] {
  let atoms = memo.get(token);
  if (atoms) return atoms;
  if (memo.size >= MEMO_MAX) { memo.clear(); typoTokens.clear(); stemOnly.clear(); }
  atoms = [];
  const forms = tokenForms(token);
  atomsOfForms(forms, atoms);
  hungarianAtoms(token, atoms);
  stemAtoms(token, forms, atoms);
  // The typo pass reads the token as typed (and romanized), not its skeleton.
  if (atoms.length === 0) {
    fuzzyAtoms(forms.slice(0, CYRILLIC_RE.test(token) ? 2 : 1), atoms);
    if (atoms.length > 0) typoTokens.add(token);
  }
  memo.set(token, atoms);
  return atoms;
}

const greekMemo = new Map<string, number[]>();

/** Atoms a Latin token meets as greeklish (its `#` keys), memoized like `atomsOfToken`. */
function greekAtomsOfToken(token: string): number[] {
  let atoms = greekMemo.get(token);
  if (atoms) return atoms;
  atoms = [];
  atomsOfForms(latinGreekKeys(token), atoms);
  if (greekMemo.size >= MEMO_MAX) greekMemo.clear();
  greekMemo.set(token, atoms);
  return atoms;
}

function hasAny(tokenAtoms: number[], atoms: ReadonlySet<number>): boolean {
  for (const a of tokenAtoms) if (atoms.has(a)) return true;
  return false;
}

/** End (exclusive) of the match of `cue.elements[ei..]` from token `pos`, or -1. */
function matchFrom(cue: Cue, ei: number, pos: number, toks: number[][]): number {
  if (ei === cue.elements.length) return pos;
  const el = cue.elements[ei];
  for (let skip = 0; skip <= el.gap && pos + skip < toks.length; skip++) {
    if (hasAny(toks[pos + skip], el.atoms)) {
      const end = matchFrom(cue, ei + 1, pos + skip + 1, toks);
      if (end >= 0) return end;
    }
  }
  return el.optional ? matchFrom(cue, ei + 1, pos, toks) : -1;
}

/** Per cue, the epoch of the token it was last tried at (a token can reach a cue through several atoms). */
const triedAt = new Int32Array(cues.length);
let epoch = 0;

/** Splits text into the tokens the matcher reads (folded, letters and digits). */
export function crisisTokens(text: string): string[] {
  return tokenize(joinContractions(foldText(text)));
}


/** Every cue of every language found in `tokens`, in start order. */
export function findCues(tokens: readonly string[]): CueHit[] {
  const toks = tokens.map(atomsOfToken);
  // Hungarian verbs with their prefix apart ("dobtak ki" reads as "kidobtak"), for Hungarian cues only.
  for (const [i, joined] of hungarianJoins(tokens)) {
    const extra = atomsOfToken(joined).filter((a) => HUNGARIAN_ATOMS.has(a) && !typoTokens.has(joined));
    if (extra.length > 0) toks[i] = [...new Set([...toks[i], ...extra])];
  }
  if (looksGreeklish(tokens)) {
    for (let i = 0; i < tokens.length; i++) {
      const greek = greekAtomsOfToken(tokens[i]);
      if (greek.length > 0) toks[i] = [...new Set([...toks[i], ...greek])];
    }
  }
  const hits: CueHit[] = [];
  if (epoch > 2_000_000_000) { triedAt.fill(0); epoch = 0; }
  for (let i = 0; i < toks.length; i++) {
    const mark = ++epoch;
    for (const atom of toks[i]) {
      const starting = cuesByFirstAtom.get(atom);
      if (!starting) continue;
      for (const cue of starting) {
        if (triedAt[cue.id] === mark) continue;
        triedAt[cue.id] = mark;
        const end = matchFrom(cue, 1, i + 1, toks);
        if (end < 0) continue;
        let typo = false;
        for (let t = i; t < end && !typo; t++) typo = typoTokens.has(tokens[t]);
        const hit: CueHit = { role: cue.role, lang: cue.lang, start: i, end, cue: cue.id };
        if (typo) hit.typo = true;
        if (metByStem(cue, tokens, i, end)) hit.stem = true;
        hits.push(hit);
      }
    }
  }
  return hits;
}

/** Whether a token of `tokens[start..end-1]` meets an atom of `cue` only by its inflection stem. */
function metByStem(cue: Cue, tokens: readonly string[], start: number, end: number): boolean {
  for (let t = start; t < end; t++) {
    const only = stemOnly.get(tokens[t]);
    if (only && cue.elements.some((e) => [...only].some((a) => e.atoms.has(a)))) return true;
  }
  return false;
}

/** The lexicon source of a hit, for evidence strings. */
export function cueSource(hit: CueHit): string {
  return cues[hit.cue].source;
}
