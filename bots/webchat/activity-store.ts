import type { Redis } from 'ioredis';
import type { DirectLineActivity } from './activities.ts';
import { conversationDigest } from './activity-ids.ts';
import { conversationIdOfUser } from './direct-line-token.ts';

/**
 * The Direct Line conversations in Redis, shared by every process. Redis is
 * a cache of what the person saw, never the record: activity ids do not come
 * from Redis (see activity-ids.ts), so losing any of these keys loses no
 * message and answers none twice.
 *
 * Per conversation (all keys under the prefix, expiring together
 * `conversationTtlSeconds` after the last activity):
 * - `conv:<id>:activities` ZSET of activity JSON, scored by its sequence number.
 * - `conv:<id>:appended`   HASH activity id → sequence number: what the log holds,
 *                          so an activity is appended once (user retries, re-run deliveries).
 * - `conv:<id>:leases`     HASH client activity id → lease expiry (ms): one request at
 *                          a time delivers a client activity (short-lived key).
 * - `user:<user id>`       only for user ids not derived from the conversation
 *                          (`dl_…`, tokens from before `dlc_…`): the user's conversation.
 * And `erased:<digest of the conversation id>`: a short-lived tombstone left
 * by {@link ActivityStore.erase}.
 *
 * Sequence numbers (the watermark a client holds) are Redis server time in
 * microseconds, at least one more than the log's last: they grow within a
 * log and keep growing across lost logs (flush, restart without
 * persistence, an older snapshot, expiry), so "the activities after
 * watermark W" stays right whatever Redis forgot: a client's watermark from
 * a lost log is below every new activity. Appending is one Lua script
 * (ZADD, bookkeeping, PUBLISH on `conv:<id>:events`), so sequence order and
 * publish order agree across processes.
 */

export const DEFAULT_KEY_PREFIX = 'directline:';
/** Conversations are forgotten this long after their last activity. */
export const DEFAULT_CONVERSATION_TTL_SECONDS = 24 * 60 * 60;
/** How long an erased conversation's tombstone lasts: longer than a delivery job's retries of the confirmation. */
export const DEFAULT_TOMBSTONE_TTL_SECONDS = 15 * 60;
/** How long one request may hold a client activity while the handler takes it. */
const LEASE_MS = 30_000;

/**
 * What a pub/sub message on a conversation's channel carries: activities
 * appended together (a user's message, or the replies of one bot turn), the
 * sequence number of the last of them (`watermark`; the others precede it
 * one by one) and the log's last sequence number before them (`previous`,
 * 0 for a new log), by which a stream notices a gap.
 */
export interface PublishedActivities {
  watermark: number;
  previous: number;
  activities: DirectLineActivity[];
}

/** The conversation was erased: its streams end. */
export interface PublishedErasure {
  erased: true;
}

/** Anything published on a conversation's channel. */
export type PublishedEvent = PublishedActivities | PublishedErasure;

/** The state of a client activity after {@link ActivityStore.reserve}. */
export type Reservation =
  /** First sight, or a retry after a failed attempt: deliver it, then append. */
  | { state: 'reserved'; id: string }
  /** Already in the log: answer with its id, do not deliver again. */
  | { state: 'stored'; id: string }
  /** Another request is delivering it right now. */
  | { state: 'busy'; id: string };

/** Shared Lua: Redis time in µs, the log's last sequence number, number formatting (Lua's tostring uses exponents). */
const SEQUENCE = `
local function seqFormat(n) return string.format('%.0f', n) end
local function lastSeq(key)
  local top = redis.call('ZRANGE', key, -1, -1, 'WITHSCORES')
  if top[2] then return tonumber(top[2]) end
  return 0
end
local function nowMicros()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000000 + tonumber(t[2])
end
`;

/**
 * A user's activity. Skipped (0) when its id is in the log already. While
 * the conversation's tombstone is younger than the message (the erasure
 * request itself, whose echo may come after the erasure), it is published
 * but not stored; a message received after the erasure removes the
 * tombstone and starts a new log.
 */
