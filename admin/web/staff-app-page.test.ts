import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildStaffAuthHarness, seedStaffAccounts, signIn, type StaffAuthHarness } from '../auth/testing/staff-auth-harness.ts';
import { createTestDb, truncateAll } from '../../tests/support/test-db.ts';
import { staffAppBundle } from './staff-app-bundle.ts';
import { STAFF_APP_ASSETS_PREFIX, staffAppPagePlugin } from './staff-app-page.ts';
import { STAFF_PAGE_CSP } from './staff-page.ts';

const db = createTestDb();
let h: StaffAuthHarness;

beforeEach(async () => {
  await truncateAll(db);
  await seedStaffAccounts(db);
  h = await buildStaffAuthHarness(db, {}, async (app) => {
    await app.register(staffAppPagePlugin);
  });
});
afterEach(() => h.close());
afterAll(() => db.$disconnect());

describe('GET /app/*', () => {
  it('sends a browser without a session to the sign-in page, coming back here', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/app/studio/layers/testdorp?x=1' });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/login?next=%2Fapp%2Fstudio%2Flayers%2Ftestdorp%3Fx%3D1');
  });

  it('serves the app shell to staff: strict CSP, no inline script, the bundle by its hashed name', async () => {
    await db.staffUser.updateMany({ where: { email: 'editor@testdorp.example' }, data: { uiLanguage: 'en' } });
    const { cookie } = await signIn(h.app, 'editor@testdorp.example');
    for (const url of ['/app', '/app/', '/app/studio/layers/testdorp/tiles/x']) {
      const res = await h.app.inject({ method: 'GET', url, headers: { cookie } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-security-policy']).toBe(STAFF_PAGE_CSP);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toContain('<div id="app-root"></div>');
      expect(res.body).toMatch(/<html lang="en">/);
      const scripts = [...res.body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length).toBe(1);
      expect(scripts[0][1]).toMatch(/type="module" src="\/app-assets\/main-[A-Z0-9]+\.js"/);
      expect(scripts[0][2]).toBe('');
    }
  });

  it('starts in the first language the person speaks that the app has, until they choose', async () => {
    await db.staffUser.updateMany({ where: { email: 'editor@testdorp.example' }, data: { uiLanguage: null } });
    const before = await h.app.inject({ method: 'GET', url: '/app/', headers: { cookie: (await signIn(h.app, 'editor@testdorp.example')).cookie } });
    // The test accounts speak Dutch and Polish.
    expect(before.body).toMatch(/<html lang="nl">/);
  });

  it('starts in the account\'s interface language', async () => {
    await db.staffUser.updateMany({ where: { email: 'editor@testdorp.example' }, data: { uiLanguage: 'nl' } });
    const { cookie } = await signIn(h.app, 'editor@testdorp.example');
    const res = await h.app.inject({ method: 'GET', url: '/app/', headers: { cookie } });
    expect(res.body).toMatch(/<html lang="nl">/);
  });
});

describe('GET /app-assets/:name', () => {
  it('serves the bundle\'s files for a year, and nothing else', async () => {
    const bundle = await staffAppBundle();
    const script = await h.app.inject({ method: 'GET', url: `${STAFF_APP_ASSETS_PREFIX}${bundle.script}` });
    expect(script.statusCode).toBe(200);
    expect(script.headers).toMatchObject({
      'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=31536000, immutable', 'x-content-type-options': 'nosniff',
    });
    expect(script.body).toContain('app-root');
    const css = await h.app.inject({ method: 'GET', url: `${STAFF_APP_ASSETS_PREFIX}${bundle.stylesheet}` });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.body).toContain('.skip-link');
    const missing = await h.app.inject({ method: 'GET', url: `${STAFF_APP_ASSETS_PREFIX}main-OLDHASH.js` });
    expect(missing.statusCode).toBe(404);
  });

  it('bundles once per process', async () => {
    expect(staffAppBundle()).toBe(staffAppBundle());
  });

  it('keeps server code out of the browser: no script over 700 kB, all of them under 1.5 MB', async () => {
    // React and React Router (~500 kB minified, one shared chunk), recharts (~250 kB, loaded with the reports page),
    // the pages in chunks of their own; zod, Prisma or the answer engine would blow past these.
    const bundle = await staffAppBundle();
    const scripts = [...bundle.files].filter(([name]) => name.endsWith('.js')).map(([, file]) => file.body.length);
    expect(Math.max(...scripts)).toBeLessThan(700_000);
    expect(scripts.reduce((a, b) => a + b, 0)).toBeLessThan(1_500_000);
    expect(bundle.files.get(bundle.script)!.body.length).toBeLessThan(100_000);
  });
});
