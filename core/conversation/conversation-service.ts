import { Queue, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { renderTile, type AnswerService } from '../answers/index.ts';
import { randomUUID } from 'node:crypto';
import { EntryResolver, entryPointKey, parseOrganizationSettings } from '../content/index.ts';
import { isLanguage, languageFromLocale, type Language } from '../languages/index.ts';
import type { CrisisKind } from '../safety/index.ts';
import { safetyReplyWhileHeld } from './safety-reply.ts';
import type { Db } from '../platform/db.ts';
import { DEFAULT_QUEUE_PREFIX, QUEUES } from '../platform/queues.ts';
import { redisHealth } from '../platform/redis-health.ts';
import type { ContactKeys } from './contact-identity.ts';
import { closedNotice, parseOfficeHours } from '../handoff/office-hours.ts';
import { AppError, isAppError } from '../platform/errors.ts';
import { contactDataSummary } from './conversation-repository.ts';
import { privacyFacts } from './contact-data.ts';
import { ContactErasure, type TranslationCacheEraser } from './erasure.ts';
import type { DeliveryProducer } from './delivery.ts';
import { runTurn, type DialogContext, type FlowMemory, type TurnInput, type TurnResult } from './dialog.ts';
import { classifyInput, type Channel, type InboundMessage } from './messages.ts';
import { recordGaps, rememberQuestion } from './question-memory.ts';
import type { ChannelDataEraser, ContentGapRecorder, ConversationEvents, InboundHandler, MissingTranslations } from './ports.ts';
import { botMaySpeak, transition } from './state-machine.ts';
import { loadTurn, receiveInbound, saveTurn, turnReplies, type StoredReply, type TurnContext } from './turn-repository.ts';

/** Options of a message's processing job (job id = message id, so a message has one job at a time). */
function processingJobOptions(messageId: string) {
  // Jobs hold the channel id: gone once done; failed ones kept a week for inspection.
  return { jobId: messageId, attempts: 5, backoff: { type: 'exponential', delay: 500 }, removeOnComplete: true, removeOnFail: { age: 7 * 24 * 3600 } };
}

/** Times a turn is recomputed when the conversation keeps changing under it, before the job is retried later. */
const MAX_TURN_ATTEMPTS = 5;

export interface ConversationServiceOptions {
  db: Db;
  /** BullMQ connection (maxRetriesPerRequest: null). */
  connection: Redis;
  prefix?: string;
  keys: ContactKeys;
  answers: AnswerService;
  delivery: DeliveryProducer;
  dialog: Omit<DialogContext, 'engine'>;
  /**
   * Municipality for chats without entry code or page: a slug, or a reader
   * of the deployment setting (core/content DeploymentSettings, cached briefly)
   * so a change by a national administrator applies without a restart.
   */
  defaultOrganization: string | (() => Promise<string>);
  /** Live events for the inbox (handoffs, messages in conversations people hold); none when left out. */
  events?: ConversationEvents;
  /**
   * What "delete my data" erases besides the database rows: each channel's
   * state outside the database (the web chat log in Redis, ...) and the
   * translation cache. None when left out.
   */
  erasers?: Iterable<ChannelDataEraser>;
  translations?: TranslationCacheEraser;
  /**
   * Instant translation of a tile shown without text in the person's
   * language (DeepL). Without it, or when it fails or takes longer than
   * `instantTranslationTimeoutMs`, the source text goes out with the "not yet
   * in your language" line.
   */
  missingTranslations?: MissingTranslations;
  /** How long a turn waits for `missingTranslations`, in ms; default 4000. */
  instantTranslationTimeoutMs?: number;
  /**
   * The content-gap store: every unanswered question, and every question whose answer the person
   * marked "not helpful", once the turn is saved (core/reports/gaps). None when left out.
   */
  contentGaps?: ContentGapRecorder;
}

/** Default of ConversationServiceOptions.instantTranslationTimeoutMs. */
const INSTANT_TRANSLATION_TIMEOUT_MS = 4000;

/** Payload of an inbound-processing job: the stored inbound message. */
export interface ProcessingJob {
  messageId: string;
  message: Pick<InboundMessage, 'channel' | 'channelUserId' | 'payload' | 'locale' | 'hasMedia'>;
  /**
   * The turn context as stored with the message, which spares the first
   * attempt a query; a turn saved meanwhile (or a run after a crash) makes
   * the save fail and the turn load the current one.
   */
  context?: TurnContext;
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
  private readonly entries: EntryResolver;
  private readonly erasure: ContactErasure;

  constructor(private readonly options: ConversationServiceOptions) {
    this.entries = new EntryResolver(options.db);
    this.erasure = new ContactErasure({
      db: options.db, connection: options.connection, prefix: options.prefix, keys: options.keys,
      erasers: options.erasers, translations: options.translations,
    });
    this.queue = new Queue<ProcessingJob>(QUEUES.inbound, { connection: options.connection, prefix: options.prefix ?? DEFAULT_QUEUE_PREFIX });
    redisHealth().watchQueue(`${QUEUES.inbound}:queue`, this.queue);
  }

  /**
   * Queues the processing of a stored message again, for one whose job
   * Redis lost (StrandedTurns); a job that still exists is left alone.
   */
  async requeue(stranded: { messageId: string; message: ProcessingJob['message'] }): Promise<void> {
    await this.queue.add('process', { messageId: stranded.messageId, message: stranded.message }, processingJobOptions(stranded.messageId));
  }

  async receive(message: InboundMessage): Promise<{ duplicate: boolean }> {
    const { db, keys } = this.options;
    const defaultOrganization = typeof this.options.defaultOrganization === 'string'
      ? this.options.defaultOrganization
      : await this.options.defaultOrganization();
    let named = Boolean(message.entryCode || message.organizationSlug);
    const entry = await this.entries
      .resolve(message.entryCode, message.organizationSlug ?? defaultOrganization)
      .catch((err: unknown) => {
        if (!isAppError(err, 'ORGANIZATION_NOT_FOUND') && !isAppError(err, 'CONFIG_INVALID')) throw err; // database trouble: the channel retries
        named = false; // an unknown municipality named by the client moves nobody
        return this.entries.resolve(message.entryCode, defaultOrganization);
      });
    const stored = await receiveInbound(db, keys, {
      channel: message.channel,
      channelUserId: message.channelUserId,
      externalId: message.externalId,
      // PostgreSQL text cannot hold NUL; a message with one would be refused (and redelivered) forever.
      text: (message.text ?? '').replaceAll('\u0000', ''),
      organizationId: entry.municipality.id,
      layerOrganizationId: entry.layer?.id,
      // A usable entry code or chat page chooses the municipality; otherwise the person stays with theirs.
      staysWithLast: entry.fallback || !named,
      entryCodeId: entry.codeId,
      entryCode: entry.code,
    });
    // Enqueued for duplicates too: a job lost between the insert and the enqueue is recreated (same job id, so never twice).
    await this.queue.add(
      'process',
      {
        messageId: stored.id,
        message: { channel: message.channel, channelUserId: message.channelUserId, payload: message.payload, locale: message.locale, hasMedia: message.hasMedia },
        context: stored.context,
      },
      processingJobOptions(stored.id),
    );
    return { duplicate: stored.duplicate };
  }

  /**
   * One dialog turn for a stored inbound message (idempotent). The turn is
   * computed from the conversation as loaded and saved only if nobody
   * changed it meanwhile (another message of the same person, a worker's
   * claim); otherwise it is computed again from the fresh state.
   */
  async process(job: ProcessingJob): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.turn(job, attempt === 1 ? job.context : undefined);
      if (outcome !== 'conflict') return;
      if (attempt >= MAX_TURN_ATTEMPTS) throw new AppError('CONVERSATION_BUSY', { attempts: attempt });
    }
  }

  private async turn(job: ProcessingJob, known: TurnContext | undefined): Promise<'done' | 'conflict'> {
    const { db, answers, dialog, delivery } = this.options;
    const context = known ?? (await loadTurn(db, job.messageId));
    if (!context) return 'done'; // the person deleted their data
    if (context.deliveryStatus !== 'received') {
      // Processed before. If the worker died after saving the turn but before queueing its replies (or
      // before erasing the data the person asked to delete), finish that now.
      const replyIds = await this.resumeDelivery(job, context.conversationId);
      if ((context.flow as FlowMemory).deleteRequested) await this.erasure.erase(context.contactId, { keepJobIds: [job.messageId, ...replyIds] });
      return 'done';
    }
    const flow = context.flow as FlowMemory;
    const version = flow.turn ?? 0;
    const channel = job.message.channel as Channel;
    if (!botMaySpeak(context.state)) {
      // A person holds the conversation: the message waits for them in the inbox (a danger new to it gets the safety card).
      const safety = this.safetyWhileHeld(context);
      const replies = safety ? [{ id: randomUUID(), text: safety.text, choices: [], links: [] }] : [];
      const saved = await saveTurn(db, {
        context, version, channel, language: safety?.language ?? context.language, flow: { ...flow, turn: version + 1 }, replies,
        ...(safety ? { urgent: safety.kind, question: { id: randomUUID(), outcome: 'urgent' as const } } : {}),
      });
      if (saved) await this.announce('message.received', context);
      if (saved && safety) {
        await this.announce('conversation.urgent', context);
        await this.enqueueTurn(job, context.conversationId, replies, safety.language);
      }
      return saved ? 'done' : 'conflict';
    }

    // The entry point: the municipality, with the employer or housing-provider layer the person came through.
    const engine = await answers.engine(entryPointKey(context.organizationSlug, context.entrySlug));
    const officeHours = parseOfficeHours(context.officeHours);
    const now = new Date();
    const preferred = context.preferredLanguage;
    const input: TurnInput = {
      kind: classifyInput({ text: context.text, payload: job.message.payload, hasMedia: job.message.hasMedia }),
      text: context.text,
      payload: job.message.payload,
      flow,
      preferredLanguage: isLanguage(preferred) ? preferred : null,
      conversationLanguage: isLanguage(context.language) ? context.language : undefined,
      locale: languageFromLocale(job.message.locale),
      organizationName: context.organizationName,
      inboxClosed: (lang) => closedNotice(officeHours, now, lang),
      safetyCard: parseOrganizationSettings(context.settings).safetyCard,
      // The privacy notice states the municipality's retention and links its statement (first contact only).
      ...(flow.greeted ? {} : { privacy: privacyFacts(context.settings) }),
    };
    let turn = runTurn({ ...dialog, engine }, input);
    if (turn.needsContactData) {
      // "My data": the facts come from the database; the same turn runs again with them.
      const contactData = await contactDataSummary(db, context.contactId);
      turn = runTurn({ ...dialog, engine }, { ...input, contactData, privacy: privacyFacts(context.settings) });
    }

    const question = turn.question && { id: randomUUID(), ...turn.question };
    const replies = (await this.translateMissing(turn, context.organizationId)).map((reply) => ({ id: randomUUID(), ...reply }));
    const asked = input.kind === 'text' ? context.text : undefined;
    const saved = await saveTurn(db, {
      context,
      version,
      channel,
      language: turn.language,
      flow: {
        ...rememberQuestion(turn.flow, question, asked),
        turn: version + 1,
        ...(question?.themeKey ? { lastTheme: question.themeKey } : {}),
        ...(turn.deleteData ? { deleteRequested: true } : {}),
      },
      replies,
      question,
      feedback: turn.feedback,
      setPreferredLanguage: turn.setPreferredLanguage,
      transition: turn.handoff && context.state === 'bot' ? transition('bot', { type: 'handoff_requested', reason: turn.handoff }) : undefined,
      urgent: turn.urgent,
    });
    if (!saved) return 'conflict';
    if (turn.handoff && context.state === 'bot') await this.announce('conversation.handed_off', context);
    if (turn.urgent) await this.announce('conversation.urgent', context);

    await this.enqueueTurn(job, context.conversationId, replies, turn.language);
    if (this.options.contentGaps) await recordGaps(this.options.contentGaps, db, { context, turn, before: flow, unanswered: question?.outcome === 'unanswered' ? asked : undefined });
    // The job running now and the confirmation being sent are left to finish (both are removed once done).
    if (turn.deleteData) await this.erasure.erase(context.contactId, { keepJobIds: [job.messageId, ...replies.map((r) => r.id)] });
    return 'done';
  }

  /**
   * The turn's replies, the tile reply shown in its source language (TurnResult.untranslated)
   * rendered again in the person's language when `missingTranslations` makes that text in
   * time; otherwise as they are (source text with the note). Never throws. An urgent turn
   * does not wait: its safety card goes out at once.
   */
  private async translateMissing(turn: TurnResult, organizationId: string): Promise<TurnResult['replies']> {
    const missing = turn.untranslated;
    const port = this.options.missingTranslations;
    if (!missing || !port || turn.urgent) return turn.replies;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), this.options.instantTranslationTimeoutMs ?? INSTANT_TRANSLATION_TIMEOUT_MS);
    });
    const request = Promise.resolve()
      .then(() => port.translate({ organizationId, tile: missing.tile, lang: missing.lang }))
      .catch(() => undefined);
    const content = await Promise.race([request, timeout]).finally(() => clearTimeout(timer));
    if (!content?.title.trim() || !content.body.trim()) return turn.replies;
    const tile = { ...missing.tile, content: { ...missing.tile.content, [missing.lang]: content } };
    const shown = renderTile(tile, missing.lang, this.options.dialog.answerTexts);
    return turn.replies.map((reply, i) => (i === missing.replyIndex ? { ...reply, text: shown.text, links: shown.links } : reply));
  }

  /** Queues a turn's replies as one delivery job (job id = first reply's id: queueing a turn twice delivers it once). */
  private async enqueueTurn(job: ProcessingJob, conversationId: string, replies: StoredReply[], language: string | undefined): Promise<void> {
    const { channel, channelUserId } = job.message;
    await this.options.delivery.enqueue({
      items: replies.map(({ id, text, choices, links }) => ({ messageId: id, message: { channel, channelUserId, conversationId, text, choices, links, language } })),
    });
  }

  /** Re-queues a saved turn whose replies are still `queued` (a no-op when its job exists or all were sent); returns the replies' ids. */
  private async resumeDelivery(job: ProcessingJob, conversationId: string): Promise<string[]> {
    const replies = await turnReplies(this.options.db, job.messageId);
    if (replies.some((r) => r.deliveryStatus === 'queued')) await this.enqueueTurn(job, conversationId, replies, replies[0].language ?? undefined);
    return replies.map((r) => r.id);
  }

  /** The safety card for a message to a conversation people hold, when it describes a danger new to it (see safetyReplyWhileHeld). */
  private safetyWhileHeld(context: TurnContext): { kind: CrisisKind; text: string; language: Language } | undefined {
    const language = [context.language, context.preferredLanguage].find(isLanguage) ?? 'en';
    const reply = safetyReplyWhileHeld({
      text: context.text,
      language,
      marked: context.urgent,
      texts: this.options.dialog.texts[language].safety,
      local: parseOrganizationSettings(context.settings).safetyCard,
      closed: closedNotice(parseOfficeHours(context.officeHours), new Date(), language),
    });
    return reply && { ...reply, language };
  }

  private async announce(type: string, context: { organizationId: string; conversationId: string }): Promise<void> {
    await this.options.events?.publish({ type, organizationId: context.organizationId, conversationId: context.conversationId }).catch(() => undefined);
  }

  async close(): Promise<void> {
    await Promise.all([this.queue.close(), this.erasure.close()]);
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
  /** Where worker errors and messages that failed every attempt are reported. */
  log?: Logger;
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
    redisHealth().watchQueue(`${QUEUES.inbound}:worker`, this.worker);
    // A message whose turn failed every attempt stays `received`: say so, with the ids to find it.
    this.worker.on('failed', (job, err) => {
      if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) {
        options.log?.error({ module: 'conversation', job: job.id, err: err.message }, 'a message could not be processed; it stays stored as received');
        // Kept a week for inspection: without the message text (it stays in the database).
        if (job.data.context) void job.updateData({ messageId: job.data.messageId, message: job.data.message }).catch(() => undefined);
      }
    });
  }

  waitUntilReady(): Promise<unknown> {
    return this.worker.waitUntilReady();
  }

  async close(): Promise<void> {
    await this.worker.close();
  }
}

