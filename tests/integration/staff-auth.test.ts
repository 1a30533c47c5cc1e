import argon2 from 'argon2';
import Fastify from 'fastify';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { errorHandler } from '../../admin/api/error-handler.ts';
import { staffAuthPlugin } from '../../admin/auth/index.ts';
import { authenticate } from '../../core/staff/index.ts';
import { buildStaffAuthHarness, sessionCookie, signIn, TEST_PASSWORD } from '../../admin/auth/testing/staff-auth-harness.ts';
import { useStaffAuthWorld } from '../support/staff-auth-world.ts';

/** Sign-in over HTTP: cookies, the generic failure, lockout, rate limits, bad input. */

const world = useStaffAuthWorld();
const { db } = world;
const FIFTEEN_MINUTES = 15 * 60_000;

describe('POST /api/auth/login', () => {
  it('signs in: principal, CSRF token, an HttpOnly SameSite=Strict cookie without Secure; /me knows the session', async () => {
    const { res, cookie, csrfToken } = await signIn(world.h.app, '  Worker@TestDorp.example ');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toEqual({
      staff: {
        userId: world.staff.worker,
        name: 'worker',
        email: 'worker@testdorp.example',
        languages: ['nl', 'pl'],
        // Not chosen yet: the first language she speaks that the staff app has.
        uiLanguage: 'nl',
        memberships: [
          { organizationId: world.staff.organizations.testdorp, slug: 'testdorp', kind: 'municipality', role: 'outreach_worker' },
          { organizationId: world.staff.organizations.otherdorp, slug: 'otherdorp', kind: 'municipality', role: 'analyst' },
        ],
      },
      csrfToken,
    });
    expect(csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^sid=[^;]+; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(setCookie).not.toMatch(/Secure/i);

    const me = await world.h.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual(res.json());
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: world.staff.worker } })).lastLoginAt).toEqual(world.h.clock.current);
  });

  it('sets Secure with cookieSecure (COOKIE_SECURE=true)', async () => {
    const secure = await buildStaffAuthHarness(db, { cookieSecure: true });
    try {
      const { res } = await signIn(secure.app, 'worker@testdorp.example');
      expect(String(res.headers['set-cookie'])).toMatch(/^sid=[^;]+; Path=\/; HttpOnly; Secure; SameSite=Strict$/);
    } finally {
      await secure.close();
    }
  });

  it('stores argon2id hashes, never the password', async () => {
    const user = await db.staffUser.findUniqueOrThrow({ where: { id: world.staff.worker } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$/);
    expect(user.passwordHash).not.toContain(TEST_PASSWORD);
  });

  it('answers a wrong password, an unknown, a disabled and a passwordless account alike: 401 LOGIN_FAILED', async () => {
    const attempts = [
      ['worker@testdorp.example', 'wrong-password-123'],
      ['nobody@testdorp.example', TEST_PASSWORD],
      ['gone@testdorp.example', TEST_PASSWORD],
      ['invited@testdorp.example', TEST_PASSWORD],
    ];
    for (const [email, password] of attempts) {
      const { res } = await signIn(world.h.app, email, password);
      expect(res.statusCode, email).toBe(401);
      expect(res.json(), email).toEqual({ code: 'LOGIN_FAILED', message: 'Email address or password is incorrect' });
      expect(res.headers['set-cookie'], email).toBeUndefined();
    }
  });

  it('locks the address after 5 failures, refuses even the right password from it until the lock ends, then lets it in', async () => {
    const from = { remoteAddress: '198.51.100.1' };
    for (let i = 1; i <= 4; i += 1) expect((await signIn(world.h.app, 'worker@testdorp.example', `wrong-${i}`, from)).res.statusCode).toBe(401);
    const fifth = await signIn(world.h.app, 'worker@testdorp.example', 'wrong-5', from);
    expect(fifth.res.statusCode).toBe(423);
    expect(fifth.res.json()).toEqual({ code: 'ACCOUNT_LOCKED', message: 'Too many failed sign-ins: try again in 15 minutes' });

    world.h.clock.advance(FIFTEEN_MINUTES - 60_000);
    const early = await signIn(world.h.app, 'worker@testdorp.example', TEST_PASSWORD, from);
    expect(early.res.statusCode).toBe(423);
    expect(early.res.json().message).toBe('Too many failed sign-ins: try again in 1 minute');
    expect(early.res.headers['set-cookie']).toBeUndefined();

    world.h.clock.advance(60_000);
    expect((await signIn(world.h.app, 'worker@testdorp.example', TEST_PASSWORD, from)).res.statusCode).toBe(200);
  });

  it('an attacker cannot lock a named account: their address is locked, the staff member signs in from another', async () => {
    const attacker = { remoteAddress: '203.0.113.66' };
    for (let i = 1; i <= 4; i += 1) expect((await signIn(world.h.app, 'worker@testdorp.example', `guess-${i}`, attacker)).res.statusCode).toBe(401);
    expect((await signIn(world.h.app, 'worker@testdorp.example', 'guess-5', attacker)).res.statusCode).toBe(423);
    // Even the right password does not get through from the attacker's address...
    expect((await signIn(world.h.app, 'worker@testdorp.example', TEST_PASSWORD, attacker)).res.statusCode).toBe(423);
    // ...while the staff member, from their own address, signs in at once.
    const real = await signIn(world.h.app, 'worker@testdorp.example', TEST_PASSWORD, { remoteAddress: '198.51.100.20' });
    expect(real.res.statusCode).toBe(200);
    expect(real.cookie).not.toBe('');
    // The attacker stays locked; the failure keys hold no email address and no client address.
    expect((await signIn(world.h.app, 'worker@testdorp.example', 'guess-6', attacker)).res.statusCode).toBe(423);
    const keys = (await world.h.keys()).filter((k) => k.includes(':login:')).join(' ');
    expect(keys).toContain('login:pair:');
    expect(keys).not.toMatch(/worker|testdorp|203\.0\.113/);
  });

  it('an unknown account locks like a real one (a lock tells nothing about which accounts exist)', async () => {
    const from = { remoteAddress: '203.0.113.7' };
    for (let i = 1; i <= 4; i += 1) expect((await signIn(world.h.app, 'nobody@testdorp.example', 'x', from)).res.statusCode).toBe(401);
    expect((await signIn(world.h.app, 'nobody@testdorp.example', 'x', from)).res.json()).toEqual({
      code: 'ACCOUNT_LOCKED', message: 'Too many failed sign-ins: try again in 15 minutes',
    });
  });

  it('counts failures in a row: a success starts the count again', async () => {
    const from = { remoteAddress: '198.51.100.3' };
    for (let i = 0; i < 4; i += 1) await signIn(world.h.app, 'worker@testdorp.example', 'wrong-password', from);
    expect((await signIn(world.h.app, 'worker@testdorp.example', TEST_PASSWORD, from)).res.statusCode).toBe(200);
    for (let i = 0; i < 4; i += 1) expect((await signIn(world.h.app, 'worker@testdorp.example', 'wrong-password', from)).res.statusCode).toBe(401);
    expect((await signIn(world.h.app, 'worker@testdorp.example', TEST_PASSWORD, from)).res.statusCode).toBe(200);
  });

  it('replaces a hash made with older argon2 parameters at the next sign-in', async () => {
    const old = await argon2.hash(TEST_PASSWORD, { type: argon2.argon2id, memoryCost: 4096, timeCost: 3, parallelism: 1 });
    await db.staffUser.update({ where: { id: world.staff.editor }, data: { passwordHash: old } });
    const loaded = await authenticate(db, 'editor@testdorp.example', TEST_PASSWORD, new Date());
    expect(loaded.principal.userId).toBe(world.staff.editor);
    const { passwordHash } = await db.staffUser.findUniqueOrThrow({ where: { id: world.staff.editor } });
    expect(passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });

  it('slows, but never locks, an account guessed at from many addresses; the staff member still signs in', async () => {
    const waits: number[] = [];
    const slowed = await buildStaffAuthHarness(db, {
      lockout: { slowAfter: 3, slowDelayMs: 100, maxSlowDelayMs: 400 },
      loginSleep: async (ms) => { waits.push(ms); },
    });
    try {
      // Four addresses, two guesses each: no address reaches its lock, the account collects 8 failures.
      for (let i = 0; i < 8; i += 1) {
        const { res } = await signIn(slowed.app, 'worker@testdorp.example', `guess-${i}`, { remoteAddress: `10.0.0.${(i % 4) + 1}` });
        expect(res.statusCode).toBe(401);
      }
      expect(waits).toEqual([100, 200, 400, 400, 400]);
      const real = await signIn(slowed.app, 'worker@testdorp.example', TEST_PASSWORD, { remoteAddress: '10.0.1.1' });
      expect(real.res.statusCode).toBe(200);
      expect(waits.at(-1)).toBe(400);
      // The success ends the slowing down.
      waits.length = 0;
      await signIn(slowed.app, 'worker@testdorp.example', 'guess-again', { remoteAddress: '10.0.0.1' });
      expect(waits).toEqual([]);
    } finally {
      await slowed.close();
    }
  });

  it('rate-limits per client address across email addresses', async () => {
    const limited = await buildStaffAuthHarness(db, { loginPerIp: { max: 3, timeWindowMs: 60_000 } });
    try {
      for (let i = 0; i < 3; i += 1) {
        expect((await signIn(limited.app, `user${i}@testdorp.example`, 'x', { remoteAddress: '192.0.2.7' })).res.statusCode).toBe(401);
      }
      const blocked = await signIn(limited.app, 'worker@testdorp.example', TEST_PASSWORD, { remoteAddress: '192.0.2.7' });
      expect(blocked.res.statusCode).toBe(429);
      expect(blocked.res.headers['set-cookie']).toBeUndefined();
      expect((await signIn(limited.app, 'worker@testdorp.example', TEST_PASSWORD, { remoteAddress: '192.0.2.8' })).res.statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it.each([
    [{ email: 'worker@testdorp.example' }],
    [{ email: 'worker@testdorp.example', password: '' }],
    [{ email: 'x'.repeat(300), password: 'x' }],
    [{ email: 'worker@testdorp.example', password: 'x'.repeat(2000) }],
    [{ email: { $ne: '' }, password: TEST_PASSWORD }],
    ['email=worker@testdorp.example&password=x'],
  ])('refuses the malformed body %j with 400', async (payload) => {
    const res = await world.h.app.inject({ method: 'POST', url: '/api/auth/login', payload, headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a form post (urlencoded) and a sign-in from another site', async () => {
    const form = await world.h.app.inject({
      method: 'POST', url: '/api/auth/login', payload: `email=worker%40testdorp.example&password=${TEST_PASSWORD}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.statusCode).toBe(415);
    const crossSite = await signIn(world.h.app, 'worker@testdorp.example', TEST_PASSWORD, { headers: { origin: 'https://evil.example' } });
    expect(crossSite.res.statusCode).toBe(403);
    expect(crossSite.res.json().code).toBe('CSRF_INVALID');
    expect((await signIn(world.h.app, 'worker@testdorp.example', TEST_PASSWORD, { headers: { origin: 'http://localhost' } })).res.statusCode).toBe(200);
  });

  it('gives a new session id at every sign-in and ends the one the browser had (no session fixation)', async () => {
    const first = await signIn(world.h.app, 'worker@testdorp.example');
    const second = await world.h.app.inject({
      method: 'POST', url: '/api/auth/login', payload: { email: 'worker@testdorp.example', password: TEST_PASSWORD }, headers: { cookie: first.cookie },
    });
    expect(sessionCookie(second)).not.toBe(first.cookie);
    expect((await world.h.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: first.cookie } })).statusCode).toBe(401);
    expect((await world.h.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: sessionCookie(second) } })).statusCode).toBe(200);
  });

  it('refuses sign-in with 503 SERVICE_UNAVAILABLE while its Redis is down, never unlimited and never 500', async () => {
    // Port 6399: nothing listens there in the tests.
    const down = new Redis('redis://127.0.0.1:6399', { maxRetriesPerRequest: 0, retryStrategy: () => null, lazyConnect: true });
    down.on('error', () => undefined);
    const app = Fastify({ logger: false });
    app.setErrorHandler(errorHandler);
    await app.register(staffAuthPlugin, { db, redis: down, sessionSecret: 'test-session-secret-of-at-least-32-chars', cookieSecure: false });
    await app.ready();
    try {
      const { res } = await signIn(app, 'worker@testdorp.example');
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ code: 'SERVICE_UNAVAILABLE', message: 'Sign-in is unavailable right now; try again shortly' });
    } finally {
      await app.close();
      down.disconnect();
    }
  });
});
