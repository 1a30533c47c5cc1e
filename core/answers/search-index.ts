import type { Language } from '../languages/index.ts';
import type { VisibleTile } from '../content/types.ts';
import { isLinkedConcept, isOffTopicConcept, termName } from './analyzer.ts';
import { FIELD_NAMES, LanguageIndex, idfOf, languageDocs, type FieldLengths } from './language-index.ts';
import type { OwnLanguageIndex } from './own-index.ts';
import { OwnSegment } from './own-segments.ts';
import type { LibraryIndex } from './library-index.ts';

/**
 * The BM25F search over the tiles one entry point shows, one view per
 * language (a tile without a translation is found there by its source text).
 * A query touches only the postings of its own terms in its own language: no
 * database access, no scan.
 *
 * At national scale the tiles come in layers: the shared libraries (national,
 * regional: one LibraryIndex each, built once per content version and shared
 * by every engine) and the entry point's own tiles in segments (own-index.ts:
 * its employer or housing layer, the municipality's tiles, library tiles it
 * changed with a local addition; a segment is shared by the engines showing
 * the same tiles, such as a municipality and the employer entry points in
 * it). The layers are merged per question: a library posting counts only
 * when the entry point shows that tile, and every posting lands at its
 * tile's place in the entry point's list, so ranking ties fall as in one index.
 *
 * Statistics rule (a tile scores the same everywhere): the entry point's
 * *statistics basis* is the largest library it shows (normally the national
 * one), hidden tiles included. Every term the basis has takes the basis's
 * IDF; a term only other layers have (a town's street, an employer's name)
 * takes the IDF of its document frequency in those layers against the
 * basis's N. Own tiles are length-normalized at query time against the
 * basis's average field lengths; a library against its own. A word counts
 * as "seen" (the confidence signals) only when a tile the entry point shows
 * has it. Without any library (an organization on its own) everything is one
 * index with its own statistics, exactly as before libraries were shared.
 */

export interface ScoredTile {
  /** Index into the engine's tile list. */
  tile: number;
  score: number;
}

/** A shared library as one entry point sees it. */
export interface LibraryLayer {
  index: LibraryIndex;
  /** Per library tile (LibraryIndex.tiles order): its position in the engine's tile list, -1 when not shown. */
  positions: Int32Array;
}

/** A group of the entry point's own tiles (own-index.ts), shared between engines showing the same tiles. */
export interface OwnLayer {
  segment: OwnSegment;
  /** Per segment tile: its position in the engine's tile list. */
  positions: Int32Array;
}

/** One own segment's sub-index in a language view. */
interface OwnView {
  index: OwnLanguageIndex;
  /** doc → engine tile position */
  target: Int32Array;
  /** The docs' field factors against the statistics' average lengths. */
  factors: Float64Array;
}

/** One language's view: the layers' sub-indexes and where their docs sit in the engine's tile list. */
interface LanguageView {
  /** Library sub-indexes, the statistics basis (when there is one) first. */
  libs: LanguageIndex[];
  /** Per library: doc → engine tile position, -1 when not shown. */
  libTargets: Int32Array[];
  /** The statistics basis (`libs[0]`), or undefined: the own tiles are then their own statistics. */
  basis?: LanguageIndex;
  own: OwnView[];
  /** N of the statistics. */
  n: number;
  /** Per engine tile: which layer holds its doc (library i, or libs.length + own segment j; -1: none in this language) and the doc there. */
  layerOf: Int16Array;
  docOf: Int32Array;
}

export class SearchIndex {
  private readonly byLanguage = new Map<Language, LanguageView>();
  /** Distinct words of the tiles' text per language (an index without libraries), until taken by `takeVocabulary`. */
  private vocabulary = new Map<Language, Set<string>>();
  /** The own segments, given and made here (tiles neither a library nor a given segment covers). */
  readonly segments: readonly OwnSegment[];
  /** On shared libraries: the languages offered, and how a language's view is made. */
  private readonly languages?: ReadonlySet<Language>;
  private readonly makeView?: (lang: Language) => LanguageView;

