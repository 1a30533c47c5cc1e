import type { LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tilePreviewRoutes } from '../../admin/api/studio/preview-routes.ts';
import { tryItRoutes } from '../../admin/api/studio/try-it-routes.ts';
import { buildStaffAuthHarness, signIn, type StaffAuthHarness } from '../../admin/auth/testing/staff-auth-harness.ts';
import { AnswerService } from '../../core/answers/index.ts';
import { FIXED_TEXTS } from '../../flows/index.ts';
import { createTileSource, saveAdditionDraft, saveDraft } from '../../core/content/index.ts';
import { ADDITION, ADDITION_PL, email, seedPreviewLandscape } from '../support/preview-landscape.ts';
import { createTestDb, organizationId, truncateAll } from '../support/test-db.ts';

/**
 * The studio's preview (GET /api/layers/:slug/tiles/:key/preview) and "try
 * it" (POST /api/studio/try) on real PostgreSQL and Redis, over the layers
 * of tests/support/preview-landscape.ts (nl, demostad with a local addition,
 * the employer agrifarm, anderdorp; entry codes demostad-flyer and agrifarm-site).
 */
const db = createTestDb();
let h: StaffAuthHarness;

async function start(tryPerMinute = 100): Promise<void> {
  h = await buildStaffAuthHarness(db, {}, async (app) => {
    await app.register(tilePreviewRoutes, { db });
    await app.register(tryItRoutes, { db, answers: new AnswerService(createTileSource(db)), perMinute: tryPerMinute });
  });
}

beforeEach(async () => {
  await truncateAll(db);
  await seedPreviewLandscape(db);
});
afterEach(() => h.close());
afterAll(() => db.$disconnect());

/** Signs in and returns a request function with the session cookie and CSRF token. */
async function as(who: string) {
  const session = await signIn(h.app, who);
  expect(session.res.statusCode).toBe(200);
  return (method: 'GET' | 'POST', url: string, payload?: object, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> => h.app.inject({
    method, url, headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, ...headers }, ...(payload ? { payload } : {}),
  });
}


