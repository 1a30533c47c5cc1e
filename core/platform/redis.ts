import { Redis } from 'ioredis';
import { config } from './config.ts';

/**
 * A Redis connection for queues and pub/sub. `maxRetriesPerRequest: null` is
 * what BullMQ workers require (a blocking command must wait out a reconnect
 * instead of failing).
 */
export function createRedis(url: string = config().REDIS_URL): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false });
}

/**
 * Resolves once the connection is ready (connected and past ioredis's ready
 * check); rejects if it ends first or is not ready within `timeoutMs`.
 * Subscribe only after this: ioredis writes a SUBSCRIBE issued while the
 * connection is still connecting straight to the socket, ahead of its own
 * ready check, which then fails in subscriber mode and leaves some of the
 * subscriptions unanswered or never made.
 */
export function whenReady(redis: Redis, timeoutMs = 10_000): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  if (redis.status === 'end') return Promise.reject(new Error('Redis connection has ended'));
  // Callers waiting at the same time share one wait (and one pair of listeners).
  let waiting = pendingReady.get(redis);
  if (!waiting) {
    waiting = waitForReady(redis, timeoutMs).finally(() => pendingReady.delete(redis));
    pendingReady.set(redis, waiting);
  }
  return waiting;
}

const pendingReady = new WeakMap<Redis, Promise<void>>();

function waitForReady(redis: Redis, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      clearTimeout(timer);
      redis.off('ready', ready);
      redis.off('end', ended);
      if (error) reject(error);
      else resolve();
    };
    const ready = () => settle();
    const ended = () => settle(new Error('Redis connection ended before it was ready'));
    const timer = setTimeout(() => settle(new Error(`Redis connection not ready after ${timeoutMs} ms`)), timeoutMs);
    redis.once('ready', ready);
    redis.once('end', ended);
  });
}

export type { Redis };