  /**
   * @param tiles the visible tiles, ranked
   * @param languages the languages to build views for (the organization's enabled ones)
   * @param libraries the shared libraries behind some of `tiles`; none: all of
   *   `tiles` form one index of their own statistics (an organization on its own)
   * @param own the shared own segments behind other tiles (with libraries only);
   *   tiles nothing covers are indexed in a segment of this index's own
   */
  constructor(readonly tiles: readonly VisibleTile[], languages: readonly Language[], libraries: readonly LibraryLayer[] = [], own: readonly OwnLayer[] = []) {
    if (libraries.length === 0) {
      // One index over everything, exactly as before libraries were shared.
      this.segments = [];
      for (const lang of languages) {
        const words = new Set<string>();
        const index = new LanguageIndex(languageDocs(tiles, lang, words));
        this.vocabulary.set(lang, words);
        this.byLanguage.set(lang, viewOf(tiles.length, [index], [index.docTile], []));
      }
      return;
    }
    const covered = new Uint8Array(tiles.length);
    for (const { positions } of [...libraries, ...own]) for (const at of positions) if (at >= 0) covered[at] = 1;
    const restAt = tiles.flatMap((_, at) => (covered[at] ? [] : [at]));
    const layers = restAt.length ? [...own, { segment: new OwnSegment('', restAt.map((at) => tiles[at])), positions: Int32Array.from(restAt) }] : own;
    this.segments = layers.map((l) => l.segment);
    const libraryIndexes = libraries.map((l) => l.index);
    // The own segments' words now (the detector must know them before the first question); their
    // indexes per language on first use (a few ms for a segment's tiles). A library's first
    // version now too (its words teach the detector); a later version's languages on first use, so a
    // library edit reaches hundreds of engines without building 18 languages first (its words from
    // before are in the detector's vocabulary already).
    for (const lang of languages) {
      for (const { index } of libraries) if (!index.hasPredecessor) index.language(lang);
      for (const { segment } of layers) segment.learnWords(lang, libraryIndexes);
    }
    this.languages = new Set(languages);
    this.makeView = (lang) => {
      const libs = libraries.map((l) => l.index.language(lang));
      const targets = libs.map((index, i) => Int32Array.from(index.docTile, (p) => libraries[i].positions[p]));
      const owns = layers.map(({ segment, positions }) => {
        const index = segment.language(lang, libraryIndexes);
        return { index, target: Int32Array.from(index.docTile, (d) => positions[d]) };
      });
      return viewOf(tiles.length, libs, targets, owns);
    };
  }

  /** The view of `lang`, made on first use (on shared libraries), or undefined for a language not offered. */
  private view(lang: Language): LanguageView | undefined {
    let view = this.byLanguage.get(lang);
    if (!view && this.makeView && this.languages?.has(lang)) this.byLanguage.set(lang, (view = this.makeView(lang)));
    return view;
  }

  /**
   * Makes the view of `lang` now (building the own segments' index there if no engine has yet), as the
   * first question in `lang` would: what AnswerService's idle preparation calls.
   * @returns whether there was anything to make
   */
  prepare(lang: Language): boolean {
    if (this.byLanguage.has(lang)) return false;
    return this.view(lang) !== undefined;
  }

  /** Hands over the distinct words per language of the tiles indexed here (the language detector learns them) and forgets them. */
  takeVocabulary(): Map<Language, Set<string>> {
    const words = this.vocabulary;
    this.vocabulary = new Map();
    return words;
  }