describe('GET /api/layers/:slug/tiles/:key/preview', () => {
  beforeEach(() => start());

  it('shows a national tile with demostad\'s local addition in Polish, as each channel sends it', async () => {
    const editor = await as(email('demostad', 'editor'));
    const res = await editor('GET', '/api/layers/nl/tiles/nl-bsn/preview?lang=pl&entry=demostad-flyer');
    expect(res.statusCode).toBe(200);
    const preview = res.json();
    expect(preview).toMatchObject({ language: 'pl', version: 'live', shown: true, entry: { key: 'demostad', code: 'demostad-flyer' }, enabledLanguages: ['en', 'pl'] });
    expect(preview.fallbackFrom).toBeUndefined();

    // Web chat: the markdown text, the addition as its own paragraph under the national text, then the links.
    const [tile, feedback] = preview.webchat.activities;
    expect(tile).toEqual({
      text: `**Zameldowanie i BSN**\n\nZamelduj się w urzędzie gminy, aby dostać **BSN**.\n\n${ADDITION_PL}\n\nWięcej informacji:\n\n- [BSN](https://example.org/bsn)`,
      textFormat: 'markdown',
    });
    expect(feedback).toMatchObject({
      text: 'Czy to było pomocne?',
      suggestedActions: { actions: [{ type: 'postBack', title: 'Tak', value: 'feedbackYes:' }, { type: 'postBack', title: 'Nie', value: 'feedbackNo:' }] },
    });

    // Telegram: HTML parse mode, bullets for lists, the feedback buttons as an inline keyboard under the question.
    expect(preview.telegram.messages).toEqual([
      {
        text: `<b>Zameldowanie i BSN</b>\n\nZamelduj się w urzędzie gminy, aby dostać <b>BSN</b>.\n\n${ADDITION_PL}\n\nWięcej informacji:\n\n• <a href="https://example.org/bsn">BSN</a>`,
        parse_mode: 'HTML',
      },
      { text: 'Czy to było pomocne?', parse_mode: 'HTML', keyboard: [['Tak'], ['Nie']] },
    ]);

    // WhatsApp: *bold*, links as "label: url"; the question with reply buttons (Cloud API), numbered on the web session.
    const [text, buttons] = preview.whatsapp.messages;
    expect(text).toEqual({
      type: 'text',
      text: {
        body: `*Zameldowanie i BSN*\n\nZamelduj się w urzędzie gminy, aby dostać *BSN*.\n\n${ADDITION_PL}\n\nWięcej informacji:\n\n- BSN: https://example.org/bsn`,
        preview_url: true,
      },
    });
    expect(buttons).toMatchObject({ type: 'interactive', interactive: { type: 'button', body: { text: 'Czy to było pomocne?' } } });
    expect(preview.whatsapp.webSession[1]).toMatch(/^Czy to było pomocne\?\n\n1\. Tak\n2\. Nie\n\n_.+_$/);
  });

  it('without an entry code shows the national tile alone; with the municipality, its addition', async () => {
    const editor = await as(email('demostad', 'editor'));
    const alone = (await editor('GET', '/api/layers/nl/tiles/nl-bsn/preview?lang=en')).json();
    expect(alone.entry).toEqual({ key: 'nl' });
    expect(alone.webchat.activities[0].text).not.toContain('Marktplein');
    const withAddition = (await editor('GET', '/api/layers/nl/tiles/nl-bsn/preview?lang=en&municipality=demostad')).json();
    expect(withAddition.webchat.activities[0].text).toContain('Register at the town hall to get your **BSN**.\n\nDemostad: Marktplein 1, Monday to Friday 9:00-17:00.');
  });

  it('version=draft shows the pending tile draft and addition draft; live stays what people get', async () => {
    const nlEditor = await db.staffUser.findUniqueOrThrow({ where: { email: email('nl', 'editor') } });
    const layer = { id: await organizationId(db, 'nl'), slug: 'nl' };
    const tile = await db.tile.findFirstOrThrow({ where: { key: 'nl-bsn', organizationId: layer.id } });
    await saveDraft({ db, actorId: nlEditor.id, now: new Date() }, layer, 'nl-bsn', {
      baseEditVersion: tile.editVersion, theme: 'registration',
      content: { en: { title: 'Registration and BSN (2027)', body: 'Register at the town hall within five days.' } },
    });
    const additionRow = await db.localAddition.findFirstOrThrow();
    await saveAdditionDraft(db, ADDITION, { baseEditVersion: additionRow.editVersion, content: { en: { body: 'Demostad: now at Stationsplein 2.' } } }, 'test');

    const editor = await as(email('demostad', 'editor'));
    const live = (await editor('GET', '/api/layers/nl/tiles/nl-bsn/preview?lang=en&entry=demostad-flyer')).json();
    expect(live.webchat.activities[0].text).toContain('**Registration and BSN**\n\nRegister at the town hall to get your **BSN**.\n\nDemostad: Marktplein 1');
    const draft = (await editor('GET', '/api/layers/nl/tiles/nl-bsn/preview?lang=en&entry=demostad-flyer&version=draft')).json();
    expect(draft).toMatchObject({ version: 'draft', shown: true, language: 'en' });
    expect(draft.webchat.activities[0].text).toContain('**Registration and BSN (2027)**\n\nRegister at the town hall within five days.\n\nDemostad: now at Stationsplein 2.');

    // The employer's editor, trying their own entry code in demostad, never sees demostad's unpublished addition.
    const employer = await as(email('agrifarm', 'editor'));
    const theirs = (await employer('GET', '/api/layers/nl/tiles/nl-bsn/preview?lang=en&entry=agrifarm-site&version=draft')).json();
    expect(theirs.webchat.activities[0].text).toContain('Demostad: Marktplein 1');
    expect(theirs.webchat.activities[0].text).not.toContain('Stationsplein');
  });

  it('shows an employer tile through an employer entry code, and says when an entry point does not show it', async () => {
    const employer = await as(email('agrifarm', 'editor'));
    const res = await employer('GET', '/api/layers/agrifarm/tiles/shifts/preview?lang=pl&entry=agrifarm-site');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ shown: true, language: 'pl', entry: { key: 'agrifarm@demostad', code: 'agrifarm-site' } });
    expect(res.json().webchat.activities[0].text).toBe('**Godziny zmian w AgriFarm**\n\nZmiany zaczynają się o 6:00 i 14:00.');

    const editor = await as(email('demostad', 'editor'));
    const plain = await editor('GET', '/api/layers/agrifarm/tiles/shifts/preview?lang=pl&entry=demostad-flyer');
    expect(plain.statusCode).toBe(200);
    expect(plain.json()).toMatchObject({ shown: false, entry: { key: 'demostad' } });
  });

  it('falls back to the source language and says so', async () => {
    const editor = await as(email('demostad', 'editor'));
    const res = await editor('GET', '/api/layers/demostad/tiles/bike-rental/preview?lang=pl');
    expect(res.json()).toMatchObject({ language: 'en', fallbackFrom: 'pl' });
    expect(res.json().webchat.activities[0].text).toBe(`_${FIXED_TEXTS.pl.answer.notTranslated}_\n\n**Renting a bicycle**\n\nBicycles can be rented at the station.`);
    expect(res.json().webchat.activities[1].text).toBe('Czy to było pomocne?');
  });

  it.each<[string, string, string, number, string]>([
    ['another municipality\'s layer', 'agrifarm', '/api/layers/demostad/tiles/bike-rental/preview', 404, 'LAYER_NOT_FOUND'],
    ['an entry code of a municipality they may not see', 'anderdorp', '/api/layers/nl/tiles/nl-bsn/preview?entry=demostad-flyer', 404, 'NOT_FOUND'],
    ['a municipality they may not see', 'anderdorp', '/api/layers/nl/tiles/nl-bsn/preview?municipality=demostad', 404, 'ORGANIZATION_NOT_FOUND'],
    ['an unknown entry code', 'demostad', '/api/layers/nl/tiles/nl-bsn/preview?entry=nowhere', 404, 'NOT_FOUND'],
    ['an unknown tile', 'demostad', '/api/layers/nl/tiles/nope/preview', 404, 'TILE_NOT_FOUND'],
    ['a language not enabled there', 'demostad', '/api/layers/nl/tiles/nl-bsn/preview?lang=ro&entry=demostad-flyer', 400, 'VALIDATION_FAILED'],
    ['an unsupported language', 'demostad', '/api/layers/nl/tiles/nl-bsn/preview?lang=xx', 400, 'VALIDATION_FAILED'],
    ['a bad version', 'demostad', '/api/layers/nl/tiles/nl-bsn/preview?version=next', 400, 'VALIDATION_FAILED'],
  ])('refuses %s (%s editor)', async (_case, org, url, status, code) => {
    const caller = await as(email(org, 'editor'));
    const res = await caller('GET', url);
    expect(res.statusCode).toBe(status);
    expect(res.json().code).toBe(code);
  });

  it('needs a session', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/layers/nl/tiles/nl-bsn/preview' });
    expect(res.statusCode).toBe(401);
  });
});

