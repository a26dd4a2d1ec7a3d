import { rmSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { openEmbedded, openPostgres } from "../server/platform/db/database.ts";

/** Where the pay benchmarks run: the embedded database, and PostgreSQL when DATABASE_URL is set. */
export type Engine = "embedded" | "postgres";

export interface BenchDatabase {
  engine: Engine;
  /** The embedded database's directory (unused on PostgreSQL). */
  dataDir: string;
  /** The throwaway PostgreSQL database (unused when embedded). */
  url: string;
}

export const benchEngines = (): Engine[] =>
  process.env.DATABASE_URL ? ["embedded", "postgres"] : ["embedded"];

/** Opens it as the server does (server/platform/db/database.ts openDatabase). */
export function openBenchDatabase(where: BenchDatabase, poolSize?: number) {
  return where.engine === "embedded"
    ? openEmbedded(where.dataDir)
    : openPostgres(where.url, poolSize);
}

/**
 * A fresh database for one run: the embedded one in a directory under `dir` (as `npm start`
 * has it), on PostgreSQL a database of its own, dropped afterwards whatever happens.
 */
export async function withBenchDatabase<T>(
  engine: Engine,
  dir: string,
  name: string,
  work: (where: BenchDatabase) => Promise<T>,
): Promise<T> {
  const database = `aktiva_bench_${process.pid}_${name}`;
  const admin = new URL(process.env.DATABASE_URL ?? "postgres://127.0.0.1/postgres");
  if (engine === "postgres") await adminQuery(admin, `create database ${database}`);
  const url = new URL(admin);
  url.pathname = `/${database}`;
  const where = { engine, dataDir: join(dir, `db-${name}`), url: url.toString() };
  try {
    return await work(where);
  } finally {
    rmSync(where.dataDir, { recursive: true, force: true });
    if (engine === "postgres")
      await adminQuery(admin, `drop database if exists ${database} with (force)`);
  }
}

async function adminQuery(url: URL, statement: string) {
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  await client.query(statement);
  await client.end();
}
