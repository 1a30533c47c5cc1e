import type { Language } from '../../languages/index.ts';
import { foldText, tokenize } from '../normalize.ts';
import { stemmerFor } from '../stemmers.ts';
import { stopwords } from '../stopwords.ts';

/**
 * Word translations learned from parallel text: tiles written in several
 * languages, aligned segment by segment (title, each body line, each example
 * question). Used offline by bench/learn-bridge.ts to write the word bridge
 * (bridge-data.json); nothing here runs when the bot answers.
 *
 * The model is IBM Model 1 (expectation maximization over co-occurrence in
 * aligned segments), trained in both directions; a link keeps the geometric
 * mean of the two translation probabilities, so a word that appears with
 * everything (a frequent word) links to nothing strongly. Small parallel text
 * makes rare words unreliable: a link needs the pair in at least
 * `minPairs` segments.
 */

/** One unit of parallel text: the same content in two languages. */
export interface SegmentPair {
  source: string;
  target: string;
}

/** A learned translation of one source word: the target word (folded surface form) and the link strength 0..1. */
export interface WordLink {
  target: string;
  weight: number;
}

export interface AlignOptions {
  /** EM iterations of Model 1. */
  iterations?: number;
  /** The least number of segments a source and target word must share. */
  minPairs?: number;
  /** The least link score (geometric mean of both directions' probabilities). */
  minScore?: number;
  /** At most this many targets per source word. */
  maxTargets?: number;
}

const DEFAULTS: Required<AlignOptions> = { iterations: 12, minPairs: 2, minScore: 0.12, maxTargets: 3 };

/** A content word of a segment: its stem (the key) and its folded surface form. */
interface Word {
  stem: string;
  surface: string;
}

/** The content words of `text` in `lang`: folded, without function words, one-letter tokens and bare numbers. */
export function contentWords(text: string, lang: Language): Word[] {
  const stops = stopwords(lang);
  const stem = stemmerFor(lang);
  return tokenize(foldText(text))
    .filter((t) => t.length >= 2 && !/^\d+$/.test(t) && !stops.has(t))
    .map((t) => ({ stem: stem(t), surface: t }));
}

/** Model 1 translation table t(target | source) over stem-id sequences; index `sourceCount` is NULL. */
function model1(pairs: ReadonlyArray<[Int32Array, Int32Array]>, sourceCount: number, iterations: number): Map<number, Map<number, number>> {
  const NULL = sourceCount;
  let table = new Map<number, Map<number, number>>();
  // Uniform start over the targets each source word ever meets.
  for (const [src, tgt] of pairs) {
    for (const s of [...src, NULL]) {
      let row = table.get(s);
      if (!row) table.set(s, (row = new Map()));
      for (const t of tgt) row.set(t, 1);
    }
  }
  for (const row of table.values()) for (const t of row.keys()) row.set(t, 1 / row.size);
  for (let round = 0; round < iterations; round++) {
    const counts = new Map<number, Map<number, number>>();
    for (const [src, tgt] of pairs) {
      const sources = [...src, NULL];
      for (const t of tgt) {
        let total = 0;
        for (const s of sources) total += table.get(s)!.get(t)!;
        for (const s of sources) {
          let row = counts.get(s);
          if (!row) counts.set(s, (row = new Map()));
          row.set(t, (row.get(t) ?? 0) + table.get(s)!.get(t)! / total);
        }
      }
    }
    for (const row of counts.values()) {
      let sum = 0;
      for (const c of row.values()) sum += c;
      for (const [t, c] of row) row.set(t, c / sum);
    }
    table = counts;
  }
  return table;
}

/** Interns strings to dense ids. */
class Vocabulary {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }
}

/**
 * Learns, for each content word stem of `sourceLang`, the `targetLang` words
 * it translates to in `pairs`. Returns source stem → links, strongest first.
 * The target is a folded surface form (the most frequent one of its stem), so
 * the engine analyzes it as that language's text and gets exactly the terms
 * a tile in that language has.
 */
