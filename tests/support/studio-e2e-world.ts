import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { municipalityLookup } from '../../bots/webchat/chat-page.ts';
import { AnswerService } from '../../core/answers/index.ts';
import { createTileSource, DeploymentSettings, TileTranslations, type TileScheduleJob, type TileScheduleQueue } from '../../core/content/index.ts';
import type { Db } from '../../core/platform/db.ts';
import { createSegmentTranslator } from '../../core/translation/index.ts';
import { buildApp } from '../../server/app.ts';
import { openBrowser, type BrowserSession } from './browser.ts';
import { listenOnLoopback, releaseWorldStores, screenshot, startInboxCore } from './browser-world-kit.ts';
import type { TestConversationStack } from './conversation-stack.ts';
import { createTestDb, truncateAll } from './test-db.ts';

const DEEPL_KEY = 'studio-e2e-key:fx';

/**
 * The whole product for browser tests of the studio: the REAL HTTP app
 * (server/app.ts buildApp) on a loopback port with staff sign-in, the tile
 * library, subscriptions, preview and try-it, entry codes, staff
 * administration, the inbox, and the web chat answered by the real
 * conversation core (PostgreSQL, BullMQ on Redis, answer engines that pick
 * up published changes by themselves). DeepL is a fake on loopback.
 * `contexts()` opens more browser contexts (one per person) on the same Chromium.
 */
export interface StudioE2eWorld {
  db: Db;
  readonly app: FastifyInstance;
  readonly base: string;
  readonly browser: BrowserSession;
  /** Scheduled publishes the routes asked for (no worker runs them). */
  readonly jobs: TileScheduleJob[];
  /** A new browser context and page (1280×900), only allowed to talk to `base`. */
  newPage(options?: { locale?: string; width?: number; height?: number }): Promise<Page>;
  shot(page: Page, name: string): Promise<Buffer>;
}

export function useStudioE2eWorld(options: { name: string; seed: (db: Db) => Promise<unknown> }): StudioE2eWorld {
  const db = createTestDb();
  const prefix = `test-${options.name}-${randomUUID()}:`;
  const redis = new Redis({ maxRetriesPerRequest: 2 });
  const subscriber = new Redis({ maxRetriesPerRequest: 2 });
  const closers: Array<() => Promise<unknown>> = [];
  const jobs: TileScheduleJob[] = [];
  const contexts: BrowserContext[] = [];
  let core: TestConversationStack;
  let app: FastifyInstance;
  let base: string;
  let browser: BrowserSession;

  beforeAll(async () => {
    await truncateAll(db);
    await options.seed(db);
    const inbox = await startInboxCore(db, { redis, subscriber, prefix, deeplKey: DEEPL_KEY, defaultOrganization: 'demostad', closers });
    core = inbox.core;
    const { handoff, hub } = inbox;
    const schedule: TileScheduleQueue = { enqueue: async (job) => { jobs.push(job); } };
    const translator = createSegmentTranslator({ DEEPL_AUTH_KEY: DEEPL_KEY, DEEPL_SERVER_URL: inbox.deepl.url });
    app = buildApp({
      answers: new AnswerService(createTileSource(db)),
      disabled: {},
      webchat: { redis, inbound: core.stack.service, keyPrefix: `${prefix}directline:`, lookupOrganization: municipalityLookup(db) },
      staffAuth: { db, redis, keyPrefix: `${prefix}staff:`, sessionSecret: 'studio-e2e-world-session-secret-32-chars!', cookieSecure: false },
      inbox: { handoff, hub },
      channelStatus: [() => ({ channel: 'webchat', state: 'connected' })],
      library: { schedule },
      // The translation pages (matrix, editor, XLIFF, glossary) on the same DeepL fake; no queue: publishes translate nothing.
      tileTranslations: { translations: new TileTranslations({ db, translator }), translator },
      staffAdmin: { deployment: new DeploymentSettings(db, { fallbackMunicipality: 'demostad' }) },
      entryLinks: () => ({ webBaseUrl: 'http://127.0.0.1', telegramBot: 'migrant_test_bot', whatsappNumber: '+31 6 1234 5678' }),
    });
    base = await listenOnLoopback(app);
    closers.unshift(() => app.close(), () => core.destroy());
    browser = await openBrowser(base, { locale: 'en-GB' });
    closers.unshift(() => browser.browser.close());
    await browser.page.setViewportSize({ width: 1280, height: 900 });
  }, 90_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    for (const close of closers) await close();
    await releaseWorldStores(db, prefix, redis, subscriber);
  });

  return {
    db,
    get app() { return app; },
    get base() { return base; },
    get browser() { return browser; },
    jobs,
    async newPage(opts = {}) {
      const context = await (browser.browser as Browser).newContext({
        locale: opts.locale ?? 'en-GB', viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 },
      });
      contexts.push(context);
      await context.route('**/*', (route) => (route.request().url().startsWith(`${base}/`) ? route.continue() : route.abort()));
      return context.newPage();
    },
    shot: screenshot,
  };
}
