import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryCodeRoutes } from '../../admin/api/entry-codes/entry-codes-route.ts';
import { buildStaffAuthHarness, seedStaffAccounts, signIn, type StaffAuthHarness } from '../../admin/auth/testing/staff-auth-harness.ts';
import { createEntryCode } from '../../core/content/index.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/** GET /api/entry-codes: the links staff print as QR codes, for their own municipality only. */
const db = createTestDb();
let harness: StaffAuthHarness;

beforeEach(async () => {
  await truncateAll(db);
  await seedStaffAccounts(db);
  await createEntryCode(db, { code: 'markt', municipalitySlug: 'testdorp', label: 'Posters at the market' }, 'test');
  harness = await buildStaffAuthHarness(db, {}, async (app) => {
    await app.register(entryCodeRoutes, { db, links: () => ({ webBaseUrl: 'https://chat.example.nl', telegramBot: 'TestdorpBot', whatsappNumber: '+31 20 123 4567' }) });
  });
});
afterEach(() => harness.close());
afterAll(() => db.$disconnect());

describe('entry-code links for staff', () => {
  it('lists the municipality codes with web, Telegram and WhatsApp links', async () => {
    const { cookie } = await signIn(harness.app, 'editor@testdorp.example');
    const res = await harness.app.inject({ method: 'GET', url: '/api/entry-codes?org=testdorp', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toEqual({
      codes: [{
        code: 'markt', label: 'Posters at the market', active: true, layer: null,
        chatsStarted: 0,
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        municipality: { slug: 'testdorp', name: 'testdorp' },
        links: {
          web: 'https://chat.example.nl/chat/testdorp?entry=markt',
          telegram: 'https://t.me/TestdorpBot?start=markt',
          whatsapp: 'https://wa.me/31201234567?text=START%20markt',
        },
        mayChange: true,
      }],
      layers: [],
      mayCreate: true,
      mayCreateWithLayer: false,
    });
  });

  it('answers 404 for a municipality the staff member has no role in, and 401 without a session', async () => {
    const { cookie } = await signIn(harness.app, 'editor@testdorp.example');
    const other = await harness.app.inject({ method: 'GET', url: '/api/entry-codes?org=otherdorp', headers: { cookie } });
    expect(other.statusCode).toBe(404);
    expect(other.json()).toMatchObject({ code: 'ORGANIZATION_NOT_FOUND' });
    expect((await harness.app.inject({ method: 'GET', url: '/api/entry-codes?org=testdorp' })).statusCode).toBe(401);
  });

  it('answers 404 to an analyst (a role that does not see entry codes), and 400 without ?org', async () => {
    // worker@testdorp.example is an analyst in otherdorp.
    const { cookie } = await signIn(harness.app, 'worker@testdorp.example');
    expect((await harness.app.inject({ method: 'GET', url: '/api/entry-codes?org=otherdorp', headers: { cookie } })).statusCode).toBe(404);
    const outreach = await harness.app.inject({ method: 'GET', url: '/api/entry-codes?org=testdorp', headers: { cookie } });
    expect(outreach.json()).toMatchObject({ mayCreate: false, mayCreateWithLayer: false, codes: [{ code: 'markt', mayChange: false }] });
    const missing = await harness.app.inject({ method: 'GET', url: '/api/entry-codes', headers: { cookie } });
    expect([missing.statusCode, missing.json().code]).toEqual([400, 'VALIDATION_FAILED']);
  });
});
