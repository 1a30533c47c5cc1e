import type { Redis } from 'ioredis';
import { AppError } from '../platform/errors.ts';
import { sha256Hex } from './tokens.ts';

/**
 * How failed sign-ins are held against an account. Locks are per pair of
 * account and client address, so an anonymous client that knows a staff
 * member's email can lock only itself out, never the staff member signing
 * in from elsewhere. Across all addresses an account's failures only slow
 * every attempt for it down (a delay that doubles, up to a cap), which
 * makes guessing from many addresses slow without locking anyone out.
 */
export interface LockoutPolicy {
  /** Failed attempts in a row from one address that lock that address out of the account; default 5. */
  maxAttempts: number;
  /** How long such a lock lasts, in ms; default 15 minutes. */
  lockMs: number;
  /** Failed attempts for an account (from any address, within `windowMs`) after which every attempt for it waits; default 10. */
  slowAfter: number;
  /** The first wait, doubled for every further failure; default 1 s. */
  slowDelayMs: number;
  /** The longest wait; default 8 s. */
  maxSlowDelayMs: number;
  /** How long an account's failures are counted from the first one, in ms; default 15 minutes. */
  windowMs: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = {
  maxAttempts: 5, lockMs: 15 * 60_000, slowAfter: 10, slowDelayMs: 1_000, maxSlowDelayMs: 8_000, windowMs: 15 * 60_000,
};

/** What {@link LoginThrottle.check} found for one attempt. */
export interface LoginCheck {
  /** Set when this address is locked out of this account: until when. */
  lockedUntil?: Date;
  /** How long to wait before checking the password (the account is under attack from somewhere); 0 normally. */
  delayMs: number;
}

/**
 * Counts one failure for the pair and one for the account; locks the pair
 * at `maxAttempts` (and starts its count again). Returns {locked, accountFailures}.
 * KEYS: pair hash, account hash. ARGV: now ms, maxAttempts, lock-until ms, pair ttl ms, windowMs.
 */
const RECORD_FAILURE = `
local count = redis.call('HINCRBY', KEYS[1], 'count', 1)
local locked = 0
if count >= tonumber(ARGV[2]) then
  redis.call('HSET', KEYS[1], 'count', 0, 'until', ARGV[3])
  locked = 1
end
redis.call('PEXPIRE', KEYS[1], ARGV[4])
local now = tonumber(ARGV[1])
local first = tonumber(redis.call('HGET', KEYS[2], 'first') or '0')
if first == 0 or now - first > tonumber(ARGV[5]) then
  redis.call('HSET', KEYS[2], 'first', ARGV[1], 'failures', 0)
end
local failures = redis.call('HINCRBY', KEYS[2], 'failures', 1)
redis.call('PEXPIRE', KEYS[2], ARGV[5])
return {locked, failures}
`;

/**
 * Failed sign-in bookkeeping in Redis (shared by every server process).
 * Keys hold hashes of the email address and of the client address, never
 * either in clear; an unknown email is counted like a known one, so locks
 * tell nothing about which accounts exist. Times come from the caller's
 * clock (tests move it); Redis expiry only cleans up.
 */
export class LoginThrottle {
  private readonly prefix: string;

  constructor(
    private readonly redis: Redis,
    private readonly policy: LockoutPolicy = DEFAULT_LOCKOUT,
    keyPrefix = 'staff:',
  ) {
    this.prefix = `${keyPrefix}login:`;
  }

  private pairKey(email: string, address: string): string {
    return `${this.prefix}pair:${sha256Hex(email).slice(0, 32)}:${sha256Hex(address).slice(0, 16)}`;
  }

  private accountKey(email: string): string {
    return `${this.prefix}account:${sha256Hex(email).slice(0, 32)}`;
  }

  /** Whether `address` is locked out of `email`'s account, and how long an attempt must wait. */
  async check(email: string, address: string, now: Date): Promise<LoginCheck> {
    const [until, first, failures] = await this.guarded(async () => {
      const [pair, account] = await Promise.all([
        this.redis.hget(this.pairKey(email, address), 'until'),
        this.redis.hmget(this.accountKey(email), 'first', 'failures'),
      ]);
      return [Number(pair ?? 0), Number(account[0] ?? 0), Number(account[1] ?? 0)];
    });
    const lockedUntil = until > now.getTime() ? new Date(until) : undefined;
    const counting = first > 0 && now.getTime() - first <= this.policy.windowMs;
    return { ...(lockedUntil ? { lockedUntil } : {}), delayMs: counting ? this.delayFor(failures) : 0 };
  }

  /** The wait for an account with `failures` recent failures. */
  delayFor(failures: number): number {
    const { slowAfter, slowDelayMs, maxSlowDelayMs } = this.policy;
    if (failures < slowAfter) return 0;
    return Math.min(maxSlowDelayMs, slowDelayMs * 2 ** Math.min(30, failures - slowAfter));
  }

  /** Counts a failed attempt. @returns the lock's end when this attempt locked the address out of the account. */
  async recordFailure(email: string, address: string, now: Date): Promise<Date | undefined> {
    const until = now.getTime() + this.policy.lockMs;
    const pairTtl = this.policy.lockMs + 60_000;
    const [locked] = await this.guarded(() =>
      this.redis.eval(RECORD_FAILURE, 2, this.pairKey(email, address), this.accountKey(email),
        now.getTime(), this.policy.maxAttempts, until, pairTtl, this.policy.windowMs) as Promise<[number, number]>);
    return locked === 1 ? new Date(until) : undefined;
  }

  /** A success from `address`: its count and lock go, and the account is no longer slowed. */
  async recordSuccess(email: string, address: string): Promise<void> {
    await this.guarded(() => this.redis.del(this.pairKey(email, address), this.accountKey(email)));
  }

  private async guarded<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      throw new AppError('SERVICE_UNAVAILABLE', { what: 'Sign-in' }, { cause: err });
    }
  }
}
