import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { municipalityLookup } from '../../bots/webchat/chat-page.ts';
import { WebChatSender } from '../../bots/webchat/index.ts';
import { AnswerService } from '../../core/answers/index.ts';
import { createTileSource, importTiles } from '../../core/content/index.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { openBrowser, webChat } from '../support/browser.ts';
import { createTestConversationStack } from '../support/conversation-stack.ts';
import { FIXED_TEXTS } from '../../flows/index.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/**
 * The whole product path in a browser: Debian Chromium → Web Chat → our
 * Direct Line API → conversation core (PostgreSQL, BullMQ on Redis) →
 * answer engine → delivery queue → back to the page. Nothing is faked.
 */
const SCREENSHOT = fileURLToPath(new URL('../../test-artifacts/conversation-pl.png', import.meta.url));
const db = createTestDb();
const chatPrefix = `test:directline:${randomUUID()}:`;
const chatRedis = new Redis({ maxRetriesPerRequest: 2 });
const closers: Array<() => Promise<unknown>> = [];
let app: FastifyInstance;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await truncateAll(db);
  await importTiles(db, engineLibraryFile(), 'test');
  const core = createTestConversationStack(db, { backoffMs: 50 });
  await core.stack.startWorkers([new WebChatSender({ redis: chatRedis, keyPrefix: chatPrefix })]);
  app = buildApp({
    answers: new AnswerService(createTileSource(db)),
    disabled: {},
    webchat: {
      redis: chatRedis,
      inbound: core.stack.service,
      keyPrefix: chatPrefix,
      lookupOrganization: municipalityLookup(db),
    },
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  ({ browser, page } = await openBrowser(base, { locale: 'en-GB' }));
  await page.goto(`${base}/chat/testdorp`);
  closers.push(
    () => browser.close(),
    () => app.close(),
    () => core.destroy(),
  );
}, 60_000);

afterAll(async () => {
  for (const close of closers) await close();
  chatRedis.disconnect();
  await db.$disconnect();
});

describe('a migrant in web chat, end to end', () => {
  it('picks Polish, asks in Polish, reads the Polish tile, says it helped; the question is logged', async () => {
    const chat = webChat(page);
    await chat.sendBox().waitFor({ state: 'visible', timeout: 15_000 });

    await chat.send('hello');
    // Web Chat keeps earlier suggested actions in the DOM and renders text twice (screen-reader copy): take one.
    await chat.action('Polski').last().waitFor({ timeout: 15_000 });
    await chat.action('Polski').last().click();
    await chat.transcript().getByText(FIXED_TEXTS.pl.welcome.languageChanged.replace('{language}', 'Polski')).first().waitFor({ timeout: 15_000 });

    await chat.send('Jak dostać numer BSN? Gdzie się zameldować?');
    await chat.transcript().getByText('Zameldowanie w gminie i numer BSN').first().waitFor({ timeout: 15_000 });
    await chat.action(FIXED_TEXTS.pl.feedback.yes).last().click();
    await chat.transcript().getByText(FIXED_TEXTS.pl.feedback.thanks).first().waitFor({ timeout: 15_000 });

    await mkdir(new URL('../../test-artifacts/', import.meta.url), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    await expect.poll(() => db.questionLog.findMany(), { timeout: 10_000 }).toEqual([
      expect.objectContaining({ channel: 'webchat', language: 'pl', tileKey: 'bsn', themeKey: 'registration', outcome: 'answered', feedback: 'helpful' }),
    ]);
    const contact = await db.contact.findFirstOrThrow();
    expect(contact.preferredLanguage).toBe('pl');
  }, 60_000);
});
