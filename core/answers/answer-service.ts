import type { LayeredContent, TileSource } from '../content/tile-source.ts';
import type { VisibleTile } from '../content/types.ts';
import type { Language } from '../languages/index.ts';
import { AnswerEngine } from './answer-engine.ts';
import type { RefreshableContent } from './content-changes.ts';
import { IdlePreparation } from './idle-preparation.ts';
import { LibraryIndexes, type LibraryIndex } from './library-index.ts';
import { OwnSegments, type OwnSegment } from './own-segments.ts';
import type { LibraryLayer, OwnLayer } from './search-index.ts';

export type { TileSource };

export interface AnswerServiceOptions {
  /**
   * How often (ms) a cached engine re-checks the content version in the
   * background while questions come in: the safety net behind the
   * content-changed notices (ContentChangeListener), which may be lost while
   * Redis is away. Default 5 s, the promised bound for a published change.
   */
  recheckMs?: number;
  /** Called when a background refresh fails; the old engine keeps answering. */
  onRefreshError?: (orgSlug: string, error: unknown) => void;
  /**
   * Whether engines are prepared in idle moments after they are built
   * (idle-preparation.ts): each language's own-tiles index and the crisis
   * tiles, so no question pays for building them. Default true.
   */
  prepareInIdle?: boolean;
  /** Called when preparing an engine in an idle moment fails; its questions then build what they need, as without preparation. */
  onPrepareError?: (error: unknown) => void;
}

interface Entry {
  engine: Promise<AnswerEngine>;
  /** The engine `engine` resolved to, once built. */
  current?: AnswerEngine;
  /** The shared indexes the current engine uses (released when it is replaced or dropped). */
  libraries: LibraryIndex[];
  segments: OwnSegment[];
  version: string;
  checkedAt: number;
  refreshing: boolean;
  /** A refresh was asked for while one ran (it may have read the version before the change): run again after it. */
  again: boolean;
}

/** Default of {@link AnswerServiceOptions.recheckMs}. */
export const DEFAULT_RECHECK_MS = 5_000;

/**
 * Keeps one AnswerEngine per organization in memory. An engine is built once
 * and reused for every question; it is rebuilt when content changes:
 * immediately after `invalidate` (content import), after `refresh` (a
 * content-changed notice from any process, see content-changes.ts: the
 * version of every cached engine is checked at once and the changed ones
 * rebuilt in the background), and otherwise noticed by a throttled
 * background version check, so a change whose notice was lost still arrives
 * within `recheckMs`. Questions never wait for the database.
 *
 * Engines share: when the source hands out layers (TileSource.layers), each
 * library (national, regional) is indexed once per content version and that
 * index serves every engine that shows the library (search-index.ts applies
 * each entry point's visibility per question); an engine indexes only its
 * own tiles. A library index nobody uses any more is dropped.
 */
export class AnswerService implements RefreshableContent {
  private readonly entries = new Map<string, Entry>();
  private readonly recheckMs: number;
  private readonly libraryIndexes = new LibraryIndexes();
  private readonly ownSegments = new OwnSegments();
  /** Languages some engine of this service was fully warmed up in (the warmed tables are process-wide). */
  private readonly warmed = new Set<Language>();
  private readonly idle: IdlePreparation;

  constructor(private readonly source: TileSource, private readonly options: AnswerServiceOptions = {}) {
    this.recheckMs = options.recheckMs ?? DEFAULT_RECHECK_MS;
    this.idle = new IdlePreparation((error) => options.onPrepareError?.(error));
  }

  /** The engine for `orgSlug`, building it on first use (concurrent callers share one build). */
  async engine(orgSlug: string): Promise<AnswerEngine> {
    const entry = this.entries.get(orgSlug);
    if (!entry) return this.build(orgSlug).engine;
    if (!entry.refreshing && Date.now() - entry.checkedAt > this.recheckMs) void this.recheck(orgSlug, entry);
    return entry.engine;
  }

  /**
   * Re-checks every cached engine's content version now and rebuilds those
   * that changed (engines of untouched organizations stay). Resolves when
   * done; failures go to `onRefreshError`, the old engine answering meanwhile.
   */
  async refresh(): Promise<void> {
    await Promise.all([...this.entries].map(([orgSlug, entry]) => this.recheck(orgSlug, entry)));
  }

  /** Drops the cached engine of one organization (or all): the next question rebuilds it. */
  invalidate(orgSlug?: string): void {
    for (const [key, entry] of this.entries) {
      if (orgSlug !== undefined && key !== orgSlug) continue;
      this.entries.delete(key);
      this.release(entry);
    }
  }

  /** The shared library indexes the current engine of `key` uses (empty before it is built). */
  librariesOf(key: string): readonly LibraryIndex[] {
    return this.entries.get(key)?.libraries ?? [];
  }

  /** Resolves once the engines built so far are prepared in idle moments (at once with `prepareInIdle: false`). */
  whenPrepared(): Promise<void> {
    return this.idle.whenIdle();
  }

  /** The shared library indexes in use now (one per library and content version). */
  sharedIndexes(): LibraryIndex[] {
    return this.libraryIndexes.held();
  }

