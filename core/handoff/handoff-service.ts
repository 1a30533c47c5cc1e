import type { Language } from '../languages/index.ts';
import { isLanguage } from '../languages/index.ts';
import {
  applyTransition, decryptChannelUserId, recordOutbound,
  type Channel, type ContactKeys, type ConversationTrigger, type DeliveryProducer, type MessageAuthor,
} from '../conversation/index.ts';
import type { WorkerTexts } from '../conversation/dialog-texts.ts';
import type { Db } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import type { TranslationResult, TranslationService } from '../translation/index.ts';
import { parseOrganizationSettings } from '../content/organization-settings.ts';
import { CLOSE_OUTCOMES, EMPLOYMENT_TYPES, HOUSING_TYPES, referralAgencyNames, type CloseDetails, type CloseOptions } from './close-details.ts';
import { writeHandoffRecord } from './handoff-record.ts';
import type { InboxEvents } from './inbox-events.ts';
import {
  addNote, findInboxConversation, lastWorkerActivity, listCannedReplies, listInbox, loadTranscript,
  type InboxConversation, type InboxItem,
} from './inbox-repository.ts';
import type { InboxWorker } from './inbox-worker.ts';
import { fillPlaceholders, withUntranslatedNote, workerAuthor } from './worker-author.ts';
import { alreadyIntroduced, organizationName } from './worker-notices.ts';

export interface HandoffServiceOptions {
  db: Db;
  keys: ContactKeys;
  translation: TranslationService;
  delivery: DeliveryProducer;
  events: InboxEvents;
  /** The fixed text the person gets when the worker hands back to the bot, in their language (flows/texts). */
  backToBotText: (language: Language) => string;
  /** What the person is told about the worker who writes to them, in their language (flows/texts `worker`). */
  workerTexts: (language: Language) => WorkerTexts;
  /** Called after a claim or a worker message: the claim returns to the queue if the worker stays silent this long. */
  scheduleClaimTimeout?: (conversationId: string) => Promise<void>;
  /** Minutes a claimed conversation may stay without a worker message before it returns to the queue. */
  claimTimeoutMinutes: number;
  now?: () => Date;
}

/** A row of the inbox list as the worker sees it: the person's last message also in the worker's language, when translated. */
export interface InboxListItem extends InboxItem {
  lastQuestionTranslation?: { text: string; language: string };
}

/** A transcript entry as the worker sees it: the original and, where it differs, the text in the worker's language. */
export interface TranscriptEntry {
  id: string;
  kind: 'message' | 'note' | 'event';
  at: Date;
  /** contact | bot | system for messages, the worker's name for a worker's message; the actor's name for notes and events. */
  author: string;
  /** Who wrote a message (`author` holds a worker's name, so a worker called "bot" is still told apart). */
  role?: 'contact' | 'bot' | 'worker' | 'system';
  /** As written (or, for bot answers, as the person saw them). */
  text: string;
  language: string | null;
  /** For the person's messages: the text in the worker's language. For worker messages: what the person received. */
  translation?: { text: string; language: string; warning?: string };
  deliveryStatus?: string;
  deliveryError?: string | null;
  type?: string;
}

/**
 * The outreach workers' side of a handoff: the queue, claiming and
 * assigning, the transcript with translations, replies translated into the
 * person's language and sent on their own channel, notes, handing back to
 * the bot, closing. Every operation is scoped to the worker's
 * municipalities; anything else is NOT_FOUND, so nothing leaks across
 * municipalities (and employers, which never own conversations, see none).
 */
export class HandoffService {
  private readonly now: () => Date;

  constructor(private readonly o: HandoffServiceOptions) {
    this.now = o.now ?? (() => new Date());
  }

  /**
   * Waiting and held conversations: urgent ones first (a person in danger
   * comes before everything else), then those in a language the worker
   * speaks, then longest waiting first. The person's last message comes in
   * the worker's language too, where a translation is at hand (otherwise the
   * list shows it as written).
   */
  async queue(worker: InboxWorker): Promise<InboxListItem[]> {
    const items: InboxListItem[] = await listInbox(this.o.db, worker.organizationIds);
    const speaks = (item: InboxItem) => (item.language && worker.languages.includes(item.language) ? 0 : 1);
    const urgent = (item: InboxItem) => (item.urgent ? 0 : 1);
    const sorted = items
      .map((item, i) => ({ item, i }))
      .sort((a, b) => urgent(a.item) - urgent(b.item) || speaks(a.item) - speaks(b.item) || a.i - b.i)
      .map((x) => x.item);
    const target = workerLanguage(worker);
    const results = await this.intoLanguage(target, sorted.map((item) => ({ organizationId: item.organizationId, language: item.language, text: item.lastQuestion ?? '' })));
    sorted.forEach((item, i) => {
      const result = results[i];
      if (result?.status === 'translated' || result?.status === 'cached') item.lastQuestionTranslation = { text: result.text, language: target };
    });
    return sorted;
  }

