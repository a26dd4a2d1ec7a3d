import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openTestDatabase } from "../../test/harness.ts";
import type { DatabaseHandle } from "./database.ts";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

/** The interfaces in types.ts, read as text: table name → column names. */
function declaredSchema(): Record<string, string[]> {
  const source = readFileSync(join(import.meta.dirname, "types.ts"), "utf8");
  const interfaces = new Map<string, string[]>();
  for (const match of source.matchAll(/export interface (\w+)Table \{([^}]*)\}/g)) {
    interfaces.set(match[1]!, [...match[2]!.matchAll(/^\s+(\w+):/gm)].map((m) => m[1]!).sort());
  }
  const database = /export interface Database \{([^}]*)\}/.exec(source)![1]!;
  return Object.fromEntries(
    [...database.matchAll(/(\w+): (\w+)Table;/g)].map((m) => [m[1]!, interfaces.get(m[2]!)!]),
  );
}

it("has the tables and columns that types.ts declares, so the types cannot drift from the migrations", async () => {
  const rows = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = 'public' and table_name not like 'kysely_%'
    order by table_name, column_name`.execute(handle.db);
  const actual: Record<string, string[]> = {};
  for (const row of rows.rows) {
    actual[row.table_name] = [...(actual[row.table_name] ?? []), row.column_name];
  }
  for (const columns of Object.values(actual)) columns.sort();
  expect(actual).toEqual(declaredSchema());
});

it("serialises concurrent transactions on the embedded database instead of interleaving them", async () => {
  // Two transactions that each read-then-write the same counter; without isolation one update is lost.
  await sql`create table counter_probe (n integer not null)`.execute(handle.db);
  await sql`insert into counter_probe values (0)`.execute(handle.db);
  await Promise.all(
    Array.from({ length: 10 }, () =>
      handle.db.transaction().execute(async (trx) => {
        const { rows } = await sql<{ n: number }>`select n from counter_probe for update`.execute(
          trx,
        );
        await new Promise((resolve) => setTimeout(resolve, 5));
        await sql`update counter_probe set n = ${rows[0]!.n + 1}`.execute(trx);
      }),
    ),
  );
  const { rows } = await sql<{ n: number }>`select n from counter_probe`.execute(handle.db);
  expect(rows[0]!.n).toBe(10);
});
