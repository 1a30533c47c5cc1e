import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { municipalityLookup } from '../../bots/webchat/chat-page.ts';
import { AnswerService } from '../../core/answers/index.ts';
import {
  createTileSource, DeploymentSettings, TileTranslationQueue, TileTranslations, type ContentChangeNotifier, type TileScheduleQueue,
} from '../../core/content/index.ts';
import type { Db } from '../../core/platform/db.ts';
import { createSegmentTranslator } from '../../core/translation/index.ts';
import { buildApp } from '../../server/app.ts';
import type { DeepLFake } from '../fakes/deepl-fake.ts';
import { openBrowser, type BrowserSession } from './browser.ts';
import { listenOnLoopback, releaseWorldStores, screenshot, startInboxCore } from './browser-world-kit.ts';
import type { TestConversationStack } from './conversation-stack.ts';
import { createTestDb, truncateAll } from './test-db.ts';

const DEEPL_KEY = 'translations-e2e-key:fx';

/**
 * The studio's browser world (as studio-e2e-world.ts: the REAL HTTP app on
 * loopback, staff sign-in, tile library, web chat on the real conversation
 * core) plus tile translations wired as server/server.ts wires them: a
 * TileTranslations on DeepL (the fake on loopback), the tile-translation
 * BullMQ queue every publish reports to, and the translation API. The
 * queue's worker starts only when the test says so (`startTranslations`),
 * so a test can see a language stale before the machine remakes it.
 * Content changes refresh the answer engines of /api/ask at once.
 */
export interface TranslationsE2eWorld {
  db: Db;
  readonly app: FastifyInstance;
  readonly base: string;
  readonly browser: BrowserSession;
  readonly deepl: DeepLFake;
  readonly queue: TileTranslationQueue;
  /** Starts the queue's worker (jobs queued before wait until then). */
  startTranslations(): Promise<void>;
  /** A new browser context and page (1280×900), only allowed to talk to `base`; downloads accepted. */
  newPage(options?: { locale?: string; width?: number; height?: number }): Promise<Page>;
  shot(page: Page, name: string): Promise<Buffer>;
}

export function useTranslationsE2eWorld(options: { name: string; seed: (db: Db) => Promise<unknown> }): TranslationsE2eWorld {
  const db = createTestDb();
  const prefix = `test-${options.name}-${randomUUID()}:`;
  const redis = new Redis({ maxRetriesPerRequest: 2 });
  const subscriber = new Redis({ maxRetriesPerRequest: 2 });
  const queueRedis = new Redis({ maxRetriesPerRequest: null });
  const closers: Array<() => Promise<unknown>> = [];
  const contexts: BrowserContext[] = [];
  let core: TestConversationStack;
  let app: FastifyInstance;
  let base: string;
  let browser: BrowserSession;
  let deepl: DeepLFake;
  let queue: TileTranslationQueue;
  let started = false;

  beforeAll(async () => {
    await truncateAll(db);
    await options.seed(db);
    const inbox = await startInboxCore(db, { redis, subscriber, prefix, deeplKey: DEEPL_KEY, defaultOrganization: 'demostad', closers });
    core = inbox.core;
    deepl = inbox.deepl;
    const answers = new AnswerService(createTileSource(db));
    const changes: ContentChangeNotifier = { notifyContentChanged: async () => { await answers.refresh(); } };
    const translator = createSegmentTranslator({ DEEPL_AUTH_KEY: DEEPL_KEY, DEEPL_SERVER_URL: deepl.url });
    const translations = new TileTranslations({ db, translator });
    queue = new TileTranslationQueue({
      translations, connection: queueRedis, prefix: `${prefix}bull`, changes,
      organizationOf: async (tileId) => (await db.tile.findUnique({ where: { id: tileId }, select: { organizationId: true } }))?.organizationId,
    });
    closers.push(async () => { await queue.obliterate().catch(() => undefined); await queue.close(); queueRedis.disconnect(); });
    const schedule: TileScheduleQueue = { enqueue: async () => undefined };
    app = buildApp({
      answers,
      contentChanges: changes,
      disabled: {},
      webchat: { redis, inbound: core.stack.service, keyPrefix: `${prefix}directline:`, lookupOrganization: municipalityLookup(db) },
      staffAuth: { db, redis, keyPrefix: `${prefix}staff:`, sessionSecret: 'translations-e2e-world-session-secret-32!', cookieSecure: false },
      inbox: { handoff: inbox.handoff, hub: inbox.hub },
      library: { schedule, translations: queue },
      tileTranslations: { translations, translator },
      staffAdmin: { deployment: new DeploymentSettings(db, { fallbackMunicipality: 'demostad' }) },
    });
    base = await listenOnLoopback(app);
    closers.unshift(() => app.close(), () => core.destroy());
    browser = await openBrowser(base, { locale: 'en-GB' });
    closers.unshift(() => browser.browser.close());
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
    get deepl() { return deepl; },
    get queue() { return queue; },
    async startTranslations() {
      if (started) return;
      started = true;
      await queue.start();
    },
    async newPage(opts = {}) {
      const context = await (browser.browser as Browser).newContext({
        locale: opts.locale ?? 'en-GB', viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 }, acceptDownloads: true,
      });
      contexts.push(context);
      await context.route('**/*', (route) => (route.request().url().startsWith(`${base}/`) ? route.continue() : route.abort()));
      return context.newPage();
    },
    shot: screenshot,
  };
}
