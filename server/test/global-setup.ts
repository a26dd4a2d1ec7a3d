import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openEmbedded, openPostgres } from "../platform/db/database.ts";
import { migrateToLatest } from "../platform/db/migrate.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Embedded: a dump of a migrated PGlite. PostgreSQL: the name of a migrated template database. */
    template:
      | { kind: "embedded"; file: string }
      | { kind: "postgres"; url: string; database: string };
  }
}

/** Builds one migrated database that every test file copies, instead of migrating per file. */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const database = `aktiva_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${database}`);
    await admin.query(`create database ${database}`);
    const target = new URL(url);
    target.pathname = `/${database}`;
    const handle = await openPostgres(target.toString(), 1);
    await migrateToLatest(handle.db);
    await handle.close();
    project.provide("template", { kind: "postgres", url, database });
    return async () => {
      await admin.query(`drop database if exists ${database} with (force)`);
      await admin.end();
    };
  }
  const dir = mkdtempSync(join(tmpdir(), "aktiva-test-"));
  const handle = await openEmbedded(undefined);
  await migrateToLatest(handle.db);
  const dump = await handle.pglite!.dumpDataDir("none");
  await handle.close();
  const file = join(dir, "template.tar");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("template", { kind: "embedded", file });
  return () => rmSync(dir, { recursive: true, force: true });
}
