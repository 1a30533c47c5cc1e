import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { signIn, TEST_PASSWORD } from '../../admin/auth/testing/staff-auth-harness.ts';
import { describeViolations, seriousA11yViolations } from '../support/axe.ts';
import { webChat } from '../support/browser.ts';
import { PEOPLE, seedStudioContent, seedStudioOrganizations } from '../support/studio-e2e-seed.ts';
import { useStudioE2eWorld } from '../support/studio-e2e-world.ts';

/**
 * axe-core (WCAG 2.0/2.1 A and AA, through playwright-core) on EVERY page of
 * the staff app, on the inbox, the sign-in page, the invitation and
 * password-reset pages and the web chat page: no serious or critical
 * violation. The staff app's pages are read from admin/web/app/routes.tsx,
 * so a page added there is checked too (the test fails when it has no
 * concrete parameters below). Everything runs on the real app with content
 * on every page (a draft, an overdue review, a waiting national tile, a
 * local addition, entry codes).
 */

const ROUTES_FILE = new URL('../../admin/web/app/routes.tsx', import.meta.url);

/** The staff app's page paths, as routes.tsx declares them. */
function appPaths(): string[] {
  const source = readFileSync(ROUTES_FILE, 'utf8');
  return [...source.matchAll(/\{\s*path:\s*'([^']*)'/g)].map((m) => m[1]);
}

/** Concrete values of the route parameters (content seeded by seedStudioContent). */
function concrete(path: string): string {
  const values: Record<string, string> = {
    slug: 'demostad', library: 'nl', key: path.includes(':library') ? 'nl-bsn' : 'demostad-hours', code: 'demostad-flyer', number: '1',
  };
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`staff-app-axe: no concrete value for :${name} in "${path}": add one`);
    return values[name];
  });
}

let ids: Record<string, string>;
const w = useStudioE2eWorld({
  name: 'staff-app-axe',
  seed: async (db) => {
    ids = await seedStudioOrganizations(db);
    await seedStudioContent(db, ids);
  },
});

/** Waits until the page shows its content: the heading, no "Loading…", no requests in flight. */
async function settled(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor({ timeout: 20_000 });
  await page.waitForLoadState('networkidle', { timeout: 20_000 }).catch(() => undefined);
  await expect.poll(() => page.getByText('Loading…', { exact: true }).count(), { timeout: 20_000 }).toBe(0);
}

async function expectAccessible(page: Page, name: string): Promise<void> {
  const found = await seriousA11yViolations(page);
  expect(found, `${name}:\n${describeViolations(found)}`).toEqual([]);
}

const SLOW = 90_000;
const checked: string[] = [];

describe('axe-core on every staff page and the chat page', () => {
  let staff: Page;
  beforeAll(async () => {
    staff = await w.newPage();
    await staff.goto(`${w.base}/app/`);
    await staff.getByLabel('Email address').fill(PEOPLE.boss);
    await staff.getByLabel('Password').fill(TEST_PASSWORD);
    await staff.getByRole('button', { name: 'Sign in' }).click();
    await staff.waitForURL(`${w.base}/app/`);
  }, SLOW);

  it('reads the staff app pages from routes.tsx', () => {
    expect(appPaths().length).toBeGreaterThan(15);
    expect(appPaths()).toContain('studio/layers/:slug/tiles/:key');
  });

  it.each([...appPaths().map((p) => [`/app/${concrete(p)}`, p] as const), ['/app/no-such-page', '(not found)'] as const])(
    '%s (%s)', async (url) => {
      await staff.goto(`${w.base}${url}`);
      await settled(staff);
      // A page that shows an error instead of its content would be checked for too little.
      expect(await staff.locator('.app-alert-error').count(), `${url} shows an error: ${await staff.locator('.app-alert-error').allTextContents()}`).toBe(0);
      await expectAccessible(staff, url);
      checked.push(url);
    }, SLOW,
  );

  it('the staff app pages in Dutch', async () => {
    const saved = staff.waitForResponse((r) => r.url().endsWith('/api/me/preferences') && r.request().method() === 'PUT');
    await staff.goto(`${w.base}/app/studio/layers/demostad/tiles/demostad-hours`);
    await settled(staff);
    await staff.getByLabel('Language').selectOption('nl');
    expect((await saved).status()).toBe(200);
    for (const path of ['/app/', '/app/studio/layers/demostad/tiles/demostad-hours', '/app/studio/subscriptions/demostad', '/app/organization/settings/demostad']) {
      await staff.goto(`${w.base}${path}`);
      await settled(staff);
      expect(await staff.locator('html').getAttribute('lang')).toBe('nl');
      await expectAccessible(staff, `${path} (nl)`);
      checked.push(`${path} (nl)`);
    }
    await staff.getByLabel('Taal').selectOption('en');
  }, SLOW);

  it('the inbox', async () => {
    await staff.goto(`${w.base}/inbox`);
    await settled(staff);
    await expectAccessible(staff, '/inbox');
    checked.push(staff.url().replace(w.base, ''));
  }, SLOW);

  it('the sign-in page, the invitation and the password-reset page', async () => {
    const session = await signIn(w.app, PEOPLE.boss);
    const headers = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
    const invited = await w.app.inject({
      method: 'POST', url: '/api/organizations/demostad/staff/invitations', headers,
      payload: { name: 'New Colleague', email: 'new@demostad.test', roles: ['editor'], languages: ['pl'] },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const reset = await w.app.inject({ method: 'POST', url: `/api/organizations/demostad/staff/${ids.demostadEditor}/password-reset`, headers });
    expect(reset.statusCode, reset.body).toBe(201);
    const anonymous = await w.newPage();
    for (const path of ['/login', (invited.json() as { link: { path: string } }).link.path, (reset.json() as { link: { path: string } }).link.path]) {
      await anonymous.goto(`${w.base}${path}`);
      await settled(anonymous);
      await expectAccessible(anonymous, path);
      checked.push(path.replace(/\/[A-Za-z0-9_-]{20,}$/, '/<token>'));
    }
  }, SLOW);

  it('the web chat page, before and after a first exchange', async () => {
    const person = await w.newPage({ locale: 'pl-PL', width: 420, height: 760 });
    await person.goto(`${w.base}/chat/demostad`);
    const chat = webChat(person);
    await chat.sendBox().waitFor({ state: 'visible', timeout: 20_000 });
    await expectAccessible(person, '/chat/demostad');
    await chat.send('hello');
    await chat.action('Polski').last().waitFor({ timeout: 20_000 });
    await expectAccessible(person, '/chat/demostad (after a message)');
    checked.push('/chat/demostad');
    await w.shot(person, 'axe-chat-page.png');
  }, SLOW);

  it('checked every page', () => {
    console.log(`axe-core: no serious or critical violation on ${checked.length} pages: ${checked.join(', ')}`);
    expect(checked.length).toBeGreaterThan(appPaths().length + 5);
  });
});
