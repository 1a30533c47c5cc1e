import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seedStaffAccounts, signIn, TEST_PASSWORD } from '../../admin/auth/testing/staff-auth-harness.ts';
import { seedDefaultThemes } from '../../core/content/index.ts';
import { createStaffUser } from '../../core/staff/index.ts';
import { describeViolations, seriousA11yViolations } from '../support/axe.ts';
import { signInToStaffApp, useStaffAppWorld } from '../support/staff-app-world.ts';

/**
 * The studio's tile pages in Chromium on the real app and tile library API
 * (PostgreSQL, Redis): an editor signs in, lands on the start page, opens
 * their layer, creates a tile through the form (with a live preview and a
 * link that must be fixed first), publishes it, edits it, meets another
 * editor's save (409) and loads their version, compares and restores
 * revisions, confirms "still correct", schedules a publish, and finds an
 * overdue tile in the overdue list. axe-core runs on every page.
 */

const w = useStaffAppWorld({
  seed: async (db) => {
    await seedStaffAccounts(db);
    await seedDefaultThemes(db);
    // The national library (every staff member reads it) and its editor.
    await db.organization.create({ data: { slug: 'national', name: 'National library', kind: 'national', enabledLanguages: ['en', 'nl', 'pl'] } });
    await createStaffUser(db, {
      email: NATIONAL_EDITOR, name: 'Nadia', password: TEST_PASSWORD, languages: ['en'], memberships: [{ organization: 'national', role: 'editor' }],
    });
  },
});
const page = (): Page => w.browser.page;
const EDITOR = 'editor@testdorp.example';
const NATIONAL_EDITOR = 'nadia@national.example';
const heading = () => page().locator('main h1');
const status = () => page().locator('.app-notice').last();

async function expectAccessible(name: string): Promise<void> {
  const found = await seriousA11yViolations(page());
  expect(found, `${name}:\n${describeViolations(found)}`).toEqual([]);
}

/** What the API says about the tile now, with the browser's session. */
interface TileState { status: string; revision: number; editVersion: number; draft: unknown }
async function tileFromApi(key: string): Promise<TileState> {
  return page().evaluate(async (k) => (await (await fetch(`/api/layers/testdorp/tiles/${k}`)).json()) as TileState, key);
}

/** expect.poll with time for a page load and its API calls on a busy machine (the default is 1 s). */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

