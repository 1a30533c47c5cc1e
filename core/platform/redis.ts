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

export type { Redis };
