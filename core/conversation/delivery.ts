import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { DEFAULT_QUEUE_PREFIX, QUEUES } from '../platform/queues.ts';
import type { Channel, OutboundMessage } from './messages.ts';
import type { ChannelSender, DeliveryResult } from './ports.ts';

/**
 * Outbound delivery through BullMQ: the producer enqueues one job per turn
 * (its stored replies, in order); the worker hands them to the channel's
 * sender (all at once when it has `sendAll`), records the delivery status,
 * and retries with backoff. A channel's "retry after N
 * seconds" (Telegram 429, WhatsApp rate limits) is honoured; a permanent
 * failure (blocked by the user) stops retrying at once. A message is never
 * dropped silently: it ends as `sent` or `failed` with the last error.
 */

/** One stored outbound message and what to send. */
export interface DeliveryItem {
  messageId: string;
  message: OutboundMessage;
}

/**
 * Payload of a delivery job: the replies of one turn, sent in order (a chat
 * must not show the answer before the greeting). The first message id is the
 * job id, so enqueueing the same turn twice delivers it once; `done` counts
 * the items already sent, so a retry resumes where the last attempt stopped.
 */
export interface DeliveryJob {
  items: DeliveryItem[];
  done?: number;
}

/** Where the worker records what happened (implemented on the Message table). */
export interface DeliveryStatusStore {
  /** Several at once: a turn's replies are recorded in one write. Idempotent. */
  markSent(sent: Array<{ messageId: string; externalId?: string }>): Promise<void>;
  /** A failed attempt that will be retried; `error` is kept for the admin. */
  markRetrying(messageId: string, error: string): Promise<void>;
  markFailed(messageId: string, error: string): Promise<void>;
}

export interface DeliveryOptions {
  connection: Redis;
  /** Key prefix (tests use a unique one). */
  prefix?: string;
  /** Attempts in all, including the first. Default 6. */
  attempts?: number;
  /** First backoff delay in ms; doubles per attempt. Default 1000. */
  backoffMs?: number;
}

/** A failure worth retrying, possibly at a time the channel asked for. */
export class RetryableDeliveryError extends Error {
  override readonly name = 'RetryableDeliveryError';
  constructor(message: string, readonly retryAfterMs?: number) {
    super(message);
  }
}

const DEFAULTS = { attempts: 6, backoffMs: 1000 };

export class DeliveryProducer {
  private readonly queue: Queue<DeliveryJob>;
  private readonly attempts: number;

  constructor(options: DeliveryOptions) {
    this.attempts = options.attempts ?? DEFAULTS.attempts;
    this.queue = new Queue<DeliveryJob>(QUEUES.delivery, {
      connection: options.connection,
      prefix: options.prefix ?? DEFAULT_QUEUE_PREFIX,
    });
  }

  /** Schedules delivery; a second call for the same message id is ignored by BullMQ. */
  async enqueue(job: DeliveryJob): Promise<void> {
    if (job.items.length === 0) return;
    await this.queue.add('deliver', job, {
      jobId: job.items[0].messageId,
      attempts: this.attempts,
      backoff: { type: 'channel' },
      // Jobs hold the channel id and the text: gone once delivered; failed ones kept a week for inspection.
      removeOnComplete: true,
      removeOnFail: { age: 7 * 24 * 3600 },
    });
  }

  /** For tests and the admin: counts per job state. */
  counts(): Promise<Record<string, number>> {
    return this.queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');
  }

  async close(): Promise<void> {
    await this.queue.close();
  }

  /** Removes every job and key of the queue (tests). */
  async obliterate(): Promise<void> {
    await this.queue.obliterate({ force: true });
  }
}

export class DeliveryWorker {
  private readonly worker: Worker<DeliveryJob>;

