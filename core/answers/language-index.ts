import type { Language } from '../languages/index.ts';
import type { TileContent, VisibleTile } from '../content/types.ts';
import { accumulateTokenTerms } from './analyzer.ts';
import { foldText, tokenize } from './normalize.ts';

/**
 * One language's BM25F inverted index over a list of tiles: the building
 * block of both the shared library indexes (library-index.ts) and the small
 * per-entry-point index of its own tiles (search-index.ts).
 */

/** Field weights and length-normalization strengths (BM25F). */
export const FIELDS = {
  title: { weight: 2, b: 0.3 },
  examples: { weight: 2.5, b: 0.5 },
  body: { weight: 1, b: 0.75 },
} as const;
export type Field = keyof typeof FIELDS;
export const FIELD_NAMES = Object.keys(FIELDS) as Field[];
const K1 = 1.2;

/** The term accumulator, reused by every build (left all zero after each doc): it grows to the highest term id. */
const acc = { values: new Float64Array(1024), touched: [] as number[] };

/** Average token count per field: what BM25F normalizes a tile's field lengths against. */
export type FieldLengths = Record<Field, number>;

/** A tile's text in one language, tokenized per field, and the language it is written in. */
export interface IndexDoc {
  /** The tile's position in the caller's tile list. */
  tile: number;
  lang: Language;
  fields: Record<Field, string[]>;
}

/** BM25 inverse document frequency of a term in `df` of `n` documents. */
export function idfOf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

function contentTokens(content: TileContent): Record<Field, string[]> {
  return {
    title: tokenize(foldText(content.title)),
    examples: tokenize(foldText(content.examples.join('\n'))),
    body: tokenize(foldText(content.body)),
  };
}

/**
 * The documents of `tiles` in `lang`: a tile without its own version there is
 * indexed by its source text. `words` receives the distinct words of the
 * tiles' own text in `lang` (the language detector learns them).
 */
export function languageDocs(tiles: readonly VisibleTile[], lang: Language, words?: Set<string>): IndexDoc[] {
  return tiles.flatMap((tile, i) => {
    const own = tile.content[lang];
    const content = own ?? tile.content[tile.sourceLang];
    if (!content) return [];
    const fields = contentTokens(content);
    if (own && words) for (const f of FIELD_NAMES) for (const w of fields[f]) words.add(w);
    return [{ tile: i, lang: own ? lang : tile.sourceLang, fields }];
  });
}

/** The average field lengths of `docs` (at least 1). */
export function averageLengths(docs: readonly IndexDoc[]): FieldLengths {
  const avg = {} as FieldLengths;
  for (const f of FIELD_NAMES) {
    avg[f] = Math.max(1, docs.reduce((sum, d) => sum + d.fields[f].length, 0) / Math.max(1, docs.length));
  }
  return avg;
}

/** A growable Int32/Float32 pair of columns, so building does not allocate per entry. */
class Columns {
  ids: Int32Array;
  values: Float32Array;
  length = 0;

  constructor(capacity: number) {
    this.ids = new Int32Array(capacity);
    this.values = new Float32Array(capacity);
  }

  push(id: number, value: number): void {
    if (this.length === this.ids.length) {
      const ids = new Int32Array(this.ids.length * 2);
      ids.set(this.ids);
      this.ids = ids;
      const values = new Float32Array(this.values.length * 2);
      values.set(this.values);
      this.values = values;
    }
    this.ids[this.length] = id;
    this.values[this.length++] = value;
  }
}

/** Index of `value` in the sorted `sorted`, or -1. */
function findSorted(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid];
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * One language's inverted index in compressed-sparse-row form: the postings of
 * term t are docs[offsets[t] .. offsets[t+1]] with their weights (field-
 * weighted, length-normalized, BM25-saturated term frequency). Term ids are
 * process-wide (see analyzer.ts); each index numbers the ones it uses by
 * their rank in a sorted array (no per-term map: thousands of small indexes
 * live side by side at national scale).
 */
export class LanguageIndex {
  /** doc → tile index */
  readonly docTile: Int32Array;
  /** The field lengths the postings were normalized against. */
  readonly avg: FieldLengths;
  /** Sorted global term ids; a term's position is its local number. */
  private readonly terms: Int32Array;
  private readonly offsets: Int32Array;
  private readonly docs: Int32Array;
  private readonly weights: Float32Array;
  private readonly idf: Float32Array;

