import fastifyCookie from '@fastify/cookie';
import type { FastifyPluginAsync } from 'fastify';
import type { Redis } from 'ioredis';
import { config, SESSION_DEV_SECRET } from '../../core/platform/config.ts';
import type { Db } from '../../core/platform/db.ts';
import {
  DEFAULT_LOCKOUT,
  LoginThrottle,
  StaffSessionStore,
  type LockoutPolicy,
  type StaffPrincipal,
} from '../../core/staff/index.ts';
import { authRoutes, type WindowLimit } from './auth-routes.ts';
import { staffGuard, type RequireStaffOptions, type StaffGuard, type StaffGuardContext } from './require-staff.ts';
import { SessionCookie } from './session-cookie.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * The guard of a staff-only route: `{ onRequest: app.requireStaff({ role: 'outreach_worker' }) }`.
     * 401 without a session, 403 without the role or (POST/PUT/PATCH/DELETE) without the CSRF token.
     */
    requireStaff(options?: RequireStaffOptions): StaffGuard;
    /** The staff session store (to end a user's sessions: `revokeAll`). */
    staffSessions: StaffSessionStore;
  }
  interface FastifyRequest {
    /** Who is signed in; set by `requireStaff`, null on other routes. */
    staff: StaffPrincipal | null;
    /** The session's CSRF token; set by `requireStaff`, null on other routes. */
    staffSession: { csrfToken: string } | null;
  }
}

/** Options of {@link staffAuthPlugin}. Only `db` and `redis` are required. */
export interface StaffAuthOptions {
  db: Db;
  /** Sessions and sign-in rate limits. A connection that fails commands (not BullMQ's, which waits forever). */
  redis: Redis;
  /** `Secure` cookies (the admin is served over TLS); default COOKIE_SECURE. */
  cookieSecure?: boolean;
  /** Signs the session cookie; default SESSION_SECRET. */
  sessionSecret?: string;
  /** Prefix of every Redis key; default `staff:`. */
  keyPrefix?: string;
  /** Idle timeout of a session in seconds (extended on every use); default 8 h. */
  idleTtlSeconds?: number;
  /** Absolute lifetime of a session in seconds; default 24 h. */
  absoluteTtlSeconds?: number;
  /**
   * Failed sign-ins: 5 in a row from one address lock that address out of
   * the account for 15 minutes; from 10 failures for the account (any
   * address, 15 minutes) every attempt for it waits 1 s, doubling up to 8 s.
   */
  lockout?: Partial<LockoutPolicy>;
  /** Sign-in attempts per client IP; default 30 per 15 minutes (an office behind one address). */
  loginPerIp?: WindowLimit;
  /** How a slowed sign-in waits; default a timer (tests pass their own). */
  loginSleep?: (ms: number) => Promise<unknown>;
  /** Origins besides the request's own host that may send state-changing requests, e.g. `https://admin.example.nl`. */
  allowedOrigins?: readonly string[];
  /** The clock of lockouts and absolute session lifetimes; tests pass their own. */
  now?: () => Date;
}

const FIFTEEN_MINUTES = 15 * 60_000;

/**
 * Staff authentication for the admin: sessions in Redis behind a signed
 * `sid` cookie, sign-in with argon2id, lockout and rate limits, CSRF
 * protection, and the `app.requireStaff()` guard for later routes.
 *
 * Registered with skip-override (what fastify-plugin does, without the
 * dependency): `requireStaff`, `staffSessions`, `request.staff` and the
 * cookie parser are visible to the routes registered next to it. The
 * `/api/auth/*` routes and their rate limiter stay in a child context.
 * Register it once, before the routes that use `requireStaff`.
 */
async function staffAuth(app: Parameters<FastifyPluginAsync<StaffAuthOptions>>[0], options: StaffAuthOptions): Promise<void> {
  const cfg = config();
  const sessionSecret = options.sessionSecret ?? cfg.SESSION_SECRET;
  if (sessionSecret === SESSION_DEV_SECRET && cfg.NODE_ENV === 'production') {
    app.log.warn({ module: 'staff-auth' }, 'SESSION_SECRET is the development default: set a random secret of at least 32 characters');
  }
  const keyPrefix = options.keyPrefix ?? 'staff:';
  const sessions = new StaffSessionStore(options.redis, {
    keyPrefix,
    idleTtlSeconds: options.idleTtlSeconds,
    absoluteTtlSeconds: options.absoluteTtlSeconds,
  });
  const context: StaffGuardContext = {
    db: options.db,
    sessions,
    cookie: new SessionCookie(sessionSecret, options.cookieSecure ?? cfg.COOKIE_SECURE === 'true'),
    allowedOrigins: options.allowedOrigins ?? [],
    now: options.now ?? (() => new Date()),
  };

  if (!app.hasDecorator('parseCookie')) await app.register(fastifyCookie);
  app.decorate('requireStaff', (guardOptions?: RequireStaffOptions) => staffGuard(context, guardOptions));
  app.decorate('staffSessions', sessions);
  app.decorateRequest('staff', null);
  app.decorateRequest('staffSession', null);

  await app.register(authRoutes, {
    ...context,
    redis: options.redis,
    keyPrefix,
    throttle: new LoginThrottle(options.redis, { ...DEFAULT_LOCKOUT, ...options.lockout }, keyPrefix),
    perIp: options.loginPerIp ?? { max: 30, timeWindowMs: FIFTEEN_MINUTES },
    sleep: options.loginSleep,
    guard: staffGuard(context),
  });
}

/** See {@link staffAuth}. */
export const staffAuthPlugin: FastifyPluginAsync<StaffAuthOptions> = Object.assign(staffAuth, {
  [Symbol.for('skip-override')]: true,
  [Symbol.for('fastify.display-name')]: 'staff-auth',
});
