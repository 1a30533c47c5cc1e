import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { exportTiles } from '../../core/content/index.ts';
import { asDatabaseError, createDb } from '../../core/platform/db.ts';
import { AppError } from '../../core/platform/errors.ts';
import { runCommand, UsageError } from './run-command.ts';

/**
 * `npm run --silent content:export -- --org <slug> [--file out.json]`
 *
 * Writes the organization's own tiles as a `tiles/v1` file (stdout by
 * default); importing it again changes nothing.
 */
const USAGE = 'usage: npm run --silent content:export -- --org <slug> [--file <out.json>]';

runCommand(USAGE, async () => {
  let values: { org?: string; file?: string };
  try {
    ({ values } = parseArgs({ options: { org: { type: 'string' }, file: { type: 'string', short: 'f' } } }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (!values.org) throw new UsageError('--org is required');

  const db = createDb();
  let json: string;
  try {
    json = `${JSON.stringify(await exportTiles(db, values.org), null, 2)}\n`;
  } catch (err) {
    throw asDatabaseError(err);
  } finally {
    await db.$disconnect();
  }
  if (!values.file) {
    process.stdout.write(json);
    return;
  }
  try {
    await writeFile(values.file, json);
  } catch (err) {
    throw new AppError('FILE_ACCESS_FAILED', { action: 'write', path: values.file, reason: (err as NodeJS.ErrnoException).code ?? String(err) }, { cause: err });
  }
});
