import { afterAll, afterEach, beforeEach } from 'vitest';
import {
  buildStaffAuthHarness, seedStaffAccounts, type SeededStaff, type StaffAuthHarness,
} from '../../admin/auth/testing/staff-auth-harness.ts';
import type { Db } from '../../core/platform/db.ts';
import { createTestDb, truncateAll } from './test-db.ts';

/** What {@link useStaffAuthWorld} gives a test file; `h` and `staff` are made again before each test. */
export interface StaffAuthWorld {
  db: Db;
  /** The staff-auth app of the running test (default options). */
  readonly h: StaffAuthHarness;
  /** The accounts {@link seedStaffAccounts} made for the running test. */
  readonly staff: SeededStaff;
}

/**
 * For a staff sign-in test file: the test database, and before each test
 * an emptied database with {@link seedStaffAccounts} and a fresh
 * {@link buildStaffAuthHarness}; the harness closed after each test, the
 * client disconnected after the file.
 */
export function useStaffAuthWorld(): StaffAuthWorld {
  const db = createTestDb();
  let h: StaffAuthHarness;
  let staff: SeededStaff;
  beforeEach(async () => {
    await truncateAll(db);
    staff = await seedStaffAccounts(db);
    h = await buildStaffAuthHarness(db);
  });
  afterEach(() => h.close());
  afterAll(() => db.$disconnect());
  return {
    db,
    get h() { return h; },
    get staff() { return staff; },
  };
}
