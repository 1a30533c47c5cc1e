import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { importTiles } from '../../core/content/index.ts';
import { contactKeys, type DeliveryProducer } from '../../core/conversation/index.ts';
import { HandoffService, type InboxEvents, type InboxWorker } from '../../core/handoff/index.ts';
import type { Db } from '../../core/platform/db.ts';
import { createRedis, type Redis } from '../../core/platform/redis.ts';
import { TranslationService, createTranslator, type TranslatorDependencies } from '../../core/translation/index.ts';
import { FIXED_TEXTS } from '../../flows/index.ts';
import { DeepLFake } from '../fakes/deepl-fake.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { createTestDb, truncateAll } from './test-db.ts';

/** What {@link useHandoffWorld} gives a test file. */
export interface HandoffWorld {
  db: Db;
  /** A connection to the local Redis with BullMQ's settings, for the whole file. */
  redis: Redis;
  /** The DeepL fake of the file, on its default key (read inside tests: it starts before them). */
  readonly deepl: DeepLFake;
}

/**
 * For a handoff integration test file: the test database, a Redis
 * connection and a DeepL fake for the file; after the file (and after the
 * file's own `afterAll`) the fake, the connection and the database client
 * are closed.
 */
export function useHandoffWorld(): HandoffWorld {
  const db = createTestDb();
  const redis = createRedis();
  let deepl: DeepLFake;
  beforeAll(async () => {
    deepl = await DeepLFake.start();
  });
  afterAll(async () => {
    await deepl.close();
    redis.disconnect();
    await db.$disconnect();
  });
  return { db, redis, get deepl() { return deepl; } };
}

/**
 * Empties the test database, imports the engine library and enables
 * Romanian in testdorp on top of the library's languages (its tiles fall
 * back to English there), the language the handoff tests ask for a person
 * in. Returns testdorp's organization id.
 */
export async function resetForHandoff(db: Db): Promise<string> {
  await truncateAll(db);
  await importTiles(db, engineLibraryFile(), 'test');
  const org = await db.organization.update({ where: { slug: 'testdorp' }, data: { enabledLanguages: ['en', 'pl', 'bg', 'uk', 'ro'] } });
  return org.id;
}

/**
 * A staff user who reads Dutch, as the inbox sees them: a worker of the
 * organization `organizationId`. The email is unique unless given.
 */
export async function createInboxWorker(
  db: Db,
  options: { name: string; organizationId: string; email?: string },
): Promise<InboxWorker> {
  const email = options.email ?? `w-${randomUUID()}@example.org`;
  const user = await db.staffUser.create({ data: { email, name: options.name, languages: ['nl'] } });
  return { userId: user.id, name: user.name, languages: ['nl'], organizationIds: [options.organizationId] };
}

/**
 * The HandoffService as the server wires it (the fixed texts of flows/,
 * a 15-minute claim timeout), translating through DeepL at `deepl.url`
 * (the fake; its default key unless `deepl.authKey`). `translator` adds the
 * translator's dependencies (a log, a Redis cache); `events` defaults to
 * publishing nothing; `now` is the service's clock.
 */
export function createTestHandoffService(options: {
  db: Db;
  delivery: DeliveryProducer;
  deepl: { url: string; authKey?: string };
  translator?: TranslatorDependencies;
  events?: InboxEvents;
  now?: () => Date;
}): HandoffService {
  const { db } = options;
  const translator = createTranslator(
    { DEEPL_AUTH_KEY: options.deepl.authKey ?? 'fake-deepl-key:fx', DEEPL_SERVER_URL: options.deepl.url },
    options.translator,
  );
  return new HandoffService({
    db, keys: contactKeys('test'),
    translation: new TranslationService({ db, translator }),
    delivery: options.delivery,
    events: options.events ?? { publish: async () => undefined },
    backToBotText: (lang) => FIXED_TEXTS[lang].handoff.backToBot,
    workerTexts: (lang) => FIXED_TEXTS[lang].worker,
    claimTimeoutMinutes: 15,
    now: options.now,
  });
}
