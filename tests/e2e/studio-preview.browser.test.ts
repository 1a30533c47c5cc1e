import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../admin/auth/testing/staff-auth-harness.ts';
import { describeViolations, seriousA11yViolations } from '../support/axe.ts';
import { ADDITION_PL, email, seedPreviewLandscape } from '../support/preview-landscape.ts';
import { signInToStaffApp, useStaffAppWorld } from '../support/staff-app-world.ts';

/**
 * The studio's preview and "try it" pages in Chromium on the real app:
 * demostad's editor previews the national BSN tile in Polish through
 * demostad's entry code (the local addition under the national text, on
 * all three channels), then tries a Polish question through the employer's
 * entry code. No serious accessibility violation; screenshots as artifacts.
 */
const w = useStaffAppWorld({ seed: seedPreviewLandscape, extend: () => ({ entryLinks: () => ({ webBaseUrl: 'http://127.0.0.1' }) }) });

describe('preview and try it in the staff app', () => {
  it('previews the national tile with the local addition in Polish, then tries a question', async () => {
    const { page, pageErrors, foreignRequests } = w.browser;
    await signInToStaffApp(page, w.base, email('demostad'), TEST_PASSWORD, '/app/studio/layers/nl/tiles/nl-bsn/preview');
    pageErrors.length = 0; // the 401 of the signed-out first visit is expected
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Preview of nl-bsn');
    // The first preview: the tile's own language, the layer alone.
    await expect.poll(() => page.locator('#preview-result-heading').textContent()).toContain('English');

    await page.getByLabel('Language of the chat').selectOption('pl');
    const through = page.getByLabel('Entering through');
    await expect.poll(() => through.locator('option', { hasText: 'demostad-flyer' }).count()).toBe(1);
    await through.selectOption({ label: 'Entry code demostad-flyer (Gemeente Demostad)' });
    await page.getByRole('button', { name: 'Show preview' }).click();
    await expect.poll(() => page.locator('#preview-result-heading').textContent()).toContain('Polish');

    const webchat = page.getByRole('region', { name: 'Web chat' });
    await expect.poll(() => webchat.textContent()).toContain('Zameldowanie i BSN');
    expect(await webchat.textContent()).toContain(ADDITION_PL);
    expect(await webchat.locator('strong', { hasText: 'Zameldowanie i BSN' }).count()).toBe(1);
    const telegram = page.getByRole('region', { name: 'Telegram' });
    expect(await telegram.locator('strong', { hasText: 'Zameldowanie i BSN' }).count()).toBe(1);
    expect(await telegram.locator('a[href="https://example.org/bsn"]').count()).toBe(1);
    expect(await telegram.textContent()).toContain(ADDITION_PL);
    const whatsapp = page.getByRole('region', { name: 'WhatsApp', exact: true });
    expect(await whatsapp.locator('strong', { hasText: 'Zameldowanie i BSN' }).count()).toBe(1);
    expect(await whatsapp.textContent()).toContain('BSN: https://example.org/bsn');
    expect(await whatsapp.getByText('Tak', { exact: true }).count()).toBe(1);
    await w.shot(page, 'studio-preview-pl.png');
    const previewViolations = await seriousA11yViolations(page);
    expect(previewViolations, describeViolations(previewViolations)).toEqual([]);

    // "Try it", through the employer's entry code: the national tile answers, with the addition, in Polish.
    await page.goto(`${w.base}/app/studio/try`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Try it');
    const organization = page.getByLabel('Organization');
    await expect.poll(() => organization.locator('option', { hasText: 'agrifarm-site' }).count()).toBe(1);
    await organization.selectOption({ label: 'Entry code agrifarm-site (Gemeente Demostad)' });
    await page.getByLabel('Question').fill('Jak się zameldować i dostać numer BSN?');
    await page.getByRole('button', { name: 'Ask' }).click();
    const result = page.getByRole('region', { name: 'The answer' });
    await expect.poll(() => result.textContent()).toContain('Zameldowanie i BSN (nl-bsn, layer nl)');
    expect(await result.textContent()).toContain('Answered');
    expect(await result.textContent()).toContain(ADDITION_PL);
    expect(await result.textContent()).toMatch(/Confidence\d{1,3}%/);
    await w.shot(page, 'studio-try-it.png');
    const tryViolations = await seriousA11yViolations(page);
    expect(tryViolations, describeViolations(tryViolations)).toEqual([]);

    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  }, 120_000);
});
