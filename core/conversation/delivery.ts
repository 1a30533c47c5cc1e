import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { DEFAULT_QUEUE_PREFIX, QUEUES } from '../platform/queues.ts';
import { redisHealth } from '../platform/redis-health.ts';
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
 *
 * A job can run again after its worker died (SIGKILL, a crash, a lost
 * lock): it then sends only what was not sent. Progress is kept in the
 * job's own data, per message, before and after each send. A channel that
 * deduplicates by `OutboundMessage.messageId` (web chat) simply gets the
 * unconfirmed messages again. A channel that cannot (Telegram, WhatsApp, the
 * Bot Connector) would show them twice; there a message handed to the
 * channel whose outcome was never recorded is not sent again but marked
 * failed with {@link UNCONFIRMED_SEND_ERROR}, which the outreach worker sees
 * on the message: a rare loss report rather than a double message.
 */

/**
 * The error kept on a message that was handed to a channel which cannot
 * deduplicate, by a worker that stopped before the channel answered: it
 * may or may not have arrived, and it is not sent again.
 */
export const UNCONFIRMED_SEND_ERROR = 'may not have been delivered (worker stopped mid-send); not sent again, to avoid a double message';

/** One stored outbound message and what to send. */
export interface DeliveryItem {
  messageId: string;
  message: OutboundMessage;
}

/**
 * Payload of a delivery job: the replies of one turn, sent in order (a chat
 * must not show the answer before the greeting). The first message id is the
 * job id, so enqueueing the same turn twice delivers it once. The progress
 * fields are written by the worker while it sends, so that a retry, or a
 * re-run after the worker died, resumes where the last attempt stopped.
 */
export interface DeliveryJob {
  items: DeliveryItem[];
  /** Items dealt with, from the start: sent, or given up as unconfirmed (`unconfirmed`). */
  done?: number;
  /**
   * Items after `done` handed to a sender that cannot deduplicate, whose
   * outcome was not recorded yet (written before the send, cleared after).
   * Found set at the start of a run: the previous run died mid-send.
   */
  sending?: number;
  /** Indexes of items before `done` given up as unconfirmed (not sent, marked failed). */
  unconfirmed?: number[];
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

/** Worker-only options of {@link DeliveryWorker}. */
export interface DeliveryWorkerOptions extends DeliveryOptions {
  senders: Iterable<ChannelSender>;
  store: DeliveryStatusStore;
  concurrency?: number;
  log?: Logger;
  /**
   * How long a job stays locked to this worker without a renewal, in ms
   * (BullMQ's `lockDuration`, default 30 000): a worker that died gives its
   * jobs up after this long.
   */
  lockDurationMs?: number;
  /** How often this worker looks for jobs of dead workers, in ms (BullMQ's `stalledInterval`, default 30 000). */
  stalledIntervalMs?: number;
}

/**
 * How often a job may be taken back from a dead worker before BullMQ fails
 * it (its `maxStalledCount`, default 1). A re-run is safe (it sends nothing
 * twice), and a job failed this way would leave its messages `queued`
 * without an error, so deliveries survive several crashes in a row.
 */
const MAX_STALLED = 10;

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
    redisHealth().watchQueue(`${QUEUES.delivery}:queue`, this.queue);
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

