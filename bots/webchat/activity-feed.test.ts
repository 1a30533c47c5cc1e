import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { config } from '../../core/platform/config.ts';
import { ActivityFeed } from './activity-feed.ts';
import { ActivityStore, type PublishedActivities } from './activity-store.ts';

const connections: Redis[] = [];
afterEach(() => {
  for (const c of connections.splice(0)) c.disconnect();
});

function connection(): Redis {
  const redis = new Redis(config().REDIS_URL, { maxRetriesPerRequest: 2 });
  connections.push(redis);
  return redis;
}

describe('ActivityFeed (real Redis pub/sub)', () => {
  it('subscribes every stream that asks while its connection is still connecting', async () => {
    // The feed's subscriber connection is a duplicate of this one: keep hold of it.
    const base = connection();
    let subscriber: Redis | undefined;
    const duplicate = base.duplicate.bind(base);
    base.duplicate = (...args: Parameters<Redis['duplicate']>) => {
      subscriber = duplicate(...args);
      connections.push(subscriber);
      return subscriber;
    };
    const store = new ActivityStore(base, { keyPrefix: `test:feed:${randomUUID()}:` });
    const feed = new ActivityFeed(base, store, pino({ level: 'silent' }));
    const received = new Map<string, PublishedActivities[]>();
    const listen = (id: string) => {
      received.set(id, []);
      return feed.subscribe(id, { onActivities: (p) => received.get(id)!.push(p), onResync: () => undefined, onErased: () => undefined });
    };

    const ids = Array.from({ length: 20 }, (_, i) => `conversation-${i}`);
    const first = listen(ids[0]);
    // Streams arriving at the moment the connection is up but not yet ready (before ioredis's ready check).
    await once(subscriber!, 'connect');
    const rest = ids.slice(1).map(listen);
    const stops = await Promise.all([first, ...rest]);

    for (const id of ids) await base.publish(store.channel(id), JSON.stringify({ watermark: 1, previous: 0, activities: [] }));
    await expect.poll(() => ids.filter((id) => received.get(id)!.length === 0), { timeout: 3000 }).toEqual([]);
    await Promise.all(stops.map((stop) => stop()));
    await feed.close();
  });
});
