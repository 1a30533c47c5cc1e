import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDefaultThemes } from '../../core/content/index.ts';
import { buildDocsApp, type DocsApp } from '../support/docs-app.ts';
import { openBrowser } from '../support/browser.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/**
 * Swagger UI at /docs in Chromium under the staff pages' strict
 * Content-Security-Policy (same-site scripts and styles only, no inline
 * code, no eval): it must render the API, with no CSP violation, no script
 * error and no request to another site.
 */
const SCREENSHOT = fileURLToPath(new URL('../../test-artifacts/api-docs.png', import.meta.url));
const db = createTestDb();
let docs: DocsApp;
let browser: Browser;
let page: Page;
let base: string;
let foreignRequests: string[];
let pageErrors: string[];

beforeAll(async () => {
  await mkdir(dirname(SCREENSHOT), { recursive: true });
  await truncateAll(db);
  await seedDefaultThemes(db);
  docs = await buildDocsApp(db);
  await docs.app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(docs.app.server.address() as AddressInfo).port}`;
  ({ browser, page, foreignRequests, pageErrors } = await openBrowser(base));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await docs?.close();
  await db.$disconnect();
});

describe('/docs in Chromium', () => {
  it('renders the studio routes with the strict CSP: no violation, no error, nothing fetched from elsewhere', async () => {
    const [name, value] = (await docs.signInEditor()).split(';')[0].split('=');
    await page.context().addCookies([{ name, value, url: base }]);
    const response = await page.goto(`${base}/docs/`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    const tiles = page.locator('.opblock-summary-path', { hasText: /^\/api\/layers\/\{slug\}\/tiles$/ });
    await expect.poll(() => tiles.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.opblock-summary-path', { hasText: '/api/studio/try' }).count()).toBe(1);
    // An operation opened: its parameters, request body and response schemas render too.
    await page.locator('.opblock-summary-path', { hasText: '/api/studio/try' }).click();
    await expect.poll(() => page.locator('.opblock-body .responses-wrapper').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('sends a visitor without a session to the sign-in page', async () => {
    await page.context().clearCookies();
    await page.goto(`${base}/docs`);
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/docs');
  });
});
