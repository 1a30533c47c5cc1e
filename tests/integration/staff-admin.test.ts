import { describe, expect, it } from 'vitest';
import { INVITATION_TTL_MS, PASSWORD_RESET_TTL_MS } from '../../core/staff/index.ts';
import { useStaffAdminWorld } from '../support/staff-admin-world.ts';

/**
 * Staff management through the API and the one-time link pages, on real
 * PostgreSQL and Redis: invitations (72 h), password resets (24 h),
 * disabling, roles, and who may do any of it.
 */
const world = useStaffAdminWorld();
const { db } = world;

const NEW_PASSWORD = 'a-brand-new-password-42';

async function invite(email = 'nina@testdorp.example', roles = ['editor'], languages = ['nl', 'pl']) {
  const admin = await world.login('admin@testdorp.example');
  const res = await world.call('POST', '/api/organizations/testdorp/staff/invitations', admin, { name: 'Nina Nowak', email, roles, languages });
  return { admin, res, body: res.json() as { member: { id: string; status: string; roles: string[] }; link: { path: string; url: string; expiresAt: string } } };
}

/** Posts the page's form as a browser would (urlencoded, same origin). */
function postForm(path: string, password: string, repeat = password) {
  return world.h.app.inject({
    method: 'POST', url: path,
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:80' },
    payload: new URLSearchParams({ password, repeat }).toString(),
  });
}

