import type { Logger } from 'pino';
import type { Db } from '../platform/db.ts';
import { decryptChannelUserId, type ContactKeys } from './contact-identity.ts';
import type { Channel } from './messages.ts';

/** What {@link StrandedTurns} hands back to the conversation service: a stored message whose processing to queue again. */
export interface StrandedMessage {
  messageId: string;
  message: { channel: Channel; channelUserId: string };
}

/** Options of {@link StrandedTurns}. */
export interface StrandedTurnsOptions {
  db: Db;
  keys: ContactKeys;
  /** Queues the message's processing job again (ConversationService.requeue: same job id, so an existing job is kept). */
  requeue: (stranded: StrandedMessage) => Promise<void>;
  /** Work younger than this is left to its job, ms; default 30 000. */
  graceMs?: number;
  /** Work older than this is not picked up any more (its job failed for good, or the person has long gone), ms; default 24 h. */
  maxAgeMs?: number;
  /** Time between sweeps, ms; default 30 000. */
  intervalMs?: number;
  log?: Logger;
}

/** Messages looked at per sweep (the newest first: the people still waiting). */
const BATCH = 500;

/**
 * Work that Redis lost. The database is the record of what is still to do:
 * an inbound message still `received` (its turn not saved) or a reply
 * still `queued` (not delivered). Their BullMQ jobs live in Redis; when
 * Redis loses data (a restart without persistence, a failover to a replica
 * behind, eviction) the jobs are gone and nothing would ever process or send
 * them. A sweep finds such turns and queues their processing job again
 * (same job id: a job that still exists — waiting, retrying, or failed and
 * kept — is left alone). The job's run completes the turn, or, when the
 * turn was saved, queues its stored replies again, which are sent once
 * (a delivery job resumes where it stopped). A button press whose job was
 * lost comes back without its payload (it is not stored), as an empty message.
 */
export class StrandedTurns {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(private readonly options: StrandedTurnsOptions) {}

  /** Sweeps every `intervalMs` until `stop`. */
  start(): void {
    const every = this.options.intervalMs ?? 30_000;
    const tick = () => {
      this.running = this.sweep()
        .catch((err: unknown) => this.options.log?.warn({ module: 'conversation', err }, 'sweep for stranded messages failed; trying again later'))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, every).unref();
        });
    };
    this.timer = setTimeout(tick, every).unref();
  }

  async stop(): Promise<void> {
    const { timer } = this;
    this.timer = undefined;
    if (timer) clearTimeout(timer);
    await this.running;
  }

  /** One sweep: queues the processing of every stranded turn again; returns how many were found. */
  async sweep(now = Date.now()): Promise<number> {
    const { db, keys, requeue } = this.options;
    const olderThan = new Date(now - (this.options.graceMs ?? 30_000));
    const newerThan = new Date(now - (this.options.maxAgeMs ?? 24 * 3600_000));
    const rows = await db.$queryRaw<Array<{ messageId: string; channel: Channel; sealed: Uint8Array }>>`
      SELECT m.id AS "messageId", m.channel::text AS channel, ct.channel_user_id_encrypted AS sealed
      FROM messages m
      JOIN conversations c ON c.id = m.conversation_id
      JOIN contacts ct ON ct.id = c.contact_id
      WHERE m.id IN (
        -- Both halves read the last day of messages by the created_at index and keep the pending ones.
        SELECT id FROM messages
        WHERE direction = 'inbound' AND delivery_status = 'received' AND created_at < ${olderThan} AND created_at > ${newerThan}
        UNION
        SELECT reply_to_id FROM messages
        WHERE direction = 'outbound' AND delivery_status = 'queued' AND reply_to_id IS NOT NULL
          AND created_at < ${olderThan} AND created_at > ${newerThan})
      ORDER BY m.created_at DESC
      LIMIT ${BATCH}`;
    for (const row of rows) {
      await requeue({ messageId: row.messageId, message: { channel: row.channel, channelUserId: decryptChannelUserId(keys, row.sealed) } });
    }
    if (rows.length > 0) this.options.log?.info({ module: 'conversation', messages: rows.length }, 'queued stranded messages again');
    return rows.length;
  }
}
