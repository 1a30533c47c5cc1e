import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../admin/auth/testing/staff-auth-harness.ts';
import { createTile } from '../../core/content/index.ts';
import { webChat } from '../support/browser.ts';
import { PEOPLE, seedStudioOrganizations } from '../support/studio-e2e-seed.ts';
import { useStudioE2eWorld } from '../support/studio-e2e-world.ts';

/**
 * Issue 11's browser test with three pages (three browser contexts, three
 * people) on the real app, real conversation core and real answer engines:
 * 1. the national editor creates a tile (written in Polish) in the studio and publishes it;
 * 2. the demostad editor (demostad subscribes to the national library with
 *    "ask me first") accepts it, writes a local addition, previews it in
 *    Polish with the pending draft, and publishes it;
 * 3. a person in web chat (/chat/demostad) asks in Polish and gets the tile
 *    with the local addition under it;
 * and the employer's editor (agrifarm) cannot see demostad's draft: the
 * pages say it does not exist, the API answers 404.
 * Screenshots: test-artifacts/studio-three-pages-*.png.
 */

const KEY = 'nl-seasonal-contract';
const TITLE = 'Umowa przy pracy sezonowej';
const BODY = 'Masz prawo do pisemnej umowy w języku, który rozumiesz.';
const ADDITION = 'W Demostad pomoże Ci punkt informacyjny w ratuszu, Markt 1.';
const DRAFT_TITLE = 'Demostad draft about the night shelter';

const w = useStudioE2eWorld({
  name: 'studio-three-pages',
  seed: async (db) => {
    const ids = await seedStudioOrganizations(db);
    const demostad = await db.organization.findUniqueOrThrow({ where: { slug: 'demostad' } });
    // demostad's draft: never published, only demostad's staff may know it exists.
    await createTile({ db, actorId: ids.demostadEditor, now: new Date() }, { id: demostad.id, slug: 'demostad' }, {
      key: 'demostad-shelter', theme: 'housing', sourceLang: 'en', links: [],
      content: { en: { title: DRAFT_TITLE, body: 'Not public yet.', examples: [] } },
    });
  },
});

const SLOW = 180_000;
const POLL = { timeout: 20_000 };
const pages: Partial<Record<'national' | 'demostad' | 'person' | 'farm', Page>> = {};
const heading = (page: Page) => page.locator('main h1');
const notice = (page: Page) => page.locator('.app-notice').last();

