import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../admin/auth/testing/staff-auth-harness.ts';
import { importTiles, loadVisibleTiles, setParentOrganization, subscribeToLibrary } from '../../core/content/index.ts';
import type { Db } from '../../core/platform/db.ts';
import { createStaffUser } from '../../core/staff/index.ts';
import { describeViolations, seriousA11yViolations } from '../support/axe.ts';
import { buildTile, buildTileFile } from '../support/factories.ts';
import { signInToStaffApp, useStaffAppWorld } from '../support/staff-app-world.ts';

/**
 * The subscription pages in Chromium on the real app: a municipality's
 * editor sees a new national tile waiting, accepts it, writes a local
 * addition under a national tile, publishes it and sees the merged text in
 * the preview (and the bot answers with it); an analyst sees the same page
 * read only. axe-core finds no serious or critical violation on either page.
 */

const national = (keys: string[]) => buildTileFile({
  organization: { slug: 'nl', name: 'Rijksoverheid', kind: 'national' },
  tiles: keys.map((key) => buildTile({ key, theme: 'work', content: { en: { title: `${key} title`, body: `The national ${key} text.`, examples: [] } } })),
});

async function seed(db: Db): Promise<void> {
  await importTiles(db, national(['holiday-pay', 'minimum-wage']), 'test');
  await importTiles(db, buildTileFile({ organization: { slug: 'west', name: 'Regio West', kind: 'region' }, tiles: [buildTile({ key: 'west-bus' })] }), 'test');
  await importTiles(db, buildTileFile({ organization: { slug: 'testdorp', name: 'Gemeente Testdorp', kind: 'municipality' }, tiles: [buildTile({ key: 'hall' })] }), 'test');
  await setParentOrganization(db, 'testdorp', 'west', 'test');
  await subscribeToLibrary(db, 'testdorp', 'nl', { newTiles: 'ask' });
  // Published after the subscription: it waits for acceptance.
  await importTiles(db, national(['seasonal-work']), 'test');
  for (const [email, role] of [['editor@testdorp.example', 'editor'], ['analyst@testdorp.example', 'analyst']] as const) {
    await createStaffUser(db, { email, name: role, password: TEST_PASSWORD, languages: ['nl'], memberships: [{ organization: 'testdorp', role }] });
  }
}

const w = useStaffAppWorld({ seed });
const page = () => w.browser.page;

async function expectAccessible(): Promise<void> {
  const found = await seriousA11yViolations(page());
  expect(found, describeViolations(found)).toEqual([]);
}

/** The first page load bundles the app; axe runs take seconds on a busy machine. */
const SLOW = 120_000;
/** How long a page may take to show the answer of a write (the machine running the tests may be busy). */
const POLL = { timeout: 15_000 };

describe('subscription pages in Chromium', () => {
  it('lets the editor accept a waiting national tile', async () => {
    await signInToStaffApp(page(), w.base, 'editor@testdorp.example', TEST_PASSWORD, '/app/studio/subscriptions');
    await expect.poll(() => page().locator('h1').textContent(), POLL).toBe('National and regional tiles');
    const waiting = page().locator('#waiting-table');
    await waiting.getByRole('button', { name: 'Accept "seasonal-work title"' }).waitFor();
    await expect.poll(() => page().getByRole('region', { name: 'National library: Rijksoverheid' }).textContent(), POLL).toContain('2 shown, 1 waiting for acceptance');
    await w.shot(page(), 'subscriptions-waiting.png');
    await expectAccessible();

    await waiting.getByRole('button', { name: 'Accept "seasonal-work title"' }).click();
    await expect.poll(() => page().getByRole('region', { name: 'Waiting for acceptance' }).textContent(), POLL).toContain('No new tiles are waiting.');
    await expect.poll(() => page().getByRole('region', { name: 'National library: Rijksoverheid' }).textContent(), POLL).toContain('3 shown, 0 waiting for acceptance');
    expect((await loadVisibleTiles(w.db, 'testdorp')).map((t) => t.key)).toContain('seasonal-work');
  }, SLOW);

  it('writes, publishes and previews a local addition under a national tile', async () => {
    await page().locator('#library-tiles-table tr[data-tile="holiday-pay"] a').click();
    await expect.poll(() => page().locator('h1').textContent(), POLL).toBe('Local addition under "holiday-pay title"');
    await page().getByLabel('Text in English').fill('In Testdorp: ask at the town hall, **Markt 1**.');
    await page().getByRole('button', { name: 'Save draft' }).click();
    await page().getByText('Draft saved. People see it after you publish.').waitFor();
    await page().getByRole('button', { name: 'Publish' }).click();
    await page().getByText('Published: people see it now.').waitFor();
    const preview = page().locator('#addition-preview-text');
    await expect.poll(() => preview.textContent(), POLL).toContain('The national holiday-pay text.In Testdorp: ask at the town hall, Markt 1.');
    expect(await preview.locator('strong', { hasText: 'Markt 1' }).count()).toBe(1);
    await w.shot(page(), 'subscriptions-local-addition.png');
    await expectAccessible();
    const tile = (await loadVisibleTiles(w.db, 'testdorp')).find((t) => t.key === 'holiday-pay');
    expect(tile?.content.en?.body).toBe('The national holiday-pay text.\n\nIn Testdorp: ask at the town hall, **Markt 1**.');
  }, SLOW);

  it('shows an analyst the same page read only', async () => {
    await page().goto(`${w.base}/logout`).catch(() => undefined);
    await page().context().clearCookies();
    await signInToStaffApp(page(), w.base, 'analyst@testdorp.example', TEST_PASSWORD, '/app/studio/subscriptions/testdorp');
    await page().getByText('You may look at these settings; only the municipality\'s editors and administrators can change them.').waitFor();
    expect(await page().getByRole('button', { name: /^(Accept|Hide|Show) / }).count()).toBe(0);
    expect(await page().getByRole('button', { name: 'Save subscription' }).count()).toBe(0);
    await expectAccessible();
    // In Dutch too.
    await page().getByLabel('Language').selectOption('nl');
    await expect.poll(() => page().locator('h1').textContent(), POLL).toBe('Landelijke en regionale tegels');
    await page().getByRole('region', { name: 'Landelijke bibliotheek: Rijksoverheid' }).waitFor();
    await w.shot(page(), 'subscriptions-read-only-nl.png');
    await expectAccessible();
  }, SLOW);
});