describe('invitations', () => {
  it('invite -> the page -> set a password -> sign in with the invited roles', async () => {
    const { res, body } = await invite();
    expect(res.statusCode).toBe(201);
    expect(body.member).toMatchObject({ status: 'invited', roles: ['editor'] });
    expect(body.link.path).toMatch(/^\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(body.link.url).toBe(`https://chat.example.nl${body.link.path}`);
    expect(new Date(body.link.expiresAt).getTime() - world.clock.now().getTime()).toBe(INVITATION_TTL_MS);
    // Only the hash is stored.
    const token = body.link.path.split('/').pop() as string;
    const stored = await db.staffToken.findFirstOrThrow({ where: { userId: body.member.id } });
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.tokenHash).not.toContain(token);

    const page = await world.h.app.inject({ method: 'GET', url: body.link.path });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['referrer-policy']).toBe('same-origin');
    expect(page.body).toContain('<label for="password">New password</label>');
    expect(page.body).toContain('nina@testdorp.example');
    expect((await world.h.app.inject({ method: 'GET', url: `${body.link.path}?lang=nl` })).body).toContain('<html lang="nl">');

    // Too short, then not repeated: the form again, with the error tied to the field.
    const short = await postForm(body.link.path, 'short');
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('role="alert"');
    expect(short.body).toMatch(/id="password"[^>]*aria-describedby="password-hint form-error"[^>]*aria-invalid="true"/);
    expect((await postForm(body.link.path, NEW_PASSWORD, `${NEW_PASSWORD}x`)).statusCode).toBe(400);

    const done = await postForm(body.link.path, NEW_PASSWORD);
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('Your password is set');
    const nina = await world.login('nina@testdorp.example', NEW_PASSWORD);
    const me = (await world.call('GET', '/api/auth/me', nina)).json();
    // No choice made yet: the staff app speaks the first of her languages it has (Dutch).
    expect(me.staff).toMatchObject({ name: 'Nina Nowak', languages: ['nl', 'pl'], uiLanguage: 'nl' });
    expect(me.staff.memberships).toEqual([expect.objectContaining({ slug: 'testdorp', role: 'editor' })]);
  });

  it('a used link is refused (page 410, API 410 TOKEN_USED), also through the JSON API', async () => {
    const { body } = await invite();
    const token = body.link.path.split('/').pop() as string;
    expect((await world.call('GET', `/api/auth/tokens/${token}`)).json()).toMatchObject({ kind: 'invitation', email: 'nina@testdorp.example' });
    const first = await world.call('POST', `/api/auth/tokens/${token}`, undefined, { password: NEW_PASSWORD });
    expect([first.statusCode, first.json()]).toEqual([200, { email: 'nina@testdorp.example' }]);
    const again = await world.call('POST', `/api/auth/tokens/${token}`, undefined, { password: 'another-long-password' });
    expect([again.statusCode, again.json().code]).toEqual([410, 'TOKEN_USED']);
    const page = await world.h.app.inject({ method: 'GET', url: body.link.path });
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain('already been used');
    expect((await postForm(body.link.path, 'another-long-password')).statusCode).toBe(410);
    // The password of the first use stands.
    await world.login('nina@testdorp.example', NEW_PASSWORD);
  });

  it('expires after 72 hours (controllable clock); unknown and malformed links are 404', async () => {
    const { body } = await invite();
    const token = body.link.path.split('/').pop() as string;
    // An invitation link does not open the password-reset page.
    expect((await world.h.app.inject({ method: 'GET', url: `/reset-password/${token}` })).statusCode).toBe(404);
    world.clock.advance(INVITATION_TTL_MS - 60_000);
    expect((await world.call('GET', `/api/auth/tokens/${token}`)).statusCode).toBe(200);
    world.clock.advance(60_000);
    const expired = await world.call('POST', `/api/auth/tokens/${token}`, undefined, { password: NEW_PASSWORD });
    expect([expired.statusCode, expired.json().code]).toEqual([410, 'TOKEN_EXPIRED']);
    const page = await world.h.app.inject({ method: 'GET', url: body.link.path });
    expect([page.statusCode, page.body.includes('has expired')]).toEqual([410, true]);
    const unknown = await world.call('GET', `/api/auth/tokens/${'A'.repeat(43)}`);
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'TOKEN_NOT_FOUND']);
    expect((await world.call('GET', '/api/auth/tokens/not-a-token')).statusCode).toBe(404);
    expect((await world.h.app.inject({ method: 'GET', url: '/invite/nonsense' })).statusCode).toBe(404);
  });

  it('inviting again replaces the link; an existing account is 409; bad input is 400', async () => {
    const { admin, body } = await invite();
    const again = await world.call('POST', '/api/organizations/testdorp/staff/invitations', admin,
      { name: 'Nina N.', email: 'NINA@testdorp.example', roles: ['outreach_worker', 'editor'], languages: [] });
    expect(again.statusCode).toBe(201);
    expect(again.json().member).toMatchObject({ id: body.member.id, name: 'Nina N.', roles: ['editor', 'outreach_worker'] });
    const oldToken = body.link.path.split('/').pop() as string;
    expect((await world.call('GET', `/api/auth/tokens/${oldToken}`)).json().code).toBe('TOKEN_USED');

    const taken = await world.call('POST', '/api/organizations/testdorp/staff/invitations', admin, { name: 'E', email: 'editor@testdorp.example', roles: ['editor'] });
    expect([taken.statusCode, taken.json().code]).toEqual([409, 'STAFF_EMAIL_TAKEN']);
    for (const payload of [
      { name: 'X', email: 'x@testdorp.example', roles: ['editor'], languages: ['xx'] },
      { name: 'X', email: 'not-an-email', roles: ['editor'] },
      { name: 'X', email: 'x@testdorp.example', roles: ['boss'] },
      { name: 'X', email: 'x@testdorp.example', roles: [] },
    ]) {
      const res = await world.call('POST', '/api/organizations/testdorp/staff/invitations', admin, payload);
      expect([res.statusCode, res.json().code], JSON.stringify(payload)).toEqual([400, 'VALIDATION_FAILED']);
    }
  });
});

