import type { Language } from '../languages/index.ts';
import type { VisibleTile } from '../content/types.ts';
import { SharedVocabulary } from './language-detect.ts';
import { LanguageIndex, languageDocs } from './language-index.ts';

/**
 * The index of one shared library (the national library, a region) at one
 * content version: every tile as published, indexed once and shared by the
 * engine of every entry point that shows the library, whatever it hides
 * (search-index.ts applies each entry point's visibility at query time).
 * Language sub-indexes are built on first use, so a language no
 * organization offers costs nothing. Immutable once a language is built.
 */
export class LibraryIndex {
  private readonly byLanguage = new Map<Language, LanguageIndex>();
  private readonly positionOfId: Map<string, number>;
  /** The distinct words of the library's own text per language (in `vocabulary` already: an engine need not add them again). */
  private readonly words = new Map<Language, Set<string>>();

  /**
   * @param id the library (organization) id
   * @param version its content version: a new version is a new index
   * @param tiles its published tiles in library order, without local additions
   * @param vocabulary the words of the library's text per language, for every
   *   engine's language detector: one per library, kept across its versions
   *   (words only ever join it; a word the library once used is still a word
   *   of that language), so the own segments' lists of words no library has
   *   (own-segments.ts) stay right across library versions
   */
  constructor(
    readonly id: string,
    readonly version: string,
    readonly tiles: readonly VisibleTile[],
    readonly vocabulary = new SharedVocabulary(),
    /** The library's previous version, whose words `vocabulary` has already (only new words are added). */
    private predecessor?: LibraryIndex,
  ) {
    this.positionOfId = new Map(tiles.map((t, i) => [t.id, i]));
  }

  /** The tile's position in `tiles`, or -1 when the library has no such tile. */
  positionOf(tileId: string): number {
    return this.positionOfId.get(tileId) ?? -1;
  }

  /** The distinct (folded) words of the library's own text in `lang` (until that language is built: its previous version's). */
  wordsOf(lang: Language): ReadonlySet<string> | undefined {
    return this.words.get(lang) ?? this.predecessor?.wordsOf(lang);
  }

  /** Whether a previous version's words are in `vocabulary` already (then languages may wait for their first question). */
  get hasPredecessor(): boolean {
    return this.predecessor !== undefined;
  }

  /** The sub-index of `lang` (docs refer to positions in `tiles`), built on first use. */
  language(lang: Language): LanguageIndex {
    let index = this.byLanguage.get(lang);
    if (!index) {
      const words = new Set<string>();
      index = new LanguageIndex(languageDocs(this.tiles, lang, words));
      const known = this.predecessor?.wordsOf(lang);
      this.vocabulary.addTokens(lang, known ? [...words].filter((w) => !known.has(w)) : words);
      this.words.set(lang, words);
      // Once every language the predecessor had is built, let it go (it may be dropped).
      if (this.predecessor && [...this.predecessor.words.keys()].every((l) => this.words.has(l))) this.predecessor = undefined;
      this.byLanguage.set(lang, index);
    }
    return index;
  }
}

/**
 * The library indexes in use in one process: one per library content
 * version, counted by the engines that hold it and dropped when the last one
 * lets go (an engine rebuilt on a newer version, or invalidated).
 */
export class LibraryIndexes {
  private readonly entries = new Map<string, { index: LibraryIndex; users: number }>();
  /** Per library id, its vocabulary and how many of its versions are held. */
  private readonly vocabularies = new Map<string, { vocabulary: SharedVocabulary; versions: number; latest?: LibraryIndex }>();

  /** The index of `id` at `version` (built from `tiles` when nobody holds it), counted as used once more. */
  acquire(id: string, version: string, tiles: readonly VisibleTile[]): LibraryIndex {
    const key = `${id}\u0000${version}`;
    let entry = this.entries.get(key);
    if (!entry) {
      let words = this.vocabularies.get(id);
      if (!words) this.vocabularies.set(id, (words = { vocabulary: new SharedVocabulary(), versions: 0 }));
      words.versions++;
      const predecessor = words.latest;
      entry = { index: new LibraryIndex(id, version, tiles, words.vocabulary, predecessor), users: 0 };
      words.latest = entry.index;
      this.entries.set(key, entry);
    }
    entry.users++;
    return entry.index;
  }

  /** One user less of each index; an index nobody uses any more is forgotten (and its vocabulary with the library's last version). */
  release(indexes: readonly LibraryIndex[]): void {
    for (const index of indexes) {
      const key = `${index.id}\u0000${index.version}`;
      const entry = this.entries.get(key);
      if (!entry || entry.index !== index) continue;
      if (--entry.users > 0) continue;
      this.entries.delete(key);
      const words = this.vocabularies.get(index.id);
      if (words?.latest === index) words.latest = undefined;
      if (words && --words.versions <= 0) this.vocabularies.delete(index.id);
    }
  }

  /** The indexes held now (for tests and figures). */
  held(): LibraryIndex[] {
    return [...this.entries.values()].map((e) => e.index);
  }
}
