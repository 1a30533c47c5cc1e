import { describe, expect, it } from 'vitest';
import { seedStaffAccounts, TEST_PASSWORD } from '../../admin/auth/testing/staff-auth-harness.ts';
import { AnswerService, type AnswerJson } from '../../core/answers/index.ts';
import { createTile, createTileSource, publishTile, seedDefaultThemes } from '../../core/content/index.ts';
import type { Db } from '../../core/platform/db.ts';
import { ContentGapStore } from '../../core/reports/gaps/index.ts';
import { describeViolations, seriousA11yViolations } from '../support/axe.ts';
import { signInToStaffApp, useStaffAppWorld } from '../support/staff-app-world.ts';

/**
 * The content-gap loop in the staff app, on the real app and answer engine:
 * three people asked the bot (testdorp) where to leave a camper van at night
 * and got no answer; the editor sees the group (3 people, personal data
 * scrubbed), adds the question as an example question to the tile
 * "Parking permit", and from then on the same kind of question is answered
 * with that tile (POST /api/ask, the evaluation contract, same engines).
 * The page in English and Dutch, axe-clean; screenshots
 * test-artifacts/content-gaps-*.png.
 */

const QUESTIONS = ['Where can I leave my camper van at night? Call me 06-12345678', 'where to leave a camper van for the night', 'can I leave the camper van outside at night'];
const SAME_KIND = 'Where do I leave my camper van at night?';

let answers: AnswerService;

async function seed(db: Db): Promise<void> {
  await seedStaffAccounts(db);
  await seedDefaultThemes(db);
  const testdorp = await db.organization.findUniqueOrThrow({ where: { slug: 'testdorp' } });
  const ctx = { db, actorId: null, now: new Date() };
  const layer = { id: testdorp.id, slug: 'testdorp' };
  const tiles = [
    ['parking-permit', 'Parking permit', 'You need a parking permit for a car in the city centre. Apply at the municipality desk with your registration.'],
    ['register-address', 'Register your address', 'Register at the municipality within five days of arriving. Bring your passport and rental contract.'],
    ['health-insurance', 'Health insurance', 'Everyone who works in the Netherlands must take Dutch health insurance within four months.'],
  ];
  for (const [key, title, body] of tiles) {
    await createTile(ctx, layer, { key, theme: 'practical', sourceLang: 'en', links: [], content: { en: { title, body, examples: [] } } });
    await publishTile(ctx, layer, key);
  }
  const store = new ContentGapStore({ db, secret: 'content-gap-e2e-secret-of-32-characters!' });
  for (const [i, text] of QUESTIONS.entries()) {
    await store.record({ organizationId: testdorp.id, contactId: `person-${i}`, kind: 'unanswered', language: 'en', text });
  }
}

const w = useStaffAppWorld({
  seed,
  extend: (db) => {
    answers = new AnswerService(createTileSource(db));
    // What the server wires with Redis (RedisContentChanges → ContentChangeListener → AnswerService.refresh), in process.
    return { answers, contentChanges: { notifyContentChanged: async () => { await answers.refresh(); } } };
  },
});
const page = () => w.browser.page;

async function ask(text: string): Promise<AnswerJson> {
  const res = await fetch(`${w.base}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ org: 'testdorp', text }) });
  expect(res.status).toBe(200);
  return (await res.json()) as AnswerJson;
}

async function expectAccessible(): Promise<void> {
  const found = await seriousA11yViolations(page());
  expect(found, describeViolations(found)).toEqual([]);
}

describe('content gaps in the staff app', () => {
  it('the bot does not know yet', async () => {
    const before = await ask(SAME_KIND);
    expect(before.outcome === 'answered' && String(before.tile).includes('parking-permit')).toBe(false);
  });

  it('the editor sees the group: 3 questions from 3 people, scrubbed', async () => {
    await signInToStaffApp(page(), w.base, 'editor@testdorp.example', TEST_PASSWORD, '/app/studio/gaps');
    await expect.poll(() => page().locator('h1').textContent()).toBe('Questions without a good answer');
    const group = page().locator('article.gap-group');
    await group.first().waitFor();
    expect(await group.count()).toBe(1);
    await expect.poll(() => group.locator('.gap-meta').textContent()).toContain('3 questions from 3 different people');
    const html = await page().content();
    expect(html).not.toContain('06-12345678');
    await group.getByText('All 3 questions').click();
    expect(await group.locator('.gap-questions li').allTextContents()).toContain('Where can I leave my camper van at night? Call me [phone]');
    await w.shot(page(), 'content-gaps-1-group.png');
    await expectAccessible();
  });

  it('adds the question as an example to "Parking permit"; the same kind of question is answered with it', async () => {
    const group = page().locator('article.gap-group').first();
    await group.getByLabel('Tile', { exact: true }).selectOption('parking-permit');
    await group.getByLabel('Example question', { exact: true }).fill('Where can I leave my camper van at night?');
    await group.getByRole('button', { name: 'Add example question' }).click();
    await page().getByRole('status').filter({ hasText: 'Added as an example question to "parking-permit"' }).waitFor();
    await expect.poll(() => page().locator('article.gap-group').count()).toBe(0);
    await w.shot(page(), 'content-gaps-2-added.png');
    await expectAccessible();

    const after = await ask(SAME_KIND);
    expect(after.outcome).toBe('answered');
    expect(String(after.tile)).toContain('parking-permit');
    const row = await w.db.tileTranslation.findFirstOrThrow({ where: { tile: { key: 'parking-permit' }, language: 'en' } });
    expect(row.examples).toEqual(['Where can I leave my camper van at night?']);
  });

  it('reads in Dutch too', async () => {
    await page().getByLabel('Language', { exact: true }).selectOption('nl');
    await expect.poll(() => page().locator('h1').textContent()).toBe('Vragen zonder goed antwoord');
    expect(await page().locator('html').getAttribute('lang')).toBe('nl');
    await w.shot(page(), 'content-gaps-3-nl.png');
    await expectAccessible();
  });
});
