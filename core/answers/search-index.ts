import type { Language } from '../languages/index.ts';
import type { TileContent, VisibleTile } from '../content/types.ts';
import { accumulateTokenTerms, termCount, termName } from './analyzer.ts';
import { foldText, tokenize } from './normalize.ts';

/**
 * An in-memory BM25F index over the tiles an organization shows, one
 * sub-index per language (a tile without a translation is indexed there by its
 * source text). Built once per content version; a query touches only the
 * postings of its own terms in its own language: no database access, no scan.
 */

/** Field weights and length-normalization strengths (BM25F). */
const FIELDS = {
  title: { weight: 2, b: 0.3 },
  examples: { weight: 2.5, b: 0.5 },
  body: { weight: 1, b: 0.75 },
} as const;
type Field = keyof typeof FIELDS;
const FIELD_NAMES = Object.keys(FIELDS) as Field[];
const K1 = 1.2;

export interface ScoredTile {
  /** Index into the engine's tile list. */
  tile: number;
  score: number;
}

/** A growable Int32/Float32 pair of columns, so building does not allocate per entry. */
class Columns {
  ids = new Int32Array(1 << 16);
  values = new Float32Array(1 << 16);
  length = 0;

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

/**
 * One language's inverted index in compressed-sparse-row form: the postings of
 * term t are docs[offsets[t] .. offsets[t+1]] with their weights (field-
 * weighted, length-normalized, BM25-saturated term frequency). Term ids are
 * process-wide (see analyzer.ts); each index renumbers the ones it uses.
 */
class LanguageIndex {
  /** doc → tile index */
  readonly docTile: Int32Array;
  private readonly offsets: Int32Array;
  private readonly docs: Int32Array;
  private readonly weights: Float32Array;
  private readonly idf: Float32Array;
  /** global term id → this index's dense term number */
  private readonly localTerm = new Map<number, number>();

  constructor(docs: Array<{ tile: number; lang: Language; fields: Record<Field, string[]> }>) {
    const avg = {} as Record<Field, number>;
    for (const f of FIELD_NAMES) {
      avg[f] = Math.max(1, docs.reduce((sum, d) => sum + d.fields[f].length, 0) / Math.max(1, docs.length));
    }
    this.docTile = Int32Array.from(docs, (d) => d.tile);

    // Pass 1: (term, weight) per doc, in doc order, into flat columns.
    const entries = new Columns();
    const docEnds = new Int32Array(docs.length);
    const acc = { values: new Float64Array(1024), touched: [] as number[] };
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

    // Pass 2: renumber the terms this language uses densely (global term ids
    // span every language), then counting-sort the entries by term.
    const localOf = new Int32Array(termCount()).fill(-1);
    let terms = 0;
    for (let i = 0; i < entries.length; i++) {
      const global = entries.ids[i];
      if (localOf[global] === -1) {
        localOf[global] = terms++;
        this.localTerm.set(global, localOf[global]);
      }
      entries.ids[i] = localOf[global];
    }
    const counts = new Int32Array(terms + 1);
    for (let i = 0; i < entries.length; i++) counts[entries.ids[i] + 1]++;
    for (let t = 0; t < terms; t++) counts[t + 1] += counts[t];
    this.offsets = counts.slice();
    this.docs = new Int32Array(entries.length);
    this.weights = new Float32Array(entries.length);
    const fill = counts;
    let doc = 0;
    for (let i = 0; i < entries.length; i++) {
      while (i >= docEnds[doc]) doc++;
      const slot = fill[entries.ids[i]]++;
      this.docs[slot] = doc;
      this.weights[slot] = entries.values[i];
    }
    const n = docs.length;
    this.idf = new Float32Array(terms);
    for (let t = 0; t < terms; t++) {
      const df = this.offsets[t + 1] - this.offsets[t];
      this.idf[t] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }
  }

  /** IDF a term would have if no document had it. */
  get unseenIdf(): number {
    return Math.log(1 + (this.docTile.length + 0.5) / 0.5);
  }

  get size(): number {
    return this.docTile.length;
  }

  /** Inverse document frequency of `term` here; 0 for terms no tile has. */
  idfOf(term: number): number {
    const local = this.localTerm.get(term);
    return local === undefined ? 0 : this.idf[local];
  }