  /**
   * @param avg the field lengths to normalize against; default the docs' own
   *   averages (a library), a small layer passes its statistics basis's.
   */
  constructor(docs: readonly IndexDoc[], avg: FieldLengths = averageLengths(docs)) {
    this.avg = avg;
    this.docTile = Int32Array.from(docs, (d) => d.tile);

    // Pass 1: (term, weight) per doc, in doc order, into flat columns.
    const entries = new Columns(docs.length > 64 ? 1 << 16 : 1 << 12);
    const docEnds = new Int32Array(docs.length);
    docs.forEach((d, doc) => {
      for (const f of FIELD_NAMES) {
        const { weight, b } = FIELDS[f];
        const norm = 1 - b + (b * d.fields[f].length) / avg[f];
        accumulateTokenTerms(d.fields[f], d.lang, weight / norm, acc);
      }
      for (const term of acc.touched) {
        const tf = acc.values[term];
        acc.values[term] = 0;
        entries.push(term, (tf * (K1 + 1)) / (tf + K1));
      }
      acc.touched.length = 0;
      docEnds[doc] = entries.length;
    });

    // Pass 2: number the terms by rank among the distinct ones used, then
    // counting-sort the entries by term (stable: postings stay in doc order).
    const sorted = entries.ids.slice(0, entries.length).sort();
    let distinct = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i];
    this.terms = sorted.slice(0, distinct);
    const terms = distinct;
    const local = new Int32Array(entries.length);
    for (let i = 0; i < entries.length; i++) local[i] = findSorted(this.terms, entries.ids[i]);
    const counts = new Int32Array(terms + 1);
    for (let i = 0; i < entries.length; i++) counts[local[i] + 1]++;
    for (let t = 0; t < terms; t++) counts[t + 1] += counts[t];
    this.offsets = counts.slice();
    this.docs = new Int32Array(entries.length);
    this.weights = new Float32Array(entries.length);
    const fill = counts;
    let doc = 0;
    for (let i = 0; i < entries.length; i++) {
      while (i >= docEnds[doc]) doc++;
      const slot = fill[local[i]]++;
      this.docs[slot] = doc;
      this.weights[slot] = entries.values[i];
    }
    const n = docs.length;
    this.idf = new Float32Array(terms);
    for (let t = 0; t < terms; t++) this.idf[t] = idfOf(n, this.offsets[t + 1] - this.offsets[t]);
  }

  /** IDF a term would have if no document had it. */
  get unseenIdf(): number {
    return Math.log(1 + (this.docTile.length + 0.5) / 0.5);
  }

  get size(): number {
    return this.docTile.length;
  }

  /** This index's number for a global term id, -1 when no doc has it. */
  termOf(term: number): number {
    return findSorted(this.terms, term);
  }

  /** Documents containing local term `t`. */
  dfOf(t: number): number {
    return t < 0 ? 0 : this.offsets[t + 1] - this.offsets[t];
  }

  /** Inverse document frequency of local term `t` among this index's docs (stored as float32); 0 for -1. */
  idfAt(t: number): number {
    return t < 0 ? 0 : this.idf[t];
  }

  /** Inverse document frequency of `term` here; 0 for terms no tile has. */
  idfOfTerm(term: number): number {
    return this.idfAt(this.termOf(term));
  }

  /** True when `doc` contains local term `t` (binary search in the term's postings, which are in doc order). */
  containsAt(t: number, doc: number): boolean {
    if (t < 0) return false;
    let lo = this.offsets[t];
    let hi = this.offsets[t + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const d = this.docs[mid];
      if (d === doc) return true;
      if (d < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /**
   * Adds `w × weight` of local term `t`'s postings into `into`, at the
   * position `target[doc]` names (skipping docs it maps to -1: tiles this
   * entry point does not show), or at the doc itself without `target`.
   * @returns whether any posting was added
   */
  addPostings(t: number, w: number, into: Float64Array, target?: Int32Array): boolean {
    let any = false;
    for (let i = this.offsets[t], end = this.offsets[t + 1]; i < end; i++) {
      const at = target ? target[this.docs[i]] : this.docs[i];
      if (at < 0) continue;
      into[at] += w * this.weights[i];
      any = true;
    }
    return any;
  }
}
