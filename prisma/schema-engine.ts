import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { dropDatabase, ensureDatabase, withDatabase } from './databases.ts';

/**
 * Prisma's schema engine (the part behind `prisma migrate`), compiled to
 * WebAssembly and talking to PostgreSQL through the `pg` driver adapter. This
 * replaces the native schema-engine binary, which the Prisma 7 CLI downloads
 * on first use and which cannot be downloaded here.
 */

/** One line the engine logs, already parsed from its JSON. */
export interface EngineLogLine {
  level?: string;
  fields?: { message?: string } & Record<string, unknown>;
  [key: string]: unknown;
}

/** The part of the WebAssembly API used here (the project's `lib` setting leaves out its types). */
interface WasmRuntime {
  instantiate(bytes: Uint8Array, imports: Record<string, unknown>): Promise<{ instance: { exports: Record<string, unknown> } }>;
}

let wasmReady: Promise<void> | undefined;

/** Instantiates the engine's wasm module once per process (wasm-bindgen keeps it in module state). */
function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm');
    const { WebAssembly } = globalThis as unknown as { WebAssembly: WasmRuntime };
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), { './schema_engine_bg.js': bindings });
    const exports = instance.exports as { __wbindgen_start?: () => void };
    bindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start?.();
  })();
  return wasmReady;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * A pg pool whose results report PostgreSQL's one-byte `"char"` type (used by
 * pg_catalog columns such as `pg_constraint.contype`) as text. The engine reads
 * those columns when it describes a database, and @prisma/adapter-pg 7.10
 * rejects the type ("Column type 'char' could not be deserialized"). pg
 * already returns the value as a one-character string, so only the reported
 * type changes.
 */
function catalogFriendlyPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString });
  const query = pool.query.bind(pool) as (config: pg.QueryConfig) => Promise<pg.QueryResult>;
  pool.query = (async (config: pg.QueryConfig) => {
    const result = await query(config);
    for (const field of result.fields ?? []) {
      if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    }
    return result;
  }) as typeof pool.query;
  return pool;
}

interface MigrationAdapter {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Ends every pool and drops every shadow database this adapter opened. */
  close(): Promise<void>;
}

/**
 * The pg adapter factory the engine migrates through. The shadow database (a
 * scratch database the engine replays migrations into to diff them) is
 * created here: PrismaPg's own `connectToShadowDb` spreads `{ database }` over
 * a config holding a `connectionString`, and pg lets the connection string
 * win, so its "shadow" would be the main database.
 */
function migrationAdapter(databaseUrl: string): MigrationAdapter {
  const pools = [catalogFriendlyPool(databaseUrl)];
  const shadowUrls: string[] = [];
  // An external pool: the engine's dispose() only detaches from it; close() ends it.
  const main = new PrismaPg(pools[0]);
  return {
    factory: {
      provider: main.provider,
      adapterName: main.adapterName,
      connect: () => main.connect(),
      async connectToShadowDb(): Promise<SqlDriverAdapter> {
        const shadowUrl = withDatabase(databaseUrl, `prisma_shadow_${randomUUID().replaceAll('-', '')}`);
        await ensureDatabase(shadowUrl);
        shadowUrls.push(shadowUrl);
        const pool = catalogFriendlyPool(shadowUrl);
        pools.push(pool);
        return new PrismaPg(pool).connect();
      },
    },
    async close() {
      await Promise.all(pools.filter((pool) => !pool.ended).map((pool) => pool.end()));
      for (const url of shadowUrls) await dropDatabase(url);
    },
  };
}

/**
 * Runs `work` with a schema engine connected to `databaseUrl` and loaded with
 * `schema` (the contents of schema.prisma), then frees the engine and closes
 * its connections.
 * @param onLog receives every engine log line; default: ignored.
 */
export async function withSchemaEngine<T>(
  databaseUrl: string,
  schema: string,
  work: (engine: SchemaEngine) => Promise<T>,
  onLog: (line: EngineLogLine) => void = () => {},
): Promise<T> {
  await loadWasm();
  const adapter = migrationAdapter(databaseUrl);
  try {
    const engine = await bindings.SchemaEngine.new(
      { datamodels: [['schema.prisma', schema]] },
      (line: string) => onLog(parseLogLine(line)),
      bindMigrationAwareSqlAdapterFactory(adapter.factory),
    );
    try {
      return await work(engine);
    } finally {
      engine.free();
    }
  } finally {
    await adapter.close();
  }
}

function parseLogLine(line: string): EngineLogLine {
  try {
    return JSON.parse(line) as EngineLogLine;
  } catch {
    return { fields: { message: line } };
  }
}
