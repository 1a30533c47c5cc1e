import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../admin/app.ts';
import { WebChatSender } from '../../bots/webchat/index.ts';
import { AnswerService } from '../../core/answers/index.ts';
import { createTileSource, findOrganizationProfile, importTiles } from '../../core/content/index.ts';
import {
  ConversationService, DeliveryProducer, DeliveryWorker, InboundWorker, contactKeys, messageDeliveryStore,
} from '../../core/conversation/index.ts';
import { createRedis } from '../../core/platform/redis.ts';
import { commandWords, detectCommand } from '../../flows/commands/index.ts';
import { DIALOG } from '../../flows/dialog.ts';
import { ANSWER_TEXTS, FIXED_TEXTS } from '../../flows/texts/index.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { openBrowser, webChat } from '../support/browser.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/**
 * The whole product path in a browser: Debian Chromium → Web Chat → our
 * Direct Line API → conversation core (PostgreSQL, BullMQ on Redis) →
 * answer engine → delivery queue → back to the page. Nothing is faked.
 */
const SCREENSHOT = fileURLToPath(new URL('../../test-artifacts/conversation-pl.png', import.meta.url));
const db = createTestDb();
const queuePrefix = `test-${randomUUID()}`;
const chatPrefix = `test:directline:${randomUUID()}:`;
const queueRedis = createRedis();
const chatRedis = new Redis({ maxRetriesPerRequest: 2 });
const closers: Array<() => Promise<unknown>> = [];
let app: FastifyInstance;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await truncateAll(db);
  await importTiles(db, engineLibraryFile(), 'test');
  const delivery = new DeliveryProducer({ connection: queueRedis, prefix: queuePrefix, backoffMs: 50 });
  const conversations = new ConversationService({
    db, connection: queueRedis, prefix: queuePrefix, keys: contactKeys('e2e'), delivery,
    answers: new AnswerService(createTileSource(db)),
    dialog: { definition: DIALOG, texts: FIXED_TEXTS, answerTexts: ANSWER_TEXTS, detectCommand, commandWords },
    defaultOrganization: 'testdorp',
  });
  const workers = [
    new InboundWorker(conversations, { connection: queueRedis, prefix: queuePrefix }),
    new DeliveryWorker({ connection: queueRedis, prefix: queuePrefix, senders: [new WebChatSender({ redis: chatRedis, keyPrefix: chatPrefix })], store: messageDeliveryStore(db) }),
  ];
  app = buildApp({
    answers: new AnswerService(createTileSource(db)),
    disabled: {},
    webchat: {
      redis: chatRedis,
      inbound: conversations,
      keyPrefix: chatPrefix,
      lookupOrganization: async (slug) => {
        const profile = await findOrganizationProfile(db, slug);
        return profile && { name: profile.name, colour: profile.colour, languages: profile.languages };
      },
    },
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  ({ browser, page } = await openBrowser(base, { locale: 'en-GB' }));
  await page.goto(`${base}/chat/testdorp`);
  closers.push(
    () => browser.close(),
    () => app.close(),
    ...workers.map((w) => () => w.close()),
    () => conversations.obliterate().then(() => conversations.close()),
    () => delivery.obliterate().then(() => delivery.close()),
  );
}, 60_000);

afterAll(async () => {
  for (const close of closers) await close();
  queueRedis.disconnect();
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