const APPEND = `${SEQUENCE}
local log, appended, leases, user, tombstone = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
local json, id, clientKey, ttl, channel, bindTo, receivedAt = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4]), ARGV[5], ARGV[6], tonumber(ARGV[7])
if clientKey ~= '' then redis.call('HDEL', leases, clientKey) end
if redis.call('HEXISTS', appended, id) == 1 then return {0, id} end
local erasedAt = tonumber(redis.call('GET', tombstone) or '0')
local previous, seq
if erasedAt >= receivedAt then
  previous = 0
  seq = nowMicros()
else
  if erasedAt > 0 then redis.call('DEL', tombstone) end
  previous = lastSeq(log)
  seq = math.max(previous + 1, nowMicros())
  redis.call('ZADD', log, seqFormat(seq), json)
  redis.call('HSET', appended, id, seqFormat(seq))
  redis.call('EXPIRE', log, ttl)
  redis.call('EXPIRE', appended, ttl)
  if bindTo ~= '' then redis.call('SET', user, bindTo, 'EX', ttl) end
end
redis.call('PUBLISH', channel, '{"watermark":' .. seqFormat(seq) .. ',"previous":' .. seqFormat(previous) .. ',"activities":[' .. json .. ']}')
return {1, id}
`;

/**
 * Bot activities of one turn, in order: ARGV[4..] are pairs of id and JSON
 * without the id (starting with '{'). Ids already in the log are skipped
 * (a re-run delivery job); the rest get consecutive sequence numbers, one
 * ZADD and one PUBLISH. While the conversation's tombstone exists (the
 * confirmation of an erasure) they are published to open streams only and
 * not stored. Returns how many were published.
 */
const APPEND_BOT = `${SEQUENCE}
local log, appended, user, tombstone = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local ttl, channel, bindTo = tonumber(ARGV[1]), ARGV[2], ARGV[3]
local erased = redis.call('EXISTS', tombstone) == 1
local jsons, ids, seen = {}, {}, {}
for i = 4, #ARGV, 2 do
  local id = ARGV[i]
  if not seen[id] and (erased or redis.call('HEXISTS', appended, id) == 0) then
    seen[id] = true
    ids[#ids + 1] = id
    jsons[#jsons + 1] = '{"id":"' .. id .. '",' .. string.sub(ARGV[i + 1], 2)
  end
end
local n = #jsons
if n == 0 then return 0 end
local previous = 0
if not erased then previous = lastSeq(log) end
local first = math.max(previous + 1, nowMicros())
if not erased then
  local zadd, hset = {}, {}
  for i = 1, n do
    local seq = seqFormat(first + i - 1)
    zadd[#zadd + 1] = seq
    zadd[#zadd + 1] = jsons[i]
    hset[#hset + 1] = ids[i]
    hset[#hset + 1] = seq
  end
  redis.call('ZADD', log, unpack(zadd))
  redis.call('HSET', appended, unpack(hset))
  redis.call('EXPIRE', log, ttl)
  redis.call('EXPIRE', appended, ttl)
  if bindTo ~= '' then redis.call('SET', user, bindTo, 'EX', ttl) end
end
redis.call('PUBLISH', channel, '{"watermark":' .. seqFormat(first + n - 1) .. ',"previous":' .. seqFormat(previous) .. ',"activities":[' .. table.concat(jsons, ',') .. ']}')
return n
`;

const RESERVE = `
local appended, leases = KEYS[1], KEYS[2]
local id, clientKey, leaseMs = ARGV[1], ARGV[2], tonumber(ARGV[3])
if redis.call('HEXISTS', appended, id) == 1 then return 'stored' end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local heldUntil = tonumber(redis.call('HGET', leases, clientKey) or '0')
if heldUntil > now then return 'busy' end
redis.call('HSET', leases, clientKey, string.format('%.0f', now + leaseMs))
redis.call('PEXPIRE', leases, leaseMs)
return 'reserved'
`;