export function learnLinks(pairs: readonly SegmentPair[], sourceLang: Language, targetLang: Language, options: AlignOptions = {}): Map<string, WordLink[]> {
  const { iterations, minPairs, minScore, maxTargets } = { ...DEFAULTS, ...options };
  const sources = new Vocabulary();
  const targets = new Vocabulary();
  /** target stem id → surface form → count */
  const surfaces = new Map<number, Map<string, number>>();
  const encoded: Array<[Int32Array, Int32Array]> = [];
  /** "s t" → number of segments holding both */
  const together = new Map<string, number>();
  for (const pair of pairs) {
    const src = [...new Set(contentWords(pair.source, sourceLang).map((w) => sources.id(w.stem)))];
    const tgtWords = contentWords(pair.target, targetLang);
    for (const w of tgtWords) {
      const id = targets.id(w.stem);
      let forms = surfaces.get(id);
      if (!forms) surfaces.set(id, (forms = new Map()));
      forms.set(w.surface, (forms.get(w.surface) ?? 0) + 1);
    }
    const tgt = [...new Set(tgtWords.map((w) => targets.id(w.stem)))];
    if (!src.length || !tgt.length) continue;
    encoded.push([Int32Array.from(src), Int32Array.from(tgt)]);
    for (const s of src) for (const t of tgt) together.set(`${s} ${t}`, (together.get(`${s} ${t}`) ?? 0) + 1);
  }
  const forward = model1(encoded, sources.names.length, iterations);
  const backward = model1(encoded.map(([s, t]) => [t, s]), targets.names.length, iterations);

  const links = new Map<string, WordLink[]>();
  for (const [s, row] of forward) {
    if (s === sources.names.length) continue;
    const found: WordLink[] = [];
    for (const [t, p] of row) {
      if ((together.get(`${s} ${t}`) ?? 0) < minPairs) continue;
      const score = Math.sqrt(p * (backward.get(t)?.get(s) ?? 0));
      if (score < minScore) continue;
      found.push({ target: mostFrequent(surfaces.get(t)!), weight: Math.round(score * 100) / 100 });
    }
    if (!found.length) continue;
    found.sort((a, b) => b.weight - a.weight || a.target.localeCompare(b.target));
    links.set(sources.names[s], found.slice(0, maxTargets));
  }
  return links;
}

function mostFrequent(counts: Map<string, number>): string {
  let best = '';
  let most = 0;
  for (const [form, n] of counts) if (n > most || (n === most && form < best)) [best, most] = [form, n];
  return best;
}

/** A translated text's parts that correspond one to one: the title, each body line, each example question. */
export interface ParallelText {
  title: string;
  body: string;
  examples: readonly string[];
}

/**
 * The aligned segments of two versions of one text: title with title, body
 * line with body line (translations keep the line structure: paragraphs and
 * list items), example with example; within a line, sentence with sentence
 * when both have as many. Versions whose line counts differ give only their
 * title and examples.
 */
export function alignSegments(source: ParallelText, target: ParallelText): SegmentPair[] {
  const pairs: SegmentPair[] = [{ source: source.title, target: target.title }];
  const lines = (body: string) => body.split('\n').map((l) => l.trim()).filter(Boolean);
  const [sourceLines, targetLines] = [lines(source.body), lines(target.body)];
  if (sourceLines.length === targetLines.length) {
    sourceLines.forEach((line, i) => {
      const [a, b] = [sentences(line), sentences(targetLines[i])];
      if (a.length > 1 && a.length === b.length) a.forEach((s, j) => pairs.push({ source: s, target: b[j] }));
      else pairs.push({ source: line, target: targetLines[i] });
    });
  }
  if (source.examples.length === target.examples.length) {
    source.examples.forEach((e, i) => pairs.push({ source: e, target: target.examples[i] }));
  }
  return pairs;
}

/** A line split after sentence-ending punctuation followed by a space. */
function sentences(line: string): string[] {
  return line.split(/(?<=[.!?;])\s+/u).map((s) => s.trim()).filter(Boolean);
}
