import { describe, expect, it, vi } from 'vitest';
import { seedStaffAccounts, TEST_PASSWORD } from '../../admin/auth/testing/staff-auth-harness.ts';
import type { Db } from '../../core/platform/db.ts';
import { createStaffUser } from '../../core/staff/index.ts';
import { describeViolations, seriousA11yViolations } from '../support/axe.ts';
import { signInToStaffApp, useStaffAppWorld } from '../support/staff-app-world.ts';

/**
 * The administrators' pages in Chromium on the real app: an administrator
 * invites someone and the person sets a password through the link and signs
 * in; settings refuse an unreadable colour and save a good one; the audit log
 * shows what happened; a national administrator creates an employer. axe-core
 * finds no serious or critical WCAG 2.1 AA violation on any of these pages.
 */

async function seed(db: Db): Promise<void> {
  await seedStaffAccounts(db);
  await db.organization.create({ data: { slug: 'nl', name: 'National library', kind: 'national', enabledLanguages: ['en', 'nl'] } });
  for (const [email, organization] of [['admin@testdorp.example', 'testdorp'], ['national@nl.example', 'nl']]) {
    await createStaffUser(db, { email, name: email.split('@')[0], password: TEST_PASSWORD, languages: ['en', 'nl'], memberships: [{ organization, role: 'admin' }] });
  }
}

const w = useStaffAppWorld({ seed });
// A slow machine builds the app bundle and runs axe several times per test.
vi.setConfig({ testTimeout: 120_000 });
const page = () => w.browser.page;

async function expectAccessible(): Promise<void> {
  const found = await seriousA11yViolations(page());
  expect(found, describeViolations(found)).toEqual([]);
}

describe('administrators in the staff app', () => {
  let inviteUrl = '';

  it('an administrator invites someone and gets a one-time link to pass on', async () => {
    await signInToStaffApp(page(), w.base, 'admin@testdorp.example', TEST_PASSWORD, '/app/organization/staff');
    await expect.poll(() => page().locator('h1').textContent()).toBe('Staff');
    await page().getByRole('cell', { name: 'worker@testdorp.example' }).waitFor();
    await expectAccessible();
    const form = page().getByRole('region', { name: 'Invite someone' });
    await form.getByLabel('Name', { exact: true }).fill('Nina Nowak');
    await form.getByLabel('Email address').fill('nina@testdorp.example');
    await form.getByLabel('analyst').check();
    await form.getByLabel(/Languages this person/).fill('nl, pl');
    await form.getByRole('button', { name: 'Make the invitation link' }).click();
    const link = page().getByLabel('One-time link');
    await link.waitFor();
    inviteUrl = await link.inputValue();
    expect(inviteUrl).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    await page().getByRole('cell', { name: 'nina@testdorp.example' }).waitFor();
    await w.shot(page(), 'staff-admin-invited.png');
    await expectAccessible();
  });

  it('the invited person sets a password on the link\'s page and signs in', async () => {
    await page().context().clearCookies();
    await page().goto(new URL(new URL(inviteUrl).pathname, w.base).toString());
    await page().getByRole('heading', { name: 'Welcome: choose your password' }).waitFor();
    await expectAccessible();
    await page().getByLabel('New password').fill('nina-has-a-long-password');
    await page().getByLabel('Repeat the password').fill('nina-has-a-long-password');
    await page().getByRole('button', { name: 'Set password' }).click();
    await page().getByRole('heading', { name: 'Your password is set' }).waitFor();
    await expectAccessible();
    await signInToStaffApp(page(), w.base, 'nina@testdorp.example', 'nina-has-a-long-password');
    // She speaks Dutch (and Polish) and has not chosen a language yet: the staff app greets her in Dutch.
    await expect.poll(() => page().locator('h1').textContent()).toBe('Welkom, Nina Nowak');
    await page().context().clearCookies();
  });

  it('settings refuse an unreadable brand colour and save a good one', async () => {
    await page().context().clearCookies();
    await signInToStaffApp(page(), w.base, 'admin@testdorp.example', TEST_PASSWORD, '/app/organization/settings');
    const name = page().getByLabel('Name shown in the chat');
    await name.waitFor();
    await expectAccessible();
    await page().getByLabel('Brand colour').fill('#777777');
    await page().getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page().getByRole('alert').filter({ hasText: 'contrast' }).count()).toBe(1);
    await page().getByLabel('Brand colour').fill('#1f6feb');
    await name.fill('Gemeente Testdorp');
    await page().getByLabel('Polish').check();
    await page().getByRole('button', { name: 'Save settings' }).click();
    await page().getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
    const row = await w.db.organization.findUniqueOrThrow({ where: { slug: 'testdorp' } });
    expect([row.name, row.branding, row.enabledLanguages]).toEqual(['Gemeente Testdorp', { colour: '#1f6feb' }, ['nl', 'en', 'pl']]);
    await w.shot(page(), 'staff-admin-settings.png');
    await expectAccessible();
  });

  it('the audit log shows what happened, with a CSV download of the same selection', async () => {
    await page().goto(`${w.base}/app/organization/audit`);
    await page().getByRole('rowheader', { name: 'staff.invited', exact: true }).first().waitFor();
    await page().getByRole('rowheader', { name: 'organization.settings_changed' }).waitFor();
    await page().getByLabel('Kind of change').selectOption('staff');
    await page().getByRole('button', { name: 'Show', exact: true }).click();
    await expect.poll(() => page().getByRole('rowheader', { name: 'organization.settings_changed' }).count()).toBe(0);
    const csv = await page().getByRole('link', { name: 'Download as CSV (spreadsheet)' }).getAttribute('href');
    expect(csv).toBe('/api/organizations/testdorp/audit.csv?action=staff');
    const download = await page().request.get(`${w.base}${csv}`);
    expect(download.status()).toBe(200);
    expect(await download.text()).toContain('staff.invitation_accepted');
    await w.shot(page(), 'staff-admin-audit.png');
    await expectAccessible();
    await page().context().clearCookies();
  });

  it('a national administrator creates an employer active in testdorp', async () => {
    await page().context().clearCookies();
    await signInToStaffApp(page(), w.base, 'national@nl.example', TEST_PASSWORD, '/app/organization/organizations');
    const form = page().getByRole('region', { name: 'New organization' });
    await form.waitFor();
    await expectAccessible();
    await form.getByLabel('Name', { exact: true }).fill('Kasbloem BV');
    await form.getByLabel('Short name (in links)').fill('kasbloem');
    await form.getByLabel('Kind').selectOption('employer');
    await form.getByLabel('Home municipality').selectOption('testdorp');
    await form.getByRole('button', { name: 'Create organization' }).click();
    await page().getByRole('rowheader', { name: 'Kasbloem BV' }).waitFor();
    expect(await w.db.layerActivation.count()).toBe(1);
    await w.shot(page(), 'staff-admin-organizations.png');
    await expectAccessible();
  });
});
