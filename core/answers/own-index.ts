import type { VisibleTile } from '../content/types.ts';
import { accumulateTokenTerms } from './analyzer.ts';
import { FIELDS, FIELD_NAMES, type Field, type FieldLengths, type IndexDoc } from './language-index.ts';

/**
 * One language's index of the tiles an entry point shows on its own (its
 * employer or housing layer, the municipality's tiles, library tiles under a
 * local addition), next to the shared library indexes. Unlike a library's
 * index it keeps each posting's per-field term counts and each doc's field
 * lengths, and normalizes at query time against the averages it is given
 * (the statistics basis's, see search-index.ts): so when only a library
 * changes, the engines rebuilt on it keep this index as it is.
 */

const K1 = 1.2;

/**
 * Per-field term accumulators, reused by every build (each is left all zero
 * after a doc): they grow to the highest term id, and allocating that per
 * build and language would cost more than the build.
 */
const accs = FIELD_NAMES.map(() => ({ values: new Float64Array(1024), touched: [] as number[] }));

/**
 * Field counts are stored in thousandths (Uint16): exact for the analyzer's
 * term weights (multiples of 0.001 in practice), and a term's count in one
 * field saturates long before 65.535. Half the memory of float32 counts,
 * which matters with one own index per entry point at national scale.
 */
const COUNT_SCALE = 1000;
const MAX_COUNT = 0xffff;

/** Scratch: global term id → local number during a build (grows to the highest term id). */
let localOf = new Int32Array(1024);

/**
 * Scratch columns of a build, reused by every build and grown when needed: at national scale thousands
 * of builds run, and allocating these per build left the process's memory fragmented (RSS well above
 * what the indexes hold).
 */
const scratch = {
  ids: new Int32Array(4096), rows: new Uint16Array(4096 * 4), sorted: new Int32Array(4096),
  local: new Int32Array(4096), counts: new Int32Array(4096), patterns: new Uint8Array(4096),
};

/** `array` if it holds `n` entries, else a bigger one of its kind (contents copied when `keep`). */
function atLeast<T extends Int32Array | Uint16Array | Uint8Array>(array: T, n: number, keep = false): T {
  if (array.length >= n) return array;
  const grown = new (array.constructor as new (n: number) => T)(Math.max(n, array.length * 2));
  if (keep) grown.set(array);
  return grown;
}

export class OwnLanguageIndex {
  /** doc → position in the own tile list */
  readonly docTile: Int32Array;
  /** Field lengths per doc: [title, examples, body] × docs. */
  private readonly lengths: Uint16Array;
  /** Sorted global term ids; a term's position is its local number. */
  private readonly terms: Int32Array;
  /** Term t's postings are postings[offsets[t] .. offsets[t+1]) (in units of one posting); 16 bits while they fit (a layer's few tiles). */
  private readonly offsets: Uint16Array | Int32Array;
  /**
   * Per posting, compact (a layer's usual few tiles): [doc, pattern] in bytes, the pattern's
   * [title, examples, body] counts in `palette`; otherwise [doc, title count, examples count, body count].
   * Counts in thousandths. Most postings share a handful of count patterns (a word once in the body, once in
   * the title...), so the compact form is a quarter of the wide one: at national scale these postings are
   * most of the memory of the own indexes (thousands of segments × 18 languages).
   */
  private readonly postings: Uint8Array | Uint16Array;
  /** Compact form: the count patterns, three per pattern; undefined: postings are wide. */
  private readonly palette?: Uint16Array;

