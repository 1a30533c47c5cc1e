import { config } from '../../core/platform/config.ts';
import { databaseName } from '../../prisma/databases.ts';

/**
 * The integration tests' database url: TEST_DATABASE_URL, default
 * `postgresql://postgres@127.0.0.1:5432/migrantbot_test`. Refuses a database
 * whose name lacks "test": the suite drops it, so a dev database is never hit.
 */
export function testDatabaseUrl(): string {
  const url = config().TEST_DATABASE_URL;
  if (!databaseName(url).includes('test')) {
    throw new Error(`TEST_DATABASE_URL must name a database containing "test" (it is dropped): ${databaseName(url)}`);
  }
  return url;
}
