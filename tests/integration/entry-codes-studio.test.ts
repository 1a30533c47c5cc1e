import type { LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryCodeRoutes } from '../../admin/api/entry-codes/entry-codes-route.ts';
import { buildStaffAuthHarness, seedStaffAccounts, signIn, type StaffAuthHarness } from '../../admin/auth/testing/staff-auth-harness.ts';
import type { EntryLinkOptions } from '../../core/content/index.ts';
import { createStaffUser } from '../../core/staff/index.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/**
 * The entry-code API as the studio uses it: who may create which codes
 * (editors for their municipality; administrators also for employers and
 * housing providers active there), changing the label, switching codes off
 * and on, and the audit log.
 */
const db = createTestDb();
let harness: StaffAuthHarness;
let ids: Record<string, string>;
const links: EntryLinkOptions = { webBaseUrl: 'https://chat.example.nl', telegramBot: 'TestdorpBot', whatsappNumber: '+31 20 123 4567' };

/**
 * testdorp with its editor, outreach worker and administrator; otherdorp
 * with an editor and administrator; the employer agrifarm active in
 * testdorp, the employer farco active in otherdorp only, and the national
 * library.
 */
beforeEach(async () => {
  await truncateAll(db);
  const seeded = await seedStaffAccounts(db);
  const org = (slug: string, kind: 'employer' | 'national') => db.organization.create({ data: { slug, name: `${slug} name`, kind, enabledLanguages: ['en'] } });
  const [agrifarm, farco] = [await org('agrifarm', 'employer'), await org('farco', 'employer')];
  await org('nl', 'national');
  await db.layerActivation.createMany({ data: [
    { layerId: agrifarm.id, municipalityId: seeded.organizations.testdorp },
    { layerId: farco.id, municipalityId: seeded.organizations.otherdorp },
  ] });
  const account = async (email: string, organization: string, role: 'admin' | 'editor') =>
    (await createStaffUser(db, { email, name: email, password: 'correct-horse-battery-staple', languages: ['nl'], memberships: [{ organization, role }] })).userId;
  ids = {
    editor: seeded.editor,
    admin: await account('admin@testdorp.example', 'testdorp', 'admin'),
    otherEditor: await account('editor@otherdorp.example', 'otherdorp', 'editor'),
    otherAdmin: await account('admin@otherdorp.example', 'otherdorp', 'admin'),
  };
  harness = await buildStaffAuthHarness(db, {}, async (app) => {
    await app.register(entryCodeRoutes, { db, links: () => links });
  });
});
afterEach(() => harness.close());
afterAll(() => db.$disconnect());

/** Signs in and returns a function for requests with the session and its CSRF token. */
async function as(email: string) {
  const { cookie, csrfToken } = await signIn(harness.app, email);
  if (!cookie) throw new Error(`sign-in failed for ${email}`);
  return (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object): Promise<LightMyRequestResponse> =>
    harness.app.inject({ method, url, payload, headers: { cookie, 'x-csrf-token': csrfToken } });
}

const answer = (res: LightMyRequestResponse) => [res.statusCode, (res.json() as { code?: string }).code];
const audits = () => db.auditLog.findMany({ where: { entityType: 'entry_code' }, orderBy: { createdAt: 'asc' } });

