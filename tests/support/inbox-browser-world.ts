import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { ChannelStatusSource } from '../../admin/api/channels/channel-status.ts';
import { buildApp } from '../../server/app.ts';
import { municipalityLookup } from '../../bots/webchat/chat-page.ts';
import { AnswerService } from '../../core/answers/index.ts';
import { createTileSource, importTiles, type TileFileV1 } from '../../core/content/index.ts';
import type { Db } from '../../core/platform/db.ts';
import { createStaffUser, setStaffUiLanguage } from '../../core/staff/index.ts';
import type { DeepLFake } from '../fakes/deepl-fake.ts';
import { openBrowser, type BrowserSession } from './browser.ts';
import { listenOnLoopback, releaseWorldStores, screenshot, startInboxCore, submitSignIn } from './browser-world-kit.ts';
import type { TestConversationStack } from './conversation-stack.ts';
import { createTestDb, truncateAll } from './test-db.ts';

/** The DeepL key the world's fake accepts. */
const DEEPL_KEY = 'inbox-browser-e2e-key:fx';

/** The outreach worker of testdorp the world creates (reads Dutch, and uses the staff app in Dutch). */
export const INBOX_BROWSER_WORKER = {
  email: 'anna@testdorp.example',
  name: 'Anna de Vries',
  password: 'correct-horse-battery-staple',
} as const;

/**
 * What {@link useInboxBrowserWorld} gives a test file; everything but `db`
 * is read inside tests (it exists once the file's `beforeAll` has run).
 */
export interface InboxBrowserWorld {
  db: Db;
  /** The real conversation core (its workers send with the web chat's sender). */
  readonly core: TestConversationStack;
  /** The DeepL fake, on loopback. */
  readonly deepl: DeepLFake;
  readonly app: FastifyInstance;
  /** `http://127.0.0.1:<port>` of the listening app. */
  readonly base: string;
  /** The migrant's browser, in the file's locale. */
  readonly migrant: BrowserSession;
  /** The worker's browser (Dutch, 1280×900), not signed in. */
  readonly worker: BrowserSession;
  /** A full-page screenshot of `page` into test-artifacts/`name`. */
  shot(page: Page, name: string): Promise<Buffer>;
}

/**
 * For a browser test of the web chat and the inbox on the whole real stack
 * (PostgreSQL, BullMQ and pub/sub on Redis, the conversation core, the web
 * chat, staff sign-in, the inbox API and page); only DeepL is faked. Before
 * the file: an emptied database with `library` imported, the worker
 * {@link INBOX_BROWSER_WORKER}, the app listening on a free loopback port
 * and two Chromium sessions (the migrant's in `migrantLocale`, the worker's
 * in Dutch). After the file everything is closed in reverse and the
 * world's Redis keys are deleted. `name` marks the Redis prefix.
 */
export function useInboxBrowserWorld(options: {
  name: string;
  library: () => TileFileV1;
  migrantLocale: string;
  /** What the inbox header reports about the channels (web chat connected unless said otherwise). */
  channelStatus?: readonly ChannelStatusSource[];
}): InboxBrowserWorld {
  const db = createTestDb();
  const prefix = `test-${options.name}-e2e-${randomUUID()}:`;
  const redis = new Redis({ maxRetriesPerRequest: 2 });
  const subscriber = new Redis({ maxRetriesPerRequest: 2 });
  const closers: Array<() => Promise<unknown>> = [];
  let deepl: DeepLFake;
  let core: TestConversationStack;
  let app: FastifyInstance;
  let base: string;
  let migrant: BrowserSession;
  let worker: BrowserSession;

  beforeAll(async () => {
    await truncateAll(db);
    await importTiles(db, options.library(), 'test');
    const { userId } = await createStaffUser(db, {
      email: INBOX_BROWSER_WORKER.email, name: INBOX_BROWSER_WORKER.name, password: INBOX_BROWSER_WORKER.password, languages: ['nl'],
      memberships: [{ organization: 'testdorp', role: 'outreach_worker' }],
    });
    // She chose Dutch for the staff app (as with the header's language switch).
    await setStaffUiLanguage(db, userId, 'nl');
    const inbox = await startInboxCore(db, { redis, subscriber, prefix, deeplKey: DEEPL_KEY, closers });
    ({ deepl, core } = inbox);
    const { handoff, hub } = inbox;
    app = buildApp({
      answers: new AnswerService(createTileSource(db)),
      disabled: {},
      webchat: { redis, inbound: core.stack.service, keyPrefix: `${prefix}directline:`, lookupOrganization: municipalityLookup(db) },
      staffAuth: { db, redis, keyPrefix: `${prefix}staff:`, sessionSecret: 'inbox-browser-e2e-session-secret-32-chars!', cookieSecure: false },
      inbox: { handoff, hub },
      channelStatus: options.channelStatus ?? [() => ({ channel: 'webchat', state: 'connected' })],
    });
    base = await listenOnLoopback(app);
    closers.unshift(() => app.close(), () => core.destroy());
    migrant = await openBrowser(base, { locale: options.migrantLocale });
    worker = await openBrowser(base, { locale: 'nl-NL' });
    closers.unshift(() => migrant.browser.close(), () => worker.browser.close());
    await worker.page.setViewportSize({ width: 1280, height: 900 });
  }, 60_000);

  afterAll(async () => {
    for (const close of closers) await close();
    await releaseWorldStores(db, prefix, redis, subscriber);
  });

  return {
    db,
    get core() { return core; },
    get deepl() { return deepl; },
    get app() { return app; },
    get base() { return base; },
    get migrant() { return migrant; },
    get worker() { return worker; },
    shot: screenshot,
  };
}

/**
 * Opens `${base}/inbox` (the address workers use) signed out, signs in on
 * the page it is sent to with `email` and `password`, and waits until the
 * inbox is back: the staff app's inbox page, `/app/inbox`, where `/inbox`
 * leads. Returns the path of the page the inbox first sent the browser to
 * (the sign-in page, `/login`, for a signed-out worker).
 */
export async function signInToInbox(page: Page, base: string, email: string, password: string): Promise<string> {
  await page.goto(`${base}/inbox`);
  const sentTo = new URL(page.url()).pathname;
  await submitSignIn(page, email, password);
  await page.waitForURL(`${base}/app/inbox`);
  return sentTo;
}