  constructor(options: DeliveryWorkerOptions) {
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
        const progress = new JobProgress(job);
        const unsure = items.slice(progress.done, progress.done + progress.sending);
        const resendable = unsure.every((item) => {
          const sender = senders.get(item.message.channel);
          return sender !== undefined && deduplicates(sender, item);
        });
        if (unsure.length > 0 && resendable) progress.confirm(progress.done);
        else if (unsure.length > 0) {
          // The previous run handed these to a channel that cannot deduplicate and died before it answered.
          const given = progress.giveUpUnconfirmed();
          log?.warn({ module: 'delivery', job: job.id, messages: given.map((i) => items[i].messageId) }, 'worker stopped mid-send: not sending again');
          for (const i of given) await store.markFailed(items[i].messageId, UNCONFIRMED_SEND_ERROR);
          await progress.save();
        }
        // Items an earlier attempt sent are recorded again with the rest (idempotent): it may have died before recording them.
        const sent: Array<{ messageId: string; externalId?: string }> = progress.sentBefore().map((i) => ({ messageId: items[i].messageId }));
        for (let i = progress.done; i < items.length; ) {
          const sender = senders.get(items[i].message.channel);
          if (!sender) {
            await recordSent(sent);
            await markRestFailed(store, items, i, `channel ${items[i].message.channel} is not configured`);
            throw new UnrecoverableError(`no sender for ${items[i].message.channel}`);
          }
          // In one go only where a re-run cannot show a copy; otherwise one at a time, each recorded before and after.
          const rest = items.slice(i);
          const guarded = !rest.every((item) => deduplicates(sender, item));
          const oneStep = sender.sendAll !== undefined && !guarded;
          const batch = oneStep ? rest : [items[i]];
          if (guarded) {
            // Before handing the message to a channel that would show a second copy: note that it is on its way.
            progress.begin(i, batch.length);
            await progress.save();
          }
          const results = await attempt(sender, batch, oneStep);
          const from = i;
          let stop: Extract<DeliveryResult, { status: 'retry' | 'failed' }> | undefined;
          for (const result of results) {
            if (result.status !== 'sent') {
              stop = result;
              break;
            }
            sent.push({ messageId: items[i].messageId, externalId: result.externalId });
            i++;
          }
          // After: what was sent is confirmed (also the last item, before the job completes: a re-run then finds it done).
          progress.confirm(i);
          if (guarded || (i > from && i < items.length) || stop) await progress.save();
          if (!stop) continue;
          await recordSent(sent);
          const { messageId } = items[i];
          if (stop.status === 'failed' || lastAttempt) {
            await markRestFailed(store, items, i, stop.error);
            throw new UnrecoverableError(stop.error);
          }
          await store.markRetrying(messageId, stop.error);
          throw new RetryableDeliveryError(stop.error, stop.retryAfterMs);
        }
        await recordSent(sent);
      },
      {
        connection: options.connection,
        prefix: options.prefix ?? DEFAULT_QUEUE_PREFIX,
        concurrency: options.concurrency ?? 8,
        maxStalledCount: MAX_STALLED,
        ...(options.lockDurationMs !== undefined ? { lockDuration: options.lockDurationMs } : {}),
        ...(options.stalledIntervalMs !== undefined ? { stalledInterval: options.stalledIntervalMs } : {}),
        settings: {
          // Honour the channel's retry-after; otherwise exponential from backoffMs.
          backoffStrategy: (attemptsMade: number, _type?: string, err?: Error) =>
            err instanceof RetryableDeliveryError && err.retryAfterMs !== undefined
              ? err.retryAfterMs
              : backoffMs * 2 ** Math.max(0, attemptsMade - 1),
        },
      },
    );
    // Errors are recorded in the store per message; the worker's own errors (connection) are reported once per outage.
    redisHealth().watchQueue(`${QUEUES.delivery}:worker`, this.worker);
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
 * One delivery attempt: the batch at once (`sendAll`) when `oneStep`, else
 * its first item (`send`). Never empty; an adapter that throws
 * is treated like a network error.
 */
async function attempt(sender: ChannelSender, items: DeliveryItem[], oneStep: boolean): Promise<DeliveryResult[]> {
  try {
    const messages = items.map((item) => ({ ...item.message, messageId: item.messageId }));
    const results = oneStep && sender.sendAll ? await sender.sendAll(messages) : [await sender.send(messages[0])];
    return results.length > 0 ? results.slice(0, items.length) : [{ status: 'retry', error: `${sender.channel} sender returned no result` }];
  } catch (err) {
    return [{ status: 'retry', error: err instanceof Error ? err.message : String(err) }];
  }
}

/** Whether the sender can be given `item` again without the person seeing it twice. */
function deduplicates(sender: ChannelSender, item: DeliveryItem): boolean {
  return sender.deduplicates?.({ ...item.message, messageId: item.messageId }) ?? false;
}

/**
 * A job's progress through its items, kept in the job's data (Redis) so
 * that it outlives the worker: `done` and `unconfirmed` as in
 * {@link DeliveryJob}, `sending` set while a non-deduplicating channel has
 * items whose outcome is not recorded yet. Written only when it changed.
 */
class JobProgress {
  done: number;
  sending: number;
  private unconfirmed: number[];
  private saved: string;

  constructor(private readonly job: Job<DeliveryJob>) {
    const { done = 0, sending = 0, unconfirmed = [] } = job.data;
    this.done = Math.min(done, job.data.items.length);
    this.sending = Math.max(0, Math.min(sending, job.data.items.length - this.done));
    this.unconfirmed = [...unconfirmed];
    this.saved = this.key();
  }

  /** Indexes of the items sent before this run (done and not given up). */
  sentBefore(): number[] {
    const given = new Set(this.unconfirmed);
    return Array.from({ length: this.done }, (_, i) => i).filter((i) => !given.has(i));
  }

  /** Gives up the items a dead run left `sending`: they count as done, unsent. Returns their indexes. */
  giveUpUnconfirmed(): number[] {
    const given = Array.from({ length: this.sending }, (_, k) => this.done + k);
    this.unconfirmed.push(...given);
    this.done += this.sending;
    this.sending = 0;
    return given;
  }

  /** Items `from`..`from + count` are about to go to a channel that cannot deduplicate. */
  begin(from: number, count: number): void {
    this.done = from;
    this.sending = count;
  }

  /** Everything before `upTo` was sent; nothing is in flight. */
  confirm(upTo: number): void {
    this.done = upTo;
    this.sending = 0;
  }

  async save(): Promise<void> {
    const key = this.key();
    if (key === this.saved) return;
    await this.job.updateData({ ...this.job.data, done: this.done, sending: this.sending, unconfirmed: this.unconfirmed });
    this.saved = key;
  }

  private key(): string {
    return `${this.done}/${this.sending}/${this.unconfirmed.join(',')}`;
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
