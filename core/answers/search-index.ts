import type { Language } from '../languages/index.ts';
import type { TileContent, VisibleTile } from '../content/types.ts';
import { analyze, type AnalyzedText } from './analyzer.ts';

/**
 * An in-memory BM25F index over the tiles an organization shows, one
 * sub-index per language (a tile without a translation is indexed there by its
 * source text). Built once per content version; a query touches only the
 * postings of its own terms in its own language: no database access, no scan.
 */

/** Field weights and length-normalization strengths (BM25F). */
const FIELDS = {
  title: { weight: 3, b: 0.3 },
  examples: { weight: 2.5, b: 0.5 },
  body: { weight: 1, b: 0.75 },
} as const;
type Field = keyof typeof FIELDS;
const K1 = 1.2;

export interface ScoredTile {
  /** Index into the engine's tile list. */
  tile: number;
  score: number;
}

interface Posting {
  doc: number;
  /** Field-weighted, length-normalized term frequency. */
  tf: number;
}

class LanguageIndex {
  /** doc → tile index */
  readonly docTile: number[] = [];
  private readonly postings = new Map<string, Posting[]>();
  private readonly idf = new Map<string, number>();

  constructor(docs: Array<{ tile: number; fields: Record<Field, AnalyzedText> }>) {
    const avg = {} as Record<Field, number>;
    for (const f of Object.keys(FIELDS) as Field[]) {
      avg[f] = Math.max(1, docs.reduce((sum, d) => sum + d.fields[f].length, 0) / Math.max(1, docs.length));
    }
    docs.forEach((d, doc) => {
      this.docTile.push(d.tile);
      const combined = new Map<string, number>();
      for (const f of Object.keys(FIELDS) as Field[]) {
        const { weight, b } = FIELDS[f];
        const norm = 1 - b + (b * d.fields[f].length) / avg[f];
        for (const [term, tf] of d.fields[f].terms) {
          combined.set(term, (combined.get(term) ?? 0) + (weight * tf) / norm);
        }
      }
      for (const [term, tf] of combined) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = []));
        list.push({ doc, tf });
      }
    });
    const n = docs.length;
    for (const [term, list] of this.postings) {
      this.idf.set(term, Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5)));
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
  idfOf(term: string): number {
    return this.idf.get(term) ?? 0;
  }

  /** BM25F scores for every doc (dense array, most zero). */
  score(query: Map<string, number>, into: Float64Array): void {
    for (const [term, qWeight] of query) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf.get(term)!;
      for (const { doc, tf } of list) into[doc] += qWeight * idf * ((tf * (K1 + 1)) / (tf + K1));
    }
  }
}

function analyzeContent(content: TileContent, lang: Language): Record<Field, AnalyzedText> {
  return {
    title: analyze(content.title, lang),
    examples: analyze(content.examples.join('\n'), lang),
    body: analyze(content.body, lang),
  };
}

export class SearchIndex {
  private readonly byLanguage = new Map<Language, LanguageIndex>();

  /**
   * @param tiles the visible tiles
   * @param languages the languages to build sub-indexes for (the organization's enabled ones)
   */
  constructor(readonly tiles: readonly VisibleTile[], languages: readonly Language[]) {
    for (const lang of languages) {
      const docs = tiles.flatMap((tile, i) => {
        const own = tile.content[lang];
        const content = own ?? tile.content[tile.sourceLang];
        if (!content) return [];
        return [{ tile: i, fields: analyzeContent(content, own ? lang : tile.sourceLang) }];
      });
      this.byLanguage.set(lang, new LanguageIndex(docs));
    }
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
    terms: Map<string, number>,
    lang: Language,
    options: { limit?: number; normTerms?: Map<string, number> } = {},
  ): { hits: ScoredTile[]; queryIdf: number } {
    const limit = options.limit ?? 5;
    const index = this.byLanguage.get(lang);
    if (!index) return { hits: [], queryIdf: 0 };
    const scores = new Float64Array(index.size);
    index.score(terms, scores);
    // Words no tile has are the most specific words of all ("visa", "iphone"):
    // they count with the highest IDF, so a question about something the
    // library does not cover cannot reach a high confidence on its other words.
    let queryIdf = 0;
    for (const [term, weight] of options.normTerms ?? terms) queryIdf += weight * (index.idfOf(term) || index.unseenIdf);
    const hits: ScoredTile[] = [];
    for (let doc = 0; doc < scores.length; doc++) {
      if (scores[doc] > 0) hits.push({ tile: index.docTile[doc], score: scores[doc] });
    }
    hits.sort((a, b) => b.score - a.score);
    return { hits: hits.slice(0, limit), queryIdf };
  }
}
