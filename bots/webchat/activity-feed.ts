import { whenReady, type Redis } from '../../core/platform/redis.ts';
import type { FastifyBaseLogger } from 'fastify';
import type { ActivityStore, PublishedActivities, PublishedEvent } from './activity-store.ts';
import { redisHealth } from '../../core/platform/redis-health.ts';

/** What a stream registers for one conversation. */
export interface FeedListener {
  /** Activities appended together by any process, in watermark order. */
  onActivities(published: PublishedActivities): void;
  /** The subscription was re-established after a Redis disconnect: messages may have been missed, re-read the store. */
  onResync(): void;
  /** The conversation was erased (every process hears it): the stream ends. */
  onErased(): void;
}

/**
 * Live activities from Redis pub/sub for the streams of this process: one
 * subscriber connection (a duplicate of the given client), one channel per
 * conversation that has at least one open stream here.
 */
export class ActivityFeed {
  private subscriber?: Redis;
  private readonly listeners = new Map<string, Set<FeedListener>>();
  private connectedBefore = false;

  constructor(
    private readonly redis: Redis,
    private readonly store: ActivityStore,
    private readonly log: FastifyBaseLogger,
  ) {}

  private connection(): Redis {
    if (this.subscriber) return this.subscriber;
    const subscriber = this.redis.duplicate();
    subscriber.on('message', (channel: string, message: string) => this.dispatch(channel, message));
    // One warning when Redis goes away and one when it is back, however often ioredis retries meanwhile.
    redisHealth().watchConnection('webchat-subscriber', subscriber);
    subscriber.on('ready', () => {
      if (this.connectedBefore) for (const set of this.listeners.values()) for (const l of set) l.onResync();
      this.connectedBefore = true;
    });
    this.subscriber = subscriber;
    return subscriber;
  }

  private dispatch(channel: string, message: string): void {
    const set = this.listeners.get(channel);
    if (!set) return;
    let published: PublishedEvent;
    try {
      published = JSON.parse(message) as PublishedEvent;
    } catch (err) {
      this.log.error({ err, channel }, 'unreadable web chat activity on pub/sub');
      return;
    }
    if (typeof published !== 'object' || published === null) {
      this.log.error({ channel }, 'unreadable web chat event on pub/sub');
      return;
    }
    if ('erased' in published) for (const listener of set) listener.onErased();
    else for (const listener of set) listener.onActivities(published as PublishedActivities);
  }

  /**
   * Starts delivering a conversation's new activities to `listener`; resolves
   * once the subscription is active. Returns the function that stops it.
   */
  async subscribe(conversationId: string, listener: FeedListener): Promise<() => Promise<void>> {
    const channel = this.store.channel(conversationId);
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
    }
    set.add(listener);
    try {
      const subscriber = this.connection();
      // Never while (re)connecting: see whenReady.
      await whenReady(subscriber);
      await subscriber.subscribe(channel);
    } catch (err) {
      await this.remove(channel, listener);
      throw err;
    }
    return () => this.remove(channel, listener);
  }

  private async remove(channel: string, listener: FeedListener): Promise<void> {
    const set = this.listeners.get(channel);
    if (!set?.delete(listener) || set.size > 0) return;
    this.listeners.delete(channel);
    await this.subscriber?.unsubscribe(channel).catch((err: unknown) => this.log.warn({ err }, 'web chat unsubscribe failed'));
  }

  /** Closes the subscriber connection (on app close). */
  async close(): Promise<void> {
    this.listeners.clear();
    const subscriber = this.subscriber;
    this.subscriber = undefined;
    if (subscriber) await subscriber.quit().catch(() => subscriber.disconnect());
  }
}
