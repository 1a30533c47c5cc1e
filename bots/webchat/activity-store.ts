import type { Redis } from 'ioredis';
import type { DirectLineActivity } from './activities.ts';

/**
 * The Direct Line conversations in Redis, shared by every process.
 *
 * Per conversation (all keys under the prefix, all expiring together
 * `conversationTtlSeconds` after the last activity):
 * - `conv:<id>:log`      LIST of activity JSON; watermark N = the first N entries,
 *                        so "activities after watermark N" is `LRANGE log N -1`.
 * - `conv:<id>:ids`      INCR counter behind activity ids `<id>|0000001`.
 * - `conv:<id>:clients`  HASH client activity id → `p <id>` (reserved, handler not
 *                        yet confirmed) or `c <watermark> <id>` (stored).
 * - `conv:<id>:lease:<client id>`  short lock while one request delivers that activity.
 * - `user:<user id>`     the user's conversation id (WebChatSender's lookup).
 * Appending is one Lua script (RPUSH, bookkeeping, PUBLISH on
 * `conv:<id>:events`), so watermarks, list order and publish order agree
 * across processes.
 */

export const DEFAULT_KEY_PREFIX = 'directline:';
/** Conversations are forgotten this long after their last activity. */
export const DEFAULT_CONVERSATION_TTL_SECONDS = 24 * 60 * 60;
/** How long one request may hold a client activity while the handler takes it. */
const LEASE_MS = 30_000;

/**
 * What a pub/sub message on a conversation's channel carries: activities
 * appended together (a user's message, or the replies of one bot turn) and
 * the watermark after the last of them.
 */
export interface PublishedActivities {
  watermark: number;
  activities: DirectLineActivity[];
}

/** The state of a client activity id (idempotency key) after {@link ActivityStore.reserve}. */
export type Reservation =
  /** First sight, or a retry after a failed attempt: deliver it under `id`, then append. */
  | { state: 'reserved'; id: string }
  /** Already stored under `id`: answer with it, do not deliver again. */
  | { state: 'stored'; id: string }
  /** Another request is delivering it right now. */
  | { state: 'busy'; id: string };

const APPEND = `
local log, clients, lease, user, ids = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
local json, clientKey, id, ttl, channel, conversationId = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4]), ARGV[5], ARGV[6]
if clientKey ~= '' then
  local state = redis.call('HGET', clients, clientKey)
  if state and string.sub(state, 1, 2) == 'c ' then
    local w, existing = string.match(state, '^c (%d+) (.+)$')
    return {0, tonumber(w), existing}
  end
end
local w = redis.call('RPUSH', log, json)
redis.call('EXPIRE', log, ttl)
redis.call('EXPIRE', ids, ttl)
if clientKey ~= '' then
  redis.call('HSET', clients, clientKey, 'c ' .. w .. ' ' .. id)
  redis.call('EXPIRE', clients, ttl)
  redis.call('DEL', lease)
end
if user ~= '' then redis.call('SET', user, conversationId, 'EX', ttl) end
redis.call('PUBLISH', channel, '{"watermark":' .. w .. ',"activities":[' .. json .. ']}')
return {1, w, id}
`;

/**
 * Bot activities of one turn, in order, under new ids: ARGV[4..] are their JSON
 * without the id (each starts with '{'); the id goes in front. One RPUSH and
 * one PUBLISH for all of them. Nothing (nil) when the user's binding has
 * expired: the conversation is over.
 */
const APPEND_BOT = `
local log, ids, user = KEYS[1], KEYS[2], KEYS[3]
local ttl, channel, conversationId = tonumber(ARGV[1]), ARGV[2], ARGV[3]
if redis.call('EXISTS', user) == 0 then return false end
local n = #ARGV - 3
local last = redis.call('INCRBY', ids, n)
local jsons, idList = {}, {}
for i = 1, n do
  local id = conversationId .. '|' .. string.format('%07d', last - n + i)
  idList[i] = id
  jsons[i] = '{"id":"' .. id .. '",' .. string.sub(ARGV[3 + i], 2)
end
local w = redis.call('RPUSH', log, unpack(jsons))
redis.call('EXPIRE', log, ttl)
redis.call('EXPIRE', ids, ttl)
redis.call('EXPIRE', user, ttl)
redis.call('PUBLISH', channel, '{"watermark":' .. w .. ',"activities":[' .. table.concat(jsons, ',') .. ']}')
return idList
`;

const RESERVE = `
local clients, lease, ids = KEYS[1], KEYS[2], KEYS[3]
local clientKey, conversationId, ttl, leaseMs = ARGV[1], ARGV[2], tonumber(ARGV[3]), ARGV[4]
local state = redis.call('HGET', clients, clientKey)
if state then
  if string.sub(state, 1, 2) == 'c ' then
    local w, id = string.match(state, '^c (%d+) (.+)$')
    return {'stored', id}
  end
  local id = string.sub(state, 3)
  if redis.call('SET', lease, '1', 'NX', 'PX', leaseMs) then return {'reserved', id} end
  return {'busy', id}
end
local id = conversationId .. '|' .. string.format('%07d', redis.call('INCR', ids))
redis.call('HSET', clients, clientKey, 'p ' .. id)
redis.call('EXPIRE', clients, ttl)
redis.call('EXPIRE', ids, ttl)
redis.call('SET', lease, '1', 'PX', leaseMs)
return {'reserved', id}
`;

interface StoreCommands {
  directLineAppend(...args: (string | number)[]): Promise<[number, number, string]>;
  directLineAppendBot(...args: (string | number)[]): Promise<string[] | null>;
  directLineReserve(...args: (string | number)[]): Promise<[Reservation['state'], string]>;
}