describe('disable, enable, roles, password reset', () => {
  it('disabling ends the sessions at once and stops sign-in; enabling lets the person back in', async () => {
    const worker = await world.login('worker@testdorp.example');
    expect((await world.call('GET', '/api/auth/me', worker)).statusCode).toBe(200);
    const admin = await world.login('admin@testdorp.example');
    const disabled = await world.call('POST', `/api/organizations/testdorp/staff/${world.staff.worker}/disable`, admin);
    expect([disabled.statusCode, disabled.json().status]).toEqual([200, 'disabled']);
    expect((await world.call('GET', '/api/auth/me', worker)).statusCode).toBe(401);
    await expect(world.login('worker@testdorp.example')).rejects.toThrow(/401/);
    const list = (await world.call('GET', '/api/organizations/testdorp/staff', admin)).json().items;
    expect(list.find((m: { email: string }) => m.email === 'worker@testdorp.example').status).toBe('disabled');

    const enabled = await world.call('POST', `/api/organizations/testdorp/staff/${world.staff.worker}/enable`, admin);
    expect([enabled.statusCode, enabled.json().status]).toEqual([200, 'active']);
    await world.login('worker@testdorp.example');
  });

  it('a password-reset link (24 h) sets a new password and ends the old sessions', async () => {
    const editor = await world.login('editor@testdorp.example');
    const admin = await world.login('admin@testdorp.example');
    const res = await world.call('POST', `/api/organizations/testdorp/staff/${world.staff.editor}/password-reset`, admin);
    expect(res.statusCode).toBe(201);
    const link = res.json().link as { path: string; expiresAt: string };
    expect(link.path).toMatch(/^\/reset-password\/[A-Za-z0-9_-]{43}$/);
    expect(new Date(link.expiresAt).getTime() - world.clock.now().getTime()).toBe(PASSWORD_RESET_TTL_MS);
    // The old password works until the link is used.
    await world.login('editor@testdorp.example');
    const page = await world.h.app.inject({ method: 'GET', url: link.path });
    expect([page.statusCode, page.body.includes('Choose a new password')]).toEqual([200, true]);
    expect((await postForm(link.path, NEW_PASSWORD)).statusCode).toBe(200);
    expect((await world.call('GET', '/api/auth/me', editor)).statusCode).toBe(401);
    await expect(world.login('editor@testdorp.example')).rejects.toThrow(/401/);
    await world.login('editor@testdorp.example', NEW_PASSWORD);

    // A second link expires after 24 hours.
    const second = (await world.call('POST', `/api/organizations/testdorp/staff/${world.staff.editor}/password-reset`, admin)).json().link;
    world.clock.advance(PASSWORD_RESET_TTL_MS);
    expect((await postForm(second.path, 'yet-another-password')).statusCode).toBe(410);
  });

  it('changes roles, but never leaves the organization without an active administrator', async () => {
    const admin = await world.login('admin@testdorp.example');
    const changed = await world.call('PUT', `/api/organizations/testdorp/staff/${world.staff.editor}/roles`, admin, { roles: ['editor', 'analyst'] });
    expect([changed.statusCode, changed.json().roles]).toEqual([200, ['editor', 'analyst']]);
    const me = (await world.call('GET', '/api/auth/me', await world.login('editor@testdorp.example'))).json();
    expect(me.staff.memberships.map((m: { role: string }) => m.role).sort()).toEqual(['analyst', 'editor']);

    const last = await world.call('PUT', `/api/organizations/testdorp/staff/${world.staff.admin}/roles`, admin, { roles: ['editor'] });
    expect([last.statusCode, last.json().code]).toEqual([409, 'STAFF_CHANGE_REFUSED']);
    const self = await world.call('POST', `/api/organizations/testdorp/staff/${world.staff.admin}/disable`, admin);
    expect([self.statusCode, self.json().code]).toEqual([409, 'STAFF_CHANGE_REFUSED']);
    // Someone who is not staff of testdorp is not found there.
    const stranger = await world.call('POST', `/api/organizations/testdorp/staff/${world.staff.otherAdmin}/disable`, admin);
    expect(stranger.statusCode).toBe(404);
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: world.staff.otherAdmin } })).disabled).toBe(false);
  });
});

