import { whenReady, type Redis } from '../platform/redis.ts';

/**
 * "Content changed": how a write in one server process (an editor publishes
 * a tile, a scheduled publish fires, a municipality changes what it shows)
 * reaches the cached answer engines of every process within seconds. Only
 * organization ids travel; each process then re-checks the content version
 * of the engines it holds (AnswerService.refresh) and rebuilds those whose
 * content really changed.
 */

/**
 * The port content writers call after a change is committed. `organizationIds`
 * are the layers whose content changed (informational: every process re-checks
 * all its cached engines, since a national tile reaches every municipality).
 * Never throws: a lost notice is caught up by the engines' periodic re-check.
 */
export interface ContentChanges {
  notifyContentChanged(organizationIds: readonly string[]): Promise<void>;
}

/** Payload of a `content.changed` message on Redis pub/sub (JSON). */
export interface ContentChangedMessage {
  organizationIds: string[];
}

/** The Redis channel content changes are published on, under the deployment's key prefix. */
export const contentChangedChannel = (prefix: string) => `${prefix}content.changed`;

export const DEFAULT_CONTENT_PREFIX = 'migrantbot:';

/** Publishes content changes on Redis (PUBLISH). Failures are swallowed: the periodic re-check is the safety net. */
export class RedisContentChanges implements ContentChanges {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string = DEFAULT_CONTENT_PREFIX,
  ) {}

  async notifyContentChanged(organizationIds: readonly string[]): Promise<void> {
    const message: ContentChangedMessage = { organizationIds: [...organizationIds] };
    await this.redis.publish(contentChangedChannel(this.prefix), JSON.stringify(message)).catch(() => undefined);
  }
}

/** What a listener refreshes: AnswerService implements it. */
export interface RefreshableContent {
  /** Re-checks every cached engine's content version now, rebuilding the ones that changed. */
  refresh(): Promise<void>;
}

/**
 * One process's ear on content changes: a subscription on a connection of
 * its own (or one shared with other subscribers: it listens to its own
 * channel's `message` events only). Every notice, and every reconnect (notices
 * sent while the connection was down are lost), makes `target` re-check.
 */
export class ContentChangeListener {
  private ready?: Promise<void>;
  private readonly onMessage = (channel: string) => {
    if (channel === contentChangedChannel(this.prefix)) void this.target.refresh();
  };
  private readonly onReconnect = () => void this.target.refresh();

  constructor(
    private readonly subscriber: Redis,
    private readonly target: RefreshableContent,
    private readonly prefix: string = DEFAULT_CONTENT_PREFIX,
  ) {}

  /** Starts the subscription (idempotent); resolves once Redis confirmed it. */
  start(): Promise<void> {
    this.ready ??= (async () => {
      this.subscriber.on('message', this.onMessage);
      await whenReady(this.subscriber);
      await this.subscriber.subscribe(contentChangedChannel(this.prefix));
      this.subscriber.on('ready', this.onReconnect);
    })();
    return this.ready;
  }

  async close(): Promise<void> {
    this.subscriber.off('message', this.onMessage);
    this.subscriber.off('ready', this.onReconnect);
    if (this.ready) await this.subscriber.unsubscribe(contentChangedChannel(this.prefix)).catch(() => undefined);
  }
}
