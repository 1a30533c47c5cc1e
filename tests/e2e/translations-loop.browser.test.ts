import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../../admin/auth/testing/staff-auth-harness.ts';
import { chooseTile, createTile, publishTile } from '../../core/content/index.ts';
import { describeViolations, seriousA11yViolations } from '../support/axe.ts';
import { PEOPLE, seedStudioOrganizations } from '../support/studio-e2e-seed.ts';
import { useTranslationsE2eWorld } from '../support/translations-e2e-world.ts';

/**
 * Issue 12's browser test, the whole translation loop on the real app, the
 * real tile-translation queue and answer engines, DeepL a fake on loopback:
 * 1. the national editor changes one sentence of a published national tile
 *    (English source, Polish written by a person) and publishes it;
 * 2. the matrix shows Polish stale; once the translation worker runs, Polish
 *    is machine (the old Polish kept as a suggestion) and Turkish is missing
 *    with the reason (DeepL answers Turkish with "quota exceeded");
 * 3. the editor opens the Polish cell and marks the machine text as checked;
 * 4. a bulk run past the month's budget is refused with the reason (after
 *    its estimate said so); the glossary gets a term;
 * 5. exports Turkish as XLIFF, a translator fills in the targets, the editor
 *    imports the file: sees the per-unit diff, applies it, and a second
 *    preview of the same file says "unchanged";
 * 6. a person asks in Turkish (POST /api/ask, demostad) and gets the new Turkish text;
 * 7. a typo published as "minor change, keep translations" leaves every language current;
 * and the pages speak Dutch.
 * axe-core checks the pages in the states the staff-app axe test does not reach.
 * Screenshots: test-artifacts/translations-loop-*.png.
 */

const KEY = 'nl-bsn';
const EN = {
  title: 'Getting a BSN',
  body: 'You need a BSN to work in the Netherlands. Register at the town hall of the municipality where you live.',
  examples: ['How do I get a BSN?', 'Where do I register for a citizen service number?'],
};
const NEW_SENTENCE = 'Register at the town hall within five days of arriving.';
const PL = {
  title: 'Jak uzyskać BSN',
  body: 'Potrzebujesz numeru BSN, aby pracować w Holandii. Zarejestruj się w urzędzie gminy, w której mieszkasz.',
  examples: ['Jak uzyskać BSN?', 'Gdzie zarejestrować się po numer BSN?'],
};
/** The translator's Turkish, by XLIFF field. */
const TR: Record<string, string> = {
  title: 'BSN numarası nasıl alınır',
  body: 'Hollanda\'da çalışmak için BSN numarasına ihtiyacınız var. Geldikten sonraki beş gün içinde belediyeye kaydolun.',
  'example-1': 'BSN numarasını nasıl alırım?',
  'example-2': 'Vatandaş hizmet numarası için nereye kaydolurum?',
  'link-1': 'Belediyede kayıt',
};

const w = useTranslationsE2eWorld({
  name: 'translations-loop',
  seed: async (db) => {
    const ids = await seedStudioOrganizations(db);
    for (const slug of ['nl', 'demostad']) await db.organization.update({ where: { slug }, data: { enabledLanguages: ['en', 'nl', 'pl', 'tr'] } });
    const nl = await db.organization.findUniqueOrThrow({ where: { slug: 'nl' } });
    const ctx = { db, actorId: ids.national, now: new Date() };
    await createTile(ctx, { id: nl.id, slug: 'nl' }, {
      key: KEY, theme: 'registration', sourceLang: 'en', links: [{ label: 'Register at the town hall', url: 'https://www.government.nl/bsn' }],
      content: { en: EN, pl: PL },
    });
    await publishTile(ctx, { id: nl.id, slug: 'nl' }, KEY);
    // demostad subscribes with "ask me first": its editor accepted the tile.
    await chooseTile(db, 'demostad', 'nl', KEY, 'accept', `user:${ids.demostadEditor}`);
  },
});

const SLOW = 180_000;
const POLL = { timeout: 20_000 };
let page: Page;
let exported = '';

const cell = (lang: string) => page.locator(`#translation-matrix tr[data-tile="${KEY}"] td[data-language="${lang}"]`);
const notice = () => page.locator('.app-notice').last();
const checked: string[] = [];

