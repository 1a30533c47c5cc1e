import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { signIn, TEST_PASSWORD } from '../../admin/auth/testing/staff-auth-harness.ts';
import { AnswerService } from '../../core/answers/index.ts';
import { createTileSource, importTiles, TileScheduler } from '../../core/content/index.ts';
import { config } from '../../core/platform/config.ts';
import type { Db } from '../../core/platform/db.ts';
import { createRedis } from '../../core/platform/redis.ts';
import { createStaffUser } from '../../core/staff/index.ts';
import { buildApp } from '../../server/app.ts';
import { buildTileFile } from './factories.ts';

/** The whole HTTP app as server/server.ts builds it (staff sign-in, the studio), for the API documentation's tests. */
export interface DocsApp {
  app: FastifyInstance;
  /** Signs in the editor of testdorp; the session cookie (`sid=...`). */
  signInEditor(): Promise<string>;
  close(): Promise<void>;
}

export const DOCS_EDITOR = 'editor@testdorp.example';

/** Builds the app on the test database with a municipality and its editor; Redis keys and queues under a prefix of its own. */
export async function buildDocsApp(db: Db): Promise<DocsApp> {
  await importTiles(db, buildTileFile(), 'test');
  await createStaffUser(db, { email: DOCS_EDITOR, name: 'Editor', password: TEST_PASSWORD, languages: ['nl'], memberships: [{ organization: 'testdorp', role: 'editor' }] });
  const prefix = `test-docs-${randomUUID()}:`;
  const redis = new Redis(config().REDIS_URL, { maxRetriesPerRequest: 2 });
  const connection = createRedis();
  const schedule = new TileScheduler({ db, connection, prefix });
  const app = buildApp({
    answers: new AnswerService(createTileSource(db)),
    disabled: {},
    staffAuth: { db, redis, keyPrefix: prefix, sessionSecret: 'test-session-secret-of-at-least-32-chars', cookieSecure: false },
    library: { schedule },
  });
  await app.ready();
  return {
    app,
    async signInEditor() {
      const session = await signIn(app, DOCS_EDITOR);
      if (session.res.statusCode !== 200) throw new Error(`sign-in failed: ${session.res.body}`);
      return session.cookie;
    },
    async close() {
      await app.close();
      await schedule.close();
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length > 0) await redis.del(...keys);
      await Promise.all([redis.quit(), connection.quit()]);
    },
  };
}
