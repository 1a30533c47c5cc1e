import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { prepared, runPrepared, type DbClient } from '../platform/db.ts';
import { DEFAULT_QUEUE_PREFIX, QUEUES } from '../platform/queues.ts';
import { redisHealth } from '../platform/redis-health.ts';
import { decryptChannelUserId, type ContactKeys } from './contact-identity.ts';
import type { Channel } from './messages.ts';
import type { ChannelDataEraser } from './ports.ts';

/**
 * Where translations of people's messages are cached outside the database
 * (core/translation's CachedTranslationEraser implements it on Redis).
 */
export interface TranslationCacheEraser {
  /** Removes every cached translation of these texts; idempotent. */
  forgetTexts(texts: Iterable<string>): Promise<void>;
}

/** Options of {@link ContactErasure}. */
export interface ContactErasureOptions {
  db: DbClient;
  /** BullMQ's connection and prefix: the inbound and delivery queues whose jobs carry the person's channel id and text. */
  connection: Redis;
  prefix?: string;
  keys: ContactKeys;
  /** Channels' state outside the database (web chat log and streams in Redis, ...); read at each erasure, so a list filled once the channels exist works. */
  erasers?: Iterable<ChannelDataEraser>;
  /** The translation cache. */
  translations?: TranslationCacheEraser;
  log?: Logger;
}

/** A person's identity and the traces their messages left, read before anything is deleted. */
interface ContactTraces {
  channel: Channel;
  channelUserId?: string;
  messageIds: string[];
  texts: string[];
}

/**
 * Erases one person everywhere ("delete my data", retention): the
 * translations cached for the texts of their messages, the queue jobs of
 * their messages (inbound turns, deliveries) except those asked to be kept
 * (the job running now, the confirmation being sent), the database rows
 * (contact, channel identity, entries, conversations, messages, timeline:
 * one cascading delete), and what each channel keeps outside the database
 * (`ChannelDataEraser.forget`, after the rows are gone). The anonymous
 * question log stays: it never held anything that identifies the person.
 *
 * Redis is cleaned before the rows go because the rows are what finds it
 * (message ids are the job ids, message texts hash to the cache keys): run
 * again after a crash, the erasure finds everything again. Idempotent.
 */
export class ContactErasure {
  /** The inbound and delivery queues, whose jobs carry people's channel ids and texts (retention cleans their failed jobs too). */
  readonly jobQueues: readonly Queue[];

  constructor(private readonly options: ContactErasureOptions) {
    const prefix = options.prefix ?? DEFAULT_QUEUE_PREFIX;
    this.jobQueues = [QUEUES.inbound, QUEUES.delivery].map((name) => {
      const queue = new Queue(name, { connection: options.connection, prefix });
      redisHealth().watchQueue(`${name}:erasure`, queue);
      return queue;
    });
  }

  /**
   * Erases the contact. `keepJobIds`: jobs to leave alone (they end by
   * themselves and are removed once done). Returns false when the contact
   * was gone already.
   */
  async erase(contactId: string, options: { keepJobIds?: Iterable<string> } = {}): Promise<boolean> {
    const traces = await this.traces(contactId);
    if (!traces) return false;
    await this.options.translations?.forgetTexts(traces.texts);
    await this.removeJobs(traces.messageIds, new Set(options.keepJobIds ?? []));
    await this.options.db.contact.deleteMany({ where: { id: contactId } });
    await this.forgetChannelData(traces.channel, traces.channelUserId);
    return true;
  }

  /** What the channels keep of a person whose rows are gone already (retention deletes rows in batches first). */
  async forgetChannelData(channel: Channel, channelUserId: string | undefined): Promise<void> {
    if (channelUserId === undefined) return;
    for (const eraser of this.options.erasers ?? []) {
      if (eraser.channel !== channel) continue;
      await eraser.forget(channelUserId).catch((err: unknown) => {
        this.options.log?.warn({ module: 'erasure', channel, err: err instanceof Error ? err.message : String(err) }, 'channel data could not be erased');
      });
    }
  }

  /** The person's channel id (decrypted) and stored channel id, and their messages' ids and texts. */
  private async traces(contactId: string): Promise<ContactTraces | undefined> {
    const rows = await runPrepared<{ channel: Channel; sealed: Uint8Array; id: string | null; text: string | null; translated: string | null }>(
      this.options.db, prepared('erasure-traces')`
        SELECT ct.channel::text AS channel, ct.channel_user_id_encrypted AS sealed, m.id, m.text, m.translated_text AS translated
        FROM contacts ct
        LEFT JOIN conversations c ON c.contact_id = ct.id
        LEFT JOIN messages m ON m.conversation_id = c.id
        WHERE ct.id = ${contactId}`);
    if (rows.length === 0) return undefined;
    const texts = rows.flatMap((r) => [r.text, r.translated]).filter((t): t is string => typeof t === 'string' && t.length > 0);
    return {
      channel: rows[0].channel,
      channelUserId: this.decrypt(rows[0].sealed),
      messageIds: rows.map((r) => r.id).filter((id): id is string => id !== null),
      texts,
    };
  }

  /** The channel id, or undefined when it cannot be read (made with another key): the database rows still go. */
  decrypt(sealed: Uint8Array): string | undefined {
    try {
      return decryptChannelUserId(this.options.keys, sealed);
    } catch {
      this.options.log?.warn({ module: 'erasure' }, 'a channel user id could not be decrypted; its channel data is left to expire');
      return undefined;
    }
  }

  /**
   * Removes the jobs named by the person's message ids: an inbound job's id
   * is its message's, a delivery job's the id of the first message it sends.
   * A job a worker holds right now is locked and stays (BullMQ's remove
   * answers 0); it is removed when it completes.
   */
  private async removeJobs(messageIds: string[], keep: ReadonlySet<string>): Promise<void> {
    const ids = messageIds.filter((id) => !keep.has(id));
    for (let i = 0; i < ids.length; i += 200) {
      const chunk = ids.slice(i, i + 200);
      await Promise.all(this.jobQueues.flatMap((queue) => chunk.map((id) => queue.remove(id))));
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.jobQueues.map((q) => q.close()));
  }
}
