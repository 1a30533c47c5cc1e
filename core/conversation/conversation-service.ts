import { Queue, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AnswerService } from '../answers/index.ts';
import { resolveEntryCode } from '../content/index.ts';
import { isLanguage, languageFromLocale } from '../languages/index.ts';
import type { Db } from '../platform/db.ts';
import { DEFAULT_QUEUE_PREFIX, QUEUES } from '../platform/queues.ts';
import type { ContactKeys } from './contact-identity.ts';
import {
  applyTransition, deleteContactData, findOrCreateContact, logQuestion, openConversation, recordFeedback, recordInbound,
  recordOutbound, setPreferredLanguage,
} from './conversation-repository.ts';
import type { DeliveryProducer } from './delivery.ts';
import { runTurn, type DialogContext, type FlowMemory } from './dialog.ts';
import { classifyInput, type Channel, type InboundMessage } from './messages.ts';
import type { InboundHandler } from './ports.ts';
import { botMaySpeak } from './state-machine.ts';

export interface ConversationServiceOptions {
  db: Db;
  /** BullMQ connection (maxRetriesPerRequest: null). */
  connection: Redis;
  prefix?: string;
  keys: ContactKeys;
  answers: AnswerService;
  delivery: DeliveryProducer;
  dialog: Omit<DialogContext, 'engine'>;
  /** Municipality for chats without entry code or page. */
  defaultOrganization: string;
}

/** Payload of an inbound-processing job: the stored inbound message. */
export interface ProcessingJob {
  messageId: string;
  message: Pick<InboundMessage, 'channel' | 'channelUserId' | 'payload' | 'locale' | 'hasMedia'>;
}

/**
 * The conversation core. `receive` stores a message and schedules its
 * processing, so a message is committed before anything else happens to it;
 * `process` (run by the inbound worker) runs one dialog turn and stores and
 * enqueues the replies. A message is processed once: its status moves from
 * `received` to `delivered` in the same transaction that stores the replies,
 * and a job that runs again (worker killed and restarted) finds it done.
 */
export class ConversationService implements InboundHandler {
  private readonly queue: Queue<ProcessingJob>;

  constructor(private readonly options: ConversationServiceOptions) {
    this.queue = new Queue<ProcessingJob>(QUEUES.inbound, { connection: options.connection, prefix: options.prefix ?? DEFAULT_QUEUE_PREFIX });
  }

  async receive(message: InboundMessage): Promise<{ duplicate: boolean }> {
    const { db, keys, defaultOrganization } = this.options;
    const entry = await resolveEntryCode(db, message.entryCode, message.organizationSlug ?? defaultOrganization).catch(() =>
      resolveEntryCode(db, message.entryCode, defaultOrganization),
    );
    const contact = await findOrCreateContact(db, keys, message.channel, message.channelUserId, entry.layer?.id ?? entry.municipality.id);
    const conversation = await openConversation(db, contact.id, entry.municipality.id, entry.layer?.id);
    const stored = await recordInbound(db, {
      conversationId: conversation.id,
      channel: message.channel,
      externalId: message.externalId,
      text: message.text ?? '',
    });
    // Enqueued for duplicates too: a job lost between the insert and the enqueue is recreated (same job id, so never twice).
    await this.queue.add(
      'process',
      { messageId: stored.id, message: { channel: message.channel, channelUserId: message.channelUserId, payload: message.payload, locale: message.locale, hasMedia: message.hasMedia } },
      { jobId: stored.id, attempts: 5, backoff: { type: 'exponential', delay: 500 }, removeOnComplete: 1000, removeOnFail: 5000 },
    );
    return { duplicate: stored.duplicate };
  }