describe('creating entry codes', () => {
  it('lets a municipality editor create a code for the municipality, with its links and an audit row', async () => {
    const editor = await as('editor@testdorp.example');
    const res = await editor('POST', '/api/entry-codes', { org: 'testdorp', code: 'Bibliotheek', label: ' Library notice board ' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      code: 'bibliotheek', label: 'Library notice board', active: true, chatsStarted: 0, createdAt: expect.any(String),
      municipality: { slug: 'testdorp', name: 'testdorp' }, layer: null,
      links: {
        web: 'https://chat.example.nl/chat/testdorp?entry=bibliotheek',
        telegram: 'https://t.me/TestdorpBot?start=bibliotheek',
        whatsapp: 'https://wa.me/31201234567?text=START%20bibliotheek',
      },
      mayChange: true,
    });
    expect(await audits()).toMatchObject([{
      actor: `user:${ids.editor}`, action: 'entry_code.created', data: { code: 'bibliotheek', layer: null, label: 'Library notice board' },
    }]);
    const list = await editor('GET', '/api/entry-codes?org=testdorp');
    expect(list.json()).toMatchObject({
      codes: [{ code: 'bibliotheek' }], layers: [{ slug: 'agrifarm', name: 'agrifarm name', kind: 'employer' }], mayCreate: true, mayCreateWithLayer: false,
    });
  });

  it('refuses an editor a code for an employer, even one active in the municipality (403), and writes nothing', async () => {
    const editor = await as('editor@testdorp.example');
    expect(answer(await editor('POST', '/api/entry-codes', { org: 'testdorp', code: 'agrifarm', layer: 'agrifarm' }))).toEqual([403, 'FORBIDDEN']);
    expect(await db.entryCode.count()).toBe(0);
    expect(await audits()).toEqual([]);
  });

  it('lets an administrator create a code for an employer active in the municipality, and only there', async () => {
    const admin = await as('admin@testdorp.example');
    const created = await admin('POST', '/api/entry-codes', { org: 'testdorp', code: 'agrifarm-hal-3', layer: 'agrifarm', label: 'Hall 3' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'agrifarm-hal-3', layer: { slug: 'agrifarm', name: 'agrifarm name', kind: 'employer' }, mayChange: true });
    expect((await admin('GET', '/api/entry-codes?org=testdorp')).json()).toMatchObject({ mayCreate: true, mayCreateWithLayer: true });

    // farco is active in otherdorp only: for testdorp's administrator it does not exist.
    expect(answer(await admin('POST', '/api/entry-codes', { org: 'testdorp', code: 'farco', layer: 'farco' }))).toEqual([404, 'ORGANIZATION_NOT_FOUND']);
    expect(answer(await admin('POST', '/api/entry-codes', { org: 'testdorp', code: 'ghost', layer: 'ghost' }))).toEqual([404, 'ORGANIZATION_NOT_FOUND']);
    // The national library is known to everyone, but it is no layer.
    expect(answer(await admin('POST', '/api/entry-codes', { org: 'testdorp', code: 'national', layer: 'nl' }))).toEqual([400, 'ENTRY_CODE_INVALID']);
    // Another municipality's administrator may not open agrifarm from otherdorp: it is not active there.
    const otherAdmin = await as('admin@otherdorp.example');
    expect(answer(await otherAdmin('POST', '/api/entry-codes', { org: 'otherdorp', code: 'agri-other', layer: 'agrifarm' }))).toEqual([404, 'ORGANIZATION_NOT_FOUND']);
    // ... until an administrator makes it active there too (and then only its administrators may).
    await db.layerActivation.create({ data: { layerId: (await db.organization.findUniqueOrThrow({ where: { slug: 'agrifarm' } })).id, municipalityId: (await db.organization.findUniqueOrThrow({ where: { slug: 'otherdorp' } })).id } });
    expect((await otherAdmin('POST', '/api/entry-codes', { org: 'otherdorp', code: 'agri-other', layer: 'agrifarm' })).statusCode).toBe(201);
    expect(answer(await (await as('editor@otherdorp.example'))('POST', '/api/entry-codes', { org: 'otherdorp', code: 'agri-2', layer: 'agrifarm' })))
      .toEqual([403, 'FORBIDDEN']);
    expect((await db.entryCode.findMany({ orderBy: { code: 'asc' } })).map((c) => c.code)).toEqual(['agri-other', 'agrifarm-hal-3']);
  });

  it('answers 404 for a municipality the caller has no role in, 403 to an outreach worker, and 401 without a session', async () => {
    const editor = await as('editor@testdorp.example');
    expect(answer(await editor('POST', '/api/entry-codes', { org: 'otherdorp', code: 'sneaky' }))).toEqual([404, 'ORGANIZATION_NOT_FOUND']);
    expect(answer(await editor('POST', '/api/entry-codes', { org: 'agrifarm', code: 'sneaky' }))).toEqual([404, 'ORGANIZATION_NOT_FOUND']);
    const worker = await as('worker@testdorp.example');
    expect(answer(await worker('POST', '/api/entry-codes', { org: 'testdorp', code: 'worker-code' }))).toEqual([403, 'FORBIDDEN']);
    expect((await harness.app.inject({ method: 'POST', url: '/api/entry-codes', payload: { org: 'testdorp', code: 'anon' } })).statusCode).toBe(401);
    expect(await db.entryCode.count()).toBe(0);
  });

  it('refuses bad input with a clear 4xx: malformed code, long or mistyped label, no municipality, a taken code, no CSRF token', async () => {
    const editor = await as('editor@testdorp.example');
    expect(answer(await editor('POST', '/api/entry-codes', { org: 'testdorp', code: 'two words' }))).toEqual([400, 'VALIDATION_FAILED']);
    expect(answer(await editor('POST', '/api/entry-codes', { org: 'testdorp', code: '-dash' }))).toEqual([400, 'ENTRY_CODE_INVALID']);
    expect(answer(await editor('POST', '/api/entry-codes', { org: 'testdorp', code: 'x'.repeat(65) }))).toEqual([400, 'VALIDATION_FAILED']);
    expect(answer(await editor('POST', '/api/entry-codes', { org: 'testdorp', code: 'okay', label: 'x'.repeat(201) }))).toEqual([400, 'VALIDATION_FAILED']);
    expect(answer(await editor('POST', '/api/entry-codes', { code: 'okay' }))).toEqual([400, 'VALIDATION_FAILED']);
    expect(answer(await editor('POST', '/api/entry-codes', { org: 'testdorp', code: 'okay', label: { text: 'Market' } }))).toEqual([400, 'VALIDATION_FAILED']);
    expect((await editor('POST', '/api/entry-codes', { org: 'testdorp', code: 'okay' })).statusCode).toBe(201);
    expect(answer(await editor('POST', '/api/entry-codes', { org: 'testdorp', code: 'OKAY' }))).toEqual([409, 'ENTRY_CODE_TAKEN']);
    const { cookie } = await signIn(harness.app, 'editor@testdorp.example');
    const noCsrf = await harness.app.inject({ method: 'POST', url: '/api/entry-codes', payload: { org: 'testdorp', code: 'nocsrf' }, headers: { cookie } });
    expect(answer(noCsrf)).toEqual([403, 'CSRF_INVALID']);
    expect(await db.entryCode.count()).toBe(1);
  });
});

