import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import { Redis } from 'ioredis';
import { config } from '../../../core/platform/config.ts';
import type { Db } from '../../../core/platform/db.ts';
import { createStaffUser, type MembershipRole } from '../../../core/staff/index.ts';
import { errorHandler } from '../../api/error-handler.ts';
import { staffAuthPlugin, type StaffAuthOptions } from '../staff-auth-plugin.ts';

/** The password every account {@link seedStaffAccounts} creates has. */
export const TEST_PASSWORD = 'correct-horse-battery-staple';

/** A test clock: starts now, moves only when told. */
export class TestClock {
  current = new Date();
  now = (): Date => this.current;
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** An app with the staff plugin, the admin error handler and guarded sample routes, on real Redis with its own prefix. */
export interface StaffAuthHarness {
  app: FastifyInstance;
  redis: Redis;
  prefix: string;
  clock: TestClock;
  /** The Redis keys under the prefix. */
  keys(): Promise<string[]>;
  /** Closes the app, deletes the prefix's keys, ends the connection. */
  close(): Promise<void>;
}

/**
 * Routes the later inbox and editor will look like, registered next to the
 * plugin (not inside it): `GET /api/test/whoami` (any staff member),
 * `GET /api/test/inbox` and `POST /api/test/inbox/reply` (outreach workers,
 * guard as preHandler), `DELETE /api/test/tiles/:key` (editors or admins,
 * guard as onRequest).
 */
async function sampleRoutes(app: FastifyInstance): Promise<void> {
  app.get('/api/test/whoami', { onRequest: app.requireStaff() }, async (request) => ({ userId: request.staff?.userId }));
  app.get('/api/test/inbox', { preHandler: app.requireStaff({ role: 'outreach_worker' }) }, async (request) => ({ inbox: request.staff?.email }));
  app.post<{ Body: { text: string } }>('/api/test/inbox/reply', {
    preHandler: app.requireStaff({ role: 'outreach_worker' }),
    schema: { body: { type: 'object', required: ['text'], properties: { text: { type: 'string', maxLength: 100 } } } },
  }, async (request) => ({ sent: request.body.text, by: request.staff?.userId }));
  app.delete('/api/test/tiles/:key', { onRequest: app.requireStaff({ role: ['editor', 'admin'] }) }, async () => ({ deleted: true }));
}

/**
 * @param extend registers more plugins (e.g. the login page) before the app is ready.
 */
export async function buildStaffAuthHarness(
  db: Db,
  options: Partial<StaffAuthOptions> = {},
  extend?: (app: FastifyInstance) => Promise<void>,
): Promise<StaffAuthHarness> {
  const redis = new Redis(config().REDIS_URL, { maxRetriesPerRequest: 2 });
  const prefix = `test-staff-${randomUUID()}:`;
  const clock = new TestClock();
  const app = Fastify({ logger: false });
  app.setErrorHandler(errorHandler);
  await app.register(staffAuthPlugin, {
    db, redis, keyPrefix: prefix, sessionSecret: 'test-session-secret-of-at-least-32-chars', cookieSecure: false, now: clock.now, ...options,
  });
  await app.register(sampleRoutes);
  if (extend) await extend(app);
  await app.ready();
  const keys = () => redis.keys(`${prefix}*`);
  return {
    app, redis, prefix, clock, keys,
    async close() {
      await app.close();
      const left = await keys();
      if (left.length > 0) await redis.del(...left);
      await redis.quit();
    },
  };
}

/** The `cookie` request header that sends back the session cookie a response set. */
export function sessionCookie(res: LightMyRequestResponse): string {
  const sid = res.cookies.find((c) => c.name === 'sid');
  if (!sid) throw new Error(`no sid cookie in ${JSON.stringify(res.headers['set-cookie'])}`);
  return `sid=${sid.value}`;
}

/** A sign-in: the response, and when it succeeded the cookie header and CSRF token. */
export async function signIn(
  app: FastifyInstance,
  email: string,
  password: string = TEST_PASSWORD,
  extra: { remoteAddress?: string; headers?: Record<string, string> } = {},
): Promise<{ res: LightMyRequestResponse; cookie: string; csrfToken: string }> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, ...extra });
  if (res.statusCode !== 200) return { res, cookie: '', csrfToken: '' };
  return { res, cookie: sessionCookie(res), csrfToken: (res.json() as { csrfToken: string }).csrfToken };
}

/** Organizations and accounts the tests use; every password is {@link TEST_PASSWORD}. */
export interface SeededStaff {
  organizations: Record<'testdorp' | 'otherdorp', string>;
  worker: string;
  editor: string;
  disabled: string;
}

/**
 * Municipalities `testdorp` and `otherdorp`; `worker@testdorp.example`
 * (outreach worker in testdorp, analyst in otherdorp), `editor@testdorp.example`
 * (editor), `gone@testdorp.example` (disabled) and `invited@testdorp.example`
 * (no password yet).
 */
export async function seedStaffAccounts(db: Db): Promise<SeededStaff> {
  const org = (slug: string) => db.organization.create({ data: { slug, name: slug, kind: 'municipality', enabledLanguages: ['nl', 'en'] } });
  const [testdorp, otherdorp] = [await org('testdorp'), await org('otherdorp')];
  const account = (email: string, memberships: Array<[string, MembershipRole]>, password: string | null = TEST_PASSWORD) =>
    createStaffUser(db, {
      email, name: email.split('@')[0], password: password ?? undefined, languages: ['nl', 'pl'],
      memberships: memberships.map(([organization, role]) => ({ organization, role })),
    });
  const worker = await account('worker@testdorp.example', [['testdorp', 'outreach_worker'], ['otherdorp', 'analyst']]);
  const editor = await account('editor@testdorp.example', [['testdorp', 'editor']]);
  const disabled = await account('gone@testdorp.example', [['testdorp', 'outreach_worker']]);
  await db.staffUser.update({ where: { id: disabled.userId }, data: { disabled: true } });
  await account('invited@testdorp.example', [['testdorp', 'outreach_worker']], null);
  return { organizations: { testdorp: testdorp.id, otherdorp: otherdorp.id }, worker: worker.userId, editor: editor.userId, disabled: disabled.userId };
}
