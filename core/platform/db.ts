import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { Prisma, PrismaClient } from '../../prisma/generated/client.ts';
import { config } from './config.ts';
import { AppError } from './errors.ts';

/**
 * The database client. Only repositories (`core/<module>/*-repository.ts`)
 * import this module; everything else receives a `Db` as an argument.
 *
 * Prisma 7 has no Rust query engine: the generated client (prisma/generated,
 * from `npm run db:generate`) sends SQL through the `pg` driver adapter.
 */
export type Db = PrismaClient;

/** A `Db` or the client of an open interactive transaction (`db.$transaction(async (tx) => ...)`). */
export type DbClient = Db | Prisma.TransactionClient;

export { Prisma };

/**
 * Builds a client on its own pg pool. Connections open lazily on the first
 * query; call `db.$disconnect()` to end the pool.
 */
export function createDb(url: string = config().DATABASE_URL): Db {
  const pool = new pg.Pool({ connectionString: url });
  const db = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(db, pool);
  return db;
}

/** The pg pool under each client createDb made (Prisma and the hot path's prepared statements share it). */
const pools = new WeakMap<object, pg.Pool>();

/** A statement with a stable name: PostgreSQL parses and plans it once per connection. */
export interface PreparedStatement {
  name: string;
  text: string;
  values: unknown[];
}

/**
 * A named prepared statement written as a template literal, like Prisma's
 * `$queryRaw` (every `${value}` becomes a parameter):
 * `prepared('load-turn')\`SELECT ... WHERE id = ${id}\``. For the few
 * statements every chat message runs: parsing and planning them again for
 * each message cost PostgreSQL more than executing them (measured in
 * bench:chat). The name must belong to one call site, whose text never changes.
 */
export function prepared(name: string) {
  return (strings: TemplateStringsArray, ...values: unknown[]): PreparedStatement => ({
    name,
    text: strings.reduce((text, part, i) => `${text}$${i}${part}`),
    values,
  });
}

/**
 * Runs a prepared statement on the client's pool; inside a transaction (a
 * client without a pool of its own) as a raw query on that transaction.
 */
export async function runPrepared<T>(db: DbClient, statement: PreparedStatement): Promise<T[]> {
  const pool = pools.get(db);
  if (!pool) return db.$queryRawUnsafe<T[]>(statement.text, ...statement.values);
  return (await pool.query({ name: statement.name, text: statement.text, values: statement.values })).rows as T[];
}

/** Prisma error codes that mean "no usable connection" rather than a bad query. */
const UNAVAILABLE_CODES = new Set(['P1000', 'P1001', 'P1002', 'P1003', 'P1008', 'P1010', 'P1017', 'P2024']);

/** The short cause of a connection failure, e.g. `database "x" does not exist`. */
function unavailableHint(err: Prisma.PrismaClientKnownRequestError): string {
  const cause = (err.meta as { driverAdapterError?: { cause?: Record<string, unknown> } } | undefined)?.driverAdapterError?.cause;
  if (cause?.kind === 'DatabaseNotReachable') return `cannot reach ${String(cause.host)}:${String(cause.port)}`;
  if (cause?.kind === 'DatabaseDoesNotExist') return `database "${String(cause.db)}" does not exist; npm run db:migrate creates it`;
  return err.message.trim().split('\n').pop() ?? err.code;
}

/**
 * Wraps Prisma's connection failures as AppError DATABASE_UNAVAILABLE
 * (retryable; `params.hint` holds the short cause) where they enter; any
 * other error is returned unchanged. Use as `catch (err) { throw asDatabaseError(err) }`.
 */
export function asDatabaseError(err: unknown): unknown {
  if (err instanceof Prisma.PrismaClientKnownRequestError && UNAVAILABLE_CODES.has(err.code)) {
    return new AppError('DATABASE_UNAVAILABLE', { hint: unavailableHint(err) }, { cause: err });
  }
  if (err instanceof Prisma.PrismaClientInitializationError) {
    return new AppError('DATABASE_UNAVAILABLE', { hint: err.message.trim().split('\n').pop() }, { cause: err });
  }
  return err;
}