describe('studio tile pages in Chromium', () => {
  it('signs the editor in onto the start page, which shows their layer and nothing overdue', async () => {
    await signInToStaffApp(page(), w.base, EDITOR, TEST_PASSWORD);
    await poll(() => heading().textContent()).toBe('Welcome, editor');
    await page().locator('#home-layers').getByRole('link', { name: 'testdorp' }).waitFor();
    await page().getByText('Nothing is overdue. Well done.').waitFor();
    await w.shot(page(), 'staff-app-home-editor.png');
    await expectAccessible('home');
  });

  it('lists the layers with access, and the layer with no tiles yet', async () => {
    await page().getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Layers and tiles' }).click();
    await poll(() => heading().textContent()).toBe('Layers and tiles');
    const row = page().locator('#layers-table tr', { hasText: 'testdorp' });
    expect(await row.locator('td').nth(2).textContent()).toBe('You edit');
    await expectAccessible('layers');
    await row.getByRole('link', { name: 'testdorp' }).click();
    await poll(() => heading().textContent()).toBe('testdorp');
    await page().getByText('This layer has no tiles yet.').waitFor();
    await expectAccessible('layer');
  });

  it('creates a tile: live preview, a link to fix first, then the draft', async () => {
    await page().getByRole('link', { name: 'New tile' }).click();
    await poll(() => heading().textContent()).toBe('New tile');
    await page().getByLabel('Key', { exact: true }).fill('bsn-registration');
    await page().getByLabel('Title', { exact: true }).fill('Getting a BSN');
    await page().getByLabel('Text', { exact: true }).fill('Go to the **town hall**.\n- bring your _passport_\n- [Book](https://testdorp.example/afspraak)');
    const preview = page().locator('.tile-preview-bubble');
    await poll(() => preview.locator('strong').allTextContents()).toEqual(['Getting a BSN', 'town hall']);
    expect(await preview.locator('em').textContent()).toBe('passport');
    expect(await preview.getByRole('link', { name: 'Book' }).getAttribute('href')).toBe('https://testdorp.example/afspraak');
    expect(await preview.locator('.tile-markdown').getAttribute('lang')).toBe('en');
    await page().getByLabel('Example questions').fill('How do I get a BSN?\nWhere do I register?');
    await page().getByRole('button', { name: 'Add a link' }).click();
    await page().getByLabel('Label of link 1').fill('Town hall');
    await page().getByLabel('Web address of link 1').fill('testdorp.example');
    await page().getByRole('button', { name: 'Create draft' }).click();
    await page().getByText('Enter a full web address starting with https:// or http://.').waitFor();
    expect(await page().getByLabel('Web address of link 1').getAttribute('aria-invalid')).toBe('true');
    // Keyboard focus goes to the field to fix.
    await poll(() => page().getByLabel('Web address of link 1')
      .evaluate((el) => el === (el.ownerDocument as unknown as { activeElement: unknown }).activeElement)).toBe(true);
    await w.shot(page(), 'staff-app-new-tile-invalid.png');
    await expectAccessible('new tile with errors');
    await page().getByLabel('Web address of link 1').fill('https://testdorp.example/');
    await page().getByRole('button', { name: 'Create draft' }).click();
    await page().waitForURL(`${w.base}/app/studio/layers/testdorp/tiles/bsn-registration`);
    await poll(() => status().textContent()).toBe('The draft was created.');
    expect(await page().locator('.tile-status-line .app-badge').allTextContents()).toEqual(['Draft']);
    expect(await tileFromApi('bsn-registration')).toMatchObject({ status: 'draft', revision: 0 });
  });

  it('publishes the tile', async () => {
    await page().getByRole('button', { name: 'Publish now', exact: true }).click();
    await poll(() => status().textContent()).toBe('Published. The bot answers with it within seconds.');
    expect(await page().locator('.tile-status-line .app-badge').allTextContents()).toEqual(['Published']);
    expect(await tileFromApi('bsn-registration')).toMatchObject({ status: 'published', revision: 1, draft: null });
    await w.shot(page(), 'staff-app-tile-published.png');
    await expectAccessible('tile');
  });

  it('saves an edit as a draft while the live version stays', async () => {
    await page().getByLabel('Text', { exact: true }).fill('Go to the **town hall** with your passport.');
    await page().getByText('You have unsaved changes.').waitFor();
    await page().getByRole('button', { name: 'Save draft' }).click();
    await poll(() => status().textContent()).toBe('The draft was saved.');
    expect(await page().locator('.tile-status-line .app-badge').allTextContents()).toEqual(['Published', 'Draft changes']);
    expect(await tileFromApi('bsn-registration')).toMatchObject({ status: 'published', revision: 1 });
  });

  it('shows what another editor changed when a save is based on an old version, and loads theirs', async () => {
    // Another editor (a second session) saves the draft first.
    const other = await signIn(w.app, EDITOR);
    const current = await tileFromApi('bsn-registration');
    const res = await w.app.inject({
      method: 'PUT', url: '/api/layers/testdorp/tiles/bsn-registration/draft',
      headers: { cookie: other.cookie, 'x-csrf-token': other.csrfToken },
      payload: {
        baseEditVersion: current.editVersion, theme: 'registration',
        content: { en: { title: 'Getting a BSN number', body: 'Make an appointment at the town hall.', examples: [] } }, links: [],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    await page().getByLabel('Title', { exact: true }).fill('BSN: how to get one');
    await page().getByRole('button', { name: 'Save draft' }).click();
    const conflict = page().getByRole('region', { name: 'Someone else saved this tile in the meantime' });
    await conflict.waitFor();
    expect(await conflict.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Title', 'Text', 'Example questions', 'Links']);
    await poll(() => conflict.locator('pre').first().textContent()).toBe('Getting a BSN number');
    await w.shot(page(), 'staff-app-tile-conflict.png');
    await expectAccessible('tile with conflict');
    await conflict.getByRole('button', { name: 'Load their version (your changes are lost)' }).click();
    await poll(() => page().getByLabel('Title', { exact: true }).inputValue()).toBe('Getting a BSN number');
    expect(await conflict.count()).toBe(0);
    await page().getByRole('button', { name: 'Publish now', exact: true }).click();
    await poll(() => status().textContent()).toBe('Published. The bot answers with it within seconds.');
    expect(await tileFromApi('bsn-registration')).toMatchObject({ status: 'published', revision: 2 });
  });

  it('compares two revisions per language and restores the first as the draft', async () => {
    await page().getByRole('link', { name: 'Revisions and differences' }).click();
    await poll(() => heading().textContent()).toBe('Revisions of bsn-registration');
    await poll(() => page().locator('#revisions-table tbody tr').count()).toBe(2);
    await page().getByLabel('From').selectOption('1');
    await page().getByLabel('To').selectOption('2');
    await page().getByRole('button', { name: 'Show differences' }).click();
    const diff = page().locator('#tile-diff');
    await diff.waitFor();
    // Revision 2's title added a word; the words are named for screen readers as well as marked.
    expect((await diff.locator('ins').allTextContents()).join('|')).toMatch(/added: +number/);
    await w.shot(page(), 'staff-app-revisions-diff.png');
    await expectAccessible('revisions');
    await page().getByRole('button', { name: 'Restore revision 1 as draft' }).click();
    await page().waitForURL(`${w.base}/app/studio/layers/testdorp/tiles/bsn-registration`);
    await poll(() => status().textContent()).toBe('The revision is now the draft. Check it and publish it.');
    await poll(() => page().getByLabel('Title', { exact: true }).inputValue()).toBe('Getting a BSN');
  });

  it('renews the review date with "Still correct" and schedules a publish', async () => {
    await page().getByRole('button', { name: 'Still correct' }).click();
    await poll(() => status().textContent()).toMatch(/^Thank you\. Next review by /);
    const tomorrow = new Date(Date.now() + 24 * 3600_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    const local = `${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}T09:30`;
    await page().getByLabel('Publish at', { exact: true }).fill(local);
    await page().getByRole('button', { name: 'Save schedule' }).click();
    await poll(() => status().textContent()).toBe('The schedule was saved.');
    expect(await page().locator('.tile-status-line .app-badge').allTextContents()).toContain('Scheduled');
    await page().getByRole('button', { name: 'Cancel schedule' }).click();
    await poll(() => status().textContent()).toBe('The schedule was cancelled.');
  });

  it('lists an overdue tile on the overdue page and the start page', async () => {
    await w.db.tile.updateMany({ where: { key: 'bsn-registration' }, data: { reviewBy: new Date(Date.now() - 86_400_000) } });
    await page().getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Overdue reviews' }).click();
    await poll(() => heading().textContent()).toBe('Overdue reviews');
    await page().locator('#overdue-table').getByRole('link', { name: /^Getting a BSN/ }).waitFor();
    await expectAccessible('overdue');
    await page().getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Home' }).click();
    await page().locator('#home-overdue').getByRole('link', { name: /^Getting a BSN/ }).waitFor();
  });

  it('works in Dutch too, with the tile text marked as English', async () => {
    // The choice is kept with the account: wait until the server has it before loading a page afresh.
    const saved = page().waitForResponse((r) => r.url().endsWith('/api/me/preferences') && r.request().method() === 'PUT');
    await page().getByLabel('Language').selectOption('nl');
    expect((await saved).status()).toBe(200);
    await page().goto(`${w.base}/app/studio/layers/testdorp/tiles/bsn-registration`);
    await poll(() => page().getByRole('button', { name: 'Concept bewaren' }).count()).toBe(1);
    expect(await page().getByLabel('Titel', { exact: true }).getAttribute('lang')).toBe('en');
    await w.shot(page(), 'staff-app-tile-nl.png');
    await expectAccessible('tile in Dutch');
  });

  it('shows a national tile to a municipal editor read only: no new tile, no editing controls', async () => {
    const national = await signIn(w.app, NATIONAL_EDITOR);
    const headers = { cookie: national.cookie, 'x-csrf-token': national.csrfToken };
    const created = await w.app.inject({
      method: 'POST', url: '/api/layers/national/tiles', headers,
      payload: { key: 'health-insurance', theme: 'health', sourceLang: 'en', content: { en: { title: 'Health insurance', body: 'You **must** have it.', examples: [] } }, links: [] },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect((await w.app.inject({ method: 'POST', url: '/api/layers/national/tiles/health-insurance/publish', headers })).statusCode).toBe(200);

    await page().getByLabel('Taal').selectOption('en');
    await page().getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Layers and tiles' }).click();
    const row = page().locator('#layers-table tr', { hasText: 'National library' });
    await poll(() => row.locator('td').nth(2).textContent()).toBe('Read only');
    await row.getByRole('link', { name: 'National library' }).click();
    await poll(() => heading().textContent()).toBe('National library');
    expect(await page().getByRole('link', { name: 'New tile' }).count()).toBe(0);
    await page().locator('#tiles-table').getByRole('link', { name: 'Health insurance' }).click();
    await page().getByText('You can read this tile but not change it: it belongs to another layer.').waitFor();
    expect(await page().getByLabel('Title', { exact: true }).isDisabled()).toBe(true);
    expect(await page().getByRole('button', { name: 'Save draft' }).count()).toBe(0);
    expect(await page().getByRole('button', { name: 'Still correct' }).count()).toBe(0);
    expect(await page().locator('.tile-preview-bubble strong').allTextContents()).toEqual(['Health insurance', 'must']);
    await w.shot(page(), 'staff-app-tile-read-only.png');
    await expectAccessible('read-only tile');
  });

  it('says plainly when a layer does not exist or is not theirs (404)', async () => {
    await page().goto(`${w.base}/app/studio/layers/otherdorp`);
    await poll(() => page().getByRole('alert').first().textContent()).toBe('This does not exist, or you have no access to it.');
    await page().goto(`${w.base}/app/studio/layers/testdorp/tiles/no-such-tile`);
    await poll(() => page().getByRole('alert').first().textContent()).toBe('This does not exist, or you have no access to it.');
    await expectAccessible('not found');
  });

  it('loaded nothing from elsewhere and had no CSP violation or script error', () => {
    expect(w.browser.foreignRequests).toEqual([]);
    // Expected: the 409 of the stale save and the 404s of the last test.
    const unexpected = w.browser.pageErrors.filter((e) => !/status of (401|404|409)/.test(e));
    expect(unexpected, JSON.stringify(w.browser.pageErrors)).toEqual([]);
  });
});