/** Signs `email` in on a new browser context, landing on `path` of the staff app. */
async function signedIn(email: string, path: string): Promise<Page> {
  const page = await w.newPage();
  await page.goto(`${w.base}${path}`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${w.base}${path}`);
  await heading(page).first().waitFor();
  return page;
}

/** GET `path` with the page's session: the status the API answers this person. */
const apiStatus = (page: Page, path: string) => page.evaluate(async (p) => (await fetch(p)).status, path);

describe('three pages: national editor, demostad editor, a person in web chat', () => {
  it('the national editor creates a tile and publishes it', async () => {
    const page = pages.national = await signedIn(PEOPLE.national, '/app/studio/layers/nl/new');
    await page.getByLabel('Key', { exact: true }).fill(KEY);
    await page.getByLabel('Source language').selectOption('pl');
    await page.getByLabel('Title', { exact: true }).fill(TITLE);
    await page.getByLabel('Text', { exact: true }).fill(`${BODY}\n- zapytaj o **umowę** przed wyjazdem`);
    await page.getByLabel('Example questions').fill('Czy muszę mieć umowę przy pracy sezonowej?\nJaka umowa przy pracy sezonowej?');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.waitForURL(`${w.base}/app/studio/layers/nl/tiles/${KEY}`);
    await page.getByRole('button', { name: 'Publish now', exact: true }).click();
    await expect.poll(() => notice(page).textContent(), POLL).toBe('Published. The bot answers with it within seconds.');
    await w.shot(page, 'studio-three-pages-1-national-published.png');
    expect(await apiStatus(page, `/api/layers/nl/tiles/${KEY}`)).toBe(200);
  }, SLOW);

  it('the demostad editor accepts it, adds a local addition, previews it in Polish and publishes', async () => {
    const page = pages.demostad = await signedIn(PEOPLE.demostadEditor, '/app/studio/subscriptions/demostad');
    const accept = page.locator('#waiting-table').getByRole('button', { name: `Accept "${TITLE}"` });
    await accept.waitFor(POLL);
    await w.shot(page, 'studio-three-pages-2-demostad-waiting.png');
    await accept.click();
    await expect.poll(() => page.getByRole('region', { name: 'Waiting for acceptance' }).textContent(), POLL).toContain('No new tiles are waiting.');

    await page.locator(`#library-tiles-table tr[data-tile="${KEY}"] a`).click();
    await expect.poll(() => heading(page).textContent(), POLL).toBe(`Local addition under "${TITLE}"`);
    await page.getByLabel('Language you write in').selectOption('pl');
    await page.getByLabel(/^Text in /).first().fill(ADDITION);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved. People see it after you publish.').waitFor(POLL);

    // The preview of the pending draft, in Polish, as a person entering through demostad reads it.
    await page.goto(`${w.base}/app/studio/layers/nl/tiles/${KEY}/preview`);
    await heading(page).waitFor();
    await page.getByLabel('Language of the chat').selectOption('pl');
    await page.getByLabel('Entering through').selectOption('m:demostad');
    await page.getByLabel('Version').selectOption('draft');
    await page.getByRole('button', { name: 'Show preview' }).click();
    const result = page.getByRole('region', { name: /^Polish · Draft/ });
    await expect.poll(() => result.textContent(), POLL).toContain(ADDITION)
      .catch(async (e: unknown) => { await w.shot(page, 'studio-three-pages-3-demostad-preview-FAILED.png'); throw e; });
    expect(await result.textContent()).toContain(BODY);
    await w.shot(page, 'studio-three-pages-3-demostad-preview-pl.png');

    await page.goBack();
    await page.goto(`${w.base}/app/studio/subscriptions/demostad/additions/nl/${KEY}`);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('Published: people see it now.').waitFor(POLL);
    await w.shot(page, 'studio-three-pages-4-demostad-published.png');
  }, SLOW);

  it('a person in web chat asks in Polish and gets the tile with the local addition', async () => {
    const page = pages.person = await w.newPage({ locale: 'pl-PL', width: 420, height: 900 });
    await page.goto(`${w.base}/chat/demostad`);
    const chat = webChat(page);
    await chat.sendBox().waitFor({ state: 'visible', timeout: 20_000 });
    await chat.send('hello');
    await chat.action('Polski').last().waitFor({ timeout: 20_000 });
    await chat.action('Polski').last().click();
    // The answer engines pick up published changes within seconds: ask until the answer has the addition (at most ~40 s).
    let answered = false;
    for (let attempt = 0; attempt < 4 && !answered; attempt += 1) {
      await chat.send('Czy muszę mieć umowę przy pracy sezonowej?');
      answered = await chat.transcript().getByText(ADDITION, { exact: false }).first()
        .waitFor({ timeout: 10_000 }).then(() => true, () => false);
    }
    if (answered) await chat.transcript().getByText(ADDITION, { exact: false }).last().scrollIntoViewIfNeeded();
    await w.shot(page, 'studio-three-pages-5-webchat-pl.png');
    expect(answered, `the chat never showed the local addition; transcript: ${await chat.transcript().textContent()}`).toBe(true);
    await chat.transcript().getByText(BODY, { exact: false }).first().waitFor(POLL);
  }, SLOW);

  it('the employer editor cannot see demostad\'s draft: not found in the app, 404 from the API', async () => {
    const page = pages.farm = await signedIn(PEOPLE.farmEditor, '/app/studio/layers');
    expect(await page.locator('#layers-table').textContent()).not.toContain('demostad');
    await page.goto(`${w.base}/app/studio/layers/demostad/tiles/demostad-shelter`);
    await page.getByText('This does not exist, or you have no access to it.').first().waitFor(POLL);
    expect(await page.locator('main').textContent()).not.toContain(DRAFT_TITLE);
    await w.shot(page, 'studio-three-pages-6-employer-not-found.png');
    await page.goto(`${w.base}/app/studio/subscriptions/demostad/additions/nl/${KEY}`);
    await page.getByText('This does not exist, or you have no access to it.').first().waitFor(POLL);
    expect(await page.locator('main').textContent()).not.toContain(ADDITION);
    for (const path of [
      '/api/layers/demostad', '/api/layers/demostad/tiles', '/api/layers/demostad/tiles/demostad-shelter',
      `/api/layers/demostad/local-additions/nl/${KEY}`, '/api/layers/demostad/subscriptions',
    ]) expect([path, await apiStatus(page, path)]).toEqual([path, 404]);
    // The demostad editor, for contrast, sees the draft.
    expect(await apiStatus(pages.demostad!, '/api/layers/demostad/tiles/demostad-shelter')).toBe(200);
  }, SLOW);

  it('loaded nothing from elsewhere', () => {
    expect(w.browser.foreignRequests).toEqual([]);
  });
});