describe('POST /api/studio/try', () => {
  it('answers as a person entering through the employer code: reply, tile, confidence, alternatives; stores nothing', async () => {
    await start();
    const employer = await as(email('agrifarm', 'editor'));
    const res = await employer('POST', '/api/studio/try', { entryCode: 'agrifarm-site', text: 'Jak się zameldować i dostać numer BSN?' });
    expect(res.statusCode).toBe(200);
    const tried = res.json();
    expect(tried).toMatchObject({
      language: 'pl', outcome: 'answered', urgent: false, handoff: false,
      tile: { key: 'nl-bsn', layer: 'nl', title: 'Zameldowanie i BSN' },
      entry: { key: 'agrifarm@demostad', code: 'agrifarm-site' },
    });
    expect(tried.confidence).toBeGreaterThan(0.5);
    expect(tried.confidence).toBeLessThanOrEqual(1);
    expect(Array.isArray(tried.alternatives)).toBe(true);
    expect(tried.replies[0].text).toContain(ADDITION_PL);
    expect(tried.replies[1]).toEqual({ text: 'Czy to było pomocne?', choices: ['Tak', 'Nie'], links: [] });
    expect(tried.channels.telegram.messages[0].text).toContain('<b>Zameldowanie i BSN</b>');

    // The employer's own tile answers only through its code.
    const shift = (await employer('POST', '/api/studio/try', { entryCode: 'agrifarm-site', text: 'Kiedy zaczyna się moja zmiana?' })).json();
    expect(shift.tile).toMatchObject({ key: 'shifts', layer: 'agrifarm' });
    const editor = await as(email('demostad', 'editor'));
    const noShift = (await editor('POST', '/api/studio/try', { org: 'demostad', text: 'Kiedy zaczyna się moja zmiana?' })).json();
    expect(noShift.tile?.key).not.toBe('shifts');

    expect(await db.conversation.count()).toBe(0);
    expect(await db.questionLog.count()).toBe(0);
    expect(await db.message.count()).toBe(0);
    expect(await db.contact.count()).toBe(0);
  });

  it('offers the alternatives of an unclear question, and flags a danger', async () => {
    await start();
    const editor = await as(email('demostad', 'editor'));
    // Between the two tiles: renting a bicycle at the station, or registering. (The shorter "Where can I register
    // a bicycle?" now falls just below the choice threshold: registration also names the municipality, which
    // neither tile's words explain.)
    const unclear = (await editor('POST', '/api/studio/try', { org: 'demostad', text: 'Can I register a bicycle at the station?', lang: 'en' })).json();
    expect(unclear).toMatchObject({
      language: 'en', outcome: 'clarify',
      tile: { key: 'bike-rental', layer: 'demostad', title: 'Renting a bicycle' },
      alternatives: [{ key: 'nl-bsn', layer: 'nl', title: 'Registration and BSN' }],
    });
    expect(unclear.confidence).toBeGreaterThan(0);
    expect(unclear.confidence).toBeLessThan(0.6);
    // The person is offered both to choose from (and a person).
    expect(unclear.replies[0].choices).toEqual(['Renting a bicycle', 'Registration and BSN', expect.any(String)]);
    const danger = (await editor('POST', '/api/studio/try', { org: 'demostad', text: 'My colleague collapsed and is not breathing', lang: 'en' })).json();
    expect(danger).toMatchObject({ urgent: true, handoff: true });
    expect(danger.crisis).toEqual(expect.any(String));
    expect(await db.conversation.count()).toBe(0);
  });

  it.each<[string, string, object, number, string]>([
    ['an entry code of another municipality', 'anderdorp', { entryCode: 'demostad-flyer', text: 'BSN?' }, 404, 'NOT_FOUND'],
    ['an organization they may not see', 'anderdorp', { org: 'demostad', text: 'BSN?' }, 404, 'ORGANIZATION_NOT_FOUND'],
    ['both entry code and org', 'demostad', { org: 'demostad', entryCode: 'demostad-flyer', text: 'BSN?' }, 400, 'VALIDATION_FAILED'],
    ['neither', 'demostad', { text: 'BSN?' }, 400, 'VALIDATION_FAILED'],
    ['an empty question', 'demostad', { org: 'demostad', text: '' }, 400, 'VALIDATION_FAILED'],
    ['a language not enabled there', 'demostad', { org: 'demostad', text: 'BSN?', lang: 'ro' }, 400, 'VALIDATION_FAILED'],
  ])('refuses %s', async (_case, org, body, status, code) => {
    await start();
    const caller = await as(email(org, 'editor'));
    const res = await caller('POST', '/api/studio/try', body);
    expect(res.statusCode).toBe(status);
    expect(res.json().code).toBe(code);
  });

  it('needs the CSRF token, and is limited per staff member', async () => {
    await start(2);
    const editor = await as(email('demostad', 'editor'));
    const noToken = await editor('POST', '/api/studio/try', { org: 'demostad', text: 'BSN?' }, { 'x-csrf-token': '' });
    expect(noToken.statusCode).toBe(403);
    expect((await editor('POST', '/api/studio/try', { org: 'demostad', text: 'BSN?' })).statusCode).toBe(200);
    expect((await editor('POST', '/api/studio/try', { org: 'demostad', text: 'BSN?' })).statusCode).toBe(200);
    const limited = await editor('POST', '/api/studio/try', { org: 'demostad', text: 'BSN?' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('RATE_LIMITED');
    // Another staff member has their own count.
    const other = await as(email('nl', 'editor'));
    expect((await other('POST', '/api/studio/try', { org: 'nl', text: 'BSN?' })).statusCode).toBe(200);
  });
});
