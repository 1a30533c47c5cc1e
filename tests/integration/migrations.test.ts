import { describe, expect, it } from 'vitest';
import { applyMigrations, createMigration } from '../../prisma/migrate.ts';
import { testDatabaseUrl } from '../support/test-db.ts';

describe('migrations', () => {
  it('are all applied to the test database', async () => {
    expect(await applyMigrations(testDatabaseUrl())).toEqual([]);
  });

  it('match schema.prisma (run npm run db:migration:create -- --name <change> when this fails)', async () => {
    expect(await createMigration(testDatabaseUrl(), 'unexpected')).toBeNull();
  });
});
