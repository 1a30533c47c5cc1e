import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { openBrowser, webChat } from '../support/browser.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { DirectLineHarness, FakeBot, type FakeReply } from '../../bots/webchat/testing/direct-line-harness.ts';
import type { InboundMessage } from '../../core/conversation/messages.ts';
import { AnswerService } from '../../core/answers/index.ts';

/**
 * The web chat end to end: a real app (Direct Line API + chat page) on a
 * socket, real Redis, Debian's Chromium driving the real Web Chat bundle,
 * and a fake conversation core that answers through WebChatSender.
 */

const SCREENSHOT = fileURLToPath(new URL('../../test-artifacts/webchat.png', import.meta.url));
const SCREENSHOT_ACTIONS = fileURLToPath(new URL('../../test-artifacts/webchat-suggested-actions.png', import.meta.url));
const QUESTION = 'Jak dostać numer BSN?';
/**
 * HTML in a message. The first two parts are not even valid Markdown HTML; the
 * last two are, and would become elements if Web Chat rendered HTML in
 * Markdown (its default since 4.17, sanitized).
 */
const XSS = '<img src=x onerror=window.__xss=1> <script>window.__xss=2</script> <b>bold</b> <img src=/x.png alt=probe>';

/** The fake core's answers: markdown with two choices for the BSN question, an echo of anything else. */
function reply(message: InboundMessage): FakeReply {
  if (message.payload) return { text: `Wybrano: ${message.payload}` };
  if (message.text?.includes('BSN')) {
    return {
      text: '**Numer BSN** dostaniesz w urzędzie gminy.\n\n- umów wizytę\n- zabierz paszport',
      choices: [
        { label: 'Rejestracja w gminie', payload: 'tile:registration' },
        { label: 'Rozmowa z pracownikiem', payload: 'handoff' },
      ],
    };
  }
  return { text: `Napisałeś: ${message.text ?? ''}` };
}

/** The browser globals the test reads (the project compiles without the DOM library). */
interface BrowserGlobals {
  getComputedStyle(element: unknown): { backgroundColor: string };
  __xss?: unknown;
}

let harness: DirectLineHarness;
let bot: FakeBot;
let app: FastifyInstance;
let browser: Browser;
let page: Page;
let base: string;
/** Requests the page made to anything but our server (aborted). */
let foreignRequests: string[];
/** Console errors and uncaught exceptions of the page (CSP violations show here). */
let pageErrors: string[];

beforeAll(async () => {
  harness = new DirectLineHarness();
  bot = new FakeBot(harness.sender(), reply);
  // Never asked: the page and the Direct Line API do not use the answer engine.
  const answers = new AnswerService({
    load: async () => {
      throw new Error('not used');
    },
    version: async () => 'v1',
  });
  app = buildApp({
    answers,
    disabled: {},
    webchat: {
      redis: harness.redis,
      inbound: bot,
      keyPrefix: harness.prefix,
      lookupOrganization: async (slug) => (slug === 'testdorp' ? { name: 'Gemeente Testdorp', colour: '#00695c', languages: ['pl', 'en'] } : undefined),
    },
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

  ({ browser, page, foreignRequests, pageErrors } = await openBrowser(base, { locale: 'pl-PL' }));
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await harness?.cleanup();
});

const transcript = () => webChat(page).transcript();
const bubble = (text: string) => webChat(page).bubble(text);
const sendBox = () => webChat(page).sendBox();
const send = (text: string) => webChat(page).send(text);

describe('web chat in Chromium', () => {
  it('renders Web Chat with the organization name and colour, loading only from our server', async () => {
    const response = await page.goto(`${base}/chat/testdorp?entry=agrifarm`);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.locator('#chat-app').getAttribute('data-ready'), { timeout: 10_000 }).toBe('true');
    await sendBox().waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.locator('.chat-title').textContent()).toBe('Gemeente Testdorp');
    expect(await page.locator('.chat-header').evaluate((el) => (globalThis as unknown as BrowserGlobals).getComputedStyle(el).backgroundColor)).toBe('rgb(0, 105, 92)');
    expect(await page.locator('#chat-status').isHidden()).toBe(true);
  });

  it('sends a Polish question and shows the markdown answer with its suggested actions', async () => {
    await send(QUESTION);
    await expect.poll(() => bot.received.map((m) => m.text), { timeout: 10_000 }).toContain(QUESTION);
    const received = bot.received.find((m) => m.text === QUESTION)!;
    expect(received).toMatchObject({ channel: 'webchat', entryCode: 'agrifarm', locale: 'pl-PL' });

    await bubble(QUESTION).waitFor({ timeout: 10_000 });
    const bold = transcript().locator('strong', { hasText: 'Numer BSN' });
    await bold.waitFor({ timeout: 10_000 });
    await expect.poll(() => transcript().textContent()).toContain('dostaniesz w urzędzie gminy');
    await page.locator('.webchat__suggested-action', { hasText: 'Rejestracja w gminie' }).waitFor({ timeout: 10_000 });
    expect(await page.locator('.webchat__suggested-action').count()).toBe(2);
    await mkdir(fileURLToPath(new URL('../../test-artifacts/', import.meta.url)), { recursive: true });
    await page.screenshot({ path: SCREENSHOT_ACTIONS, fullPage: true });
  });

  it('sends the payload of a clicked suggested action', async () => {
    await page.locator('.webchat__suggested-action', { hasText: 'Rejestracja w gminie' }).click();
    await expect.poll(() => bot.received.map((m) => m.payload), { timeout: 10_000 }).toContain('tile:registration');
    await bubble('Wybrano: tile:registration').waitFor({ timeout: 10_000 });
  });

  it('shows HTML in user and bot text as text, never as markup', async () => {
    await send(XSS);
    await expect.poll(() => bot.received.map((m) => m.text), { timeout: 10_000 }).toContain(XSS);
    // The user's bubble and the bot's Markdown echo both show the raw characters.
    await bubble(XSS).waitFor({ timeout: 10_000 });
    await bubble(`Napisałeś: ${XSS}`).waitFor({ timeout: 10_000 });
    // Give a would-be onerror handler time to fire.
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (globalThis as unknown as BrowserGlobals).__xss)).toBeUndefined();
    // Inside the messages (the bot's avatar outside them is an image of ours).
    expect(await transcript().locator('.webchat__bubble').locator('img, script, b').count()).toBe(0);
    expect(await page.locator('img[src="x"], img[alt="probe"]').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);

    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('lets DirectLineJS refresh the token through our API before it expires', async () => {
    const clocked = await page.context().newPage();
    try {
      await clocked.clock.install();
      await clocked.goto(`${base}/chat/testdorp`);
      await clocked.locator('[data-id="webchat-sendbox-input"]').waitFor({ timeout: 10_000 });
      // DirectLineJS refreshes every 15 minutes (tokens live 30) at `<domain>/tokens/refresh`.
      const refreshed = clocked.waitForResponse((r) => r.url() === `${base}/v3/directline/tokens/refresh`, { timeout: 10_000 });
      await clocked.clock.fastForward('15:01');
      const response = await refreshed;
      expect(response.status()).toBe(200);
      expect(await response.json()).toMatchObject({ token: expect.any(String), expires_in: 1800 });
    } finally {
      await clocked.close();
    }
  });

  it('made no request elsewhere and broke no Content-Security-Policy rule', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
