import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { DEFAULT_QUEUE_PREFIX, QUEUES } from '../platform/queues.ts';
import { redisHealth, type RedisHealth } from '../platform/redis-health.ts';

/** Payload of a claim-timeout job: which conversation to look at when the time is up. */
export interface ClaimTimeoutJob {
  conversationId: string;
}

/**
 * Scheduled checks that return a claimed conversation to the queue when its
 * worker stays silent: every claim and every worker message schedules a
 * delayed job; when it runs, the conversation is released only if the
 * worker has not written since (HandoffService.releaseIfIdle). Delayed jobs
 * live in Redis, so they survive restarts and run in whichever process is up.
 */
export class ClaimTimeouts {
  private readonly queue: Queue<ClaimTimeoutJob>;
  private worker?: Worker<ClaimTimeoutJob>;

  private readonly health: RedisHealth;

  /** `health` hears the queue's and the worker's connection errors (default: the process's reporter). */
  constructor(private readonly options: { connection: Redis; prefix?: string; timeoutMs: number; health?: RedisHealth }) {
    this.health = options.health ?? redisHealth();
    this.queue = new Queue<ClaimTimeoutJob>(QUEUES.claimTimeouts, { connection: options.connection, prefix: options.prefix ?? DEFAULT_QUEUE_PREFIX });
    this.health.watchQueue(`${QUEUES.claimTimeouts}:queue`, this.queue);
  }

  /** Checks `conversationId` once the timeout has passed from now. */
  async schedule(conversationId: string): Promise<void> {
    await this.queue.add('check', { conversationId }, {
      delay: this.options.timeoutMs,
      jobId: `${conversationId}-${Date.now()}`,
      removeOnComplete: 100,
      removeOnFail: 100,
      attempts: 3,
      backoff: { type: 'exponential', delay: 1000 },
    });
  }

  /** Runs `check` for due jobs in this process. */
  start(check: (conversationId: string) => Promise<unknown>): Promise<unknown> {
    this.worker = new Worker<ClaimTimeoutJob>(QUEUES.claimTimeouts, (job) => check(job.data.conversationId), {
      connection: this.options.connection,
      prefix: this.options.prefix ?? DEFAULT_QUEUE_PREFIX,
      concurrency: 4,
    });
    this.health.watchQueue(`${QUEUES.claimTimeouts}:worker`, this.worker);
    return this.worker.waitUntilReady();
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
  }

  async obliterate(): Promise<void> {
    await this.queue.obliterate({ force: true });
  }
}