  /** One dialog turn for a stored inbound message (idempotent). */
  async process(job: ProcessingJob): Promise<void> {
    const { db, answers, dialog, delivery } = this.options;
    const message = await db.message.findUnique({
      where: { id: job.messageId },
      select: {
        id: true, text: true, deliveryStatus: true,
        conversation: {
          select: {
            id: true, state: true, flow: true, contactId: true, organizationId: true,
            contact: { select: { preferredLanguage: true } },
            organization: { select: { slug: true, name: true } },
            entryOrganization: { select: { slug: true } },
          },
        },
      },
    });
    if (!message || message.deliveryStatus !== 'received') return; // processed before, or the person deleted their data
    const conversation = message.conversation;
    if (!botMaySpeak(conversation.state)) {
      await db.message.update({ where: { id: message.id }, data: { deliveryStatus: 'delivered' } });
      return; // a person holds the conversation (inbox: later issue)
    }

    const engine = await answers.engine(conversation.entryOrganization?.slug ?? conversation.organization.slug);
    const preferred = conversation.contact.preferredLanguage;
    const turn = runTurn(
      { ...dialog, engine },
      {
        kind: classifyInput({ text: message.text, payload: job.message.payload, hasMedia: job.message.hasMedia }),
        text: message.text,
        payload: job.message.payload,
        flow: (conversation.flow ?? {}) as FlowMemory,
        preferredLanguage: isLanguage(preferred) ? preferred : null,
        locale: languageFromLocale(job.message.locale),
        organizationName: conversation.organization.name,
      },
    );

    const channel = job.message.channel as Channel;
    const outbound = await db.$transaction(async (tx) => {
      const flow = { ...turn.flow };
      if (turn.question) {
        const id = await logQuestion(tx, { organizationId: conversation.organizationId, channel, language: turn.language, ...turn.question });
        if (turn.question.outcome === 'answered') flow.feedbackFor = id;
      }
      if (turn.feedback) await recordFeedback(tx, turn.feedback.questionLogId, turn.feedback.helpful);
      if (turn.setPreferredLanguage) await setPreferredLanguage(tx, conversation.contactId, turn.setPreferredLanguage);
      await tx.conversation.update({ where: { id: conversation.id }, data: { flow: flow as object, language: turn.language } });
      if (turn.handoff && conversation.state === 'bot') {
        await applyTransition(tx, conversation.id, { type: 'handoff_requested', reason: turn.handoff });
      }
      const ids: Array<{ id: string; reply: (typeof turn.replies)[number] }> = [];
      for (const reply of turn.replies) {
        ids.push({ id: await recordOutbound(tx, { conversationId: conversation.id, channel, text: reply.text, language: turn.language }), reply });
      }
      await tx.message.update({ where: { id: message.id }, data: { deliveryStatus: 'delivered', language: turn.language } });
      return ids;
    });

    await delivery.enqueue({
      items: outbound.map(({ id, reply }) => ({
        messageId: id,
        message: { channel, channelUserId: job.message.channelUserId, conversationId: conversation.id, text: reply.text, choices: reply.choices, links: reply.links },
      })),
    });
    if (turn.deleteData) await deleteContactData(db, conversation.contactId);
  }

  async close(): Promise<void> {
    await this.queue.close();
  }

  /** Removes the processing queue's keys (tests). */
  async obliterate(): Promise<void> {
    await this.queue.obliterate({ force: true });
  }
}

/** Options of {@link InboundWorker}. */
export interface InboundWorkerOptions {
  /** BullMQ connection (maxRetriesPerRequest: null). */
  connection: Redis;
  prefix?: string;
  /** Jobs processed at once by this worker; default 16. */
  concurrency?: number;
  /**
   * How long a job stays locked to this worker without a lock renewal, in ms
   * (BullMQ's `lockDuration`, default 30 000). A worker that dies loses the
   * lock after this time, and the job becomes stalled.
   */
  lockDurationMs?: number;
  /**
   * How often this worker looks for stalled jobs (locks of dead workers) and
   * puts them back to be processed again, in ms (BullMQ's `stalledInterval`,
   * default 30 000).
   */
  stalledIntervalMs?: number;
}

/**
 * Runs ConversationService.process for every processing job; several
 * processes may run one each. A job whose worker died mid-turn is taken up
 * again by a live worker once its lock expires (`lockDurationMs`, checked
 * every `stalledIntervalMs`); `process` is idempotent, so it is answered once.
 */
export class InboundWorker {
  private readonly worker: Worker<ProcessingJob>;

  constructor(service: ConversationService, options: InboundWorkerOptions) {
    this.worker = new Worker<ProcessingJob>(QUEUES.inbound, (job: Job<ProcessingJob>) => service.process(job.data), {
      connection: options.connection,
      prefix: options.prefix ?? DEFAULT_QUEUE_PREFIX,
      concurrency: options.concurrency ?? 16,
      ...(options.lockDurationMs !== undefined ? { lockDuration: options.lockDurationMs } : {}),
      ...(options.stalledIntervalMs !== undefined ? { stalledInterval: options.stalledIntervalMs } : {}),
    });
    this.worker.on('error', () => undefined);
  }

  waitUntilReady(): Promise<unknown> {
    return this.worker.waitUntilReady();
  }

  async close(): Promise<void> {
    await this.worker.close();
  }
}