/** Reads and appends Direct Line activities; see the module comment for the keys. */
export class ActivityStore {
  readonly prefix: string;
  private readonly redis: Redis & StoreCommands;
  private readonly ttl: number;

  constructor(redis: Redis, options: { keyPrefix?: string; conversationTtlSeconds?: number } = {}) {
    this.prefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
    this.ttl = options.conversationTtlSeconds ?? DEFAULT_CONVERSATION_TTL_SECONDS;
    const commands = redis as Redis & Partial<StoreCommands>;
    if (!commands.directLineAppend) redis.defineCommand('directLineAppend', { numberOfKeys: 5, lua: APPEND });
    if (!commands.directLineAppendBot) redis.defineCommand('directLineAppendBot', { numberOfKeys: 3, lua: APPEND_BOT });
    if (!commands.directLineReserve) redis.defineCommand('directLineReserve', { numberOfKeys: 3, lua: RESERVE });
    this.redis = redis as Redis & StoreCommands;
  }

  private key(conversationId: string, part: string): string {
    return `${this.prefix}conv:${conversationId}:${part}`;
  }

  private userKey(userId: string): string {
    return `${this.prefix}user:${userId}`;
  }

  /** The pub/sub channel on which a conversation's appended activities are published. */
  channel(conversationId: string): string {
    return this.key(conversationId, 'events');
  }

  /** Links a web chat user to their conversation (done when the conversation starts). */
  async bindUser(userId: string, conversationId: string): Promise<void> {
    await this.redis.set(this.userKey(userId), conversationId, 'EX', this.ttl);
  }

  /** The user's conversation id, or null when it was never started or has expired. */
  async conversationOf(userId: string): Promise<string | null> {
    return this.redis.get(this.userKey(userId));
  }

  /** A new activity id for an activity that has no client id to deduplicate on. */
  async nextId(conversationId: string): Promise<string> {
    const ids = this.key(conversationId, 'ids');
    const result = await this.redis.multi().incr(ids).expire(ids, this.ttl).exec();
    if (!result) throw new Error('Redis transaction was aborted');
    const [[error, n]] = result;
    if (error) throw error;
    return `${conversationId}|${String(n).padStart(7, '0')}`;
  }

  /**
   * Claims a client activity id for delivery: a new id on first sight, the
   * same id on a retry, `stored` once it was appended, `busy` while another
   * request holds it (for at most 30 s).
   */
  async reserve(conversationId: string, clientActivityId: string): Promise<Reservation> {
    const [state, id] = await this.redis.directLineReserve(
      this.key(conversationId, 'clients'),
      this.key(conversationId, `lease:${clientActivityId}`),
      this.key(conversationId, 'ids'),
      clientActivityId,
      conversationId,
      this.ttl,
      LEASE_MS,
    );
    return { state, id };
  }

  /** Gives a reserved client activity back after a failed delivery, so the client's retry can go ahead at once. */
  async release(conversationId: string, clientActivityId: string): Promise<void> {
    await this.redis.del(this.key(conversationId, `lease:${clientActivityId}`));
  }

  /**
   * Appends an activity, refreshes the conversation's and the user's expiry and
   * publishes it. With `clientActivityId`, an activity already stored under it
   * is not appended again (`duplicate: true`, its first watermark and id).
   */
  async append(
    conversationId: string,
    activity: DirectLineActivity,
    options: { userId: string; clientActivityId?: string },
  ): Promise<{ watermark: number; id: string; duplicate: boolean }> {
    const clientKey = options.clientActivityId ?? '';
    const [appended, watermark, id] = await this.redis.directLineAppend(
      this.key(conversationId, 'log'),
      this.key(conversationId, 'clients'),
      this.key(conversationId, `lease:${clientKey}`),
      this.userKey(options.userId),
      this.key(conversationId, 'ids'),
      JSON.stringify(activity),
      clientKey,
      activity.id,
      this.ttl,
      this.channel(conversationId),
      conversationId,
    );
    return { watermark, id, duplicate: appended === 0 };
  }

  /**
   * Appends bot activities under new ids (`<conversation id>|<n>`), in order,
   * refreshes the conversation's and the user's expiry and publishes them as
   * one message. Returns their ids, or undefined (nothing appended) when the
   * user's conversation has expired.
   */
  async appendBot(conversationId: string, userId: string, activities: Array<Omit<DirectLineActivity, 'id'>>): Promise<string[] | undefined> {
    if (activities.length === 0) return [];
    const ids = await this.redis.directLineAppendBot(
      this.key(conversationId, 'log'),
      this.key(conversationId, 'ids'),
      this.userKey(userId),
      this.ttl,
      this.channel(conversationId),
      conversationId,
      ...activities.map((activity) => JSON.stringify(activity)),
    );
    return ids ?? undefined;
  }

  /** The activities after watermark `after` (0: all), in order, and the watermark after the last one. */
  async read(conversationId: string, after: number): Promise<{ activities: DirectLineActivity[]; watermark: number }> {
    const log = this.key(conversationId, 'log');
    const result = await this.redis.multi().lrange(log, after, -1).llen(log).exec();
    if (!result) throw new Error('Redis transaction was aborted');
    const [[rangeError, entries], [lengthError, length]] = result;
    if (rangeError) throw rangeError;
    if (lengthError) throw lengthError;
    const activities = (entries as string[]).map((entry) => JSON.parse(entry) as DirectLineActivity);
    return { activities, watermark: activities.length > 0 ? after + activities.length : Math.min(after, length as number) };
  }
}
