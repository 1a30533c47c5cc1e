import type { Redis } from '../platform/redis.ts';
import { randomToken, sha256Hex } from './tokens.ts';

/** What a staff session holds (in Redis, as JSON). */
export interface StaffSession {
  userId: string;
  /** The synchronizer token state-changing requests must echo in `x-csrf-token`. */
  csrfToken: string;
  /** The user's credential stamp when the session began (core/staff/principal.ts `credentialStamp`). */
  credential: string;
  /** When the session began, ms since the epoch (by the store's clock). */
  createdAt: number;
}

/** Options of {@link StaffSessionStore}. */
export interface SessionStoreOptions {
  /** Prefix of every key; default `staff:`. Tests use a unique one. */
  keyPrefix?: string;
  /** A session unused this long ends, in seconds; default 8 h. Every use starts the period again. */
  idleTtlSeconds?: number;
  /** A session ends this long after sign-in however much it is used, in seconds; default 24 h. */
  absoluteTtlSeconds?: number;
}

/** A session id as handed out: 256 random bits, base64url. */
const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;

function isSession(value: unknown): value is StaffSession {
  const v = value as Partial<StaffSession> | null;
  return typeof v === 'object' && v !== null && typeof v.userId === 'string' && typeof v.csrfToken === 'string'
    && typeof v.credential === 'string' && typeof v.createdAt === 'number';
}

/**
 * Staff sessions in Redis, so every server process sees the same sessions.
 * The session id (the cookie value) is never stored: the key is its SHA-256,
 * so reading Redis gives no id that could be replayed. Each session key
 * expires after the idle timeout, extended on every use and capped by the
 * absolute lifetime; a per-user set of session keys lets a password change
 * or disabling the account end all of a user's sessions at once.
 */
export class StaffSessionStore {
  readonly prefix: string;
  private readonly idleTtl: number;
  private readonly absoluteTtl: number;

  constructor(private readonly redis: Redis, options: SessionStoreOptions = {}) {
    this.prefix = options.keyPrefix ?? 'staff:';
    this.idleTtl = options.idleTtlSeconds ?? 8 * 3600;
    this.absoluteTtl = options.absoluteTtlSeconds ?? 24 * 3600;
  }

  private sessionKey(hashedId: string): string {
    return `${this.prefix}session:${hashedId}`;
  }

  private userKey(userId: string): string {
    return `${this.prefix}user-sessions:${userId}`;
  }

  /** Starts a session. @returns the session id (for the cookie only) and its CSRF token. */
  async create(userId: string, credential: string, now: Date = new Date()): Promise<{ id: string; csrfToken: string }> {
    const id = randomToken();
    const hashed = sha256Hex(id);
    const session: StaffSession = { userId, csrfToken: randomToken(), credential, createdAt: now.getTime() };
    await this.redis
      .multi()
      .set(this.sessionKey(hashed), JSON.stringify(session), 'EX', Math.min(this.idleTtl, this.absoluteTtl))
      .sadd(this.userKey(userId), hashed)
      .expire(this.userKey(userId), this.absoluteTtl)
      .exec();
    return { id, csrfToken: session.csrfToken };
  }

  /**
   * The live session with this id, its idle timeout started again; undefined
   * for a malformed, unknown, expired or corrupt one.
   */
  async get(id: string, now: Date = new Date()): Promise<StaffSession | undefined> {
    if (!SESSION_ID.test(id)) return undefined;
    const key = this.sessionKey(sha256Hex(id));
    const raw = await this.redis.get(key);
    if (raw === null) return undefined;
    let session: unknown;
    try {
      session = JSON.parse(raw);
    } catch {
      session = undefined;
    }
    if (!isSession(session)) {
      await this.redis.del(key);
      return undefined;
    }
    const left = Math.floor((session.createdAt + this.absoluteTtl * 1000 - now.getTime()) / 1000);
    if (left <= 0) {
      await this.destroy(id);
      return undefined;
    }
    await this.redis.expire(key, Math.min(this.idleTtl, left));
    return session;
  }

  /** Ends one session (sign-out). Unknown ids are ignored. */
  async destroy(id: string): Promise<void> {
    if (!SESSION_ID.test(id)) return;
    const hashed = sha256Hex(id);
    const raw = await this.redis.getdel(this.sessionKey(hashed));
    if (raw === null) return;
    try {
      const { userId } = JSON.parse(raw) as Partial<StaffSession>;
      if (typeof userId === 'string') await this.redis.srem(this.userKey(userId), hashed);
    } catch {
      // A corrupt session is gone already; its index entry expires with the set.
    }
  }

  /** Ends every session of a user (password change, account disabled). @returns how many were live. */
  async revokeAll(userId: string): Promise<number> {
    const userKey = this.userKey(userId);
    const hashed = await this.redis.smembers(userKey);
    if (hashed.length === 0) return 0;
    const deleted = await this.redis.del(...hashed.map((h) => this.sessionKey(h)));
    // SREM, not DEL: a session begun meanwhile keeps its index entry.
    await this.redis.srem(userKey, ...hashed);
    return deleted;
  }
}
