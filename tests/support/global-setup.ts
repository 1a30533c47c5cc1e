import { prepareTestDatabase } from './test-db.ts';

/** Vitest global setup: one fresh, migrated test database per run. */
export default async function setup(): Promise<void> {
  await prepareTestDatabase();
}
