import { describe, expect, it } from 'vitest';
import { changeStaffPassword, createStaffUser, setStaffUserDisabled, sha256Hex } from '../../core/staff/index.ts';
import { buildStaffAuthHarness, signIn, TEST_PASSWORD } from '../../admin/auth/testing/staff-auth-harness.ts';
import { useStaffAuthWorld } from '../support/staff-auth-world.ts';

/** `app.requireStaff()` on routes next to the plugin: sessions, roles, CSRF, sign-out, revocation. */

const world = useStaffAuthWorld();
const { db } = world;

const get = (url: string, cookie?: string) => world.h.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
const me = (cookie: string) => get('/api/auth/me', cookie);
const reply = (cookie: string, headers: Record<string, string> = {}) =>
  world.h.app.inject({ method: 'POST', url: '/api/test/inbox/reply', payload: { text: 'Dzień dobry' }, headers: { cookie, ...headers } });

describe('requireStaff', () => {
  it('answers 401 AUTH_REQUIRED without a session, with a forged or unknown cookie, and clears a stale one', async () => {
    const { cookie } = await signIn(world.h.app, 'worker@testdorp.example');
    const value = cookie.slice('sid='.length);
    const [id] = value.split('.');
    const forged = `sid=${id}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;
    for (const headers of [undefined, 'sid=', 'sid=garbage', forged, `sid=${id}`, 'other=1']) {
      for (const url of ['/api/auth/me', '/api/test/whoami', '/api/test/inbox']) {
        const res = await get(url, headers);
        expect(res.statusCode, `${url} ${headers}`).toBe(401);
        expect(res.json()).toEqual({ code: 'AUTH_REQUIRED', message: 'Sign in to continue' });
      }
    }
    const stale = await get('/api/auth/me', 'sid=garbage');
    expect(String(stale.headers['set-cookie'])).toMatch(/^sid=; Max-Age=0; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict$/);
    const noBody = await world.h.app.inject({ method: 'POST', url: '/api/test/inbox/reply', payload: { text: 'x' } });
    expect(noBody.statusCode).toBe(401);
  });

  it('lets the role in and answers 403 FORBIDDEN without it; request.staff is set', async () => {
    const worker = await signIn(world.h.app, 'worker@testdorp.example');
    const editor = await signIn(world.h.app, 'editor@testdorp.example');
    expect((await get('/api/test/whoami', worker.cookie)).json()).toEqual({ userId: world.staff.worker });
    expect((await get('/api/test/whoami', editor.cookie)).json()).toEqual({ userId: world.staff.editor });
    expect((await get('/api/test/inbox', worker.cookie)).json()).toEqual({ inbox: 'worker@testdorp.example' });

    const forbidden = await get('/api/test/inbox', editor.cookie);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json()).toEqual({ code: 'FORBIDDEN', message: 'You are not allowed to do this' });

    const del = (c: { cookie: string; csrfToken: string }) =>
      world.h.app.inject({ method: 'DELETE', url: '/api/test/tiles/x', headers: { cookie: c.cookie, 'x-csrf-token': c.csrfToken } });
    expect((await del(editor)).statusCode).toBe(200);
    expect((await del(worker)).statusCode).toBe(403);
  });

  it('needs the session CSRF token on state-changing requests: none, wrong or another session’s → 403; right → 200', async () => {
    const worker = await signIn(world.h.app, 'worker@testdorp.example');
    const other = await signIn(world.h.app, 'worker@testdorp.example');
    const refused: Array<Record<string, string>> = [
      {},
      { 'x-csrf-token': '' },
      { 'x-csrf-token': 'x'.repeat(43) },
      { 'x-csrf-token': other.csrfToken },
      { 'x-csrf-token': `${worker.csrfToken}x` },
    ];
    for (const headers of refused) {
      const res = await reply(worker.cookie, headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.json()).toEqual({ code: 'CSRF_INVALID', message: 'Request rejected: missing or wrong x-csrf-token header' });
    }
    const ok = await reply(worker.cookie, { 'x-csrf-token': worker.csrfToken });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ sent: 'Dzień dobry', by: world.staff.worker });
    // GET needs no token.
    expect((await get('/api/test/inbox', worker.cookie)).statusCode).toBe(200);
  });

  it('refuses a state-changing request from another origin even with the right token', async () => {
    const worker = await signIn(world.h.app, 'worker@testdorp.example');
    for (const origin of ['https://evil.example', 'null', 'http://localhost:3001']) {
      const res = await reply(worker.cookie, { 'x-csrf-token': worker.csrfToken, origin });
      expect(res.statusCode, origin).toBe(403);
      expect(res.json()).toEqual({ code: 'CSRF_INVALID', message: 'Request rejected: the request comes from another site' });
    }
    expect((await reply(worker.cookie, { 'x-csrf-token': worker.csrfToken, origin: 'http://localhost' })).statusCode).toBe(200);
  });

  it('ends a session after its absolute lifetime however often it is used', async () => {
    const short = await buildStaffAuthHarness(db, { absoluteTtlSeconds: 3600 });
    try {
      const { cookie } = await signIn(short.app, 'worker@testdorp.example');
      short.clock.advance(3599_000);
      expect((await short.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
      short.clock.advance(1000);
      expect((await short.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
    } finally {
      await short.close();
    }
  });
});

describe('sessions in Redis', () => {
  it('stores only the hash of the session id, with the idle timeout, and indexes it per user', async () => {
    const { cookie, csrfToken } = await signIn(world.h.app, 'worker@testdorp.example');
    const id = cookie.slice('sid='.length).split('.')[0];
    const keys = await world.h.keys();
    expect(keys.join(' ')).not.toContain(id);
    const sessionKey = `${world.h.prefix}session:${sha256Hex(id)}`;
    expect(keys).toContain(sessionKey);
    expect(JSON.parse((await world.h.redis.get(sessionKey)) as string)).toMatchObject({ userId: world.staff.worker, csrfToken });
    const ttl = await world.h.redis.ttl(sessionKey);
    expect(ttl).toBeGreaterThan(7 * 3600);
    expect(ttl).toBeLessThanOrEqual(8 * 3600);
    expect(await world.h.redis.smembers(`${world.h.prefix}user-sessions:${world.staff.worker}`)).toEqual([sha256Hex(id)]);
  });

  it('signs out: needs the CSRF token, deletes the session, clears the cookie', async () => {
    const { cookie, csrfToken } = await signIn(world.h.app, 'worker@testdorp.example');
    const withoutToken = await world.h.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(withoutToken.statusCode).toBe(403);
    expect((await me(cookie)).statusCode).toBe(200);

    const out = await world.h.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, 'x-csrf-token': csrfToken } });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/^sid=; Max-Age=0; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict$/);
    expect((await me(cookie)).statusCode).toBe(401);
    expect((await reply(cookie, { 'x-csrf-token': csrfToken })).statusCode).toBe(401);
    expect(await world.h.keys()).not.toContainEqual(expect.stringContaining(':session:'));
  });

  it('revokes every session of a user on a password change; the other users keep theirs', async () => {
    const a = await signIn(world.h.app, 'worker@testdorp.example');
    const b = await signIn(world.h.app, 'worker@testdorp.example');
    const editor = await signIn(world.h.app, 'editor@testdorp.example');
    await changeStaffPassword(db, world.h.app.staffSessions, world.staff.worker, 'a-brand-new-password');
    expect((await me(a.cookie)).statusCode).toBe(401);
    expect((await me(b.cookie)).statusCode).toBe(401);
    expect((await me(editor.cookie)).statusCode).toBe(200);
    expect((await signIn(world.h.app, 'worker@testdorp.example')).res.statusCode).toBe(401);
    expect((await signIn(world.h.app, 'worker@testdorp.example', 'a-brand-new-password')).res.statusCode).toBe(200);
  });

  it('ends sessions when the password changes without telling Redis (e.g. the seed), and when the account is disabled', async () => {
    const before = await signIn(world.h.app, 'worker@testdorp.example');
    await createStaffUser(db, { email: 'worker@testdorp.example', name: 'worker', password: 'reset-by-the-seed-1', memberships: [] });
    expect((await me(before.cookie)).statusCode).toBe(401);

    const editor = await signIn(world.h.app, 'editor@testdorp.example');
    await setStaffUserDisabled(db, world.h.app.staffSessions, world.staff.editor, true);
    expect((await me(editor.cookie)).statusCode).toBe(401);
    expect((await world.h.redis.smembers(`${world.h.prefix}user-sessions:${world.staff.editor}`))).toEqual([]);
    const refused = await signIn(world.h.app, 'editor@testdorp.example', TEST_PASSWORD);
    expect(refused.res.json().code).toBe('LOGIN_FAILED');
  });

  it('ends a session whose account was disabled directly in the database at its next request', async () => {
    const { cookie } = await signIn(world.h.app, 'worker@testdorp.example');
    await db.staffUser.update({ where: { id: world.staff.worker }, data: { disabled: true } });
    expect((await me(cookie)).statusCode).toBe(401);
    expect(await world.h.keys()).not.toContainEqual(expect.stringContaining(':session:'));
  });
});
