import type { LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryCodeRoutes } from '../../admin/api/entry-codes/entry-codes-route.ts';
import { buildStaffAuthHarness, seedStaffAccounts, signIn, type StaffAuthHarness } from '../../admin/auth/testing/staff-auth-harness.ts';
import { createEntryCode, type EntryLinkOptions } from '../../core/content/index.ts';
import { decodePng, drawnChars, pageText, pdfPageCount, readQr, renderPdfPage } from '../../core/entry-codes/testing/pdf-inspection.ts';
import { FLYER_TEXTS } from '../../flows/flyer-texts/index.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/**
 * What staff print for an entry code, read back the way a phone and a PDF
 * viewer read it: the QR code (PNG decoded, SVG checked) and the A4 flyer,
 * whose page is rendered to pixels (MuPDF.js) and whose QR code is found
 * and decoded there (jsQR).
 */
const db = createTestDb();
let harness: StaffAuthHarness;
let links: EntryLinkOptions;
const web = 'https://chat.example.nl/chat/testdorp?entry=markt';

beforeEach(async () => {
  await truncateAll(db);
  await seedStaffAccounts(db);
  await db.organization.update({ where: { slug: 'testdorp' }, data: { name: 'Gemeente Testdorp' } });
  await createEntryCode(db, { code: 'markt', municipalitySlug: 'testdorp', label: 'Saturday market' }, 'test');
  links = { webBaseUrl: 'https://chat.example.nl', telegramBot: 'TestdorpBot', whatsappNumber: '+31 20 123 4567' };
  harness = await buildStaffAuthHarness(db, {}, async (app) => {
    await app.register(entryCodeRoutes, { db, links: () => links });
  });
});
afterEach(() => harness.close());
afterAll(() => db.$disconnect());

async function get(url: string, email = 'editor@testdorp.example'): Promise<LightMyRequestResponse> {
  const { cookie } = await signIn(harness.app, email);
  return harness.app.inject({ method: 'GET', url, headers: { cookie } });
}

const flat = (text: string) => text.replace(/-\s+/g, '-').replace(/\s+/g, ' ');

describe('QR codes', () => {
  it('serves a PNG whose QR code decodes to the web chat link, or to the chosen link', async () => {
    const res = await get('/api/entry-codes/markt/qr.png');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['content-disposition']).toBe('inline; filename="qr-markt-web.png"');
    const image = decodePng(res.rawPayload);
    expect([image.width, image.height]).toEqual([512, 512]);
    expect(readQr(image)).toBe(web);

    const telegram = await get('/api/entry-codes/MARKT/qr.png?link=telegram&size=256');
    expect(readQr(decodePng(telegram.rawPayload))).toBe('https://t.me/TestdorpBot?start=markt');
    expect(decodePng(telegram.rawPayload).width).toBe(256);
    expect(readQr(decodePng((await get('/api/entry-codes/markt/qr.png?link=whatsapp')).rawPayload))).toBe('https://wa.me/31201234567?text=START%20markt');
  });

  it('serves an SVG document of the same code', async () => {
    const res = await get('/api/entry-codes/markt/qr.svg');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(res.body).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*viewBox="0 0 \d+ \d+"/);
    expect(res.body.trim().endsWith('</svg>')).toBe(true);
  });

  it('answers 404 for a channel this server does not run, and 400 for a link or size it does not know', async () => {
    links = { webBaseUrl: 'https://chat.example.nl' };
    const telegram = await get('/api/entry-codes/markt/qr.svg?link=telegram');
    expect([telegram.statusCode, telegram.json().code, telegram.json().message])
      .toEqual([404, 'ENTRY_LINK_UNAVAILABLE', 'No Telegram link: Telegram is not configured on this server']);
    expect((await get('/api/entry-codes/markt/qr.png?link=sms')).statusCode).toBe(400);
    expect((await get('/api/entry-codes/markt/qr.png?size=99999')).statusCode).toBe(400);
    expect((await get('/api/entry-codes/markt/qr.png?size=abc')).statusCode).toBe(400);
  });
});

