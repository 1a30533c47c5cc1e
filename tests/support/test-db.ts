import { afterAll, beforeEach } from 'vitest';
import { seedDefaultThemes } from '../../core/content/index.ts';
import { createDb, type Db } from '../../core/platform/db.ts';
import { dropDatabase } from '../../prisma/databases.ts';
import { applyMigrations } from '../../prisma/migrate.ts';
import { testDatabaseUrl } from './test-database-url.ts';

/**
 * The integration tests' database: dropped, created and migrated once per
 * run (tests/support/global-setup.ts), truncated before each test.
 * TEST_DATABASE_URL overrides the default
 * `postgresql://postgres@127.0.0.1:5432/migrantbot_test`.
 */
export { testDatabaseUrl };

/** Drops the test database and builds it again from the committed migrations. */
export async function prepareTestDatabase(): Promise<void> {
  const url = testDatabaseUrl();
  await dropDatabase(url);
  await applyMigrations(url);
}

/** A client on the test database; `$disconnect()` it in afterAll. */
export function createTestDb(): Db {
  return createDb(testDatabaseUrl());
}

let tables: string[] | undefined;

/** Empties every application table (migration bookkeeping stays). */
export async function truncateAll(db: Db): Promise<void> {
  tables ??= (
    await db.$queryRaw<Array<{ tablename: string }>>`
      SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`
  ).map((r) => `"${r.tablename}"`);
  await db.$executeRawUnsafe(`TRUNCATE ${tables.join(', ')} RESTART IDENTITY CASCADE`);
}

/** The id of the organization with `slug` (throws when there is none). */
export async function organizationId(db: Db, slug: string): Promise<string> {
  return (await db.organization.findUniqueOrThrow({ where: { slug } })).id;
}

/**
 * For a test file: a client on the test database, emptied (and given the
 * default themes) before each test and disconnected after the file.
 */
export function useContentDb(): Db {
  const db = createTestDb();
  beforeEach(async () => {
    await truncateAll(db);
    await seedDefaultThemes(db);
  });
  afterAll(() => db.$disconnect());
  return db;
}
