import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { municipalityLookup } from '../../bots/webchat/chat-page.ts';
import { DirectLineHarness, FakeBot } from '../../bots/webchat/testing/direct-line-harness.ts';
import { AnswerService } from '../../core/answers/index.ts';
import { createTileSource } from '../../core/content/index.ts';
import { DeploymentSettings } from '../../core/content/deployment-settings.ts';
import { TileScheduler } from '../../core/content/library/tile-scheduler.ts';
import type { Db } from '../../core/platform/db.ts';
import { buildApp, type AppDependencies } from '../../server/app.ts';
import { openBrowser, type BrowserSession } from './browser.ts';
import { listenOnLoopback, releaseWorldStores, screenshot, submitSignIn } from './browser-world-kit.ts';
import { createTestDb, truncateAll } from './test-db.ts';

/** What {@link useStaffAppWorld} gives a test file (everything but `db` exists once `beforeAll` has run). */
export interface StaffAppWorld {
  db: Db;
  readonly app: FastifyInstance;
  /** `http://127.0.0.1:<port>` of the listening app. */
  readonly base: string;
  /** Chromium (1280×900, en-GB unless `locale` said otherwise), not signed in. */
  readonly browser: BrowserSession;
  /** A full-page screenshot of `page` into test-artifacts/`name`. */
  shot(page: Page, name: string): Promise<Buffer>;
}

/**
 * For a browser test of the staff app on the real HTTP app (server/app.ts
 * `buildApp`: staff sign-in, every staff API route and page it registers,
 * the tile library with a real TileScheduler queue, staff administration,
 * the web chat page), on real PostgreSQL and Redis. Before the file: an
 * emptied database, `seed(db)` (organizations and staff accounts), the app
 * listening on a free loopback port and one Chromium page. The web chat's
 * conversation core is a fake bot that echoes (tests of the staff pages do
 * not chat). After the file everything is closed and the Redis keys deleted.
 */
export function useStaffAppWorld(options: {
  seed: (db: Db) => Promise<unknown>;
  locale?: string;
  /** More of buildApp's dependencies (e.g. the inbox). */
  extend?: (db: Db) => Partial<AppDependencies>;
}): StaffAppWorld {
  const db = createTestDb();
  const prefix = `test-staff-app-${randomUUID()}:`;
  const redis = new Redis({ maxRetriesPerRequest: 2 });
  const queueRedis = new Redis({ maxRetriesPerRequest: null });
  let scheduler: TileScheduler | undefined;
  const directLine = new DirectLineHarness();
  let app: FastifyInstance;
  let base: string;
  let browser: BrowserSession;

  beforeAll(async () => {
    await truncateAll(db);
    await options.seed(db);
    // The browser tests read the app in English unless a test switches: accounts that have not chosen a language
    // would otherwise get Dutch, the first language the test accounts speak.
    await db.staffUser.updateMany({ where: { uiLanguage: null }, data: { uiLanguage: 'en' } });
    // Scheduled publishes are queued (BullMQ, the world's own prefix); no worker runs them in these tests.
    scheduler = new TileScheduler({ db, connection: queueRedis, prefix: `${prefix}bull` });
    app = buildApp({
      answers: new AnswerService(createTileSource(db)),
      disabled: {},
      staffAuth: { db, redis, keyPrefix: `${prefix}staff:`, sessionSecret: 'staff-app-e2e-session-secret-32-chars!!', cookieSecure: false },
      library: { schedule: scheduler },
      staffAdmin: { deployment: new DeploymentSettings(db, { fallbackMunicipality: 'testdorp' }) },
      webchat: { redis: directLine.redis, inbound: new FakeBot(directLine.sender()), keyPrefix: directLine.prefix, lookupOrganization: municipalityLookup(db) },
      ...options.extend?.(db),
    });
    base = await listenOnLoopback(app);
    browser = await openBrowser(base, { locale: options.locale ?? 'en-GB' });
    await browser.page.setViewportSize({ width: 1280, height: 900 });
  }, 60_000);

  afterAll(async () => {
    await browser?.browser.close();
    await app?.close();
    await scheduler?.close();
    await directLine.cleanup();
    await releaseWorldStores(db, prefix, redis, queueRedis);
  });

  return {
    db,
    get app() { return app; },
    get base() { return base; },
    get browser() { return browser; },
    shot: screenshot,
  };
}

/**
 * Opens `path` of the staff app signed out, signs in on the sign-in page it
 * is sent to, and waits until the app shows that path again.
 */
export async function signInToStaffApp(page: Page, base: string, email: string, password: string, path = '/app/'): Promise<void> {
  await page.goto(`${base}${path}`);
  await submitSignIn(page, email, password);
  await page.waitForURL(`${base}${path}`);
  await page.locator('main h1').first().waitFor();
}
