import { parseArgs } from 'node:util';
import { asDatabaseError, createDb } from '../../core/platform/db.ts';
import { seedReportRows } from '../../core/reports/seed/index.ts';
import { runCommand, UsageError } from './run-command.ts';

/**
 * `npm run --silent reports:seed -- --org <slug> --rows <n> [--seed <s>]`
 *
 * Writes `n` synthetic question-log rows (and the handoff records of the
 * handed-off ones) for the municipality over the last two years, replacing
 * its earlier synthetic rows (core/reports/seed). Prints one JSON line.
 */
const USAGE = 'usage: npm run --silent reports:seed -- --org <slug> --rows <n> [--seed <s>]';

runCommand(USAGE, async () => {
  let values: { org?: string; rows?: string; seed?: string };
  try {
    ({ values } = parseArgs({ options: { org: { type: 'string' }, rows: { type: 'string' }, seed: { type: 'string' } } }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (!values.org) throw new UsageError('--org is required');
  if (!values.rows || !/^\d+$/.test(values.rows)) throw new UsageError('--rows must be a whole number');

  const db = createDb();
  try {
    const summary = await seedReportRows(db, { org: values.org, rows: Number(values.rows), ...(values.seed !== undefined ? { seed: values.seed } : {}) });
    process.stdout.write(`${JSON.stringify(summary)}\n`);
  } catch (err) {
    throw asDatabaseError(err);
  } finally {
    await db.$disconnect();
  }
});
