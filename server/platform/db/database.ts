import { mkdirSync } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
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

/**
 * A transaction for bulk loads: `db` runs queries inside it and `copyCsv` streams CSV text into a
 * table with COPY, the fast path for a payroll import (never row-by-row inserts). Nothing is
 * visible to others until `work` returns; an error, or a process that dies on the way, leaves
 * nothing behind.
 */
export interface BulkTransaction {
  db: Db;
  /**
   * Each chunk must end at the end of a line (PGlite copies chunk by chunk). With
   * `foreignKeysChecked`, the caller vouches for the rows' foreign keys (it has checked them, or
   * checks them in one query afterwards): the embedded database then skips its per-row
   * checks, which cost as much as the rest of the load together.
   */
  copyCsv(
    table: string,
    columns: readonly string[],
    chunks: AsyncIterable<Buffer | string>,
    options?: { foreignKeysChecked?: boolean },
  ): Promise<void>;
}
type BulkRunner = <T>(work: (bulk: BulkTransaction) => Promise<T>) => Promise<T>;
const bulkRunners = new WeakMap<Db, BulkRunner>();

export function withBulkTransaction<T>(
  db: Db,
  work: (bulk: BulkTransaction) => Promise<T>,
): Promise<T> {
  const run = bulkRunners.get(db);
  if (!run) throw new Error("This database handle cannot run bulk loads");
  return run(work);
}

const copyStatement = (table: string, columns: readonly string[], source: string) =>
  `copy ${table} (${columns.join(", ")}) from ${source} with (format csv)`;

export async function openPostgres(
  connectionString: string,
  poolSize = 10,
): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  // COPY needs the pg client itself, so the bulk transaction takes one from the pool and runs
  // its Kysely queries on that same client.
  bulkRunners.set(db, async (work) => {
    const client = await pool.connect();
    // Kysely releases its connection after each query; the client goes back to the pool only
    // once, at the end of the load, so Kysely gets a stand-in whose release does nothing.
    const borrowed = {
      query: client.query.bind(client),
      release: () => {},
    };
    const single = { connect: async () => borrowed, end: async () => {} };
    const bound = new Kysely<Database>({ dialect: new PostgresDialect({ pool: single }) });
    try {
      await client.query("begin");
      const result = await work({
        db: bound,
        copyCsv: async (table, columns, chunks) => {
          const stream = client.query(copyFrom(copyStatement(table, columns, "stdin")));
          await pipeline(Readable.from(chunks), stream);
        },
      });
      await client.query("commit");
      return result;
    } catch (error) {
      await client.query("rollback").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  });
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
  // The dialect's single connection, held for the whole load, so nothing slips in between.
  bulkRunners.set(db, (work) =>
    db.connection().execute(async (connection) => {
      await sql`begin`.execute(connection);
      try {
        const result = await work({
          db: connection,
          copyCsv: async (table, columns, chunks, options) => {
            // The embedded database is always its own superuser, so it may switch the
            // foreign-key triggers off for the load (and only for the load: audit triggers
            // must fire for everything after it).
            const skipChecks = options?.foreignKeysChecked === true;
            if (skipChecks) await pglite.exec("set local session_replication_role = replica");
            try {
              for await (const chunk of chunks)
                await pglite.query(copyStatement(table, columns, "'/dev/blob'"), [], {
                  blob: new Blob([chunk as string | Uint8Array<ArrayBuffer>]),
                });
            } finally {
              if (skipChecks) await pglite.exec("set local session_replication_role = origin");
            }
          },
        });
        await sql`commit`.execute(connection);
        return result;
      } catch (error) {
        await sql`rollback`.execute(connection).catch(() => {});
        throw error;
      }
    }),
  );
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
