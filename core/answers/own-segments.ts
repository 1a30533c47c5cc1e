import type { VisibleTile } from '../content/types.ts';
import type { Language } from '../languages/index.ts';
import { SharedVocabulary } from './language-detect.ts';
import { languageDocs } from './language-index.ts';
import { foldText, tokenize } from './normalize.ts';
import type { LibraryIndex } from './library-index.ts';
import { OwnLanguageIndex, sameText } from './own-index.ts';

/**
 * A group of an entry point's own tiles (one layer: an employer's tiles, a
 * municipality's own tiles, or the library tiles it changed with local
 * additions) indexed per language, shared by every engine that shows the
 * same tiles with the same text on the same libraries (a municipality and
 * the employer entry points in it). Its words reach the language detector
 * when an engine showing it is built; a language's index on first use.
 */
export class OwnSegment {
  private readonly byLanguage = new Map<Language, OwnLanguageIndex>();
  /** The words of the tiles' own text that none of the libraries has, for the language detector of every engine showing the segment. */
  readonly vocabulary = new SharedVocabulary();
  /** The languages whose words the vocabulary has (learned when an engine showing the segment is built). */
  private readonly learned = new Set<Language>();

  constructor(readonly key: string, readonly tiles: readonly VisibleTile[]) {}

  /**
   * Teaches the vocabulary the words of the tiles' own text in `lang` that no library has (once per language).
   * Eager, unlike the index: the language detector must know a municipality's words before its first question.
   * @param libraries the libraries of the engine asking (the same ids for every engine sharing the
   *   segment): words they have need no learning by the detector (their vocabularies only grow)
   */
  learnWords(lang: Language, libraries: readonly LibraryIndex[]): void {
    if (this.learned.has(lang)) return;
    this.learned.add(lang);
    const words = new Set<string>();
    for (const tile of this.tiles) {
      const content = tile.content[lang];
      if (content) for (const text of [content.title, content.examples.join('\n'), content.body]) for (const word of tokenize(foldText(text))) words.add(word);
    }
    const known = libraries.map((l) => l.wordsOf(lang));
    const novel: string[] = [];
    for (const word of words) if (!known.some((set) => set?.has(word))) novel.push(word);
    this.vocabulary.addTokens(lang, novel);
  }

  /**
   * The sub-index of `lang`, built on the first question in that language at an entry point showing the
   * segment: at national scale most of a municipality's 18 languages are rarely asked, and building them
   * all up front was most of the time and memory of making the engines (a 17-tile language takes a few ms).
   */
  language(lang: Language, libraries: readonly LibraryIndex[]): OwnLanguageIndex {
    let index = this.byLanguage.get(lang);
    if (!index) {
      this.learnWords(lang, libraries);
      index = new OwnLanguageIndex(languageDocs(this.tiles, lang));
      this.byLanguage.set(lang, index);
    }
    return index;
  }
}

/** The own segments in use in one process, counted by the engines that hold them (like LibraryIndexes). */
export class OwnSegments {
  /** By library ids and tile ids: the segments held (usually one; more when the same tiles read differently somewhere). */
  private readonly entries = new Map<string, Array<{ segment: OwnSegment; users: number }>>();

  /** The segment of `tiles` on `libraries` (reused when some engine holds one with the same text), counted once more. */
  acquire(tiles: readonly VisibleTile[], libraries: readonly LibraryIndex[]): OwnSegment {
    // Library ids, not versions: a new library version leaves the own segments as they are.
    const key = `${libraries.map((l) => l.id).join(',')}|${tiles.map((t) => t.id).join(',')}`;
    const list = this.entries.get(key) ?? [];
    const entry = list.find((e) => e.segment.tiles.every((t, i) => sameText(t, tiles[i])));
    if (entry) {
      entry.users++;
      return entry.segment;
    }
    const segment = new OwnSegment(key, tiles);
    this.entries.set(key, [...list, { segment, users: 1 }]);
    return segment;
  }

  release(segments: readonly OwnSegment[]): void {
    for (const segment of segments) {
      const list = this.entries.get(segment.key);
      const entry = list?.find((e) => e.segment === segment);
      if (!list || !entry || --entry.users > 0) continue;
      const rest = list.filter((e) => e !== entry);
      if (rest.length) this.entries.set(segment.key, rest);
      else this.entries.delete(segment.key);
    }
  }

  held(): OwnSegment[] {
    return [...this.entries.values()].flatMap((list) => list.map((e) => e.segment));
  }
}
