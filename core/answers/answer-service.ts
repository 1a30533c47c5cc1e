import type { TileSource } from '../content/tile-source.ts';
import type { VisibleTile } from '../content/types.ts';
import type { Language } from '../languages/index.ts';
import { AnswerEngine } from './answer-engine.ts';
import type { RefreshableContent } from './content-changes.ts';

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
}

interface Entry {
  engine: Promise<AnswerEngine>;
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
 */
export class AnswerService implements RefreshableContent {
  private readonly entries = new Map<string, Entry>();
  private readonly recheckMs: number;

  constructor(private readonly source: TileSource, private readonly options: AnswerServiceOptions = {}) {
    this.recheckMs = options.recheckMs ?? DEFAULT_RECHECK_MS;
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
    if (orgSlug === undefined) this.entries.clear();
    else this.entries.delete(orgSlug);
  }

  private build(orgSlug: string): Entry {
    const entry: Entry = { engine: Promise.resolve(undefined as never), version: '', checkedAt: Date.now(), refreshing: false, again: false };
    entry.engine = (async () => {
      const [version, { tiles, languages }] = await Promise.all([this.source.version(orgSlug), this.source.load(orgSlug)]);
      entry.version = version;
      return buildEngine(tiles, languages);
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
        const { tiles, languages } = await this.source.load(orgSlug);
        const fresh = buildEngine(tiles, languages);
        if (this.entries.get(orgSlug) === entry) {
          entry.engine = Promise.resolve(fresh);
          entry.version = version;
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
}

/** A ready engine: indexed, then warmed up so its first answers are as fast as later ones. */
function buildEngine(tiles: VisibleTile[], languages: Language[]): AnswerEngine {
  const engine = new AnswerEngine(tiles, { languages });
  engine.warmUp();
  return engine;
}
