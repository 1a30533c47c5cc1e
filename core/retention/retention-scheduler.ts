import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { DEFAULT_QUEUE_PREFIX, QUEUES } from '../platform/queues.ts';
import { redisHealth } from '../platform/redis-health.ts';
import type { RetentionCounts, RetentionService } from './retention-service.ts';

/** Options of {@link RetentionScheduler}. */
export interface RetentionSchedulerOptions {
  /** BullMQ's connection (maxRetriesPerRequest: null). */
  connection: Redis;
  prefix?: string;
  /** Cron pattern of the run; default every day at 03:30. */
  pattern?: string;
  /** Time zone of the pattern; default Europe/Amsterdam. */
  timezone?: string;
  /** The clock the run is given; default the real one. */
  now?: () => Date;
  log?: Logger;
}

/** The id of the one daily job scheduler (upserted by every process that starts: still one schedule). */
export const RETENTION_SCHEDULER_ID = 'retention-daily';

/**
 * Runs RetentionService once a day: a BullMQ job scheduler (upserted at
 * start, so several server processes keep one schedule, and a changed
 * pattern replaces the old one) adds one job per day, which one worker
 * runs. A run that fails is retried by the next day's; its error is logged.
 */
export class RetentionScheduler {
  private readonly queue: Queue;
  private worker?: Worker<Record<string, never>, RetentionCounts>;

  constructor(private readonly service: Pick<RetentionService, 'run'>, private readonly options: RetentionSchedulerOptions) {
    this.queue = new Queue(QUEUES.retention, { connection: options.connection, prefix: options.prefix ?? DEFAULT_QUEUE_PREFIX });
    redisHealth().watchQueue(`${QUEUES.retention}:queue`, this.queue);
  }

  /** Registers the daily schedule and starts the worker. */
  async start(): Promise<void> {
    const { connection, prefix, log } = this.options;
    await this.queue.upsertJobScheduler(
      RETENTION_SCHEDULER_ID,
      { pattern: this.options.pattern ?? '30 3 * * *', tz: this.options.timezone ?? 'Europe/Amsterdam' },
      { name: 'apply-retention', data: {}, opts: { removeOnComplete: 30, removeOnFail: 30 } },
    );
    this.worker = new Worker<Record<string, never>, RetentionCounts>(QUEUES.retention, () => this.service.run((this.options.now ?? (() => new Date()))()), {
      connection, prefix: prefix ?? DEFAULT_QUEUE_PREFIX, concurrency: 1,
    });
    redisHealth().watchQueue(`${QUEUES.retention}:worker`, this.worker);
    this.worker.on('failed', (job, err) => log?.error({ module: 'retention', job: job?.id, err: err.message }, 'retention run failed; the next day\'s run tries again'));
    await this.worker.waitUntilReady();
  }

  /** The schedule as stored (pattern, time zone, next run), or undefined before `start`. */
  async schedule(): Promise<{ pattern?: string | null; tz?: string | null; next?: number } | undefined> {
    return (await this.queue.getJobSchedulers()).find((s) => s.key === RETENTION_SCHEDULER_ID || s.id === RETENTION_SCHEDULER_ID);
  }

  /** Adds a run now (admin tools, tests); resolves with the job id. */
  async runNow(): Promise<string> {
    const job = await this.queue.add('apply-retention', {}, { removeOnComplete: 30, removeOnFail: 30 });
    return job.id as string;
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