describe('who may manage staff', () => {
  it('the organization\'s administrators and national administrators; members 403, others 404, anonymous 401, no CSRF 403', async () => {
    const routes: Array<['GET' | 'POST' | 'PUT', string, unknown?]> = [
      ['GET', '/api/organizations/testdorp/staff'],
      ['POST', '/api/organizations/testdorp/staff/invitations', { name: 'X', email: 'x@testdorp.example', roles: ['editor'] }],
      ['PUT', `/api/organizations/testdorp/staff/${world.staff.worker}/roles`, { roles: ['analyst'] }],
      ['POST', `/api/organizations/testdorp/staff/${world.staff.worker}/disable`],
      ['POST', `/api/organizations/testdorp/staff/${world.staff.worker}/enable`],
      ['POST', `/api/organizations/testdorp/staff/${world.staff.worker}/password-reset`],
    ];
    const editor = await world.login('editor@testdorp.example');
    const otherAdmin = await world.login('admin@otherdorp.example');
    const admin = await world.login('admin@testdorp.example');
    for (const [method, url, payload] of routes) {
      expect((await world.call(method, url, undefined, payload)).statusCode, `${method} ${url}`).toBe(401);
      expect((await world.call(method, url, editor, payload)).json().code, `${method} ${url}`).toBe('FORBIDDEN');
      expect((await world.call(method, url, otherAdmin, payload)).json().code, `${method} ${url}`).toBe('ORGANIZATION_NOT_FOUND');
      if (method !== 'GET') expect((await world.call(method, url, admin, payload, false)).json().code, `${method} ${url}`).toBe('CSRF_INVALID');
    }
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: world.staff.worker } })).disabled).toBe(false);
    expect(await db.staffUser.count({ where: { email: 'x@testdorp.example' } })).toBe(0);

    const national = await world.login('national@nl.example');
    const list = await world.call('GET', '/api/organizations/testdorp/staff', national);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((m: { email: string }) => m.email)).toEqual(expect.arrayContaining(['admin@testdorp.example', 'worker@testdorp.example']));
    expect(list.body).not.toContain('argon2');
    expect((await world.call('GET', '/api/organizations/nowhere/staff', national)).statusCode).toBe(404);
  });

  it('every change is in the organization\'s audit log, by user:<id>', async () => {
    const { admin, body } = await invite();
    await world.call('PUT', `/api/organizations/testdorp/staff/${world.staff.editor}/roles`, admin, { roles: ['analyst'] });
    await world.call('POST', `/api/organizations/testdorp/staff/${world.staff.worker}/disable`, admin);
    await world.call('POST', `/api/organizations/testdorp/staff/${world.staff.worker}/enable`, admin);
    await world.call('POST', `/api/organizations/testdorp/staff/${world.staff.editor}/password-reset`, admin);
    await postForm(body.link.path, NEW_PASSWORD);
    const rows = await db.auditLog.findMany({ where: { organizationId: world.staff.organizations.testdorp }, orderBy: { createdAt: 'asc' } });
    expect(rows.map((r) => [r.action, r.actor])).toEqual([
      ['staff.invited', `user:${world.staff.admin}`],
      ['staff.roles_changed', `user:${world.staff.admin}`],
      ['staff.disabled', `user:${world.staff.admin}`],
      ['staff.enabled', `user:${world.staff.admin}`],
      ['staff.password_reset_issued', `user:${world.staff.admin}`],
      ['staff.invitation_accepted', `user:${body.member.id}`],
    ]);
    expect(JSON.stringify(rows)).not.toContain(body.link.path.split('/').pop());
  });
});

describe('staff UI language', () => {
  it('PUT /api/me/preferences sets uiLanguage; /api/auth/me shows it; other values are 400', async () => {
    const editor = await world.login('editor@testdorp.example');
    const before = (await world.call('GET', '/api/auth/me', editor)).json().staff.uiLanguage;
    const other = before === 'nl' ? 'en' : 'nl';
    const set = await world.call('PUT', '/api/me/preferences', editor, { uiLanguage: other });
    expect([set.statusCode, set.json()]).toEqual([200, { uiLanguage: other }]);
    expect((await world.call('GET', '/api/auth/me', editor)).json().staff.uiLanguage).toBe(other);
    expect((await world.call('PUT', '/api/me/preferences', editor, { uiLanguage: 'de' })).statusCode).toBe(400);
    expect((await world.call('PUT', '/api/me/preferences', undefined, { uiLanguage: 'nl' })).statusCode).toBe(401);
    expect(await db.auditLog.count({ where: { action: 'staff.preferences_changed', actor: `user:${world.staff.editor}` } })).toBe(1);
  });
});