/** Every key of the conversation (and the user binding), the tombstone set, the streams told. */
const ERASE = `
local tombstone, channel, erasedAt, tombstoneTtl = KEYS[1], ARGV[1], ARGV[2], tonumber(ARGV[3])
for i = 2, #KEYS do redis.call('DEL', KEYS[i]) end
redis.call('SET', tombstone, erasedAt, 'EX', tombstoneTtl)
redis.call('PUBLISH', channel, '{"erased":true}')
return 1
`;

interface StoreCommands {
  directLineAppend(...args: (string | number)[]): Promise<[number, string]>;
  directLineAppendBot(...args: (string | number)[]): Promise<number>;
  directLineReserve(...args: (string | number)[]): Promise<'stored' | 'busy' | 'reserved'>;
  directLineErase(...args: (string | number)[]): Promise<number>;
}

/** Options of {@link ActivityStore}; every process of one deployment must use the same. */
export interface ActivityStoreOptions {
  keyPrefix?: string;
  conversationTtlSeconds?: number;
  tombstoneTtlSeconds?: number;
}

/** Reads and appends Direct Line activities; see the module comment for the keys. */
export class ActivityStore {
  readonly prefix: string;
  private readonly redis: Redis & StoreCommands;
  private readonly ttl: number;
  private readonly tombstoneTtl: number;

  constructor(redis: Redis, options: ActivityStoreOptions = {}) {
    this.prefix = options.keyPrefix ?? DEFAULT_KEY_PREFIX;
    this.ttl = options.conversationTtlSeconds ?? DEFAULT_CONVERSATION_TTL_SECONDS;
    this.tombstoneTtl = options.tombstoneTtlSeconds ?? DEFAULT_TOMBSTONE_TTL_SECONDS;
    const commands = redis as Redis & Partial<StoreCommands>;
    if (!commands.directLineAppend) redis.defineCommand('directLineAppend', { numberOfKeys: 5, lua: APPEND });
    if (!commands.directLineAppendBot) redis.defineCommand('directLineAppendBot', { numberOfKeys: 4, lua: APPEND_BOT });
    if (!commands.directLineReserve) redis.defineCommand('directLineReserve', { numberOfKeys: 2, lua: RESERVE });
    if (!commands.directLineErase) redis.defineCommand('directLineErase', { lua: ERASE });
    this.redis = redis as Redis & StoreCommands;
  }

  private key(conversationId: string, part: string): string {
    return `${this.prefix}conv:${conversationId}:${part}`;
  }

  private userKey(userId: string): string {
    return `${this.prefix}user:${userId}`;
  }

  private tombstoneKey(conversationId: string): string {
    return `${this.prefix}erased:${conversationDigest(conversationId)}`;
  }

  /** What the append scripts store for the user binding: the conversation id for users whose id does not name it, else nothing. */
  private bindingOf(userId: string, conversationId: string): string {
    return conversationIdOfUser(userId) === conversationId ? '' : conversationId;
  }

  /** The pub/sub channel on which a conversation's appended activities are published. */
  channel(conversationId: string): string {
    return this.key(conversationId, 'events');
  }

  /**
   * Links a web chat user to their conversation when the user id does not
   * name it (tokens from before `dlc_` ids); nothing to do otherwise.
   */
  async bindUser(userId: string, conversationId: string): Promise<void> {
    const binding = this.bindingOf(userId, conversationId);
    if (binding) await this.redis.set(this.userKey(userId), binding, 'EX', this.ttl);
  }

  /** The user's conversation id: from the user id itself, else the binding; null when unknown. */
  async conversationOf(userId: string): Promise<string | null> {
    return conversationIdOfUser(userId) ?? (await this.redis.get(this.userKey(userId)));
  }

  /**
   * Claims a client activity (its id `id`) for delivery: `stored` once it is
   * in the log, `busy` while another request holds it (for at most 30 s),
   * else `reserved`. A fast path only: when Redis has forgotten the log, the
   * activity is delivered again under the same id and the core deduplicates it.
   */
  async reserve(conversationId: string, id: string, clientActivityId: string): Promise<Reservation> {
    const state = await this.redis.directLineReserve(
      this.key(conversationId, 'appended'),
      this.key(conversationId, 'leases'),
      id,
      clientActivityId,
      LEASE_MS,
    );
    return { state, id };
  }

