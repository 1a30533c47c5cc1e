import argon2 from 'argon2';
import { describe, expect, it } from 'vitest';
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

  it('locks the account after 5 failures, refuses even the right password until lockedUntil, then lets it in', async () => {
    for (let i = 1; i <= 4; i += 1) expect((await signIn(world.h.app, 'worker@testdorp.example', `wrong-${i}`)).res.statusCode).toBe(401);
    const fifth = await signIn(world.h.app, 'worker@testdorp.example', 'wrong-5');
    expect(fifth.res.statusCode).toBe(423);
    expect(fifth.res.json()).toEqual({ code: 'ACCOUNT_LOCKED', message: 'Too many failed sign-ins: try again in 15 minutes' });
    const locked = await db.staffUser.findUniqueOrThrow({ where: { id: world.staff.worker } });
    expect(locked.lockedUntil).toEqual(new Date(world.h.clock.current.getTime() + FIFTEEN_MINUTES));

    world.h.clock.advance(FIFTEEN_MINUTES - 60_000);
    const early = await signIn(world.h.app, 'worker@testdorp.example');
    expect(early.res.statusCode).toBe(423);
    expect(early.res.json().message).toBe('Too many failed sign-ins: try again in 1 minute');
    expect(early.res.headers['set-cookie']).toBeUndefined();

    world.h.clock.advance(60_000);
    expect((await signIn(world.h.app, 'worker@testdorp.example')).res.statusCode).toBe(200);
    const after = await db.staffUser.findUniqueOrThrow({ where: { id: world.staff.worker } });
    expect(after).toMatchObject({ failedLogins: 0, lockedUntil: null });
  });

  it('counts failures in a row: a success starts the count again', async () => {
    for (let i = 0; i < 4; i += 1) await signIn(world.h.app, 'worker@testdorp.example', 'wrong-password');
    expect((await signIn(world.h.app, 'worker@testdorp.example')).res.statusCode).toBe(200);
    for (let i = 0; i < 4; i += 1) expect((await signIn(world.h.app, 'worker@testdorp.example', 'wrong-password')).res.statusCode).toBe(401);
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: world.staff.worker } })).failedLogins).toBe(4);
  });

  it('replaces a hash made with older argon2 parameters at the next sign-in', async () => {
    const old = await argon2.hash(TEST_PASSWORD, { type: argon2.argon2id, memoryCost: 4096, timeCost: 3, parallelism: 1 });
    await db.staffUser.update({ where: { id: world.staff.editor }, data: { passwordHash: old } });
    const loaded = await authenticate(db, 'editor@testdorp.example', TEST_PASSWORD, new Date());
    expect(loaded.principal.userId).toBe(world.staff.editor);
    const { passwordHash } = await db.staffUser.findUniqueOrThrow({ where: { id: world.staff.editor } });
    expect(passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });

  it('rate-limits per email address across client addresses: 429 RATE_LIMITED with Retry-After', async () => {
    const limited = await buildStaffAuthHarness(db, { loginPerEmail: { max: 3, timeWindowMs: 60_000 } });
    try {
      for (let i = 0; i < 3; i += 1) {
        const { res } = await signIn(limited.app, 'nobody@testdorp.example', 'x', { remoteAddress: `10.0.0.${i + 1}` });
        expect(res.statusCode).toBe(401);
      }
      const { res } = await signIn(limited.app, 'NOBODY@testdorp.example', 'x', { remoteAddress: '10.0.0.9' });
      expect(res.statusCode).toBe(429);
      expect(res.json().code).toBe('RATE_LIMITED');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      // Another address is not affected; the counters live in Redis under the plugin's prefix, with no email in the key.
      expect((await signIn(limited.app, 'worker@testdorp.example', TEST_PASSWORD, { remoteAddress: '10.0.0.9' })).res.statusCode).toBe(200);
      const keys = await limited.keys();
      expect(keys.some((k) => k.includes('login-email:'))).toBe(true);
      expect(keys.join(' ')).not.toContain('nobody');
    } finally {
      await limited.close();
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
});
