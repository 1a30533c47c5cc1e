/**
 * The features the learned crisis model (crisis-model.ts) reads: hashed
 * character 3- to 5-grams, words and word pairs of a message, and the crisis
 * lexicon's roles found in it. The text is read after the same folding the cue
 * matcher uses, so that the ways people type one word share most of their
 * n-grams: no diacritics, Cyrillic in Latin letters ("пожар" and "pozhar"
 * meet), Greek and greeklish on one key ("αναπνέει" and "anapnei"), and the
 * phonetic skeleton of Latin words ("pozhar" and "pozar"). Used by the model at
 * run time and by its trainer (bench/train-crisis-model.ts); both must read a
 * message the same way, so this is the only place that does.
 */
import { foldText, romanize, skeleton, tokenize } from '../answers/normalize.ts';
import { greekKey, latinGreekKeys, looksGreeklish } from './greeklish.ts';
import { CYRILLIC_RE, LATIN_RE } from './cue-index.ts';

/** Messages are read up to this many characters, by the rules and the model alike (a crisis is told in the first lines). */
export const MAX_CHARS = 2000;

/** The words of a message as the model reads them (see the module comment). */
export function modelWords(text: string): string[] {
  const tokens = tokenize(foldText(String(text ?? '').slice(0, MAX_CHARS)));
  const greeklish = looksGreeklish(tokens);
  const words: string[] = [];
  for (const token of tokens) words.push(modelWord(token, greeklish));
  return words;
}

/** One folded token as the model reads it; `greeklish`: the message reads as Greek in Latin letters. */
function modelWord(token: string, greeklish: boolean): string {
  if (CYRILLIC_RE.test(token)) return skeleton(romanize(token, 'bg'));
  const greek = greekKey(token);
  if (greek) return greek;
  if (!LATIN_RE.test(token)) return token;
  return greeklish ? latinGreekKeys(token)[0] ?? token : skeleton(token);
}

/** FNV-1a of `s[from..to)`, seeded so that n-grams of different lengths and whole words do not share a hash. */
function hash(s: string, from: number, to: number, seed: number): number {
  let h = 2166136261 ^ seed;
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619);
  return h >>> 0;
}

/**
 * The distinct hashed features (`bits` wide) of a message: the character 3-
 * to 5-grams of its words joined by single spaces, with a space at each end
 * so word starts and ends have n-grams of their own; each word and pair of
 * neighbouring words whole; and the crisis lexicon's `roles` found in it
 * (a `hazard`, a `document`, the counter cue `info`), so the model learns
 * how the rules' partial evidence and their counter cues weigh, in every
 * language the lexicon covers.
 */
export function crisisFeatures(text: string, bits: number, roles: Iterable<string> = []): Uint32Array {
  const words = modelWords(text);
  const s = ` ${words.join(' ')} `;
  const mask = (1 << bits) - 1;
  const out = new Set<number>();
  for (let n = 3; n <= 5; n++) {
    for (let i = 0; i + n <= s.length; i++) out.add(hash(s, i, i + n, n) & mask);
  }
  for (let i = 0; i < words.length; i++) {
    out.add(hash(words[i], 0, words[i].length, 99) & mask);
    if (i + 1 < words.length) {
      const pair = `${words[i]} ${words[i + 1]}`;
      out.add(hash(pair, 0, pair.length, 99) & mask);
    }
  }
  for (const role of roles) {
    const name = `role:${role}`;
    out.add(hash(name, 0, name.length, 77) & mask);
  }
  return Uint32Array.from(out);
}