/** axe-core (WCAG 2.1 AA) on the page as it is now: the states the staff-app axe test does not reach (problems, suggestion, diff, refusal). */
async function expectAccessible(name: string): Promise<void> {
  const found = await seriousA11yViolations(page);
  expect(found, `${name}:\n${describeViolations(found)}`).toEqual([]);
  checked.push(name);
}

/** Sets the national library's monthly DeepL budget (organization settings). */
async function setBudget(monthlyCharacterBudget: number): Promise<void> {
  const nl = await w.db.organization.findUniqueOrThrow({ where: { slug: 'nl' } });
  const settings = (nl.settings ?? {}) as Record<string, unknown>;
  await w.db.organization.update({ where: { slug: 'nl' }, data: { settings: { ...settings, translation: { monthlyCharacterBudget } } } });
}

/** The matrix (optionally filtered), loaded. */
async function openMatrix(query = ''): Promise<void> {
  await page.goto(`${w.base}/app/studio/layers/nl/translations${query}`);
  await page.locator('#translation-matrix').waitFor(POLL);
}

/** The exported file with every unit's target filled in with the translator's Turkish. */
function translated(xml: string): string {
  return xml.replace(/<unit id="([^"]+)"([^>]*)>([\s\S]*?)<\/unit>/g, (whole, id: string, attrs: string, inner: string) => {
    const field = id.slice(id.indexOf(':') + 1);
    const text = TR[field];
    if (text === undefined) throw new Error(`no Turkish for unit ${id}`);
    const target = `<target>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</target>`;
    const body = /<target\b[^>]*\/>|<target\b[^>]*>[\s\S]*?<\/target>/.test(inner)
      ? inner.replace(/<target\b[^>]*\/>|<target\b[^>]*>[\s\S]*?<\/target>/, target)
      : inner.replace('</source>', `</source>${target}`);
    return `<unit id="${id}"${attrs}>${body}</unit>`;
  });
}

