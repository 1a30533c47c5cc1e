import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStaffAuthHarness, seedStaffAccounts, TEST_PASSWORD, type StaffAuthHarness } from '../../admin/auth/testing/staff-auth-harness.ts';
import { loginPagePlugin, STAFF_PAGE_CSP, staffPageHeaders } from '../../admin/web/index.ts';
import { openBrowser } from '../support/browser.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/**
 * The sign-in page in Chromium against the real plugin (PostgreSQL, Redis):
 * a wrong password, signing in and going to `next`, the HttpOnly cookie,
 * sign-out with the reusable button, and no open redirect.
 */

const SCREENSHOT = fileURLToPath(new URL('../../test-artifacts/login-wrong-password.png', import.meta.url));
const db = createTestDb();
let h: StaffAuthHarness;
let browser: Browser;
let page: Page;
let base: string;
let foreignRequests: string[];
let pageErrors: string[];

/** Console errors other than the 401s the page expects (/me before sign-in, a wrong password). */
const unexpectedErrors = () => pageErrors.filter((e) => !/status of 401/.test(e));
const context = (): BrowserContext => page.context();

beforeAll(async () => {
  await truncateAll(db);
  await seedStaffAccounts(db);
  h = await buildStaffAuthHarness(db, {}, async (app) => {
    await app.register(loginPagePlugin);
    // A page to come back to after signing in, with the sign-out button pattern the inbox will use.
    app.get('/after', async (_request, reply) => staffPageHeaders(reply).send(`<!doctype html><html lang="en"><head><title>After</title>
<script src="/staff-assets/staff-session.js" defer></script></head>
<body><main><h1>Inbox placeholder</h1><button type="button" data-staff-logout>Sign out</button></main></body></html>`));
    // Where staff land without a next: the staff app's start page (its own test: staff-app.browser.test.ts).
    app.get('/app/', async (_request, reply) => staffPageHeaders(reply).send(`<!doctype html><html lang="en"><head><title>Staff app</title>
<script src="/staff-assets/staff-session.js" defer></script></head>
<body><main><h1>Staff app placeholder</h1><button type="button" data-staff-logout>Sign out</button></main></body></html>`));
  });
  await h.app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
  ({ browser, page, foreignRequests, pageErrors } = await openBrowser(base));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await h?.close();
  await db.$disconnect();
});

const email = () => page.getByLabel('Email address');
const password = () => page.getByLabel('Password');
const signInButton = () => page.getByRole('button', { name: 'Sign in' });
const meStatus = () => page.evaluate(async () => (await fetch('/api/auth/me')).status);

describe('login page in Chromium', () => {
  it('serves the page with a strict CSP and no inline script', async () => {
    const response = await page.goto(`${base}/login?next=/after?from=login`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBe(STAFF_PAGE_CSP);
    expect(response?.headers()['x-frame-options']).toBe('DENY');
    const html = (await response?.text()) ?? '';
    expect([...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].every((m) => /\bsrc=/.test(m[1]) && m[2] === '')).toBe(true);
    await email().waitFor({ state: 'visible' });
    expect(await page.locator('#staff-login').getAttribute('data-next')).toBe('/after?from=login');
  });

  it('says so, accessibly, when the password is wrong', async () => {
    await email().fill('worker@testdorp.example');
    await password().fill('not-the-password');
    await signInButton().click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toBe('The email address or password is incorrect.');
    expect(await alert.evaluate((el) => el === (el.ownerDocument as unknown as { activeElement: unknown }).activeElement)).toBe(true);
    expect(await email().getAttribute('aria-invalid')).toBe('true');
    expect(await password().inputValue()).toBe('');
    expect(page.url()).toBe(`${base}/login?next=/after?from=login`);
    await mkdir(fileURLToPath(new URL('../../test-artifacts/', import.meta.url)), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('signs in and goes to next; the session cookie is HttpOnly and SameSite=Strict', async () => {
    await password().fill(TEST_PASSWORD);
    await signInButton().click();
    await page.waitForURL(`${base}/after?from=login`);
    const [sid] = (await context().cookies()).filter((c) => c.name === 'sid');
    expect(sid).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: false, path: '/' });
    expect(await page.evaluate(() => (globalThis as unknown as { document: { cookie: string } }).document.cookie)).toBe('');
    expect(await meStatus()).toBe(200);
  });

  it('signs out with the reusable data-staff-logout button and lands on the sign-in form', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${base}/login`);
    await email().waitFor({ state: 'visible' });
    expect(await meStatus()).toBe(401);
  });

  it('does not follow a next that leaves the site: lands in the staff app instead', async () => {
    await page.goto(`${base}/login?next=//evil.example/phish`);
    expect(await page.locator('#staff-login').getAttribute('data-next')).toBe('/app/');
    await email().fill('worker@testdorp.example');
    await password().fill(TEST_PASSWORD);
    await signInButton().click();
    await page.waitForURL(`${base}/app/`);
    await page.getByRole('heading', { name: 'Staff app placeholder' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${base}/login`);
    await email().waitFor({ state: 'visible' });
  });

  it('loaded nothing from elsewhere and had no CSP violation or script error', () => {
    expect(foreignRequests).toEqual([]);
    expect(unexpectedErrors(), JSON.stringify(pageErrors)).toEqual([]);
  });
});
