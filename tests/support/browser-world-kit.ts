import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import type { Page } from 'playwright-core';
import { InboxEventHub, RedisInboxEvents, type HandoffService } from '../../core/handoff/index.ts';
import type { Db } from '../../core/platform/db.ts';
import { WebChatSender } from '../../bots/webchat/index.ts';
import { DeepLFake } from '../fakes/deepl-fake.ts';
import { createTestConversationStack, type TestConversationStack } from './conversation-stack.ts';
import { createTestHandoffService } from './handoff-world.ts';

/**
 * The pieces the browser-test worlds (staff-app-world, studio-e2e-world,
 * inbox-browser-world) share: the app on a loopback port, screenshots, the
 * conversation core with the inbox behind the web chat, and the cleanup of
 * the world's Redis keys and connections.
 */

/** Where the browser tests leave their screenshots (gitignored). */
const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url);

/** A full-page screenshot of `page` into test-artifacts/`name`. */
export async function screenshot(page: Page, name: string): Promise<Buffer> {
  await mkdir(ARTIFACTS, { recursive: true });
  return page.screenshot({ path: fileURLToPath(new URL(name, ARTIFACTS)), fullPage: true });
}

/** Starts `app` on a free loopback port; returns its `http://127.0.0.1:<port>`. */
export async function listenOnLoopback(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

/** The real conversation core, its web chat sender and the inbox (handoff service and live events), DeepL faked. */
export interface InboxCore {
  deepl: DeepLFake;
  hub: InboxEventHub;
  core: TestConversationStack;
  handoff: HandoffService;
}

/**
 * Starts {@link InboxCore} under the Redis key `prefix`: `redis` publishes
 * the inbox events and carries the web chat's replies, `subscriber` listens.
 * The DeepL fake and the event hub are closed by `closers` (in that order,
 * after what the list already holds); the caller closes `core`.
 */
export async function startInboxCore(db: Db, options: {
  redis: Redis;
  subscriber: Redis;
  prefix: string;
  deeplKey: string;
  /** The conversation core's organization for chats without one (conversation-stack.ts: testdorp unless said). */
  defaultOrganization?: string;
  closers: Array<() => Promise<unknown>>;
}): Promise<InboxCore> {
  const { redis, prefix, closers } = options;
  const deepl = await DeepLFake.start({ authKey: options.deeplKey });
  closers.push(() => deepl.close());
  const events = new RedisInboxEvents(redis, prefix);
  const hub = new InboxEventHub(options.subscriber, prefix);
  closers.push(() => hub.close());
  const core = createTestConversationStack(db, { backoffMs: 50, events, defaultOrganization: options.defaultOrganization });
  await core.stack.startWorkers([new WebChatSender({ redis, keyPrefix: `${prefix}directline:` })]);
  const handoff = createTestHandoffService({
    db, delivery: core.stack.delivery, deepl: { url: deepl.url, authKey: options.deeplKey }, translator: { log: pino({ level: 'silent' }) }, events,
  });
  return { deepl, hub, core, handoff };
}

/**
 * After a world's file: deletes its Redis keys (everything under `prefix`,
 * read through `redis`), disconnects `redis` and the `others`, and closes
 * the database client.
 */
export async function releaseWorldStores(db: Db, prefix: string, redis: Redis, ...others: Redis[]): Promise<void> {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  for (const other of others) other.disconnect();
  await db.$disconnect();
}

/**
 * Fills in the staff sign-in page (`/login`) with `email` and `password` and presses "Sign in" — or, for a
 * browser that prefers Dutch (the page follows Accept-Language), "Inloggen".
 */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel(/^(Email address|E-mailadres)$/).fill(email);
  await page.getByLabel(/^(Password|Wachtwoord)$/).fill(password);
  await page.getByRole('button', { name: /^(Sign in|Inloggen)$/ }).click();
}