  constructor(
    options: DeliveryOptions & { senders: Iterable<ChannelSender>; store: DeliveryStatusStore; concurrency?: number; log?: Logger },
  ) {
    const senders = new Map<Channel, ChannelSender>([...options.senders].map((s) => [s.channel, s]));
    const backoffMs = options.backoffMs ?? DEFAULTS.backoffMs;
    const { store, log } = options;
    // Once sent, a message is never sent again because its status could not be written: the failure is logged instead.
    const recordSent = (sent: Array<{ messageId: string; externalId?: string }>) =>
      store.markSent(sent).catch((err: unknown) => log?.error({ module: 'delivery', err, messages: sent.map((s) => s.messageId) }, 'delivered, but the sent status could not be recorded'));

    this.worker = new Worker<DeliveryJob>(
      QUEUES.delivery,
      async (job: Job<DeliveryJob>) => {
        const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
        const { items } = job.data;
        const done = job.data.done ?? 0;
        // Items an earlier attempt sent are recorded again with the rest (idempotent): it may have died before recording them.
        const sent: Array<{ messageId: string; externalId?: string }> = items.slice(0, done).map(({ messageId }) => ({ messageId }));
        // Progress survives a crash: a retry resumes after the last item sent, never sending it twice.
        let saved = done;
        const saveProgress = async (upTo: number): Promise<void> => {
          if (upTo <= saved) return;
          await job.updateData({ ...job.data, done: upTo });
          saved = upTo;
        };
        for (let i = done; i < items.length; ) {
          const sender = senders.get(items[i].message.channel);
          if (!sender) {
            await recordSent(sent);
            await markRestFailed(store, items, i, `channel ${items[i].message.channel} is not configured`);
            throw new UnrecoverableError(`no sender for ${items[i].message.channel}`);
          }
          for (const result of await attempt(sender, items.slice(i))) {
            const { messageId } = items[i];
            if (result.status === 'sent') {
              sent.push({ messageId, externalId: result.externalId });
              i++;
              continue;
            }
            await recordSent(sent);
            if (result.status === 'failed' || lastAttempt) {
              await markRestFailed(store, items, i, result.error);
              throw new UnrecoverableError(result.error);
            }
            await saveProgress(i);
            await store.markRetrying(messageId, result.error);
            throw new RetryableDeliveryError(result.error, result.retryAfterMs);
          }
          if (i < items.length) await saveProgress(i);
        }
        await recordSent(sent);
      },
      {
        connection: options.connection,
        prefix: options.prefix ?? DEFAULT_QUEUE_PREFIX,
        concurrency: options.concurrency ?? 8,
        settings: {
          // Honour the channel's retry-after; otherwise exponential from backoffMs.
          backoffStrategy: (attemptsMade: number, _type?: string, err?: Error) =>
            err instanceof RetryableDeliveryError && err.retryAfterMs !== undefined
              ? err.retryAfterMs
              : backoffMs * 2 ** Math.max(0, attemptsMade - 1),
        },
      },
    );
    // Errors are recorded in the store per message; the worker's own errors (connection) must not crash the process.
    this.worker.on('error', (err) => log?.warn({ module: 'delivery', err }, 'delivery worker error'));
    this.worker.on('failed', (job, err) => log?.warn({ module: 'delivery', job: job?.id, attempts: job?.attemptsMade, err: err.message }, 'delivery attempt failed'));
  }

  /** Resolves when the worker is connected and taking jobs. */
  waitUntilReady(): Promise<unknown> {
    return this.worker.waitUntilReady();
  }

  async close(): Promise<void> {
    await this.worker.close();
  }
}

/**
 * One delivery attempt of a turn's remaining items: all at once when the
 * sender can (`sendAll`), else the first. Never empty; an adapter that throws
 * is treated like a network error.
 */
async function attempt(sender: ChannelSender, items: DeliveryItem[]): Promise<DeliveryResult[]> {
  try {
    const messages = items.map((item) => ({ ...item.message, messageId: item.messageId }));
    const results = sender.sendAll ? await sender.sendAll(messages) : [await sender.send(messages[0])];
    return results.length > 0 ? results.slice(0, items.length) : [{ status: 'retry', error: `${sender.channel} sender returned no result` }];
  } catch (err) {
    return [{ status: 'retry', error: err instanceof Error ? err.message : String(err) }];
  }
}

/** A permanent failure: this item and the ones after it will not arrive either. */
async function markRestFailed(store: DeliveryStatusStore, items: DeliveryItem[], from: number, error: string): Promise<void> {
  for (const item of items.slice(from)) await store.markFailed(item.messageId, error);
}

/**
 * The wait an HTTP `Retry-After` header asks for (seconds or an HTTP date),
 * in ms, for a channel's `{ status: 'retry', retryAfterMs }`.
 */
export function retryAfterMs(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