describe('changing entry codes', () => {
  it('changes the label, switches the code off and on, one audit row per change, and nothing for no change', async () => {
    const editor = await as('editor@testdorp.example');
    await editor('POST', '/api/entry-codes', { org: 'testdorp', code: 'markt', label: 'Market' });
    const renamed = await editor('PATCH', '/api/entry-codes/MARKT', { label: 'Saturday market' });
    expect(renamed.json()).toMatchObject({ code: 'markt', label: 'Saturday market', active: true });
    expect((await editor('PATCH', '/api/entry-codes/markt', { active: false })).json()).toMatchObject({ active: false });
    expect((await editor('PATCH', '/api/entry-codes/markt', { active: false, label: 'Saturday market' })).json()).toMatchObject({ active: false });
    expect((await editor('PATCH', '/api/entry-codes/markt', { active: true, label: null })).json()).toMatchObject({ active: true, label: null });
    expect((await editor('GET', '/api/entry-codes/markt')).json()).toMatchObject({ label: null, active: true });
    expect((await audits()).map((a) => [a.actor, a.action, a.data])).toEqual([
      [`user:${ids.editor}`, 'entry_code.created', { code: 'markt', layer: null, label: 'Market' }],
      [`user:${ids.editor}`, 'entry_code.label_changed', { code: 'markt', from: 'Market', to: 'Saturday market' }],
      [`user:${ids.editor}`, 'entry_code.deactivated', { code: 'markt' }],
      [`user:${ids.editor}`, 'entry_code.label_changed', { code: 'markt', from: 'Saturday market', to: null }],
      [`user:${ids.editor}`, 'entry_code.activated', { code: 'markt' }],
    ]);
  });

  it('leaves an employer code to administrators: an editor sees it (mayChange false) but gets 403', async () => {
    const admin = await as('admin@testdorp.example');
    await admin('POST', '/api/entry-codes', { org: 'testdorp', code: 'agrifarm', layer: 'agrifarm' });
    const editor = await as('editor@testdorp.example');
    expect((await editor('GET', '/api/entry-codes/agrifarm')).json()).toMatchObject({ code: 'agrifarm', mayChange: false });
    expect(answer(await editor('PATCH', '/api/entry-codes/agrifarm', { active: false }))).toEqual([403, 'FORBIDDEN']);
    expect((await admin('PATCH', '/api/entry-codes/agrifarm', { active: false })).json()).toMatchObject({ active: false });
  });

  it('refuses to switch a code back on when its employer is no longer active in the municipality', async () => {
    const admin = await as('admin@testdorp.example');
    await admin('POST', '/api/entry-codes', { org: 'testdorp', code: 'agrifarm', layer: 'agrifarm' });
    await admin('PATCH', '/api/entry-codes/agrifarm', { active: false });
    await db.layerActivation.deleteMany({ where: { layer: { slug: 'agrifarm' } } });
    const res = await admin('PATCH', '/api/entry-codes/agrifarm', { active: true });
    expect(answer(res)).toEqual([400, 'ENTRY_CODE_INVALID']);
    expect(res.json().message).toContain('"agrifarm" is not active in "testdorp"');
  });

  it('answers 404 for an unknown code and for another municipality\'s code, 400 for a change of nothing', async () => {
    const editor = await as('editor@testdorp.example');
    await editor('POST', '/api/entry-codes', { org: 'testdorp', code: 'markt' });
    const other = await as('editor@otherdorp.example');
    for (const url of ['/api/entry-codes/markt', '/api/entry-codes/markt/qr.png', '/api/entry-codes/markt/qr.svg', '/api/entry-codes/markt/flyer.pdf']) {
      expect(answer(await other('GET', url)), url).toEqual([404, 'NOT_FOUND']);
    }
    expect(answer(await other('PATCH', '/api/entry-codes/markt', { active: false }))).toEqual([404, 'NOT_FOUND']);
    expect(answer(await editor('GET', '/api/entry-codes/nope'))).toEqual([404, 'NOT_FOUND']);
    expect(answer(await editor('PATCH', '/api/entry-codes/markt', {}))).toEqual([400, 'VALIDATION_FAILED']);
    expect(answer(await editor('PATCH', '/api/entry-codes/markt', { code: 'renamed' }))).toEqual([400, 'VALIDATION_FAILED']);
    expect((await db.entryCode.findFirstOrThrow()).active).toBe(true);
  });
});