  /** The whole conversation, the person's messages translated into the worker's language. */
  async transcript(worker: InboxWorker, conversationId: string): Promise<{ conversation: InboxConversationView; entries: TranscriptEntry[] }> {
    const conversation = await this.visible(worker, conversationId);
    const { messages, events } = await loadTranscript(this.o.db, conversationId);
    const target = workerLanguage(worker);
    const entries: TranscriptEntry[] = messages.map((m) => ({
      id: m.id, kind: 'message', at: m.createdAt, author: m.author === 'worker' ? (m.authorUser?.name ?? 'worker') : m.author, role: m.author,
      text: m.text, language: m.language, deliveryStatus: m.deliveryStatus, deliveryError: m.deliveryError,
      ...(m.author === 'worker' && m.translatedText && m.translatedLanguage ? { translation: { text: m.translatedText, language: m.translatedLanguage } } : {}),
    }));
    // The rest into the worker's language.
    const pending = entries.filter((e) => !e.translation);
    const results = await this.intoLanguage(target, pending.map((e) => ({ organizationId: conversation.organizationId, language: e.language, text: e.text })));
    pending.forEach((entry, i) => {
      const result = results[i];
      if (result && result.status !== 'same_language') entry.translation = { text: result.text, language: target, warning: result.warning };
    });
    for (const e of events) {
      const data = (e.data ?? {}) as { text?: string };
      entries.push({
        id: e.id, kind: e.type === 'conversation.note_added' ? 'note' : 'event', at: e.createdAt, author: e.actorUser?.name ?? 'system',
        text: data.text ?? '', language: null, type: e.type,
      });
    }
    entries.sort((a, b) => a.at.getTime() - b.at.getTime());
    return { conversation: view(conversation), entries };
  }

  /**
   * Texts into `target`, one batch per municipality (its glossary) and source
   * language; cached texts cost nothing. Undefined for an empty text or one
   * already in `target`.
   */
  private async intoLanguage(
    target: Language,
    texts: Array<{ organizationId: string; language: string | null; text: string }>,
  ): Promise<Array<TranslationResult | undefined>> {
    const results: Array<TranslationResult | undefined> = texts.map(() => undefined);
    const batches = new Map<string, { organizationId: string; from?: Language; indexes: number[] }>();
    texts.forEach(({ organizationId, language, text }, i) => {
      if (!text.trim() || language === target) return;
      const from = language && isLanguage(language) ? language : undefined;
      const key = `${organizationId} ${from ?? ''}`;
      const batch = batches.get(key) ?? { organizationId, from, indexes: [] };
      batch.indexes.push(i);
      batches.set(key, batch);
    });
    for (const { organizationId, from, indexes } of batches.values()) {
      const translated = await this.o.translation.translateAll(organizationId, indexes.map((i) => texts[i].text), { from, to: target });
      indexes.forEach((index, j) => (results[index] = translated[j]));
    }
    return results;
  }

  /** Takes the conversation; the person is told, in their language, who now reads along (once: not again for the same worker). */
  async claim(worker: InboxWorker, conversationId: string): Promise<void> {
    const c = await this.visible(worker, conversationId);
    await this.change(c, { type: 'claimed', workerId: worker.userId }, worker.userId);
    await this.introduce(c, worker);
    await this.o.scheduleClaimTimeout?.(c.id);
  }

  /** Gives a conversation to a colleague who serves the same municipality (released first when someone else holds it). */
  async assign(worker: InboxWorker, conversationId: string, colleague: InboxWorker): Promise<void> {
    const c = await this.visible(worker, conversationId);
    if (!colleague.organizationIds.includes(c.organizationId)) throw new AppError('NOT_FOUND', { what: 'Colleague' });
    if (c.state === 'agent') await applyTransition(this.o.db, c.id, { type: 'released', reason: 'worker' }, worker.userId);
    await this.change(c, { type: 'claimed', workerId: colleague.userId }, worker.userId);
    await this.introduce(c, colleague);
    await this.o.scheduleClaimTimeout?.(c.id);
  }

  async release(worker: InboxWorker, conversationId: string): Promise<void> {
    const c = await this.held(worker, conversationId);
    await this.change(c, { type: 'released', reason: 'worker' }, worker.userId);
  }

  /** The bot answers again; the person is told so in their language. */
  async handBack(worker: InboxWorker, conversationId: string): Promise<void> {
    const c = await this.visible(worker, conversationId);
    await this.change(c, { type: 'handed_back', workerId: worker.userId }, worker.userId);
    const language = personLanguage(c);
    await this.send(c, { text: this.o.backToBotText(language), language, author: 'system' });
  }

