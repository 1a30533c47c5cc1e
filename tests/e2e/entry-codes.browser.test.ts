import { describe, expect, it } from 'vitest';
import { seedStaffAccounts, TEST_PASSWORD } from '../../admin/auth/testing/staff-auth-harness.ts';
import { createEntryCode } from '../../core/content/index.ts';
import { pdfPageCount, readQr, renderPdfPage } from '../../core/entry-codes/testing/pdf-inspection.ts';
import type { Db } from '../../core/platform/db.ts';
import { createStaffUser } from '../../core/staff/index.ts';
import { describeViolations, seriousA11yViolations } from '../support/axe.ts';
import { signInToStaffApp, useStaffAppWorld } from '../support/staff-app-world.ts';

/**
 * The entry-code page of the staff app in Chromium on the real app: an
 * editor sees the municipality's codes with their counts and links, creates
 * one, previews its QR code, opens the flyer in the languages ticked, and
 * switches the code off; an administrator may also create a code for an
 * employer active in the municipality. axe-core finds no serious or
 * critical WCAG 2.1 AA violation. Screenshots in test-artifacts/.
 */

async function seed(db: Db): Promise<void> {
  await seedStaffAccounts(db);
  await db.organization.update({ where: { slug: 'testdorp' }, data: { name: 'Gemeente Testdorp' } });
  const agrifarm = await db.organization.create({ data: { slug: 'agrifarm', name: 'AgriFarm', kind: 'employer', enabledLanguages: ['en'] } });
  await db.layerActivation.create({ data: { layerId: agrifarm.id, municipalityId: (await db.organization.findUniqueOrThrow({ where: { slug: 'testdorp' } })).id } });
  await createStaffUser(db, { email: 'admin@testdorp.example', name: 'admin', password: TEST_PASSWORD, languages: ['nl'], memberships: [{ organization: 'testdorp', role: 'admin' }] });
  await createEntryCode(db, { code: 'markt', municipalitySlug: 'testdorp', label: 'Saturday market' }, 'test');
  await db.entryCode.update({ where: { code: 'markt' }, data: { chatsStarted: 7 } });
}

const w = useStaffAppWorld({
  seed,
  extend: () => ({ entryLinks: () => ({ webBaseUrl: 'https://chat.example.nl', telegramBot: 'TestdorpBot' }) }),
});
const page = () => w.browser.page;

async function expectAccessible(): Promise<void> {
  const found = await seriousA11yViolations(page());
  expect(found, describeViolations(found)).toEqual([]);
}

describe('entry codes in the staff app', () => {
  it('shows an editor the municipality\'s codes with links and counts', async () => {
    await signInToStaffApp(page(), w.base, 'editor@testdorp.example', TEST_PASSWORD, '/app/studio/entry-codes');
    await expect.poll(() => page().locator('h1').textContent()).toBe('Entry codes and QR codes');
    const row = page().getByRole('row', { name: /markt/ });
    await row.waitFor();
    expect(await row.getByRole('cell').allTextContents()).toEqual(['Saturday market', 'Municipality', 'Active', '7', 'Web chatTelegram', expect.any(String)]);
    expect(await row.getByRole('link', { name: 'Web chat' }).getAttribute('href')).toBe('https://chat.example.nl/chat/testdorp?entry=markt');
    expect(await row.getByRole('link', { name: 'Telegram' }).getAttribute('href')).toBe('https://t.me/TestdorpBot?start=markt');
    // Editors create codes for the municipality only: no employer choice.
    expect(await page().getByLabel('Employer or housing provider').count()).toBe(0);
    await w.shot(page(), 'entry-codes-list.png');
    await expectAccessible();
  });

  it('creates a code, shows its QR code, opens a flyer in the languages ticked, and switches the code off', async () => {
    await page().getByLabel('Code', { exact: true }).fill('Bibliotheek');
    await page().getByLabel('Label').first().fill('Library notice board');
    await page().getByRole('button', { name: 'Create code' }).click();
    await page().getByRole('status').filter({ hasText: 'Entry code bibliotheek was created.' }).waitFor();
    const details = page().getByRole('region', { name: 'QR code and flyer: bibliotheek' });
    await details.waitFor();
    const qr = details.getByRole('img', { name: 'QR code of entry code bibliotheek (Web chat link)' });
    await expect.poll(() => qr.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(384);

    await details.getByLabel('Polski').check();
    await details.getByLabel('Български').check();
    expect(await details.getByText('Български').getAttribute('lang')).toBe('bg');
    const flyer = details.getByRole('link', { name: 'Open the flyer (PDF)' });
    const href = await flyer.getAttribute('href');
    expect(href).toBe('/api/entry-codes/bibliotheek/flyer.pdf?link=web&languages=bg,pl');
    const pdf = await page().request.get(`${w.base}${href}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const bytes = await pdf.body();
    expect(pdfPageCount(bytes)).toBe(1);
    expect(readQr(renderPdfPage(bytes, 0))).toBe('https://chat.example.nl/chat/testdorp?entry=bibliotheek');
    await w.shot(page(), 'entry-codes-details.png');
    await expectAccessible();

    await details.getByRole('button', { name: 'Switch off' }).click();
    await details.getByRole('status').filter({ hasText: 'bibliotheek is switched off' }).waitFor();
    await expect.poll(() => page().getByRole('row', { name: /bibliotheek/ }).getByRole('cell').nth(2).textContent()).toBe('Switched off');
    expect((await w.db.entryCode.findUniqueOrThrow({ where: { code: 'bibliotheek' } })).active).toBe(false);
  });

  it('lets an administrator create a code for an employer active in the municipality (in Dutch)', async () => {
    await page().context().clearCookies();
    await signInToStaffApp(page(), w.base, 'admin@testdorp.example', TEST_PASSWORD, '/app/studio/entry-codes');
    await page().getByLabel('Language').selectOption('nl');
    await expect.poll(() => page().locator('h1').textContent()).toBe('Toegangscodes en QR-codes');
    await page().getByLabel('Code', { exact: true }).fill('agrifarm-hal-3');
    await page().getByLabel('Werkgever of woningaanbieder').selectOption('agrifarm');
    await page().getByRole('button', { name: 'Code maken' }).click();
    await page().getByRole('row', { name: /agrifarm-hal-3/ }).waitFor();
    expect(await page().getByRole('row', { name: /agrifarm-hal-3/ }).getByRole('cell').nth(1).textContent()).toBe('AgriFarm');
    expect((await w.db.entryCode.findUniqueOrThrow({ where: { code: 'agrifarm-hal-3' }, include: { layerOrganization: true } })).layerOrganization?.slug)
      .toBe('agrifarm');
    await w.shot(page(), 'entry-codes-admin-nl.png');
    await expectAccessible();
  });
});