  hasLanguage(lang: Language): boolean {
    return this.byLanguage.has(lang) || (this.languages?.has(lang) ?? false);
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
    const view = this.view(lang);
    const result: SearchResult = { hits: [], queryIdf: 0, seenIdf: 0, matchedIdf: 0, concepts: 0, conceptsMatched: 0, conceptsUnseen: 0, conceptScore: 0, linkedUnseenIdf: 0, offTopicIdf: 0, maxIdf: 1 };
    if (!view) return result;
    const unseenIdf = Math.log(1 + (view.n + 0.5) / 0.5);
    result.maxIdf = unseenIdf;
    const scores = new Float64Array(this.tiles.length);
    /** The part of each tile's score that concept terms (`c:`) give (a confidence signal). */
    const conceptScores = new Float64Array(this.tiles.length);
    /** IDF of each query term some shown tile has (terms absent: no shown tile has them). */
    const seen = new Map<number, number>();
    for (const [term, qWeight] of terms) {
      const idf = statisticsIdf(view, term);
      if (idf === 0) continue;
      const w = qWeight * idf;
      const concept = termName(term).startsWith('c:');
      let shown = false;
      for (let layer = 0; layer < view.libs.length; layer++) {
        const t = view.libs[layer].termOf(term);
        if (t >= 0 && view.libs[layer].addPostings(t, w, scores, view.libTargets[layer])) shown = true;
        if (t >= 0 && concept) view.libs[layer].addPostings(t, w, conceptScores, view.libTargets[layer]);
      }
      for (const own of view.own) {
        const t = own.index.termOf(term);
        if (t >= 0 && own.index.addPostings(t, w, scores, own.target, own.factors)) shown = true;
        if (t >= 0 && concept) own.index.addPostings(t, w, conceptScores, own.target, own.factors);
      }
      if (shown) seen.set(term, idf);
    }
    // Top `limit` by insertion into a short sorted list: no per-tile objects, no full sort.
    const top: number[] = [];
    for (let at = 0; at < scores.length; at++) {
      const score = scores[at];
      if (score <= 0 || (top.length === limit && score <= scores[top[limit - 1]])) continue;
      let i = top.length < limit ? top.length : limit - 1;
      while (i > 0 && scores[top[i - 1]] < score) {
        if (i < limit) top[i] = top[i - 1];
        i--;
      }
      top[i] = at;
    }
    result.hits = top.map((at) => ({ tile: at, score: scores[at] }));
    const best = top.length ? top[0] : -1;
    if (best >= 0) result.conceptScore = conceptScores[best];

    // How much of the question the shown tiles and the best tile account for.
    // Words no shown tile has are the most specific words of all ("visa",
    // "iphone"): they count with the highest IDF, so a question about
    // something the library does not cover cannot reach a high confidence on
    // its other words.
    for (const [term, weight] of options.normTerms ?? terms) {
      const idf = seen.get(term) ?? (terms.has(term) ? 0 : shownIdf(view, term));
      result.queryIdf += weight * (idf || unseenIdf);
      result.seenIdf += weight * idf;
      const isConcept = termName(term).startsWith('c:');
      if (isConcept) result.concepts++;
      if (isConcept && idf === 0) {
        result.conceptsUnseen++;
        if (isLinkedConcept(term)) result.linkedUnseenIdf += weight * unseenIdf;
      }
      const inBest = best >= 0 && idf > 0 && bestContains(view, term, best);
      if (inBest) {
        result.matchedIdf += weight * idf;
        if (isConcept) result.conceptsMatched++;
      }
      if (isConcept && !inBest && isOffTopicConcept(term)) result.offTopicIdf += weight * (idf || unseenIdf);
    }
    return result;
  }
}

/** A language view over library sub-indexes (the largest becomes the statistics basis) and own segments. */
function viewOf(
  tileCount: number,
  libraryIndexes: readonly LanguageIndex[],
  libraryTargets: readonly Int32Array[],
  owns: ReadonlyArray<{ index: OwnLanguageIndex; target: Int32Array }>,
): LanguageView {
  const basisAt = largest(libraryIndexes);
  const order = basisAt < 0 ? [...libraryIndexes.keys()] : [basisAt, ...[...libraryIndexes.keys()].filter((i) => i !== basisAt)];
  const libs = order.map((i) => libraryIndexes[i]);
  const libTargets = order.map((i) => libraryTargets[i]);
  const basis = basisAt < 0 ? undefined : libs[0];
  const avg = basis?.avg ?? ownAverages(owns.map((o) => o.index));
  const layerOf = new Int16Array(tileCount).fill(-1);
  const docOf = new Int32Array(tileCount).fill(-1);
  const place = (target: Int32Array, layer: number) => target.forEach((at, doc) => {
    if (at >= 0) {
      layerOf[at] = layer;
      docOf[at] = doc;
    }
  });
  libTargets.forEach(place);
  owns.forEach((o, j) => place(o.target, libs.length + j));
  return {
    libs, libTargets, basis,
    own: owns.map((o) => ({ ...o, factors: o.index.factors(avg) })),
    n: basis ? basis.size : owns.reduce((sum, o) => sum + o.index.size, 0),
    layerOf, docOf,
  };
}