  /**
   * Closes the conversation with the worker's outcome and, optionally, the agency the person was referred
   * to (one of closeOptions' agencies), their employment and housing type. Closing a handed-off
   * conversation (waiting or held) writes its anonymous HandoffRecord in the same transaction.
   */
  async close(worker: InboxWorker, conversationId: string, outcome: string, details: CloseDetails = {}): Promise<void> {
    const c = await this.visible(worker, conversationId);
    if (details.agency !== undefined && !(await this.agencies(c.organizationId)).includes(details.agency)) {
      throw new AppError('VALIDATION_FAILED', { details: 'agency: not one of the municipality\'s referral agencies' });
    }
    const t = await this.o.db.$transaction(async (tx) => {
      const done = await applyTransition(tx, c.id, { type: 'closed', outcome, workerId: worker.userId }, worker.userId);
      if (done.from === 'waiting' || done.from === 'agent') await writeHandoffRecord(tx, { conversationId: c.id, from: done.from, outcome, details });
      return done;
    });
    await this.o.events.publish({ type: t.event, organizationId: c.organizationId, conversationId: c.id });
  }

  /** What the close form offers for this conversation: outcomes, its municipality's referral agencies, employment and housing types. */
  async closeOptions(worker: InboxWorker, conversationId: string): Promise<CloseOptions> {
    const c = await this.visible(worker, conversationId);
    return { outcomes: CLOSE_OUTCOMES, agencies: await this.agencies(c.organizationId), employmentTypes: EMPLOYMENT_TYPES, housingTypes: HOUSING_TYPES };
  }