  private build(orgSlug: string): Entry {
    const entry: Entry = { engine: Promise.resolve(undefined as never), libraries: [], segments: [], version: '', checkedAt: Date.now(), refreshing: false, again: false };
    entry.engine = (async () => {
      const [version, content] = await Promise.all([this.source.version(orgSlug), this.content(orgSlug)]);
      entry.version = version;
      const built = this.buildEngine(content);
      if (this.entries.get(orgSlug) === entry) {
        Object.assign(entry, { libraries: built.libraries, segments: built.segments });
        this.serve(orgSlug, entry, built.engine);
      } else this.release(built);
      return built.engine;
    })();
    // A failed build must not stay cached.
    entry.engine.catch(() => {
      if (this.entries.get(orgSlug) === entry) this.entries.delete(orgSlug);
    });
    this.entries.set(orgSlug, entry);
    return entry;
  }

  private async recheck(orgSlug: string, entry: Entry): Promise<void> {
    if (entry.refreshing) {
      entry.again = true;
      return;
    }
    entry.refreshing = true;
    entry.again = false;
    try {
      await entry.engine;
      const version = await this.source.version(orgSlug);
      entry.checkedAt = Date.now();
      if (version !== entry.version) {
        const fresh = this.buildEngine(await this.content(orgSlug));
        if (this.entries.get(orgSlug) === entry) {
          this.release(entry);
          Object.assign(entry, { engine: Promise.resolve(fresh.engine), libraries: fresh.libraries, segments: fresh.segments, version });
          this.serve(orgSlug, entry, fresh.engine);
        } else {
          this.release(fresh);
        }
      }
    } catch (error) {
      entry.checkedAt = Date.now();
      this.options.onRefreshError?.(orgSlug, error);
    } finally {
      entry.refreshing = false;
    }
    if (entry.again && this.entries.get(orgSlug) === entry) await this.recheck(orgSlug, entry);
  }

  /** `engine` now answers for `orgSlug`: it is queued for preparation in idle moments while it does. */
  private serve(orgSlug: string, entry: Entry, engine: AnswerEngine): void {
    entry.current = engine;
    if (this.options.prepareInIdle === false) return;
    this.idle.add(engine, () => this.entries.get(orgSlug) === entry && entry.current === engine);
  }

  /** The entry point's content in layers; a source without layers gives every tile as the entry point's own. */
  private async content(key: string): Promise<LayeredContent> {
    if (this.source.layers) return this.source.layers(key);
    const { tiles, languages } = await this.source.load(key);
    return { languages, libraries: [], visible: tiles.map((tile) => ({ tile })) };
  }

  /**
   * A ready engine on the shared library indexes (acquired here; the caller
   * releases them with the engine). An engine on its own is warmed up as
   * always; one on shared libraries only while it brings a language no engine
   * of this service was warmed in, since what warming builds (stemmers, stop
   * words, lexicon, compiled code) is process-wide and a country's hundreds
   * of engines cannot each spend its 250 ms.
   */
  private buildEngine(content: LayeredContent): { engine: AnswerEngine; libraries: LibraryIndex[]; segments: OwnSegment[] } {
    const { languages, visible } = content;
    const libraries = content.libraries.map((l) => this.libraryIndexes.acquire(l.id, l.version, l.tiles));
    const segments: OwnSegment[] = [];
    try {
      const layers: LibraryLayer[] = libraries.map((index) => ({ index, positions: new Int32Array(index.tiles.length).fill(-1) }));
      const layerOf = new Map(layers.map((layer) => [layer.index.id, layer]));
      // The own tiles in groups of consecutive tiles of one owner (a layer), each group's index shared by the engines showing it.
      const groups: Array<{ tiles: VisibleTile[]; at: number[]; owner: string }> = [];
      visible.forEach(({ tile, libraryId }, at) => {
        const layer = libraryId === undefined ? undefined : layerOf.get(libraryId);
        const position = layer ? layer.index.positionOf(tile.id) : -1;
        // Same library version, same tile text (the version says so).
        if (layer && position >= 0) {
          layer.positions[position] = at;
          return;
        }
        const last = groups.at(-1);
        if (last && last.owner === tile.ownerSlug && last.at.at(-1) === at - 1) {
          last.tiles.push(tile);
          last.at.push(at);
        } else groups.push({ tiles: [tile], at: [at], owner: tile.ownerSlug });
      });
      const own: OwnLayer[] = libraries.length === 0 ? [] : groups.map((g) => {
        const segment = this.ownSegments.acquire(g.tiles, libraries);
        segments.push(segment);
        return { segment, positions: Int32Array.from(g.at) };
      });
      const engine = new AnswerEngine(visible.map((v) => v.tile), { languages, libraries: layers, own });
      if (libraries.length === 0 || engine.languages.some((l) => !this.warmed.has(l))) {
        engine.warmUp();
        for (const l of engine.languages) this.warmed.add(l);
      }
      return { engine, libraries, segments };
    } catch (error) {
      this.release({ libraries, segments });
      throw error;
    }
  }

  /** Lets go of the shared indexes `held` used. */
  private release(held: { libraries: LibraryIndex[]; segments: OwnSegment[] }): void {
    this.libraryIndexes.release(held.libraries);
    this.ownSegments.release(held.segments);
    held.libraries = [];
    held.segments = [];
  }
}
