import pg from 'pg';
import { AppError } from '../core/platform/errors.ts';

/**
 * Creating and dropping whole PostgreSQL databases, which no Prisma API does
 * through a driver adapter. Statements run on the server's `postgres`
 * maintenance database, reached with the same credentials as `databaseUrl`.
 */

const IDENTIFIER = /^[A-Za-z0-9_-]{1,63}$/;

/** The database name in a `postgresql://` url (its path). */
export function databaseName(databaseUrl: string): string {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ''));
  if (!IDENTIFIER.test(name)) {
    throw new AppError('MIGRATION_FAILED', { details: `unsupported database name "${name}" in DATABASE_URL` });
  }
  return name;
}

/** `databaseUrl` with its database replaced by `name` (credentials and options kept). */
export function withDatabase(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

async function onMaintenanceDb<T>(databaseUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(databaseUrl, 'postgres') });
  try {
    await client.connect();
  } catch (err) {
    throw new AppError('DATABASE_UNAVAILABLE', {}, { cause: err });
  }
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates the database named in `databaseUrl` unless it exists.
 * @returns true when it was created.
 */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  const name = databaseName(databaseUrl);
  return onMaintenanceDb(databaseUrl, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE "${name}"`);
    return true;
  });
}

/** Drops the database named in `databaseUrl` (if it exists), disconnecting its sessions. */
export async function dropDatabase(databaseUrl: string): Promise<void> {
  const name = databaseName(databaseUrl);
  await onMaintenanceDb(databaseUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