  /** @param options.compact false: keep the wide posting form even where the compact one fits (to compare them) */
  constructor(docs: readonly IndexDoc[], options: { compact?: boolean } = {}) {
    if (docs.length > 0xffff) throw new RangeError('an own layer holds at most 65,535 documents');
    this.docTile = Int32Array.from(docs, (d) => d.tile);
    this.lengths = new Uint16Array(docs.length * 3);
    // Pass 1: (term, doc, counts) in doc order, into flat columns.
    let { ids, rows } = scratch;
    let length = 0;
    const [a0, a1, a2] = accs;
    for (let doc = 0; doc < docs.length; doc++) {
      const d = docs[doc];
      for (let fi = 0; fi < FIELD_NAMES.length; fi++) {
        const tokens = d.fields[FIELD_NAMES[fi]];
        this.lengths[doc * 3 + fi] = Math.min(MAX_COUNT, tokens.length);
        accumulateTokenTerms(tokens, d.lang, 1, accs[fi]);
      }
      for (const acc of accs) {
        for (const term of acc.touched) {
          const c0 = a0.values.length > term ? a0.values[term] : 0;
          const c1 = a1.values.length > term ? a1.values[term] : 0;
          const c2 = a2.values.length > term ? a2.values[term] : 0;
          if (c0 === 0 && c1 === 0 && c2 === 0) continue; // emitted already from another field's list
          if (length === ids.length) {
            scratch.ids = ids = atLeast(ids, length + 1, true);
            scratch.rows = rows = atLeast(rows, (length + 1) * 4, true);
          }
          ids[length] = term;
          const row = length++ * 4;
          rows[row] = doc;
          rows[row + 1] = scaled(c0);
          rows[row + 2] = scaled(c1);
          rows[row + 3] = scaled(c2);
          if (c0) a0.values[term] = 0;
          if (c1) a1.values[term] = 0;
          if (c2) a2.values[term] = 0;
        }
        acc.touched.length = 0;
      }
    }
    // Pass 2: number the terms by rank, counting-sort the rows by term (stable: docs stay in order).
    scratch.sorted = atLeast(scratch.sorted, length);
    const sorted = scratch.sorted.subarray(0, length);
    sorted.set(ids.subarray(0, length));
    sorted.sort();
    let distinct = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i];
    this.terms = sorted.slice(0, distinct);
    // Global term → local number through a scratch table (every entry read here is written first): no search per row.
    if (localOf.length <= sorted[distinct - 1]) localOf = new Int32Array(Math.max(sorted[distinct - 1] + 1, localOf.length * 2));
    for (let t = 0; t < distinct; t++) localOf[sorted[t]] = t;
    const local = (scratch.local = atLeast(scratch.local, length));
    for (let i = 0; i < length; i++) local[i] = localOf[ids[i]];
    const counts = (scratch.counts = atLeast(scratch.counts, distinct + 1)).subarray(0, distinct + 1);
    counts.fill(0);
    for (let i = 0; i < length; i++) counts[local[i] + 1]++;
    for (let t = 0; t < distinct; t++) counts[t + 1] += counts[t];
    this.offsets = length < 0xffff ? Uint16Array.from(counts) : Int32Array.from(counts);
    const patterns = docs.length <= 0x100 && options.compact !== false ? countPatterns(rows, length) : undefined;
    if (patterns) {
      this.palette = patterns.palette;
      const postings = new Uint8Array(length * 2);
      for (let i = 0; i < length; i++) {
        const to = counts[local[i]]++ * 2;
        postings[to] = rows[i * 4];
        postings[to + 1] = patterns.of[i];
      }
      this.postings = postings;
    } else {
      const postings = new Uint16Array(length * 4);
      for (let i = 0; i < length; i++) {
        const to = counts[local[i]]++ * 4;
        for (let k = 0; k < 4; k++) postings[to + k] = rows[i * 4 + k];
      }
      this.postings = postings;
    }
  }

  /** Whether the postings are in the compact form (count patterns). */
  get compact(): boolean {
    return this.palette !== undefined;
  }

  get size(): number {
    return this.docTile.length;
  }

  /** The docs' summed length of field `f` (for average lengths when no library is behind them). */
  totalLength(f: Field): number {
    const fi = FIELD_NAMES.indexOf(f);
    let sum = 0;
    for (let doc = 0; doc < this.size; doc++) sum += this.lengths[doc * 3 + fi];
    return sum;
  }

  /** Per doc and field, field weight / BM25F length norm against `avg`: what `addPostings` multiplies counts by. */
  factors(avg: FieldLengths): Float64Array {
    const out = new Float64Array(this.size * 3);
    for (let doc = 0; doc < this.size; doc++) {
      FIELD_NAMES.forEach((f, fi) => {
        const { weight, b } = FIELDS[f];
        out[doc * 3 + fi] = weight / (1 - b + (b * this.lengths[doc * 3 + fi]) / avg[f]);
      });
    }
    return out;
  }

  /** This index's number for a global term id, -1 when no doc has it. */
  termOf(term: number): number {
    let lo = 0;
    let hi = this.terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.terms[mid];
      if (v === term) return mid;
      if (v < term) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  dfOf(t: number): number {
    return t < 0 ? 0 : this.offsets[t + 1] - this.offsets[t];
  }

  containsAt(t: number, doc: number): boolean {
    if (t < 0) return false;
    const stride = this.palette ? 2 : 4;
    for (let i = this.offsets[t], end = this.offsets[t + 1]; i < end; i++) if (this.postings[i * stride] === doc) return true;
    return false;
  }

  /**
   * Adds `w × saturated tf` of local term `t`'s postings into `into` at
   * `target[doc]` (-1: skipped), tf from the counts and `factors`.
   * @returns whether any posting was added
   */
  addPostings(t: number, w: number, into: Float64Array, target: Int32Array, factors: Float64Array): boolean {
    let any = false;
    const p = this.postings;
    const palette = this.palette;
    if (palette) {
      for (let i = this.offsets[t] * 2, end = this.offsets[t + 1] * 2; i < end; i += 2) {
        const doc = p[i];
        const at = target[doc];
        if (at < 0) continue;
        const f = doc * 3;
        const c = p[i + 1] * 3;
        const tf = (palette[c] * factors[f] + palette[c + 1] * factors[f + 1] + palette[c + 2] * factors[f + 2]) / COUNT_SCALE;
        into[at] += w * ((tf * (K1 + 1)) / (tf + K1));
        any = true;
      }
      return any;
    }
    for (let i = this.offsets[t] * 4, end = this.offsets[t + 1] * 4; i < end; i += 4) {
      const doc = p[i];
      const at = target[doc];
      if (at < 0) continue;
      const f = doc * 3;
      const tf = (p[i + 1] * factors[f] + p[i + 2] * factors[f + 1] + p[i + 3] * factors[f + 2]) / COUNT_SCALE;
      into[at] += w * ((tf * (K1 + 1)) / (tf + K1));
      any = true;
    }
    return any;
  }
}

