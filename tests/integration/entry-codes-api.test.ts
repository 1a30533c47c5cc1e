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
    expect(res.json()).toEqual({
      codes: [{
        code: 'markt', label: 'Posters at the market', active: true, layer: null,
        links: {
          web: 'https://chat.example.nl/chat/testdorp?entry=markt',
          telegram: 'https://t.me/TestdorpBot?start=markt',
          whatsapp: 'https://wa.me/31201234567?text=START%20markt',
        },
      }],
    });
  });

  it('answers 404 for a municipality the staff member has no role in, and 401 without a session', async () => {
    const { cookie } = await signIn(harness.app, 'editor@testdorp.example');
    const other = await harness.app.inject({ method: 'GET', url: '/api/entry-codes?org=otherdorp', headers: { cookie } });
    expect(other.statusCode).toBe(404);
    expect(other.json()).toMatchObject({ code: 'ORGANIZATION_NOT_FOUND' });
    expect((await harness.app.inject({ method: 'GET', url: '/api/entry-codes?org=testdorp' })).statusCode).toBe(401);
  });
});
