import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { AnswerService } from '../core/answers/index.ts';
import {
  ConversationService, DeliveryProducer, DeliveryWorker, InboundWorker, messageDeliveryStore,
  type ChannelSender, type ContactKeys, type ConversationEvents,
} from '../core/conversation/index.ts';
import type { Db } from '../core/platform/db.ts';
import { DIALOG_CONTEXT } from '../flows/index.ts';

export interface ConversationStackOptions {
  db: Db;
  /** BullMQ's connection (maxRetriesPerRequest: null). */
  connection: Redis;
  /** Queue key prefix (tests and benchmarks use a unique one). */
  prefix?: string;
  keys: ContactKeys;
  answers: AnswerService;
  defaultOrganization: string;
  /** Live inbox events (Redis pub/sub in the server); none when left out. */
  events?: ConversationEvents;
  /** Where the queue workers report errors and messages that failed every attempt. */
  log?: Logger;
  /** Delivery backoff start in ms (tests shorten it). */
  backoffMs?: number;
  inboundConcurrency?: number;
  deliveryConcurrency?: number;
  /** Inbound jobs: lock time of a worker and stalled-job check interval in ms (BullMQ defaults, 30 s each; tests shorten them). */
  inboundLockDurationMs?: number;
  inboundStalledIntervalMs?: number;
}

/**
 * The composition root of the conversation core: the service channel
 * adapters hand messages to, the delivery producer, and — once the channel
 * senders exist — the two queue workers. Used by the server, the benchmark
 * and the integration tests, so all three run the same wiring.
 */
export class ConversationStack {
  readonly service: ConversationService;
  readonly delivery: DeliveryProducer;
  private workers: Array<InboundWorker | DeliveryWorker> = [];

  constructor(private readonly options: ConversationStackOptions) {
    const { connection, prefix, backoffMs } = options;
    this.delivery = new DeliveryProducer({ connection, prefix, backoffMs });
    this.service = new ConversationService({
      db: options.db,
      connection,
      prefix,
      keys: options.keys,
      answers: options.answers,
      delivery: this.delivery,
      dialog: DIALOG_CONTEXT,
      defaultOrganization: options.defaultOrganization,
      events: options.events,
    });
  }

  /** Starts the inbound and delivery workers; `senders` are the enabled channels. Resolves when both take jobs. */
  async startWorkers(senders: Iterable<ChannelSender>): Promise<void> {
    const { connection, prefix, backoffMs, db } = this.options;
    const inbound = new InboundWorker(this.service, {
      connection,
      prefix,
      concurrency: this.options.inboundConcurrency,
      lockDurationMs: this.options.inboundLockDurationMs,
      stalledIntervalMs: this.options.inboundStalledIntervalMs,
      log: this.options.log,
    });
    const outbound = new DeliveryWorker({
      connection, prefix, backoffMs, senders, store: messageDeliveryStore(db), concurrency: this.options.deliveryConcurrency, log: this.options.log,
    });
    this.workers.push(inbound, outbound);
    await Promise.all([inbound.waitUntilReady(), outbound.waitUntilReady()]);
  }

  /** Stops the workers (they finish the jobs they hold), then the queues. */
  async close(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((w) => w.close()));
    await Promise.all([this.service.close(), this.delivery.close()]);
  }

  /** Removes every job and key of both queues, then closes (tests, benchmarks). */
  async destroy(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((w) => w.close()));
    await Promise.all([this.service.obliterate(), this.delivery.obliterate()]);
    await this.close();
  }
}