  /** Gives a reserved client activity back after a failed delivery, so the client's retry can go ahead at once. */
  async release(conversationId: string, clientActivityId: string): Promise<void> {
    await this.redis.hdel(this.key(conversationId, 'leases'), clientActivityId);
  }

  /**
   * Appends a user's activity (once per activity id), refreshes the
   * conversation's expiry and publishes it; releases the client activity's
   * lease. `duplicate` when the log already held it.
   */
  async append(
    conversationId: string,
    activity: DirectLineActivity,
    options: { userId: string; clientActivityId?: string; receivedAt?: Date },
  ): Promise<{ id: string; duplicate: boolean }> {
    const [appended, id] = await this.redis.directLineAppend(
      this.key(conversationId, 'activities'),
      this.key(conversationId, 'appended'),
      this.key(conversationId, 'leases'),
      this.userKey(options.userId),
      this.tombstoneKey(conversationId),
      JSON.stringify(activity),
      activity.id,
      options.clientActivityId ?? '',
      this.ttl,
      this.channel(conversationId),
      this.bindingOf(options.userId, conversationId),
      (options.receivedAt ?? new Date(activity.timestamp)).getTime(),
    );
    return { id, duplicate: appended === 0 };
  }

  /**
   * Appends a turn's bot activities under their ids, in order, skipping ids
   * already in the log, refreshes the conversation's expiry and publishes
   * the new ones as one message. Recreates a log Redis has lost. Returns how
   * many were published.
   */
  async appendBot(conversationId: string, userId: string, activities: DirectLineActivity[]): Promise<number> {
    if (activities.length === 0) return 0;
    return this.redis.directLineAppendBot(
      this.key(conversationId, 'activities'),
      this.key(conversationId, 'appended'),
      this.userKey(userId),
      this.tombstoneKey(conversationId),
      this.ttl,
      this.channel(conversationId),
      this.bindingOf(userId, conversationId),
      ...activities.flatMap(({ id, ...rest }) => [id, JSON.stringify(rest)]),
    );
  }

  /**
   * The activities after watermark `after` (0: all), in order, and the
   * watermark after the last one (`after` itself when there are none).
   */
  async read(conversationId: string, after: number): Promise<{ activities: DirectLineActivity[]; watermark: number }> {
    const entries = await this.redis.zrangebyscore(this.key(conversationId, 'activities'), `(${after}`, '+inf', 'WITHSCORES');
    const activities: DirectLineActivity[] = [];
    let watermark = after;
    for (let i = 0; i < entries.length; i += 2) {
      activities.push(JSON.parse(entries[i]) as DirectLineActivity);
      watermark = Number(entries[i + 1]);
    }
    return { activities, watermark };
  }

  /** Removes a user's conversation binding (erasure of a user whose conversation is unknown). */
  async forgetBinding(userId: string): Promise<void> {
    await this.redis.del(this.userKey(userId));
  }

  /**
   * Forgets a conversation: its log, appended ids, leases and the user's
   * binding (and the keys of this store's earlier layout); leaves a
   * tombstone for `tombstoneTtlSeconds` under a digest of the conversation
   * id, so the bot's confirmation is shown on open streams but not stored;
   * tells every process's streams. Idempotent.
   */
  async erase(conversationId: string, userId: string, now = Date.now()): Promise<void> {
    const keys = [
      // The first key is the tombstone; every other one is deleted.
      this.tombstoneKey(conversationId),
      this.key(conversationId, 'activities'),
      this.key(conversationId, 'appended'),
      this.key(conversationId, 'leases'),
      this.userKey(userId),
      // The earlier layout (a LIST log, an id counter, a client-id hash): gone within a day anyway.
      this.key(conversationId, 'log'),
      this.key(conversationId, 'ids'),
      this.key(conversationId, 'clients'),
    ];
    await this.redis.directLineErase(keys.length, ...keys, this.channel(conversationId), now, this.tombstoneTtl);
  }
}
