import { describe, expect, it } from 'vitest';
import { seedStaffAccounts, TEST_PASSWORD } from '../../admin/auth/testing/staff-auth-harness.ts';
import { STAFF_PAGE_CSP } from '../../admin/web/index.ts';
import { describeViolations, seriousA11yViolations } from '../support/axe.ts';
import { signInToStaffApp, useStaffAppWorld } from '../support/staff-app-world.ts';

/**
 * The staff app's shell in Chromium on the real app: signing in lands on
 * the start page, the navigation (with the inbox for outreach workers), the
 * Dutch/English switch with `<html lang>`, client-side routes and a page
 * that does not exist, signing out; axe-core finds no serious or critical
 * WCAG 2.1 AA violation on the start page, the sign-in page or the chat page.
 */

const w = useStaffAppWorld({ seed: seedStaffAccounts });
const page = () => w.browser.page;
const htmlLang = () => page().evaluate(() => (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang);

async function expectAccessible(): Promise<void> {
  const found = await seriousA11yViolations(page());
  expect(found, describeViolations(found)).toEqual([]);
}

/** expect.poll with time for a page load and its API calls on a busy machine (the default is 1 s). */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

describe('staff app shell in Chromium', () => {
  it('sends a signed-out browser to the sign-in page, which is accessible', async () => {
    const response = await page().goto(`${w.base}/app/studio/layers?x=1`);
    expect(new URL(page().url()).pathname).toBe('/login');
    expect(new URL(page().url()).searchParams.get('next')).toBe('/app/studio/layers?x=1');
    expect(response?.status()).toBe(200);
    await page().getByLabel('Email address').waitFor();
    await expectAccessible();
  });

  it('lands a signed-in outreach worker on the start page with the inbox at hand', async () => {
    await signInToStaffApp(page(), w.base, 'worker@testdorp.example', TEST_PASSWORD);
    await poll(() => page().locator('h1').textContent()).toBe('Welcome, worker');
    expect(await htmlLang()).toBe('en');
    const nav = page().getByRole('navigation', { name: 'Main navigation' });
    expect(await nav.getByRole('link', { name: 'Inbox' }).getAttribute('href')).toBe('/inbox');
    expect(await page().getByRole('link', { name: 'Open the inbox' }).getAttribute('href')).toBe('/inbox');
    // The worker is no editor: the studio is not offered.
    expect(await nav.getByRole('link', { name: 'Layers and tiles' }).count()).toBe(0);
    await w.shot(page(), 'staff-app-home-worker.png');
    await expectAccessible();
  });

  it('serves the app with the strict staff CSP and a content-hashed, long-cached bundle', async () => {
    const response = await page().goto(`${w.base}/app/`);
    expect(response?.headers()['content-security-policy']).toBe(STAFF_PAGE_CSP);
    const html = (await response?.text()) ?? '';
    expect([...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].every((m) => /\bsrc=/.test(m[1]) && m[2] === '')).toBe(true);
    const script = /src="(\/app-assets\/main-[A-Z0-9]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await page().request.get(`${w.base}${script}`);
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers()['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('switches to Dutch: texts, <html lang>, and the choice outlives a reload', async () => {
    await page().getByLabel('Language').selectOption('nl');
    await poll(() => page().locator('h1').textContent()).toBe('Welkom, worker');
    expect(await htmlLang()).toBe('nl');
    expect(await page().getByRole('option', { name: 'English' }).getAttribute('lang')).toBe('en');
    await page().reload();
    await poll(() => page().locator('h1').textContent()).toBe('Welkom, worker');
    expect(await htmlLang()).toBe('nl');
    await w.shot(page(), 'staff-app-home-nl.png');
    await expectAccessible();
    await page().getByLabel('Taal').selectOption('en');
    await poll(() => page().locator('h1').textContent()).toBe('Welcome, worker');
  });

  it('is usable by keyboard: the skip link goes to the main content', async () => {
    await page().goto(`${w.base}/app/`);
    await page().locator('h1').waitFor();
    await page().keyboard.press('Tab');
    const skip = page().getByRole('link', { name: 'Skip to main content' });
    expect(await skip.evaluate((el) => el === (el.ownerDocument as unknown as { activeElement: unknown }).activeElement)).toBe(true);
    await page().keyboard.press('Enter');
    expect(await page().evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement.id)).toBe('main');
  });

  it('says so for a page that does not exist, inside the app', async () => {
    await page().goto(`${w.base}/app/no/such/page`);
    await poll(() => page().locator('h1').textContent()).toBe('Page not found');
    await page().getByRole('link', { name: 'Go to the start page' }).click();
    await poll(() => page().locator('h1').textContent()).toBe('Welcome, worker');
  });

  it('folds the navigation behind a Menu button on a narrow screen', async () => {
    await page().setViewportSize({ width: 380, height: 800 });
    const menu = page().getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page().getByRole('navigation', { name: 'Main navigation' }).isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await page().getByRole('navigation', { name: 'Main navigation' }).isVisible()).toBe(true);
    await w.shot(page(), 'staff-app-home-narrow.png');
    await expectAccessible();
    await page().setViewportSize({ width: 1280, height: 900 });
  });

  it('signs out to the sign-in page', async () => {
    await page().getByRole('button', { name: 'Sign out' }).click();
    await page().waitForURL(`${w.base}/login`);
    expect(await page().evaluate(async () => (await fetch('/api/auth/me')).status)).toBe(401);
  });

  it('the chat page has no serious or critical accessibility violation', async () => {
    await page().goto(`${w.base}/chat/testdorp`);
    await page().locator('[data-id="webchat-sendbox-input"]').waitFor();
    await expectAccessible();
  });

  it('loaded nothing from elsewhere and had no CSP violation or script error', () => {
    expect(w.browser.foreignRequests).toEqual([]);
    const unexpected = w.browser.pageErrors.filter((e) => !/status of (401|404)/.test(e));
    expect(unexpected, JSON.stringify(w.browser.pageErrors)).toEqual([]);
  });
});
