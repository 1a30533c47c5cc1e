import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_RECHECK_MS } from '../../core/answers/index.ts';
import { importTiles, type TileFileV1 } from '../../core/content/index.ts';
import { createStaffUser } from '../../core/staff/index.ts';
import { TEST_PASSWORD } from '../../admin/auth/testing/staff-auth-harness.ts';
import { engineLibraryFile } from '../fixtures/engine-library.ts';
import { startAnswerServer, type AnswerServerProcess } from '../support/answer-server.ts';
import { createTestDb, truncateAll } from '../support/test-db.ts';

/**
 * Issue 11: "a published change answers in every server process within 5 s".
 * Two real server processes (A and B) answer from cached engines; an editor
 * signed in at A creates a tile and publishes it through the studio's API
 * (A commits it and sends the "content changed" notice on Redis); the test
 * measures how long until both processes answer with the new tile.
 */
const db = createTestDb();
let servers: AnswerServerProcess[] = [];
let prefix: string;

const QUESTION = 'Where can I rent a kayak for the canals?';
const EDITOR = 'editor@testdorp.example';

/** The new tile an editor publishes. */
const KAYAK = {
  key: 'kayak-rental',
  theme: 'practical',
  sourceLang: 'en',
  content: {
    en: {
      title: 'Renting a kayak on the canals',
      body: 'Kayaks can be rented at the harbour from April to October.',
      examples: ['Where can I rent a kayak?', 'kayak rental canals'],
    },
  },
  links: [],
} as const;

/** The library with the new tile, written straight to the database (no notice). */
function withKayakTile(): TileFileV1 {
  const file = engineLibraryFile();
  file.tiles.push({ ...KAYAK, content: { en: { ...KAYAK.content.en, examples: [...KAYAK.content.en.examples] } }, links: [] });
  return file;
}

/** A JSON request to a server process, with the editor's session once signed in. */
async function call(server: AnswerServerProcess, path: string, body: object, session?: { cookie: string; csrfToken: string }): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {}) },
    body: JSON.stringify(body),
  });
}

/** Signs the editor in at `server`. */
async function signInAt(server: AnswerServerProcess): Promise<{ cookie: string; csrfToken: string }> {
  const res = await call(server, '/api/auth/login', { email: EDITOR, password: TEST_PASSWORD });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  return { cookie, csrfToken: ((await res.json()) as { csrfToken: string }).csrfToken };
}

async function ask(server: AnswerServerProcess): Promise<{ tile: string | null }> {
  const response = await call(server, '/api/ask', { org: 'testdorp', text: QUESTION });
  expect(response.status).toBe(200);
  return (await response.json()) as { tile: string | null };
}

/** Asks every server every 20 ms until all answer with `tile`; the time that took, in ms. */
async function untilAllAnswer(tile: string, since: number, timeoutMs: number): Promise<number> {
  const pending = new Set(servers);
  while (pending.size > 0) {
    if (performance.now() - since > timeoutMs) throw new Error(`${pending.size} process(es) still without ${tile} after ${timeoutMs} ms`);
    for (const server of [...pending]) if ((await ask(server)).tile === tile) pending.delete(server);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return performance.now() - since;
}

beforeEach(async () => {
  await truncateAll(db);
  await importTiles(db, engineLibraryFile(), 'test');
  await createStaffUser(db, { email: EDITOR, name: 'Editor', password: TEST_PASSWORD, languages: ['en'], memberships: [{ organization: 'testdorp', role: 'editor' }] });
  prefix = `test:${randomUUID()}:`;
  // Two processes start in parallel: slow on a busy machine, hence the long hook timeout.
  servers = await Promise.all([startAnswerServer(prefix), startAnswerServer(prefix)]);
  // Both processes build and cache their engine before the change.
  for (const server of servers) expect((await ask(server)).tile).not.toBe('kayak-rental');
}, 180_000);
afterEach(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});
afterAll(() => db.$disconnect());

describe('a published change reaches every server process', () => {
  it('within 5 s in both processes when an editor publishes through the studio in one of them', async () => {
    const [a] = servers;
    const session = await signInAt(a);
    const created = await call(a, '/api/layers/testdorp/tiles', KAYAK, session);
    expect(created.status).toBe(201);
    // A draft changes nothing people get.
    for (const server of servers) expect((await ask(server)).tile).not.toBe('kayak-rental');

    const since = performance.now();
    const published = await call(a, '/api/layers/testdorp/tiles/kayak-rental/publish', {}, session);
    expect(published.status).toBe(200);
    const ms = await untilAllAnswer('kayak-rental', since, 10_000);
    console.log(`published change answered by 2 processes after ${Math.round(ms)} ms`);
    expect(ms).toBeLessThan(5000);
  });

  it('also when the notice is lost: the periodic re-check (the safety net) catches up', async () => {
    await importTiles(db, withKayakTile(), 'test');
    const since = performance.now();
    const ms = await untilAllAnswer('kayak-rental', since, DEFAULT_RECHECK_MS + 5000);
    console.log(`content propagation without a notice: ${Math.round(ms)} ms (re-check every ${DEFAULT_RECHECK_MS} ms)`);
    expect(ms).toBeLessThan(DEFAULT_RECHECK_MS + 2000);
  });
});
