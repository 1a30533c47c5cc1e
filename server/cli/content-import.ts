import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { RedisContentChanges } from '../../core/answers/index.ts';
import { importTiles } from '../../core/content/index.ts';
import { config } from '../../core/platform/config.ts';
import { asDatabaseError, createDb } from '../../core/platform/db.ts';
import { AppError } from '../../core/platform/errors.ts';
import { runCommand, UsageError } from './run-command.ts';

/**
 * `npm run --silent content:import -- --file tiles.json`
 *
 * Imports a `tiles/v1` file into DATABASE_URL: creates the organization if
 * needed, upserts its tiles and translations, all or nothing. Prints one JSON
 * line `{"organization":"...","created":0,"updated":0,"unchanged":0,"translations":0}`.
 * Then tells running servers (Redis pub/sub) to answer from the new content
 * at once; without Redis they notice within their periodic re-check (5 s).
 */
const USAGE = 'usage: npm run --silent content:import -- --file <tiles.json>';

async function readJson(path: string): Promise<unknown> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (err) {
    throw new AppError('FILE_ACCESS_FAILED', { action: 'read', path, reason: (err as NodeJS.ErrnoException).code ?? String(err) }, { cause: err });
  }
  try {
    return JSON.parse(raw);
  } catch (err) {
    throw new AppError('IMPORT_INVALID', { details: `${path} is not valid JSON: ${(err as Error).message}` });
  }
}

runCommand(USAGE, async () => {
  let file: string | undefined;
  try {
    ({ values: { file } } = parseArgs({ options: { file: { type: 'string', short: 'f' } } }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (!file) throw new UsageError('--file is required');

  const content = await readJson(file);
  const db = createDb();
  try {
    const summary = await importTiles(db, content, 'cli');
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    await announceChange();
  } catch (err) {
    throw asDatabaseError(err);
  } finally {
    await db.$disconnect();
  }
});

/** Publishes the content-changed notice; a Redis that does not answer within 2 s is skipped (servers re-check anyway). */
async function announceChange(): Promise<void> {
  const redis = new Redis(config().REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 2000, lazyConnect: true, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await new RedisContentChanges(redis).notifyContentChanged([]);
  } catch {
    // Redis is down: the servers' periodic re-check picks the import up.
  } finally {
    redis.disconnect();
  }
}