describe('the translation loop: publish, stale, machine, check, XLIFF out and in, asked in Turkish', () => {
  it('the national editor changes one sentence of the published tile and publishes', async () => {
    w.deepl.modeByTarget.tr = { kind: 'quota_exceeded' };
    page = await w.newPage();
    await page.goto(`${w.base}/app/studio/layers/nl/tiles/${KEY}`);
    await page.getByLabel('Email address').fill(PEOPLE.national);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${w.base}/app/studio/layers/nl/tiles/${KEY}`);
    await page.locator('main h1').waitFor(POLL);
    // Before: Polish is a current human translation.
    await openMatrix();
    await expect.poll(() => cell('pl').getAttribute('data-state'), POLL).toBe('human');
    expect(await cell('en').getAttribute('data-state')).toBe('source');

    await page.goto(`${w.base}/app/studio/layers/nl/tiles/${KEY}`);
    const text = page.getByLabel('Text', { exact: true });
    await text.waitFor(POLL);
    await text.fill(EN.body.replace('Register at the town hall of the municipality where you live.', NEW_SENTENCE));
    await page.getByRole('button', { name: 'Save and publish now' }).click();
    await expect.poll(() => notice().textContent(), POLL).toBe('Published. The bot answers with it within seconds.');
    await w.shot(page, 'translations-loop-1-published.png');
  }, SLOW);

  it('the matrix shows Polish stale, then machine once the translation worker ran; Turkish missing with the reason', async () => {
    await openMatrix('?language=pl&state=stale');
    await expect.poll(() => cell('pl').getAttribute('data-state'), POLL).toBe('stale');
    expect(await cell('pl').textContent()).toContain('Stale');
    await w.shot(page, 'translations-loop-2-polish-stale.png');

    await w.startTranslations();
    await w.queue.idle(60_000);
    await openMatrix();
    await expect.poll(() => cell('pl').getAttribute('data-state'), POLL).toBe('machine');
    expect(await cell('pl').locator('a').getAttribute('title')).toContain('old human text kept as a suggestion');
    expect(await cell('tr').getAttribute('data-state')).toBe('missing');
    expect(await cell('tr').textContent()).toContain('DeepL\'s quota is used up');
    expect(await page.locator('#translation-deepl').textContent()).toMatch(/^Machine translation \(DeepL\) is on\./);
    expect(await page.locator('#translation-budget').textContent()).toMatch(/^DeepL characters in \d{4}-\d{2}: [\d,]+ used of 200,000, [\d,]+ left\.$/);
    // Only the changed sentence went to DeepL for Polish (the rest came from the segment cache or was never sent).
    const sent = w.deepl.requests.filter((r) => r.params?.target_lang?.toLowerCase().startsWith('pl')).flatMap((r) => r.params?.text ?? []);
    expect(sent.join(' ')).toContain('five days');
    await w.shot(page, 'translations-loop-3-polish-machine.png');
    await expectAccessible('matrix with a problem and a suggestion');
  }, SLOW);

  it('the editor opens the Polish cell, sees the old human text as a suggestion, and marks the machine text checked', async () => {
    await cell('pl').locator('a').click();
    await page.waitForURL(/\/tiles\/nl-bsn\/translations\?language=pl$/);
    await page.locator('.tr-state-line').getByText('Machine translation, not checked by a person yet').waitFor(POLL);
    const suggestion = page.getByRole('region', { name: 'Suggestion: the earlier human translation' });
    expect(await suggestion.textContent()).toContain(PL.body);
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).not.toBe('');
    await w.shot(page, 'translations-loop-4-polish-editor.png');
    await expectAccessible('editor with a suggestion');
    await page.getByRole('button', { name: 'Mark as checked' }).click();
    await expect.poll(() => notice().textContent(), POLL).toBe('Marked as checked.');
    await page.locator('.tr-state-line').getByText('Machine translation, checked by a person').waitFor(POLL);
    await openMatrix();
    expect(await cell('pl').getAttribute('data-state')).toBe('machine_checked');
  }, SLOW);

  it('a bulk run shows its estimate first and is refused past the month\'s budget; the glossary is edited', async () => {
    await setBudget(1);
    await page.goto(`${w.base}/app/studio/layers/nl/translations/machine`);
    await page.getByRole('checkbox', { name: 'Türkçe (tr)' }).check();
    const estimate = page.locator('#machine-estimate-text');
    await expect.poll(() => estimate.textContent(), POLL).toContain('so the run will be refused');
    expect(await estimate.textContent()).toMatch(/^Translations to make: 1\. DeepL characters: [\d,]+\. Used this month: [\d,]+; left: 0\./);
    await page.getByRole('button', { name: 'Translate now' }).click();
    const refused = page.locator('#machine-refused');
    await refused.waitFor(POLL);
    expect(await refused.textContent()).toMatch(/^Refused: the run needs [\d,]+ characters, but only 0 of 1 are left this month\. Nothing was translated\.$/);
    await w.shot(page, 'translations-loop-5a-bulk-refused.png');
    await expectAccessible('bulk run refused');
    await setBudget(200_000);

    await page.goto(`${w.base}/app/studio/layers/nl/translations/glossary`);
    await expect.poll(() => page.locator('#glossary-source').textContent(), POLL).toBe('Your organization uses the default list. Saving your own list replaces it.');
    const terms = page.getByLabel('Terms');
    await terms.fill(`${await terms.inputValue()}\nIND`);
    await page.getByRole('button', { name: 'Save glossary' }).click();
    await expect.poll(() => notice().textContent(), POLL).toBe('Saved. New machine translations use these terms.');
    expect(await page.locator('#glossary-source').textContent()).toBe('Your organization uses its own list.');
    await expectAccessible('glossary');
  }, SLOW);

  it('exports Turkish as XLIFF', async () => {
    await page.goto(`${w.base}/app/studio/layers/nl/translations/xliff`);
    await page.locator('#xliff-language').selectOption('tr');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#xliff-download').click()]);
    expect(download.suggestedFilename()).toBe('nl-tr.xlf');
    exported = await readFile(await download.path(), 'utf8');
    expect(exported).toContain('trgLang="tr"');
    expect(exported).toContain(`${KEY}:title`);
    expect(exported).toContain(NEW_SENTENCE);
    await openMatrix();
    await expect.poll(() => cell('tr').getAttribute('data-state'), POLL).toBe('in_translation');
  }, SLOW);

  it('imports the translator\'s file: the per-unit diff first, then applied; the same file again changes nothing', async () => {
    const file = { name: 'nl-tr.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(translated(exported), 'utf8') };
    await page.goto(`${w.base}/app/studio/layers/nl/translations/xliff`);
    await page.locator('#xliff-file').setInputFiles(file);
    await page.getByRole('button', { name: 'Show the changes' }).click();
    const row = page.locator(`#xliff-preview tr[data-tile="${KEY}"]`);
    await expect.poll(() => row.getAttribute('data-status'), POLL).toBe('changed');
    expect(await row.locator('ins').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('beş gün')]));
    await w.shot(page, 'translations-loop-5-xliff-preview.png');
    await expectAccessible('XLIFF preview');
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect.poll(() => notice().textContent(), POLL).toBe('Applied: 1. Unchanged: 0. Refused: 0.');
    await w.shot(page, 'translations-loop-6-xliff-applied.png');

    await page.locator('#xliff-file').setInputFiles(file);
    await page.getByRole('button', { name: 'Show the changes' }).click();
    await expect.poll(() => row.getAttribute('data-status'), POLL).toBe('unchanged');

    await openMatrix();
    expect(await cell('tr').getAttribute('data-state')).toBe('human');
    await w.shot(page, 'translations-loop-7-matrix.png');
  }, SLOW);

  it('a person asks in Turkish and gets the new Turkish text', async () => {
    let answer: { lang?: string; tile?: string | null; text?: string } = {};
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const res = await fetch(`${w.base}/api/ask`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ org: 'demostad', text: 'BSN numarasını nasıl alırım?', locale: 'tr' }),
      });
      expect(res.status).toBe(200);
      answer = await res.json() as typeof answer;
      if (answer.text?.includes('beş gün')) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    expect(answer).toMatchObject({ lang: 'tr', tile: KEY });
    expect(answer.text).toContain(TR.body);
    expect(answer.text).toContain(TR['link-1']);
  }, SLOW);

  it('a typo fixed with "minor change, keep translations" leaves every translation current', async () => {
    await page.goto(`${w.base}/app/studio/layers/nl/tiles/${KEY}`);
    const text = page.getByLabel('Text', { exact: true });
    await text.waitFor(POLL);
    await text.fill((await text.inputValue()).replace('Netherlands.', 'Netherlands!'));
    await page.getByLabel('Minor change: keep translations').check();
    await page.getByRole('button', { name: 'Save and publish now' }).click();
    await expect.poll(() => notice().textContent(), POLL).toBe('Published. The bot answers with it within seconds.');
    await w.queue.idle(60_000);
    await openMatrix();
    expect(await cell('pl').getAttribute('data-state')).toBe('machine_checked');
    expect(await cell('tr').getAttribute('data-state')).toBe('human');
    expect(await cell('nl').getAttribute('data-state')).toBe('machine');
  }, SLOW);

  it('the translation pages in Dutch', async () => {
    await openMatrix();
    await page.getByLabel('Language', { exact: true }).first().selectOption('nl');
    await expect.poll(() => page.locator('main h1').textContent(), POLL).toBe('Vertalingen van Rijksoverheid');
    expect(await cell('tr').textContent()).toContain('Mens');
    expect(await cell('pl').textContent()).toContain('Gecontroleerd');
    await expectAccessible('matrix (nl)');
    await page.goto(`${w.base}/app/studio/layers/nl/tiles/${KEY}/translations?language=pl`);
    await page.locator('.tr-state-line').getByText('Machinevertaling, door een mens gecontroleerd').waitFor(POLL);
    await w.shot(page, 'translations-loop-8-editor-nl.png');
    await expectAccessible('editor (nl)');
    await page.getByLabel('Taal', { exact: true }).first().selectOption('en');
  }, SLOW);

  it('loaded nothing from elsewhere and asked DeepL for nothing unexpected', () => {
    console.log(`axe-core: no serious or critical violation on: ${checked.join(', ')}`);
    expect(checked.length).toBe(7);
    expect(w.browser.foreignRequests).toEqual([]);
    expect(w.deepl.unexpected).toEqual([]);
  });
});
