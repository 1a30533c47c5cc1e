import type { LightMyRequestResponse } from 'fastify';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { buildStaffAuthHarness, seedStaffAccounts, signIn, TestClock, type StaffAuthHarness } from '../../admin/auth/testing/staff-auth-harness.ts';
import { tileLibraryRoutes } from '../../admin/api/studio/tiles-library.ts';
import { guardInvalidText } from '../../admin/api/text-guard.ts';
import { translationRoutes } from '../../admin/api/translations/index.ts';
import { TileTranslations, type TileScheduleQueue } from '../../core/content/index.ts';
import type { Db } from '../../core/platform/db.ts';
import { createStaffUser } from '../../core/staff/index.ts';
import { DeepLTranslator } from '../../core/translation/index.ts';
import { DeepLFake } from '../fakes/deepl-fake.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';
import { seedStudioLayers } from './studio-tiles-world.ts';

/**
 * The world of tests/integration/translations-api*.test.ts: the studio's
 * tile library and translation routes behind the staff sign-in harness, on
 * the test database with the studio's layers and people
 * (studio-tiles-world.ts) plus translators: `translator@testdorp.example`
 * (translator of testdorp) and `translator@otherdorp.example` (of
 * otherdorp). Machine translation goes to the DeepL fake (one per file).
 */
export interface TranslationsWorld {
  db: Db;
  readonly fake: DeepLFake;
  readonly clock: TestClock;
  /** Content changes the routes announced (organization ids). */
  readonly changes: string[][];
  as(email: string): Promise<Client>;
}

export interface Client {
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown, contentType?: string): Promise<LightMyRequestResponse>;
  put(url: string, body: unknown): Promise<LightMyRequestResponse>;
}

const KEY = 'translations-api-key:fx';

export function useTranslationsWorld(): TranslationsWorld {
  const db = createTestDb();
  let fake: DeepLFake;
  let h: StaffAuthHarness;
  let clock: TestClock;
  let changes: string[][];
  beforeAll(async () => {
    fake = await DeepLFake.start({ authKey: KEY });
  });
  beforeEach(async () => {
    await truncateAll(db);
    const seeded = await seedStaffAccounts(db);
    await seedStudioLayers(db);
    const account = (email: string, organization: string) => createStaffUser(db, {
      email, name: email.split('@')[0], password: 'correct-horse-battery-staple', languages: ['en'], memberships: [{ organization, role: 'translator' }],
    });
    await account('translator@testdorp.example', 'testdorp');
    await account('translator@otherdorp.example', 'otherdorp');
    void seeded;
    fake.mode = { kind: 'ok' };
    fake.requests.length = 0;
    clock = new TestClock();
    changes = [];
    const translator = new DeepLTranslator({ authKey: KEY, serverUrl: fake.url, breaker: { cooldownMs: 60_000 }, log: pino({ level: 'silent' }) });
    const translations = new TileTranslations({ db, translator, now: () => clock.now() });
    const notifier = { notifyContentChanged: async (ids: readonly string[]) => { changes.push([...ids]); } };
    const schedule: TileScheduleQueue = { enqueue: async () => undefined };
    h = await buildStaffAuthHarness(db, {}, async (app) => {
      guardInvalidText(app);
      await app.register(tileLibraryRoutes, { db, schedule, now: () => clock.now(), changes: notifier });
      await app.register(translationRoutes, { db, translations, translator, changes: notifier, now: () => clock.now() });
    });
  });
  afterEach(async () => {
    await h.close();
  });
  afterAll(async () => {
    await fake.close();
    await db.$disconnect();
  });
  return {
    db,
    get fake() { return fake; },
    get clock() { return clock; },
    get changes() { return changes; },
    async as(email) {
      const { cookie, csrfToken, res } = await signIn(h.app, email);
      if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
      const send = (method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown, contentType?: string) => h.app.inject({
        method, url,
        headers: { cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken }), ...(contentType ? { 'content-type': contentType } : {}) },
        ...(body === undefined ? {} : { payload: body as object }),
      });
      return {
        get: (url) => send('GET', url),
        post: (url, body, contentType) => send('POST', url, body, contentType),
        put: (url, body) => send('PUT', url, body),
      };
    },
  };
}

/** Creates and publishes a tile in testdorp (as the editor), with one link. */
export async function publishedTile(editor: Client, key: string, links = [{ label: 'More', url: `https://example.org/${key}` }]): Promise<void> {
  const created = await editor.post('/api/layers/testdorp/tiles', {
    key, theme: 'work', sourceLang: 'en',
    content: { en: { title: `${key} title`, body: `The **${key}** answer.`, examples: [`what about ${key}?`] } },
    links,
  });
  if (created.statusCode !== 201) throw new Error(`create ${key}: ${created.statusCode} ${created.body}`);
  const published = await editor.post(`/api/layers/testdorp/tiles/${key}/publish`, {});
  if (published.statusCode !== 200) throw new Error(`publish ${key}: ${published.statusCode} ${published.body}`);
}
