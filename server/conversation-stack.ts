import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { AnswerService } from '../core/answers/index.ts';
import {
  ConversationService, DeliveryProducer, DeliveryWorker, InboundWorker, messageDeliveryStore, StrandedTurns,
  type ChannelSender, type ContactKeys, type ConversationEvents,
} from '../core/conversation/index.ts';
import type { ChannelDataEraser, ContentGapRecorder } from '../core/conversation/ports.ts';
import type { MissingTranslations, TranslationCacheEraser } from '../core/conversation/index.ts';
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
  /** A slug, or a reader of the deployment setting `default_municipality` (see ConversationServiceOptions). */
  defaultOrganization: string | (() => Promise<string>);
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
  /** Delivery jobs: the same two settings (BullMQ defaults, 30 s each; tests and the fault benchmark shorten them). */
  deliveryLockDurationMs?: number;
  deliveryStalledIntervalMs?: number;
  /**
   * Messages whose jobs Redis lost are queued again by a sweep in the worker process (StrandedTurns): work
   * older than `graceMs` (default 30 s), every `intervalMs` (default 30 s). The fault benchmark shortens both.
   */
  stranded?: { graceMs?: number; intervalMs?: number };
  /** The translation cache "delete my data" clears of the person's texts (core/translation's CachedTranslationEraser). */
  translations?: TranslationCacheEraser;
  /** Makes a tile's missing language at once for a chat (core/content's InstantTileTranslation); without it the source text goes out with a note. */
  missingTranslations?: MissingTranslations;
  /** The content-gap store (core/reports/gaps): unanswered and "not helpful" questions; none when left out. */
  contentGaps?: ContentGapRecorder;
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
  private stranded: StrandedTurns | undefined;
  /** The channels' data erasers, given with the senders (the erasure runs in the inbound worker). */
  private readonly erasers: ChannelDataEraser[] = [];

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
      erasers: this.erasers,
      translations: options.translations,
      missingTranslations: options.missingTranslations,
      contentGaps: options.contentGaps,
    });
  }

  /**
   * Starts the inbound and delivery workers; `senders` are the enabled channels, `erasers` what the channels keep
   * about a person outside the database ("delete my data" calls them). Resolves when both workers take jobs.
   */
  async startWorkers(senders: Iterable<ChannelSender>, erasers: Iterable<ChannelDataEraser> = []): Promise<void> {
    this.erasers.push(...erasers);
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
      lockDurationMs: this.options.deliveryLockDurationMs, stalledIntervalMs: this.options.deliveryStalledIntervalMs,
    });
    this.workers.push(inbound, outbound);
    this.stranded = new StrandedTurns({
      db, keys: this.options.keys, requeue: (stranded) => this.service.requeue(stranded), log: this.options.log, ...this.options.stranded,
    });
    this.stranded.start();
    await Promise.all([inbound.waitUntilReady(), outbound.waitUntilReady()]);
  }

  /** Stops the workers (they finish the jobs they hold), then the queues. */
  async close(): Promise<void> {
    await this.stranded?.stop();
    await Promise.all(this.workers.splice(0).map((w) => w.close()));
    await Promise.all([this.service.close(), this.delivery.close()]);
  }

  /** Removes every job and key of both queues, then closes (tests, benchmarks). */
  async destroy(): Promise<void> {
    await this.stranded?.stop();
    await Promise.all(this.workers.splice(0).map((w) => w.close()));
    await Promise.all([this.service.obliterate(), this.delivery.obliterate()]);
    await this.close();
  }
}
