import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { DEFAULT_QUEUE_PREFIX, QUEUES } from '../../platform/queues.ts';
import { redisHealth, type RedisHealth } from '../../platform/redis-health.ts';
import type { ContentChangeNotifier, PublishedTileListener } from '../library/studio-context.ts';
import type { RunReport, TileTranslations } from './tile-translations.ts';

export interface TileTranslationJob {
  tileId: string;
}

/** Thrown by a job whose DeepL calls failed in a way worth retrying (5xx, 429, unreachable): BullMQ tries again later. */
class RetryLater extends Error {}

/**
 * The `tile-translation` queue: after a publish, one job per tile makes its
 * missing and stale languages by machine (TileTranslations.translateTile).
 * A job whose DeepL calls failed for a passing reason is retried with
 * backoff; off, over budget or over quota are recorded on the tile for the
 * matrix and not retried. Answer engines are told when texts were added.
 */
export class TileTranslationQueue implements PublishedTileListener {
  private readonly queue: Queue<TileTranslationJob>;
  private worker?: Worker<TileTranslationJob, Pick<RunReport, 'translated' | 'characters' | 'problems'>>;
  private readonly prefix: string;
  private readonly health: RedisHealth;

  constructor(private readonly options: {
    translations: TileTranslations;
    connection: Redis;
    prefix?: string;
    changes?: ContentChangeNotifier;
    /** The organization of a tile, to tell the answer engines which layer changed. */
    organizationOf: (tileId: string) => Promise<string | undefined>;
    log?: Logger;
    health?: RedisHealth;
    /** First retry delay of a failed job in ms (exponential after it); default 30 s, tests shorten it. */
    backoffMs?: number;
  }) {
    this.prefix = options.prefix ?? DEFAULT_QUEUE_PREFIX;
    this.health = options.health ?? redisHealth();
    this.queue = new Queue<TileTranslationJob>(QUEUES.tileTranslation, { connection: options.connection, prefix: this.prefix });
    this.health.watchQueue(`${QUEUES.tileTranslation}:queue`, this.queue);
  }

  /** Queues the tile; never throws (a lost job leaves languages missing or stale, which the matrix shows and a bulk run mends). */
  async tilePublished(tileId: string): Promise<void> {
    try {
      await this.queue.add('translate', { tileId }, {
        removeOnComplete: 200, removeOnFail: 200, attempts: 4, backoff: { type: 'exponential', delay: this.options.backoffMs ?? 30_000 },
      });
    } catch (err) {
      this.options.log?.warn({ module: 'tile-translation', tile: tileId, err: (err as Error).message }, 'could not queue the tile for translation');
    }
  }

  async start(): Promise<void> {
    const { translations, log } = this.options;
    this.worker = new Worker<TileTranslationJob, Pick<RunReport, 'translated' | 'characters' | 'problems'>>(
      QUEUES.tileTranslation,
      async (job) => {
        const result = await translations.translateTile(job.data.tileId);
        if (result.translated > 0) {
          const org = await this.options.organizationOf(job.data.tileId);
          if (org) await this.options.changes?.notifyContentChanged([org]);
        }
        if (result.problems.failed) throw new RetryLater(`${result.problems.failed} languages failed; retrying`);
        return { translated: result.translated, characters: result.characters, problems: result.problems };
      },
      { connection: this.options.connection, prefix: this.prefix, concurrency: 1 },
    );
    this.health.watchQueue(`${QUEUES.tileTranslation}:worker`, this.worker);
    this.worker.on('failed', (job, err) => log?.warn({ module: 'tile-translation', job: job?.id, err: err.message }, 'tile translation failed; BullMQ retries it'));
    await this.worker.waitUntilReady();
  }

  /** Waits until no job is waiting or running (tests and the benchmark). */
  async idle(timeoutMs = 30_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      const counts = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      if (Object.values(counts).every((n) => n === 0)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('tile translation queue did not become idle');
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
  }

  async obliterate(): Promise<void> {
    await this.queue.obliterate({ force: true });
  }
}