  /** The municipality's referral agencies by name (its settings, else the defaults and its own desks). */
  private async agencies(organizationId: string): Promise<string[]> {
    const org = await this.o.db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true, settings: true } });
    return referralAgencyNames(parseOrganizationSettings(org.settings).referralAgencies, org.name);
  }

  async note(worker: InboxWorker, conversationId: string, text: string): Promise<void> {
    const c = await this.visible(worker, conversationId);
    await addNote(this.o.db, c.id, worker.userId, text);
    await this.o.events.publish({ type: 'conversation.note_added', organizationId: c.organizationId, conversationId: c.id });
  }

  /** What the person would receive: the worker's text in the person's language (shown before sending). */
  async preview(worker: InboxWorker, conversationId: string, text: string): Promise<TranslationResult & { language: string }> {
    const c = await this.visible(worker, conversationId);
    const to = personLanguage(c);
    // The source language is detected: workers write in any language they speak, and canned replies are in the organization's.
    return { ...(await this.o.translation.translate({ organizationId: c.organizationId, text, to })), language: to };
  }

  /**
   * Sends the worker's message, translated into the person's language, on
   * the person's channel, signed with the worker's first name; the original
   * is kept with the message, and what the person received beside it. When
   * the translation is unavailable the message is not sent unless the worker
   * confirmed sending it as written (`untranslated: true`); it then goes out
   * under a note, in the person's language, that it is untranslated.
   */
  async reply(worker: InboxWorker, conversationId: string, text: string, options: { untranslated?: boolean } = {}): Promise<{ messageId: string }> {
    const c = await this.held(worker, conversationId);
    const result = await this.preview(worker, conversationId, text);
    if (result.status === 'unavailable' && !options.untranslated) {
      throw new AppError('TRANSLATION_UNAVAILABLE', { warning: result.warning ?? 'translation unavailable' });
    }
    const from = result.detectedSource ?? worker.languages.find(isLanguage);
    const untranslated = result.status === 'unavailable';
    const messageId = await this.send(c, {
      text, language: from ?? null, author: 'worker', authorUserId: worker.userId,
      // Sent untranslated: the person receives the worker's own words, under a note in their own language.
      delivered: untranslated ? withUntranslatedNote(this.o.workerTexts(personLanguage(c)).untranslatedNote, text) : result.text,
      deliveredLanguage: result.language,
      from: await this.author(c, worker),
    });
    await this.o.scheduleClaimTimeout?.(c.id);
    return { messageId };
  }

  /** Canned replies of the worker's municipalities. */
  cannedReplies(worker: InboxWorker) {
    return listCannedReplies(this.o.db, worker.organizationIds);
  }

  /**
   * The claim timeout: a conversation whose worker has not written for the
   * configured time returns to the queue. Returns whether it was released.
   */
  async releaseIfIdle(conversationId: string): Promise<boolean> {
    const c = await this.o.db.conversation.findUnique({ where: { id: conversationId }, select: { id: true, state: true, organizationId: true, claimedAt: true } });
    if (!c || c.state !== 'agent') return false;
    const last = await lastWorkerActivity(this.o.db, c.id, c.claimedAt);
    if (last && this.now().getTime() - last.getTime() < this.o.claimTimeoutMinutes * 60_000) return false;
    await applyTransition(this.o.db, c.id, { type: 'released', reason: 'timeout' });
    await this.o.events.publish({ type: 'conversation.released', organizationId: c.organizationId, conversationId: c.id });
    return true;
  }

  private async visible(worker: InboxWorker, conversationId: string): Promise<InboxConversation> {
    const c = await findInboxConversation(this.o.db, worker.organizationIds, conversationId);
    if (!c) throw new AppError('NOT_FOUND', { what: 'Conversation' });
    return c;
  }

  /** A conversation this worker holds (claimed); others get CONVERSATION_NOT_HELD. */
  private async held(worker: InboxWorker, conversationId: string): Promise<InboxConversation> {
    const c = await this.visible(worker, conversationId);
    if (c.state !== 'agent' || c.assignedWorkerId !== worker.userId) throw new AppError('CONVERSATION_NOT_HELD');
    return c;
  }

  /** Tells the person, in their language, that this worker now reads along, unless the last notice already said so. */
  private async introduce(c: InboxConversation, worker: Pick<InboxWorker, 'userId' | 'name'>): Promise<void> {
    if (await alreadyIntroduced(this.o.db, c.id, worker.userId)) return;
    const from = await this.author(c, worker);
    const language = personLanguage(c);
    const text = fillPlaceholders(this.o.workerTexts(language).joined, { name: from.name, organization: from.organization });
    await this.send(c, { text, language, author: 'system', authorUserId: worker.userId, from });
  }

  /** How the person sees this worker: first name and municipality (never the email). */
  private async author(c: Pick<InboxConversation, 'organizationId'>, worker: Pick<InboxWorker, 'name'>): Promise<MessageAuthor> {
    return workerAuthor(worker.name, await organizationName(this.o.db, c.organizationId));
  }

  private async change(c: Pick<InboxConversation, 'id' | 'organizationId'>, trigger: ConversationTrigger, actorUserId: string): Promise<void> {
    const t = await applyTransition(this.o.db, c.id, trigger, actorUserId);
    await this.o.events.publish({ type: t.event, organizationId: c.organizationId, conversationId: c.id });
  }

  /** Stores an outbound message and queues its delivery on the person's channel. */
  private async send(
    c: InboxConversation,
    m: {
      text: string; language: string | null; author: 'worker' | 'system'; authorUserId?: string; delivered?: string; deliveredLanguage?: string;
      /** Shown to the person as the writer (the worker), instead of the bot. */
      from?: MessageAuthor;
    },
  ): Promise<string> {
    const channel = c.contact.channel as Channel;
    const messageId = await recordOutbound(this.o.db, {
      conversationId: c.id, channel, text: m.text, language: m.language ?? undefined, author: m.author, authorUserId: m.authorUserId,
      translatedText: m.delivered, translatedLanguage: m.deliveredLanguage,
    });
    await this.o.delivery.enqueue({
      items: [{
        messageId,
        message: {
          channel, channelUserId: decryptChannelUserId(this.o.keys, c.contact.channelUserIdEncrypted), conversationId: c.id,
          text: m.delivered ?? m.text, choices: [], links: [], language: m.deliveredLanguage ?? m.language ?? undefined,
          ...(m.from ? { from: m.from } : {}),
        },
      }],
    });
    await this.o.events.publish({ type: 'message.sent', organizationId: c.organizationId, conversationId: c.id });
    return messageId;
  }
}

/** The language a worker reads the inbox in: the first of theirs we support, else Dutch. */
function workerLanguage(worker: InboxWorker): Language {
  return worker.languages.find(isLanguage) ?? 'nl';
}

/** The person's language for replies: the conversation's, else English. */
function personLanguage(c: Pick<InboxConversation, 'language'>): Language {
  return c.language && isLanguage(c.language) ? c.language : 'en';
}

/** The conversation header the inbox shows (no channel identity). */
export interface InboxConversationView {
  id: string;
  state: string;
  organizationId: string;
  language: string | null;
  channel: string;
  assignedWorkerId: string | null;
  waitingSince: Date | null;
  claimedAt: Date | null;
  /** The kind of danger the person described (core/safety); null when not urgent. */
  urgent: string | null;
  urgentAt: Date | null;
}

function view(c: InboxConversation): InboxConversationView {
  return {
    id: c.id, state: c.state, organizationId: c.organizationId, language: c.language, channel: c.contact.channel,
    assignedWorkerId: c.assignedWorkerId, waitingSince: c.waitingSince, claimedAt: c.claimedAt, urgent: c.urgent, urgentAt: c.urgentAt,
  };
}
