import { Queue, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { DEFAULT_QUEUE_PREFIX, QUEUES } from '../../platform/queues.ts';
import { redisHealth } from '../../platform/redis-health.ts';
import { REPORT_TIME_ZONE, previousHalfYear } from './half-years.ts';
import type { HalfYearRun, ReportDocumentService } from './report-document-service.ts';

/**
 * The payload of a report job. Empty for the scheduled run (every
 * municipality's documents of the half-year before are made anew);
 * `onlyMissing` for the catch-up at start (only municipalities that lack
 * them). A retry of a failed run makes only what is still missing.
 */
export interface ReportJob {
  onlyMissing?: boolean;
}

/** Options of {@link ReportScheduler}. */
export interface ReportSchedulerOptions {
  /** BullMQ's connection (maxRetriesPerRequest: null). */
  connection: Redis;
  prefix?: string;
  /** Cron pattern; default 00:30 on 1 January and 1 July. */
  pattern?: string;
  /** Time zone of the pattern and of the half-year boundaries; default Europe/Amsterdam. */
  timezone?: string;
  /** The clock each run reads (which half-year just ended); default the real one. */
  now?: () => Date;
  /** At start, add a run that makes the previous half-year's documents that are missing (a server down at 00:30 on 1 July); default true. */
  catchUp?: boolean;
  log?: Logger;
}

/** The id of the one half-yearly job scheduler (upserted by every process that starts: still one schedule). */
export const REPORT_SCHEDULER_ID = 'report-documents-half-yearly';
/** 00:30 on 1 January and 1 July. */
export const REPORT_PATTERN = '30 0 1 1,7 *';

const JOB_OPTIONS = { removeOnComplete: 30, removeOnFail: 30, attempts: 3, backoff: { type: 'exponential', delay: 60_000 } } as const;

/**
 * Makes the half-yearly reports: a BullMQ job scheduler (upserted at start,
 * like the retention run's) adds a job at 00:30 on 1 January and 1 July
 * (Amsterdam time), which one worker runs: the half-year that just ended,
 * for every municipality, in Dutch and in English. A run in which some
 * municipality failed fails, and BullMQ tries again (3 attempts, a minute
 * apart and doubling), making only the documents still missing.
 */
export class ReportScheduler {
  private readonly queue: Queue<ReportJob, HalfYearRun>;
  private worker?: Worker<ReportJob, HalfYearRun>;

  constructor(private readonly service: Pick<ReportDocumentService, 'generateHalfYear'>, private readonly options: ReportSchedulerOptions) {
    this.queue = new Queue<ReportJob, HalfYearRun>(QUEUES.reports, { connection: options.connection, prefix: options.prefix ?? DEFAULT_QUEUE_PREFIX });
    redisHealth().watchQueue(`${QUEUES.reports}:queue`, this.queue);
  }

  private now(): Date {
    return (this.options.now ?? (() => new Date()))();
  }

  /** Registers the schedule, starts the worker and (unless `catchUp: false`) adds the catch-up run. */
  async start(): Promise<void> {
    const { connection, prefix, log } = this.options;
    await this.queue.upsertJobScheduler(
      REPORT_SCHEDULER_ID,
      { pattern: this.options.pattern ?? REPORT_PATTERN, tz: this.options.timezone ?? REPORT_TIME_ZONE },
      { name: 'half-yearly-reports', data: {}, opts: JOB_OPTIONS },
    );
    this.worker = new Worker<ReportJob, HalfYearRun>(QUEUES.reports, (job) => this.process(job), {
      connection, prefix: prefix ?? DEFAULT_QUEUE_PREFIX, concurrency: 1,
    });
    redisHealth().watchQueue(`${QUEUES.reports}:worker`, this.worker);
    this.worker.on('failed', (job, err) => log?.error({ module: 'reports', job: job?.id, err: err.message }, 'half-yearly reports failed'));
    await this.worker.waitUntilReady();
    if (this.options.catchUp ?? true) {
      const period = previousHalfYear(this.now(), this.options.timezone);
      await this.queue.add('catch-up', { onlyMissing: true }, { ...JOB_OPTIONS, jobId: `catch-up-${period.from}` });
    }
  }

  private async process(job: Job<ReportJob, HalfYearRun>): Promise<HalfYearRun> {
    const run = await this.service.generateHalfYear(this.now(), { onlyMissing: job.data.onlyMissing === true || job.attemptsMade > 0 });
    this.options.log?.info({ module: 'reports', job: job.id, period: run.period, municipalities: run.municipalities }, 'half-yearly reports made');
    if (run.failed.length > 0) throw new Error(`half-yearly reports failed for ${run.failed.join(', ')}`);
    return run;
  }

  /** The schedule as stored (pattern, time zone, next run), or undefined before `start`. */
  async schedule(): Promise<{ pattern?: string | null; tz?: string | null; next?: number } | undefined> {
    return (await this.queue.getJobSchedulers()).find((s) => s.key === REPORT_SCHEDULER_ID || s.id === REPORT_SCHEDULER_ID);
  }

  /** Adds a run now (admin tools, tests); resolves with the job id. */
  async runNow(data: ReportJob = {}): Promise<string> {
    const job = await this.queue.add('half-yearly-reports', data, JOB_OPTIONS);
    return job.id as string;
  }

  /** Waits for a job added by {@link runNow} and returns what it made (tests). */
  async result(jobId: string, timeoutMs = 20_000): Promise<HalfYearRun> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const job = await this.queue.getJob(jobId);
      // Fetched again once completed: the copy fetched before may predate its return value.
      if (job && (await job.isCompleted())) return (await this.queue.getJob(jobId))!.returnvalue;
      if (job && (await job.isFailed()) && job.attemptsMade >= (job.opts.attempts ?? 1)) throw new Error(job.failedReason);
      if (Date.now() > deadline) throw new Error(`report job ${jobId} did not finish in ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
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
