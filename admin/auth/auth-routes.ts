import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import { AppError } from '../../core/platform/errors.ts';
import { authenticate, PASSWORD_MAX_LENGTH, type LoginThrottle } from '../../core/staff/index.ts';
import { checkOrigin } from './csrf.ts';
import type { StaffGuardContext, StaffGuard } from './require-staff.ts';

/** A fixed-window limit: at most `max` attempts per `timeWindowMs`. */
export interface WindowLimit {
  max: number;
  timeWindowMs: number;
}

/** Options of {@link authRoutes}. */
export interface AuthRoutesOptions extends StaffGuardContext {
  redis: Redis;
  keyPrefix: string;
  /** Failed sign-ins per account and address (locks) and per account (waits). */
  throttle: LoginThrottle;
  perIp: WindowLimit;
  /** How a slowed attempt waits; default a timer. */
  sleep?: (ms: number) => Promise<unknown>;
  /** `app.requireStaff()` without a role. */
  guard: StaffGuard;
}

interface LoginBody {
  email: string;
  password: string;
}

const loginBody = {
  type: 'object',
  required: ['email', 'password'],
  additionalProperties: false,
  properties: {
    email: { type: 'string', minLength: 1, maxLength: 254 },
    password: { type: 'string', minLength: 1, maxLength: PASSWORD_MAX_LENGTH },
  },
} as const;

/** The principal as the API shows it; the response schema drops anything else. */
const principalSchema = {
  type: 'object',
  required: ['userId', 'name', 'email', 'languages', 'uiLanguage', 'memberships'],
  properties: {
    userId: { type: 'string' },
    name: { type: 'string' },
    email: { type: 'string' },
    languages: { type: 'array', items: { type: 'string' } },
    /** The staff web app's language. */
    uiLanguage: { type: 'string', enum: ['en', 'nl'] },
    memberships: {
      type: 'array',
      items: {
        type: 'object',
        required: ['organizationId', 'slug', 'kind', 'role'],
        properties: { organizationId: { type: 'string' }, slug: { type: 'string' }, kind: { type: 'string' }, role: { type: 'string' } },
      },
    },
  },
} as const;

const sessionResponse = {
  type: 'object',
  required: ['staff', 'csrfToken'],
  properties: { staff: principalSchema, csrfToken: { type: 'string' } },
} as const;

function waitText(seconds: number): string {
  if (seconds <= 1) return '1 second';
  return seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}

/**
 * `POST /api/auth/login`, `POST /api/auth/logout`, `GET /api/auth/me`.
 * Encapsulated: the rate limiter (on the given Redis, so every server
 * process counts together) applies to these routes only. Sign-in attempts
 * are limited per client address (429 RATE_LIMITED with Retry-After,
 * counted before the password is checked); failed ones lock that address
 * out of that account and slow every attempt for the account
 * (authenticate with the LoginThrottle), which an anonymous client cannot
 * turn into a lockout of the staff member signing in from elsewhere.
 */
export const authRoutes: FastifyPluginAsync<AuthRoutesOptions> = async (app, options) => {
  const { db, sessions, cookie, now, guard } = options;
  const log = app.log.child({ module: 'staff-auth' });
  await app.register(rateLimit, { global: false, redis: options.redis, nameSpace: `${options.keyPrefix}rate:`, skipOnError: false });
  const limiters = [
    app.createRateLimit({ max: options.perIp.max, timeWindow: options.perIp.timeWindowMs, keyGenerator: (r) => `login-ip:${r.ip}` }),
  ];

  async function limitLogin(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    // The counters are in Redis; without them sign-in is refused (503), never let through unlimited.
    const results = await Promise.all(limiters.map((limit) => limit(request))).catch((err: unknown) => {
      throw new AppError('SERVICE_UNAVAILABLE', { what: 'Sign-in' }, { cause: err });
    });
    const exceeded = results.filter((r) => !r.isAllowed && r.isExceeded);
    if (exceeded.length === 0) return;
    const seconds = Math.max(...exceeded.map((r) => (r.isAllowed ? 0 : r.ttlInSeconds)));
    log.warn({ ip: request.ip }, 'sign-in rate limit reached');
    void reply.header('retry-after', String(seconds));
    throw new AppError('RATE_LIMITED', { after: waitText(seconds) });
  }

  app.addHook('onSend', async (_request, reply) => {
    void reply.header('cache-control', 'no-store');
  });

  app.post<{ Body: LoginBody }>('/api/auth/login', {
    schema: { body: loginBody, response: { 200: sessionResponse } },
    onRequest: async (request) => checkOrigin(request, options.allowedOrigins),
    preHandler: limitLogin,
  }, async (request, reply) => {
    const started = now();
    let loaded;
    try {
      loaded = await authenticate(db, request.body.email, request.body.password, started, {
        throttle: options.throttle, address: request.ip, sleep: options.sleep,
      });
    } catch (err) {
      if (err instanceof AppError) log.info({ code: err.code, ip: request.ip }, 'sign-in refused');
      throw err;
    }
    // A new id at every sign-in: an id planted before (session fixation) is worth nothing.
    const previous = cookie.read(request);
    if (previous !== undefined) await sessions.destroy(previous);
    const session = await sessions.create(loaded.principal.userId, loaded.credential, started);
    cookie.set(reply, session.id);
    log.info({ userId: loaded.principal.userId }, 'staff member signed in');
    return { staff: loaded.principal, csrfToken: session.csrfToken };
  });

  app.post('/api/auth/logout', { onRequest: guard }, async (request, reply) => {
    const id = cookie.read(request);
    if (id !== undefined) await sessions.destroy(id);
    cookie.clear(reply);
    log.info({ userId: request.staff?.userId }, 'staff member signed out');
    return reply.status(204).send();
  });

  app.get('/api/auth/me', { onRequest: guard, schema: { response: { 200: sessionResponse } } }, async (request) => ({
    staff: request.staff,
    csrfToken: request.staffSession?.csrfToken,
  }));
};
