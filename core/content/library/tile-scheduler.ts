import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Db } from '../../platform/db.ts';
import { DEFAULT_QUEUE_PREFIX, QUEUES } from '../../platform/queues.ts';
import { redisHealth, type RedisHealth } from '../../platform/redis-health.ts';
import { runScheduledAction, type ScheduleOutcome, type TileScheduleJob, type TileScheduleQueue } from './scheduling.ts';
import type { ContentChangeNotifier, PublishedTileListener } from './studio-context.ts';
import { findScheduledTiles } from './tile-repository.ts';

/** Options of {@link TileScheduler}. */
export interface TileSchedulerOptions {
  db: Db;
  /** BullMQ's connection (maxRetriesPerRequest: null). */
  connection: Redis;
  /** BullMQ key prefix; tests use one of their own. */
  prefix?: string;
  /** The clock: job delays are counted from it and jobs judge their lateness by it. Default the real one. */
  now?: () => Date;
  log?: Logger;
  /** Told after a scheduled publish or unpublish, so every process's answer engines refresh. */
  changes?: ContentChangeNotifier;
  /** Hears the queue's and worker's connection errors (default: the process's reporter). */
  health?: RedisHealth;
  /** Told after a scheduled publish, so missing and stale languages get machine translations. */
  translations?: PublishedTileListener;
}

/**
 * The `tile-schedule` queue: one delayed job per scheduled publish or
 * unpublish (job id `<tile>-<action>-<time in ms>`, so the same time is
 * never queued twice), and the worker that runs them through
 * {@link runScheduledAction}. Delayed jobs live in Redis and run in
 * whichever server process is up; `start` also queues every schedule the
 * database holds, so a schedule survives a Redis that lost its data.
 */
export class TileScheduler implements TileScheduleQueue {
  private readonly queue: Queue<TileScheduleJob>;
  private worker?: Worker<TileScheduleJob, ScheduleOutcome>;
  private readonly now: () => Date;
  private readonly prefix: string;
  private readonly health: RedisHealth;

  constructor(private readonly options: TileSchedulerOptions) {
    this.now = options.now ?? (() => new Date());
    this.prefix = options.prefix ?? DEFAULT_QUEUE_PREFIX;
    this.health = options.health ?? redisHealth();
    this.queue = new Queue<TileScheduleJob>(QUEUES.tileSchedule, { connection: options.connection, prefix: this.prefix });
    this.health.watchQueue(`${QUEUES.tileSchedule}:queue`, this.queue);
  }

  /** Queues the action to run at `job.at` (at once when that has passed). */
  async enqueue(job: TileScheduleJob): Promise<void> {
    const at = Date.parse(job.at);
    await this.queue.add(job.action, job, {
      delay: Math.max(0, at - this.now().getTime()),
      jobId: `${job.tileId}-${job.action}-${at}`,
      removeOnComplete: 500,
      removeOnFail: 500,
      attempts: 5,
      backoff: { type: 'exponential', delay: 5_000 },
    });
  }

  /** Queues the database's pending schedules and starts the worker in this process. */
  async start(): Promise<void> {
    for (const tile of await findScheduledTiles(this.options.db)) {
      if (tile.publishAt) await this.enqueue({ tileId: tile.id, action: 'publish', at: tile.publishAt.toISOString() });
      if (tile.unpublishAt) await this.enqueue({ tileId: tile.id, action: 'unpublish', at: tile.unpublishAt.toISOString() });
    }
    const log = this.options.log;
    this.worker = new Worker<TileScheduleJob, ScheduleOutcome>(
      QUEUES.tileSchedule,
      async (job) => {
        const outcome = await runScheduledAction(this.options.db, job.data, this.now(), this.options.changes, this.options.translations);
        log?.info({ module: 'tile-schedule', job: job.id, tile: job.data.tileId, action: job.data.action, outcome }, `scheduled ${job.data.action}: ${outcome}`);
        return outcome;
      },
      { connection: this.options.connection, prefix: this.prefix, concurrency: 2 },
    );
    this.health.watchQueue(`${QUEUES.tileSchedule}:worker`, this.worker);
    this.worker.on('failed', (job, err) => log?.warn({ module: 'tile-schedule', job: job?.id, err: err.message }, 'scheduled tile action failed; BullMQ retries it'));
    await this.worker.waitUntilReady();
  }

  /** Where a scheduled action's job is (`delayed`, `completed`, `failed`...) and what it did; undefined when there is no such job. */
  async status(job: TileScheduleJob): Promise<{ state: string; outcome?: ScheduleOutcome } | undefined> {
    const found = await this.queue.getJob(`${job.tileId}-${job.action}-${Date.parse(job.at)}`);
    if (!found) return undefined;
    const state = await found.getState();
    return { state, ...(found.returnvalue ? { outcome: found.returnvalue as ScheduleOutcome } : {}) };
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
  }

  /** Removes the queue's keys (tests). */
  async obliterate(): Promise<void> {
    await this.queue.obliterate({ force: true });
  }
}
