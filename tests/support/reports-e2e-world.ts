import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { AnswerService } from '../../core/answers/index.ts';
import { createTileSource, DeploymentSettings } from '../../core/content/index.ts';
import type { Db } from '../../core/platform/db.ts';
import { buildApp } from '../../server/app.ts';
import { openBrowser, type BrowserSession } from './browser.ts';
import { listenOnLoopback, releaseWorldStores, screenshot } from './browser-world-kit.ts';
import { createTestDb, truncateAll } from './test-db.ts';

/**
 * The reports dashboard's browser world: the REAL HTTP app (server/app.ts
 * buildApp) on a loopback port with staff sign-in, the staff app, staff
 * administration and the reports API with its kept PDFs, on the test
 * database. No conversation core: the dashboard reads the question log and
 * the handoff records, which the test seeds (`seed`). Browser contexts accept
 * downloads (CSV, XLSX, PDF) and may only talk to the app.
 */
export interface ReportsE2eWorld {
  db: Db;
  readonly app: FastifyInstance;
  readonly base: string;
  readonly browser: BrowserSession;
  /** A new browser context and page (1280×900), only allowed to talk to `base`; downloads accepted. */
  newPage(options?: { locale?: string; width?: number; height?: number }): Promise<Page>;
  shot(page: Page, name: string): Promise<Buffer>;
}

export function useReportsE2eWorld(options: { name: string; seed: (db: Db) => Promise<unknown> }): ReportsE2eWorld {
  const db = createTestDb();
  const prefix = `test-${options.name}-${randomUUID()}:`;
  const redis = new Redis({ maxRetriesPerRequest: 2 });
  const closers: Array<() => Promise<unknown>> = [];
  const contexts: BrowserContext[] = [];
  let app: FastifyInstance;
  let base: string;
  let browser: BrowserSession;

  beforeAll(async () => {
    await truncateAll(db);
    await options.seed(db);
    app = buildApp({
      answers: new AnswerService(createTileSource(db)),
      disabled: {},
      staffAuth: { db, redis, keyPrefix: `${prefix}staff:`, sessionSecret: 'reports-e2e-world-session-secret-32-chars!', cookieSecure: false },
      staffAdmin: { deployment: new DeploymentSettings(db, { fallbackMunicipality: 'demostad' }) },
    });
    base = await listenOnLoopback(app);
    closers.unshift(() => app.close());
    browser = await openBrowser(base, { locale: 'en-GB' });
    closers.unshift(() => browser.browser.close());
  }, 90_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    for (const close of closers) await close();
    await releaseWorldStores(db, prefix, redis);
  });

  return {
    db,
    get app() { return app; },
    get base() { return base; },
    get browser() { return browser; },
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