/** The average field lengths over own segments' docs (at least 1): the statistics when no library has docs. */
function ownAverages(indexes: readonly OwnLanguageIndex[]): FieldLengths {
  const avg = {} as FieldLengths;
  const docs = indexes.reduce((sum, i) => sum + i.size, 0);
  for (const f of FIELD_NAMES) avg[f] = Math.max(1, indexes.reduce((sum, i) => sum + i.totalLength(f), 0) / Math.max(1, docs));
  return avg;
}

/** Position of the library sub-index with the most docs, -1 when none has any. */
function largest(indexes: readonly LanguageIndex[]): number {
  let best = -1;
  indexes.forEach((index, i) => {
    if (index.size > 0 && (best < 0 || index.size > indexes[best].size)) best = i;
  });
  return best;
}

/**
 * A term's IDF under the statistics rule (see the module comment): the
 * basis's when it has the term; else from the document frequency in the
 * other layers against the basis's N (kept ≥ the IDF of a term in every
 * doc, so a small basis never makes a word worthless); 0 when no layer has it.
 */
function statisticsIdf(view: LanguageView, term: number): number {
  let df = 0;
  if (view.basis) {
    const t = view.basis.termOf(term);
    if (t >= 0) return view.basis.idfAt(t);
    for (let layer = 1; layer < view.libs.length; layer++) df += view.libs[layer].dfOf(view.libs[layer].termOf(term));
  }
  for (const own of view.own) df += own.index.dfOf(own.index.termOf(term));
  if (df === 0) return 0;
  return Math.fround(df >= view.n ? idfOf(df, df) : idfOf(view.n, df));
}

/** The statistics IDF of `term` when a tile the entry point shows has it, else 0. */
function shownIdf(view: LanguageView, term: number): number {
  const idf = statisticsIdf(view, term);
  if (idf === 0) return 0;
  for (let at = 0; at < view.layerOf.length; at++) if (bestContains(view, term, at)) return idf;
  return 0;
}

/** Whether the tile at engine position `at` has `term` in this language. */
function bestContains(view: LanguageView, term: number, at: number): boolean {
  const layer = view.layerOf[at];
  if (layer < 0) return false;
  if (layer >= view.libs.length) {
    const own = view.own[layer - view.libs.length].index;
    return own.containsAt(own.termOf(term), view.docOf[at]);
  }
  const index = view.libs[layer];
  return index.containsAt(index.termOf(term), view.docOf[at]);
}

/** Best tiles for a question, and how much of the question they account for. */
export interface SearchResult {
  hits: ScoredTile[];
  /** Information content of the question: Σ weight × IDF, unseen terms at the highest IDF. */
  queryIdf: number;
  /** The part of queryIdf from terms some shown tile has. */
  seenIdf: number;
  /** The part of queryIdf from terms the best tile has. */
  matchedIdf: number;
  /** Domain concepts in the question, and how many of them the best tile has. */
  concepts: number;
  conceptsMatched: number;
  /** Domain concepts in the question that no shown tile has (the question is about something the library may lack). */
  conceptsUnseen: number;
  /** The part of the best tile's score that concept terms give (the rest: words and prefixes). */
  conceptScore: number;
  /**
   * The part of queryIdf from situation concepts no shown tile has but that lead to others
   * (lexicon links: "back pain" → doctor): the links carry their meaning, so they are no sign of an unknown topic.
   */
  linkedUnseenIdf: number;
  /**
   * The part of queryIdf from everyday topics a migrant-information library rarely covers (car, loan,
   * visa: lexicon theme other-topics) that the best tile does not have.
   */
  offTopicIdf: number;
  /** The highest IDF possible in this index (grows with the number of tiles in the statistics); scales scores between libraries. */
  maxIdf: number;
}