describe('the A4 flyer', () => {
  it('has a page with the QR code that decodes to the entry link, the municipality, the invitations and the links', async () => {
    const res = await get('/api/entry-codes/markt/flyer.pdf?languages=pl,ro,bg,uk,en,nl');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('inline; filename="flyer-markt-pl-ro-bg-uk-en-nl.pdf"');
    const pdf = res.rawPayload;
    expect(pdfPageCount(pdf)).toBe(1);
    expect(readQr(renderPdfPage(pdf, 0))).toBe(web);
    const text = flat(pageText(pdf, 0));
    expect(text).toContain('Gemeente Testdorp');
    expect(text).toContain(`Web chat: ${web}`);
    expect(text).toContain('Telegram: https://t.me/TestdorpBot?start=markt');
    expect(text).toContain('WhatsApp: https://wa.me/31201234567?text=START%20markt');
    for (const lang of ['pl', 'ro', 'bg', 'uk', 'en', 'nl'] as const) expect(text, lang).toContain(flat(FLYER_TEXTS[lang].invitation));
  });

  it('prints Bulgarian and Greek with real glyphs of an embedded font', async () => {
    const pdf = (await get('/api/entry-codes/markt/flyer.pdf?languages=bg,el')).rawPayload;
    const text = flat(pageText(pdf, 0));
    expect(text).toContain(FLYER_TEXTS.bg.title);
    expect(text).toContain(FLYER_TEXTS.el.title);
    const letters = [...new Set(drawnChars(pdf, 0).filter((c) => /[\u0400-\u04ff\u0370-\u03ff]/.test(c.char)))];
    expect(new Set(letters.map((c) => c.char)).size).toBeGreaterThan(30);
    expect(letters.filter((c) => c.glyph === 0 || !/^[A-Z]{6}\+DejaVuSans/.test(c.font))).toEqual([]);
  });

  it('defaults to the municipality\'s first six enabled languages, and can put the Telegram link in the QR code', async () => {
    await db.organization.update({ where: { slug: 'testdorp' }, data: { enabledLanguages: ['nl', 'en', 'pl', 'ro', 'bg', 'lt', 'lv', 'uk'] } });
    const res = await get('/api/entry-codes/markt/flyer.pdf?link=telegram');
    expect(res.headers['content-disposition']).toBe('inline; filename="flyer-markt-nl-en-pl-ro-bg-lt.pdf"');
    const text = flat(pageText(res.rawPayload, 0));
    for (const lang of ['nl', 'en', 'pl', 'ro', 'bg', 'lt'] as const) expect(text, lang).toContain(FLYER_TEXTS[lang].title);
    for (const lang of ['lv', 'uk'] as const) expect(text, lang).not.toContain(FLYER_TEXTS[lang].title);
    expect(readQr(renderPdfPage(res.rawPayload, 0))).toBe('https://t.me/TestdorpBot?start=markt');
  });

  it('refuses an unknown language, more than six, and malformed input with 400', async () => {
    const unknown = await get('/api/entry-codes/markt/flyer.pdf?languages=pl,fr');
    expect([unknown.statusCode, unknown.json().code]).toEqual([400, 'UNKNOWN_LANGUAGE']);
    const seven = await get('/api/entry-codes/markt/flyer.pdf?languages=pl,ro,bg,uk,en,nl,el');
    expect([seven.statusCode, seven.json().message]).toEqual([400, 'a flyer shows at most 6 languages, not 7']);
    expect((await get('/api/entry-codes/markt/flyer.pdf?languages=<script>')).statusCode).toBe(400);
    expect((await get('/api/entry-codes/not%20a%20code/flyer.pdf')).statusCode).toBe(400);
  });

  it('prints for the municipality\'s outreach workers too, and answers 401 without a session', async () => {
    // Other municipalities' staff get 404 (entry-codes-studio.test.ts).
    expect((await get('/api/entry-codes/markt/flyer.pdf', 'worker@testdorp.example')).statusCode).toBe(200);
    expect((await harness.app.inject({ method: 'GET', url: '/api/entry-codes/markt/flyer.pdf' })).statusCode).toBe(401);
  });
});
