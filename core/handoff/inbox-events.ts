import { whenReady, type Redis } from '../platform/redis.ts';

/**
 * What the inbox hears about, live: a conversation was handed off, claimed,
 * released, handed back or closed, or a message arrived or went out. Only
 * ids travel; the inbox fetches what it may see through the API, so an
 * event never carries personal data.
 */
export interface InboxEvent {
  /**
   * Past tense: `conversation.handed_off`, `conversation.claimed`, `message.received`, `message.sent`...;
   * `conversation.urgent` when a conversation is marked urgent (a person described a danger: the inbox alerts).
   */
  type: string;
  /** The municipality whose inbox it concerns. */
  organizationId: string;
  conversationId: string;
}

/** The port the core publishes through; the server implements it on Redis pub/sub so every process hears it. */
export interface InboxEvents {
  publish(event: InboxEvent): Promise<void>;
}

/** Redis channel of one municipality's inbox. */
export const inboxChannel = (prefix: string, organizationId: string) => `${prefix}inbox:${organizationId}`;

export const DEFAULT_INBOX_PREFIX = 'migrantbot:';

/** Publishes inbox events on Redis (PUBLISH); failures are swallowed by design: the inbox also refreshes on its own. */
export class RedisInboxEvents implements InboxEvents {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string = DEFAULT_INBOX_PREFIX,
  ) {}

  async publish(event: InboxEvent): Promise<void> {
    await this.redis.publish(inboxChannel(this.prefix, event.organizationId), JSON.stringify(event)).catch(() => undefined);
  }
}

/**
 * One process's ear on every inbox: a single Redis subscription (pattern
 * `<prefix>inbox:*`, on a connection of its own: a subscribed connection can
 * do nothing else), fanned out in memory to the listeners of this process —
 * one per open inbox page. Any process may publish; all hear it.
 */
export class InboxEventHub {
  private readonly listeners = new Set<{ organizationIds: ReadonlySet<string>; onEvent: (event: InboxEvent) => void }>();
  private ready?: Promise<unknown>;

  constructor(
    private readonly subscriber: Redis,
    private readonly prefix: string = DEFAULT_INBOX_PREFIX,
  ) {}

  /** Starts the subscription (idempotent). */
  start(): Promise<unknown> {
    this.ready ??= (async () => {
      this.subscriber.on('pmessage', (_pattern: string, _channel: string, message: string) => {
        let event: InboxEvent;
        try {
          event = JSON.parse(message) as InboxEvent;
        } catch {
          return; // not ours to understand
        }
        for (const l of this.listeners) if (l.organizationIds.has(event.organizationId)) l.onEvent(event);
      });
      await whenReady(this.subscriber);
      await this.subscriber.psubscribe(`${this.prefix}inbox:*`);
    })();
    return this.ready;
  }

  /** Calls `onEvent` for events of these municipalities until the returned function is called. */
  listen(organizationIds: readonly string[], onEvent: (event: InboxEvent) => void): () => void {
    const entry = { organizationIds: new Set(organizationIds), onEvent };
    this.listeners.add(entry);
    return () => this.listeners.delete(entry);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    if (this.ready) await this.subscriber.punsubscribe().catch(() => undefined);
  }
}
