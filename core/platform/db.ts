import { PrismaPg } from '@prisma/adapter-pg';
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
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
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