/**
 * The distinct [title, examples, body] count patterns of `length` rows ([doc, c0, c1, c2] each) and each
 * row's pattern number, or undefined when there are more than 256 (the postings then stay wide).
 */
function countPatterns(rows: Uint16Array, length: number): { palette: Uint16Array; of: Uint8Array } | undefined {
  const numbers = new Map<number, number>();
  const of = (scratch.patterns = atLeast(scratch.patterns, length));
  const palette: number[] = [];
  for (let i = 0; i < length; i++) {
    const r = i * 4;
    const key = rows[r + 1] * 0x100000000 + rows[r + 2] * 0x10000 + rows[r + 3];
    let n = numbers.get(key);
    if (n === undefined) {
      if (numbers.size === 0x100) return undefined;
      numbers.set(key, (n = numbers.size));
      palette.push(rows[r + 1], rows[r + 2], rows[r + 3]);
    }
    of[i] = n;
  }
  return { palette: Uint16Array.from(palette), of };
}

/** A field count in thousandths, capped. */
function scaled(count: number): number {
  return Math.min(MAX_COUNT, Math.round(count * COUNT_SCALE));
}

/** Whether two tiles read the same (id, source language and every language's title, body and examples): an own index built on one serves the other. */
export function sameText(a: VisibleTile, b: VisibleTile): boolean {
  if (a === b) return true;
  if (a.id !== b.id || a.sourceLang !== b.sourceLang) return false;
  const langs = Object.keys(a.content) as Array<keyof VisibleTile['content']>;
  if (langs.length !== Object.keys(b.content).length) return false;
  for (const lang of langs) {
    const x = a.content[lang];
    const y = b.content[lang];
    if (!x || !y || x.title !== y.title || x.body !== y.body || x.examples.length !== y.examples.length) return false;
    if (x.examples.some((e, i) => e !== y.examples[i])) return false;
  }
  return true;
}
