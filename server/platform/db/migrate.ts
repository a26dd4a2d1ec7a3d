import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import * as m0001 from "./migrations/0001_platform.ts";
import * as m0002 from "./migrations/0002_cycle.ts";
import * as m0003 from "./migrations/0003_learning.ts";
import * as m0004 from "./migrations/0004_workbooks.ts";
import * as m0005 from "./migrations/0005_workbook_year.ts";
import * as m0006 from "./migrations/0006_pay.ts";
import * as m0007 from "./migrations/0007_pay_columns.ts";
import * as m0008 from "./migrations/0008_events.ts";

/** Ordered, hand-written migrations. Add new ones at the end; never edit a released one. */
const MIGRATIONS: Record<string, Migration> = {
  "0001_platform": m0001,
  "0002_cycle": m0002,
  "0003_learning": m0003,
  "0004_workbooks": m0004,
  "0005_workbook_year": m0005,
  "0006_pay": m0006,
  "0007_pay_columns": m0007,
  "0008_events": m0008,
};

const provider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};

/** Runs the migrations up to and including `name` (tests of a migration's data move). */
// biome-ignore lint/suspicious/noExplicitAny: migrations run before the schema has types
export async function migrateUpTo(db: Kysely<any>, name: string): Promise<void> {
  const { error } = await new Migrator({ db, provider }).migrateTo(name);
  if (error) throw error;
}

// biome-ignore lint/suspicious/noExplicitAny: migrations run before the schema has types
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
