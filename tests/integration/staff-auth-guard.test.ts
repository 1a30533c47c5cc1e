import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeStaffPassword, createStaffUser, setStaffUserDisabled, sha256Hex } from '../../core/staff/index.ts';
import {
  buildStaffAuthHarness,
  seedStaffAccounts,
  signIn,
  TEST_PASSWORD,
  type SeededStaff,
  type StaffAuthHarness,
} from '../../admin/auth/testing/staff-auth-harness.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/** `app.requireStaff()` on routes next to the plugin: sessions, roles, CSRF, sign-out, revocation. */

const db = createTestDb();
let h: StaffAuthHarness;
let staff: SeededStaff;

beforeEach(async () => {
  await truncateAll(db);
  staff = await seedStaffAccounts(db);
  h = await buildStaffAuthHarness(db);
});
afterEach(() => h.close());
afterAll(() => db.$disconnect());

const get = (url: string, cookie?: string) => h.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
const me = (cookie: string) => get('/api/auth/me', cookie);
const reply = (cookie: string, headers: Record<string, string> = {}) =>
  h.app.inject({ method: 'POST', url: '/api/test/inbox/reply', payload: { text: 'Dzień dobry' }, headers: { cookie, ...headers } });

describe('requireStaff', () => {
  it('answers 401 AUTH_REQUIRED without a session, with a forged or unknown cookie, and clears a stale one', async () => {
    const { cookie } = await signIn(h.app, 'worker@testdorp.example');
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
    const noBody = await h.app.inject({ method: 'POST', url: '/api/test/inbox/reply', payload: { text: 'x' } });
    expect(noBody.statusCode).toBe(401);
  });

  it('lets the role in and answers 403 FORBIDDEN without it; request.staff is set', async () => {
    const worker = await signIn(h.app, 'worker@testdorp.example');
    const editor = await signIn(h.app, 'editor@testdorp.example');
    expect((await get('/api/test/whoami', worker.cookie)).json()).toEqual({ userId: staff.worker });
    expect((await get('/api/test/whoami', editor.cookie)).json()).toEqual({ userId: staff.editor });
    expect((await get('/api/test/inbox', worker.cookie)).json()).toEqual({ inbox: 'worker@testdorp.example' });

    const forbidden = await get('/api/test/inbox', editor.cookie);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json()).toEqual({ code: 'FORBIDDEN', message: 'You are not allowed to do this' });

    const del = (c: { cookie: string; csrfToken: string }) =>
      h.app.inject({ method: 'DELETE', url: '/api/test/tiles/x', headers: { cookie: c.cookie, 'x-csrf-token': c.csrfToken } });
    expect((await del(editor)).statusCode).toBe(200);
    expect((await del(worker)).statusCode).toBe(403);
  });

  it('needs the session CSRF token on state-changing requests: none, wrong or another session’s → 403; right → 200', async () => {
    const worker = await signIn(h.app, 'worker@testdorp.example');
    const other = await signIn(h.app, 'worker@testdorp.example');
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
    expect(ok.json()).toEqual({ sent: 'Dzień dobry', by: staff.worker });
    // GET needs no token.
    expect((await get('/api/test/inbox', worker.cookie)).statusCode).toBe(200);
  });

  it('refuses a state-changing request from another origin even with the right token', async () => {
    const worker = await signIn(h.app, 'worker@testdorp.example');
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
    const { cookie, csrfToken } = await signIn(h.app, 'worker@testdorp.example');
    const id = cookie.slice('sid='.length).split('.')[0];
    const keys = await h.keys();
    expect(keys.join(' ')).not.toContain(id);
    const sessionKey = `${h.prefix}session:${sha256Hex(id)}`;
    expect(keys).toContain(sessionKey);
    expect(JSON.parse((await h.redis.get(sessionKey)) as string)).toMatchObject({ userId: staff.worker, csrfToken });
    const ttl = await h.redis.ttl(sessionKey);
    expect(ttl).toBeGreaterThan(7 * 3600);
    expect(ttl).toBeLessThanOrEqual(8 * 3600);
    expect(await h.redis.smembers(`${h.prefix}user-sessions:${staff.worker}`)).toEqual([sha256Hex(id)]);
  });

  it('signs out: needs the CSRF token, deletes the session, clears the cookie', async () => {
    const { cookie, csrfToken } = await signIn(h.app, 'worker@testdorp.example');
    const withoutToken = await h.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(withoutToken.statusCode).toBe(403);
    expect((await me(cookie)).statusCode).toBe(200);

    const out = await h.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, 'x-csrf-token': csrfToken } });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/^sid=; Max-Age=0; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict$/);
    expect((await me(cookie)).statusCode).toBe(401);
    expect((await reply(cookie, { 'x-csrf-token': csrfToken })).statusCode).toBe(401);
    expect(await h.keys()).not.toContainEqual(expect.stringContaining(':session:'));
  });

  it('revokes every session of a user on a password change; the other users keep theirs', async () => {
    const a = await signIn(h.app, 'worker@testdorp.example');
    const b = await signIn(h.app, 'worker@testdorp.example');
    const editor = await signIn(h.app, 'editor@testdorp.example');
    await changeStaffPassword(db, h.app.staffSessions, staff.worker, 'a-brand-new-password');
    expect((await me(a.cookie)).statusCode).toBe(401);
    expect((await me(b.cookie)).statusCode).toBe(401);
    expect((await me(editor.cookie)).statusCode).toBe(200);
    expect((await signIn(h.app, 'worker@testdorp.example')).res.statusCode).toBe(401);
    expect((await signIn(h.app, 'worker@testdorp.example', 'a-brand-new-password')).res.statusCode).toBe(200);
  });

  it('ends sessions when the password changes without telling Redis (e.g. the seed), and when the account is disabled', async () => {
    const before = await signIn(h.app, 'worker@testdorp.example');
    await createStaffUser(db, { email: 'worker@testdorp.example', name: 'worker', password: 'reset-by-the-seed-1', memberships: [] });
    expect((await me(before.cookie)).statusCode).toBe(401);

    const editor = await signIn(h.app, 'editor@testdorp.example');
    await setStaffUserDisabled(db, h.app.staffSessions, staff.editor, true);
    expect((await me(editor.cookie)).statusCode).toBe(401);
    expect((await h.redis.smembers(`${h.prefix}user-sessions:${staff.editor}`))).toEqual([]);
    const refused = await signIn(h.app, 'editor@testdorp.example', TEST_PASSWORD);
    expect(refused.res.json().code).toBe('LOGIN_FAILED');
  });

  it('ends a session whose account was disabled directly in the database at its next request', async () => {
    const { cookie } = await signIn(h.app, 'worker@testdorp.example');
    await db.staffUser.update({ where: { id: staff.worker }, data: { disabled: true } });
    expect((await me(cookie)).statusCode).toBe(401);
    expect(await h.keys()).not.toContainEqual(expect.stringContaining(':session:'));
  });
});
