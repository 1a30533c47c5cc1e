import type { LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import {
  buildInboxHarness, conversationUrl, inboxClient, seedInboxStaff, type InboxHarness, type InboxSession, type InboxStaff,
} from './inbox-harness.ts';
import { importTiles } from '../../core/content/index.ts';
import type { Db, Prisma } from '../../core/platform/db.ts';
import { DeepLFake } from '../fakes/deepl-fake.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { createTestConversationStack } from './conversation-stack.ts';
import { createTestDb, truncateAll } from './test-db.ts';

/** The DeepL key the inbox tests' fake accepts. */
const DEEPL_KEY = 'inbox-test-key:fx';

/**
 * What {@link useInboxWorld} gives a test file. `h`, `deepl`, `orgs` and
 * `staff` are read inside tests (they are made again before each test).
 */
export interface InboxWorld {
  db: Db;
  /** The app, the core and the person's channel of the running test. */
  readonly h: InboxHarness;
  /** The DeepL fake (one per file; its mode is `ok` at the start of each test). */
  readonly deepl: DeepLFake;
  readonly orgs: InboxStaff['orgs'];
  readonly staff: InboxStaff['users'];
  /** Signs a staff member in with the harness's test password. */
  login(email: string): Promise<InboxSession>;
  /** A GET as `s` (anonymous when undefined). */
  get(s: InboxSession | undefined, url: string): Promise<LightMyRequestResponse>;
  /** A POST as `s`, with the CSRF token unless `csrf` is false. */
  post(s: InboxSession | undefined, url: string, payload?: object, csrf?: boolean): Promise<LightMyRequestResponse>;
  /** `/api/inbox/conversations/:id[/action]`. */
  conv: typeof conversationUrl;
  /** The newest conversation. */
  latest(): Promise<Prisma.ConversationModel>;
  /** A message from the person on Telegram (user `777`). */
  say(text: string): Promise<unknown>;
  /** A conversation waiting in testdorp's inbox (the person asked for a person in Romanian); its id. */
  waitingConversation(): Promise<string>;
}

/**
 * For an inbox integration test file: the test database, a DeepL fake for
 * the file, and before each test an emptied database with the engine
 * library, the staff of {@link seedInboxStaff} and a fresh
 * {@link buildInboxHarness} on a real conversation core. After each test
 * the harness is closed and the test fails if DeepL got a request it did
 * not expect; after the file the fake and the database client are closed.
 */
export function useInboxWorld(): InboxWorld {
  const db = createTestDb();
  let deepl: DeepLFake;
  let h: InboxHarness;
  let orgs: InboxStaff['orgs'];
  let staff: InboxStaff['users'];

  beforeAll(async () => {
    deepl = await DeepLFake.start({ authKey: DEEPL_KEY });
  });
  afterAll(async () => {
    await deepl.close();
    await db.$disconnect();
  });

  beforeEach(async () => {
    await truncateAll(db);
    await importTiles(db, engineLibraryFile(), 'test');
    ({ orgs, users: staff } = await seedInboxStaff(db));
    deepl.mode = { kind: 'ok' };
    h = await buildInboxHarness({
      db,
      deepl: { url: deepl.url, authKey: DEEPL_KEY },
      startCore: async (events) => createTestConversationStack(db, { events }),
    });
  });

  afterEach(async () => {
    await h.close();
    expect(deepl.unexpected).toEqual([]);
  });

  const client = () => inboxClient(h.app);
  const latest = () => db.conversation.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
  const say = (text: string) => h.say(text);
  return {
    db,
    get h() { return h; },
    get deepl() { return deepl; },
    get orgs() { return orgs; },
    get staff() { return staff; },
    login: (email) => client().login(email),
    get: (s, url) => client().get(s, url),
    post: (s, url, payload, csrf = true) => client().post(s, url, payload, csrf),
    conv: conversationUrl,
    latest,
    say,
    async waitingConversation() {
      await say('Vreau să vorbesc cu o persoană');
      await expect.poll(async () => (await db.conversation.findFirst())?.state, { timeout: 10_000 }).toBe('waiting');
      // And every reply of that turn has left (on a busy machine the last ones may still be on their way),
      // so a test counting what is sent next starts from a settled count.
      await expect.poll(async () => {
        const pending = await db.message.count({ where: { direction: 'outbound', deliveryStatus: { in: ['queued', 'received'] } } });
        return pending === 0 && h.channel.sent.length > 0;
      }, { timeout: 10_000 }).toBe(true);
      return (await latest()).id;
    },
  };
}
