/**
 * npx tsx bench/pay-import.ts — importing a payroll CSV the way the web does it (read, check
 * every row, pseudonymise, store the column chunks in one transaction) for synthetic employers of 100 000 and
 * 1 000 000 employees, on the embedded database and, when DATABASE_URL is set, on PostgreSQL.
 * Prints the time of the import (and the CPU time it used: PostgreSQL's own work on the other
 * core is not in it) and the process's peak RSS; the numbers go in the closing
 * note, not in a test. BENCH_SIZES=… overrides the sizes.
 *
 * Each size runs in a child process of its own so the peak memory is the import's alone. The
 * database is made and migrated first, so the child opens it as a running server has it
 * (creating an embedded database costs seconds and memory that no import pays), and the two
 * check workers (a large file is checked in two halves) are started before the clock starts,
 * as the upload step does in the web.
 */
import { spawnSync } from "node:child_process";
import {
  closeSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { suggestMapping } from "../core/pay/payroll.ts";
import { generateEmployer, toCsv } from "../core/pay/synthetic.ts";
import { prepareCheckWorker } from "../server/pay/import/checker.ts";
import { type ImportProgress, runImport } from "../server/pay/import/job.ts";
import { inspectFile } from "../server/pay/import/read.ts";
import { migrateToLatest } from "../server/platform/db/migrate.ts";
import {
  type BenchDatabase,
  benchEngines,
  openBenchDatabase,
  withBenchDatabase,
} from "./pay-database.ts";

const SIZES = (process.env.BENCH_SIZES ?? "100000,1000000").split(",").map(Number);

interface Prepared extends BenchDatabase {
  organisationId: string;
  userId: string;
}

/** A migrated database with an organisation and a user, as a running server has it. */
async function prepare(where: BenchDatabase): Promise<Prepared> {
  const handle = await openBenchDatabase(where, 2);
  await migrateToLatest(handle.db);
  const organisation = await handle.db
    .insertInto("organisations")
    .values({
      name: "Bench",
      org_number: `55${String(Date.now()).slice(-8)}`,
      sector: "municipality",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const user = await handle.db
    .insertInto("users")
    .values({ email: `bench-${Date.now()}@example.se`, name: "Bench" })
    .returning("id")
    .executeTakeFirstOrThrow();
  await handle.close();
  return { ...where, organisationId: organisation.id, userId: user.id };
}

async function child(file: string, prepared: Prepared) {
  const handle = await openBenchDatabase(prepared, 2);
  const facts = await inspectFile(file);
  // Only the heading row: reading the whole file here would count in the peak memory.
  const head = Buffer.alloc(4096);
  const fd = openSync(file, "r");
  readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const headers = head.toString("utf8").split(/\r?\n/)[0]!.split(";");
  await prepareCheckWorker(2);
  const progress: ImportProgress = {
    id: "bench",
    organisationId: prepared.organisationId,
    status: "reading",
    percent: 0,
    rowsRead: 0,
    problems: [],
    problemCount: 0,
    fileProblem: null,
    result: null,
  };
  // When the last row has been read; what follows is the jobs, the audit event and the commit.
  let readAt = 0;
  const watch = setInterval(() => {
    if (!readAt && progress.status === "saving") readAt = performance.now();
  }, 1);
  const started = performance.now();
  const cpu = process.cpuUsage();
  await runImport(
    {
      db: handle.db,
      organisationId: prepared.organisationId,
      userId: prepared.userId,
      upload: {
        id: "bench",
        organisationId: prepared.organisationId,
        userId: prepared.userId,
        fileName: "bench.csv",
        path: file,
        size: statSync(file).size,
        facts,
        expiresAt: Date.now() + 3_600_000,
      },
      year: 2026,
      snapshotDate: "2026-09-30",
      mapping: suggestMapping(headers),
      locale: "sv",
      keepUpload: true,
    },
    progress,
  );
  const ended = performance.now();
  clearInterval(watch);
  const used = process.cpuUsage(cpu);
  if (progress.status !== "done")
    throw new Error(`import failed: ${JSON.stringify(progress.problems.slice(0, 3))}`);
  await handle.close();
  console.log(
    JSON.stringify({
      seconds: (ended - started) / 1000,
      afterReadSeconds: readAt ? (ended - readAt) / 1000 : null,
      // Both threads of this process (PostgreSQL's own work is in its server process).
      cpuSeconds: (used.user + used.system) / 1e6,
      rows: progress.result?.employees,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

async function main() {
  if (process.argv[2] === "child") {
    await child(process.argv[3]!, JSON.parse(process.argv[4]!) as Prepared);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "aktiva-bench-"));
  try {
    const engines = benchEngines();
    console.log(`engines: ${engines.join(", ")}; load average ${loadavg()[0]!.toFixed(1)}`);
    for (const size of SIZES) {
      const file = join(dir, `payroll-${size}.csv`);
      const generated = performance.now();
      writeFileSync(
        file,
        toCsv(generateEmployer({ employees: size, seed: size, year: 2026 }).employees),
      );
      console.log(
        `${size.toLocaleString("sv-SE")} employees: CSV ${(statSync(file).size / 1e6).toFixed(1)} MB generated in ${((performance.now() - generated) / 1000).toFixed(1)} s`,
      );
      for (const engine of engines) {
        await withBenchDatabase(engine, dir, String(size), async (where) => {
          const prepared = await prepare(where);
          const run = spawnSync(
            process.execPath,
            ["--import", "tsx", import.meta.filename, "child", file, JSON.stringify(prepared)],
            { encoding: "utf8", env: process.env },
          );
          if (run.status !== 0) throw new Error(run.stderr);
          const result = JSON.parse(run.stdout.trim().split("\n").at(-1)!);
          console.log(
            `  ${engine.padEnd(8)} import ${result.seconds.toFixed(2)} s (${result.afterReadSeconds === null ? "" : `the last ${result.afterReadSeconds.toFixed(2)} s after the last row was read; `}CPU ${result.cpuSeconds.toFixed(2)} s), peak RSS ${result.peakRssMb} MB`,
          );
        });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
