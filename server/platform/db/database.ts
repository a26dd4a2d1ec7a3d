import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import { PGliteDialect } from "./pglite-dialect.ts";
import type { Database } from "./types.ts";

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  kind: "embedded" | "postgres";
  /** The embedded instance, for backup (dumpDataDir); absent on PostgreSQL. */
  pglite?: PGlite;
  close(): Promise<void>;
}

// Return bigint columns (identity ids, counts) as numbers-in-strings consistently on both engines.
pg.types.setTypeParser(20, (value) => value);
// Calendar dates (due dates, meeting dates) stay ISO strings: a Date would shift with time zones.
pg.types.setTypeParser(1082, (value) => value);

export async function openPostgres(
  connectionString: string,
  poolSize = 10,
): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // An idle connection that the server ends (a restart, a dropped test database) must not
  // take the process down: the pool discards it and opens a new one when needed.
  pool.on("error", (error) => {
    process.emitWarning(`A PostgreSQL connection was closed: ${error.message}`);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: "postgres", close: () => db.destroy() };
}

/** Opens the embedded database stored in `dataDir` (created on first use), or in memory. */
export async function openEmbedded(
  dataDir: string | undefined,
  loadDataDir?: Blob | File,
): Promise<DatabaseHandle> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
    // PGlite returns bigint (int8) as a JS bigint by default; keep it a string like pg.
    parsers: { 20: (value: string) => value, 1082: (value: string) => value },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return { db, kind: "embedded", pglite, close: () => db.destroy() };
}

export function openDatabase(config: {
  databaseUrl?: string;
  dataDir: string;
}): Promise<DatabaseHandle> {
  return config.databaseUrl
    ? openPostgres(config.databaseUrl)
    : openEmbedded(`${config.dataDir}/pglite`);
}
