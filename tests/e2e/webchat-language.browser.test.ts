import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { municipalityLookup } from '../../bots/webchat/chat-page.ts';
import { WebChatSender } from '../../bots/webchat/index.ts';
import { AnswerService } from '../../core/answers/index.ts';
import { createTileSource, importTiles } from '../../core/content/index.ts';
import { FIXED_TEXTS } from '../../flows/index.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { describeViolations, seriousA11yViolations } from '../support/axe.ts';
import { openBrowser, webChat } from '../support/browser.ts';
import { listenOnLoopback, screenshot } from '../support/browser-world-kit.ts';
import { createTestConversationStack } from '../support/conversation-stack.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/**
 * The chat page follows the person's language, not the browser's: an English
 * browser opens the chat, the person picks Polish, and from the bot's Polish
 * reply on `<html lang>` is `pl` and Web Chat's own strings (send box
 * placeholder, aria labels) are Polish. A reload of the tab keeps it. The
 * real core answers (PostgreSQL, BullMQ on Redis), as in conversation.browser.test.ts.
 */
const db = createTestDb();
const chatPrefix = `test:directline:${randomUUID()}:`;
const chatRedis = new Redis({ maxRetriesPerRequest: 2 });
const closers: Array<() => Promise<unknown>> = [];
let app: FastifyInstance;
let browser: Browser;
let page: Page;
let pageErrors: string[];
let base: string;

/** Web Chat's send box and its send button, by the labels Web Chat gives them. */
const placeholder = () => webChat(page).sendBox().getAttribute('placeholder');
const sendButtonLabel = () => page.locator('.webchat__send-box button').last().getAttribute('title');
const htmlLang = () => page.locator('html').getAttribute('lang');

beforeAll(async () => {
  await truncateAll(db);
  await importTiles(db, engineLibraryFile(), 'test');
  const core = createTestConversationStack(db, { backoffMs: 50 });
  await core.stack.startWorkers([new WebChatSender({ redis: chatRedis, keyPrefix: chatPrefix })]);
  app = buildApp({
    answers: new AnswerService(createTileSource(db)),
    disabled: {},
    webchat: { redis: chatRedis, inbound: core.stack.service, keyPrefix: chatPrefix, lookupOrganization: municipalityLookup(db) },
  });
  base = await listenOnLoopback(app);
  ({ browser, page, pageErrors } = await openBrowser(base, { locale: 'en-GB' }));
  closers.push(
    () => browser.close(),
    () => app.close(),
    () => core.destroy(),
  );
}, 60_000);

afterAll(async () => {
  for (const close of closers) await close();
  const keys = await chatRedis.keys(`${chatPrefix}*`);
  if (keys.length > 0) await chatRedis.del(...keys);
  chatRedis.disconnect();
  await db.$disconnect();
});

describe('the chat page in the language the person chose', () => {
  it('starts in the browser language for a new visitor', async () => {
    await page.goto(`${base}/chat/testdorp`);
    await webChat(page).sendBox().waitFor({ state: 'visible', timeout: 15_000 });
    expect(await htmlLang()).toBe('en');
    expect(await placeholder()).toBe('Type your message');
  });

  it('switches <html lang> and Web Chat\'s own strings to Polish once the person picks Polish and asks in Polish', async () => {
    const chat = webChat(page);
    await chat.send('hello');
    await chat.action('Polski').last().waitFor({ timeout: 15_000 });
    await chat.action('Polski').last().click();
    await chat.transcript().getByText(FIXED_TEXTS.pl.welcome.languageChanged.replace('{language}', 'Polski')).first().waitFor({ timeout: 15_000 });

    await expect.poll(htmlLang, { timeout: 10_000 }).toBe('pl');
    await expect.poll(placeholder, { timeout: 10_000 }).toBe('Wpisz wiadomość');
    expect(await sendButtonLabel()).toBe('Wyślij');
    expect(await chat.sendBox().getAttribute('aria-label')).toBe('Pole wprowadzania wiadomości');

    // The transcript survived the re-render and the chat goes on.
    await chat.send('Jak dostać numer BSN? Gdzie się zameldować?');
    await chat.transcript().getByText('Zameldowanie w gminie i numer BSN').first().waitFor({ timeout: 15_000 });
    expect(await chat.transcript().getByText('hello', { exact: true }).count()).toBeGreaterThan(0);
    expect(await htmlLang()).toBe('pl');
    await screenshot(page, 'webchat-language-pl.png');

    const found = await seriousA11yViolations(page);
    expect(found, describeViolations(found)).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('keeps Polish across a reload of the tab', async () => {
    await page.reload();
    await webChat(page).sendBox().waitFor({ state: 'visible', timeout: 15_000 });
    expect(await htmlLang()).toBe('pl');
    expect(await placeholder()).toBe('Wpisz wiadomość');
    const found = await seriousA11yViolations(page);
    expect(found, describeViolations(found)).toEqual([]);
  });
});
