import type { Db, DbClient } from '../platform/db.ts';

/** Database helpers the content module's repositories share: transactions and batched inserts. */

/** Rows per multi-row INSERT: PostgreSQL allows 65,535 bind values per statement. */
export const INSERT_BATCH = 1000;

export function batches<T>(rows: readonly T[], size = INSERT_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Runs `work` in one interactive transaction: everything or nothing.
 * @param timeoutMs how long the transaction may stay open (Prisma's default of 5 s is too short for bulk imports).
 */
export async function inTransaction<T>(db: Db, work: (tx: DbClient) => Promise<T>, timeoutMs = 120_000): Promise<T> {
  return db.$transaction((tx) => work(tx), { timeout: timeoutMs, maxWait: 10_000 });
}