  /** True when `doc` contains `term` (binary search in the term's postings, which are in doc order). */
  contains(term: number, doc: number): boolean {
    const local = this.localTerm.get(term);
    if (local === undefined) return false;
    let lo = this.offsets[local];
    let hi = this.offsets[local + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const d = this.docs[mid];
      if (d === doc) return true;
      if (d < doc) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** BM25F scores for every doc (dense array, most zero). */
  score(query: Map<number, number>, into: Float64Array): void {
    for (const [term, qWeight] of query) {
      const local = this.localTerm.get(term);
      if (local === undefined) continue;
      const w = qWeight * this.idf[local];
      for (let i = this.offsets[local], end = this.offsets[local + 1]; i < end; i++) {
        into[this.docs[i]] += w * this.weights[i];
      }
    }
  }
}

function contentTokens(content: TileContent): Record<Field, string[]> {
  return {
    title: tokenize(foldText(content.title)),
    examples: tokenize(foldText(content.examples.join('\n'))),
    body: tokenize(foldText(content.body)),
  };
}

export class SearchIndex {
  private readonly byLanguage = new Map<Language, LanguageIndex>();

  /**
   * @param tiles the visible tiles
   * @param languages the languages to build sub-indexes for (the organization's enabled ones)
   */
  /** Distinct words of the tiles' own text per language, until taken by `takeVocabulary`. */
  private vocabulary = new Map<Language, Set<string>>();

  constructor(readonly tiles: readonly VisibleTile[], languages: readonly Language[]) {
    // One language at a time, so only one language's tokens are alive at once
    // (peak memory, not just the final index, decides what a server needs).
    // A tile without its own version in a language is indexed there by its
    // source text.
    for (const lang of languages) {
      const words = new Set<string>();
      const docs = tiles.flatMap((tile, i) => {
        const own = tile.content[lang];
        const content = own ?? tile.content[tile.sourceLang];
        if (!content) return [];
        const fields = contentTokens(content);
        if (own) for (const f of FIELD_NAMES) for (const w of fields[f]) words.add(w);
        return [{ tile: i, lang: own ? lang : tile.sourceLang, fields }];
      });
      this.vocabulary.set(lang, words);
      this.byLanguage.set(lang, new LanguageIndex(docs));
    }
  }

  /** Hands over the distinct words per language (the language detector learns them) and forgets them. */
  takeVocabulary(): Map<Language, Set<string>> {
    const words = this.vocabulary;
    this.vocabulary = new Map();
    return words;
  }

  hasLanguage(lang: Language): boolean {
    return this.byLanguage.has(lang);
  }

  /**
   * Scores tiles for analyzed query terms in `lang`; returns the `limit` best
   * with their raw BM25F score, plus the query's information content (the
   * IDF of its terms, unseen terms counting as the rarest), used to calibrate
   * confidence. `normTerms` replaces `terms` in that sum when the query holds
   * alternative spellings of the same words (romanized text).
   */
  search(
    terms: Map<number, number>,
    lang: Language,
    options: { limit?: number; normTerms?: Map<number, number> } = {},
  ): SearchResult {
    const limit = options.limit ?? 5;
    const index = this.byLanguage.get(lang);
    const result: SearchResult = { hits: [], queryIdf: 0, seenIdf: 0, matchedIdf: 0, concepts: 0, conceptsMatched: 0, maxIdf: 1 };
    if (!index) return result;
    result.maxIdf = index.unseenIdf;
    const scores = new Float64Array(index.size);
    index.score(terms, scores);
    // Top `limit` by insertion into a short sorted list: no per-doc objects, no full sort.
    const top: number[] = [];
    for (let doc = 0; doc < scores.length; doc++) {
      const score = scores[doc];
      if (score <= 0 || (top.length === limit && score <= scores[top[limit - 1]])) continue;
      let at = top.length < limit ? top.length : limit - 1;
      while (at > 0 && scores[top[at - 1]] < score) {
        if (at < limit) top[at] = top[at - 1];
        at--;
      }
      top[at] = doc;
    }
    result.hits = top.map((doc) => ({ tile: index.docTile[doc], score: scores[doc] }));
    const bestDoc = top.length ? top[0] : -1;

    // How much of the question the library and the best tile account for.
    // Words no tile has are the most specific words of all ("visa", "iphone"):
    // they count with the highest IDF, so a question about something the
    // library does not cover cannot reach a high confidence on its other words.
    for (const [term, weight] of options.normTerms ?? terms) {
      const idf = index.idfOf(term);
      result.queryIdf += weight * (idf || index.unseenIdf);
      result.seenIdf += weight * idf;
      const isConcept = termName(term).startsWith('c:');
      if (isConcept) result.concepts++;
      if (bestDoc >= 0 && idf > 0 && index.contains(term, bestDoc)) {
        result.matchedIdf += weight * idf;
        if (isConcept) result.conceptsMatched++;
      }
    }
    return result;
  }
}

/** Best tiles for a question, and how much of the question they account for. */
export interface SearchResult {
  hits: ScoredTile[];
  /** Information content of the question: Σ weight × IDF, unseen terms at the highest IDF. */
  queryIdf: number;
  /** The part of queryIdf from terms some tile has. */
  seenIdf: number;
  /** The part of queryIdf from terms the best tile has. */
  matchedIdf: number;
  /** Domain concepts in the question, and how many of them the best tile has. */
  concepts: number;
  conceptsMatched: number;
  /** The highest IDF possible in this index (grows with the number of tiles); scales scores between libraries. */
  maxIdf: number;
}
