// Prisma's Wasm schema engine driven through the pg driver adapter. The native engine cannot be downloaded
// here (nor in many locked-down networks), and `prisma migrate` with a stand-in binary silently does nothing,
// so migrations are applied and generated through this module instead. It writes the standard
// `_prisma_migrations` table, so the same prisma/migrations folder also works with the native CLI elsewhere.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQueryable } from "@prisma/driver-adapter-utils";
import pg from "pg";
import type { PgConnectionParams } from "./pg-connection";
import { poolConfig } from "./pg-connection";

type WasmModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
export type SchemaEngine = Awaited<ReturnType<WasmModule["SchemaEngine"]["new"]>>;

/** A throwaway database for the engine's migration replays; created on demand, dropped after use. */
export interface ShadowDatabase {
  params: PgConnectionParams;
  drop(): Promise<void>;
}
export type ShadowDatabaseProvider = () => Promise<ShadowDatabase>;

const CHAR_OID = 18;
const TEXT_OID = 25;
const CHAR_COLUMNS = Symbol("charColumns");

// The schema reader selects PostgreSQL's internal "char" columns (pg_catalog), which adapter-pg refuses as an
// unsupported type, while the engine expects them typed as Character. So: let them through the adapter as text
// (exact for a one-byte char), remember their positions on the rows array (which the adapter passes on as is),
// and retype them as Character in the adapter's result.
function markCharColumns(r: pg.QueryResult | undefined): void {
  const positions: number[] = [];
  (r?.fields ?? []).forEach((field, i) => {
    if (field.dataTypeID === CHAR_OID) {
      field.dataTypeID = TEXT_OID;
      positions.push(i);
    }
  });
  if (r && positions.length) Object.defineProperty(r.rows, CHAR_COLUMNS, { value: positions });
}

function charTolerantPool(params: PgConnectionParams): pg.Pool {
  const pool = new pg.Pool(poolConfig(params, 2));
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      // pg.Pool#query calls client.query with a callback; the adapter's own client calls it with a promise.
      const callback = args[args.length - 1];
      if (typeof callback === "function") {
        args[args.length - 1] = (err: Error | null, r: pg.QueryResult) => {
          if (!err) markCharColumns(r);
          callback(err, r);
        };
        return query(...args);
      }
      const result = query(...args);
      if (!(result instanceof Promise)) return result;
      return result.then((r: pg.QueryResult) => {
        markCharColumns(r);
        return r;
      });
    };
  });
  return pool;
}

function retypeCharColumns<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (q) => {
    const result = await queryRaw(q);
    const positions = (result.rows as unknown as { [CHAR_COLUMNS]?: number[] })[CHAR_COLUMNS] ?? [];
    for (const i of positions) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

async function connectAdapter(params: PgConnectionParams, onDispose?: () => Promise<void>): Promise<SqlDriverAdapter> {
  const pool = charTolerantPool(params);
  const adapter = await new PrismaPg(pool).connect();
  retypeCharColumns(adapter);
  // adapter-pg splits scripts on every ";", which breaks function bodies ($$ … ; … $$) in hand-written migration
  // SQL. PostgreSQL's simple query protocol takes the whole script at once, as psql would send it.
  adapter.executeScript = async (script: string) => {
    await pool.query(script);
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => retypeCharColumns(await startTransaction(...args));
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    await pool.end();
    // Drop only after our pool is closed: dropping a database with open connections fails.
    await onDispose?.();
  };
  return adapter;
}

function adapterFactory(main: PgConnectionParams, shadow?: ShadowDatabaseProvider): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectAdapter(main),
    async connectToShadowDb() {
      if (!shadow) throw new Error("Deze bewerking heeft een shadow-database nodig, maar er is geen geconfigureerd.");
      const db = await shadow();
      return connectAdapter(db.params, () => db.drop());
    },
  };
}

let wasmModule: Promise<WasmModule> | undefined;

function loadWasm(): Promise<WasmModule> {
  wasmModule ??= (async () => {
    const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(m: string): void } };
    // Without a registry an engine panic surfaces as a bare TypeError; with it the panic text is kept.
    g.PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message(message: string) {
        lastPanic = message;
      },
    };
    // Loaded by hand: the package's own entry imports the .wasm file as an ES module, which Node cannot do.
    const require = createRequire(import.meta.url);
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const dir = path.dirname(bgPath);
    const bg: WasmModule = await import(pathToFileURL(bgPath).href);
    const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bg;
  })();
  return wasmModule;
}

let lastPanic: string | undefined;

export async function withSchemaEngine<T>(
  options: { datamodel: string; schemaPath: string; main: PgConnectionParams; shadow?: ShadowDatabaseProvider; log?: (line: string) => void },
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const wasm = await loadWasm();
  const factory = bindMigrationAwareSqlAdapterFactory(adapterFactory(options.main, options.shadow));
  const log = options.log ?? (() => {});
  const engine = await wasm.SchemaEngine.new({ datamodels: [[options.schemaPath, options.datamodel]] }, (line: string) => log(line), factory);
  try {
    return await fn(engine);
  } catch (error) {
    if (lastPanic) {
      const message = `Prisma schema engine panic: ${lastPanic}`;
      lastPanic = undefined;
      throw new Error(message, { cause: error });
    }
    throw error;
  } finally {
    engine.free();
  }
}
