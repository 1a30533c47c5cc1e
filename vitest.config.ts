import { defineConfig } from 'vitest/config';
import { testDatabaseUrl } from './tests/support/test-database-url.ts';

/**
 * One configuration for the whole repository: unit tests next to the code
 * (core, admin, server, bots, flows) and integration tests under tests/. Integration tests
 * share one real PostgreSQL database (created and migrated by the global
 * setup, truncated before each test), so test files run one at a time.
 */
export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'tests/**/*.test.ts', 'admin/**/*.test.ts', 'server/**/*.test.ts', 'bots/**/*.test.ts', 'flows/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    env: { DATABASE_URL: testDatabaseUrl() },
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
