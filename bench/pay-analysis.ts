/**
 * npx tsx bench/pay-analysis.ts — the pay survey's full analysis as the server computes it:
 * personnel statistics, the three comparisons of DL 3:9 (equal work; equivalent and lower
 * value, which one route serves together), the standard regression model and the EU
 * indicators, through the same service functions the HTTP routes call, for synthetic employers
 * of 100 000 and 1 000 000 employees (BENCH_SIZES=… overrides), on the embedded database and,
 * when DATABASE_URL is set, on PostgreSQL (a throwaway database, dropped afterwards). Also the
 * statistics page through the real app (Fastify inject, signed in as HR). The numbers go in the
 * closing note, not in a test.
 *
 * Loading is not timed: the employer is imported the way the web does it (runImport) into a
 * prepared database and its jobs are evaluated directly in the database, as the demo does.
 * Each measurement then runs in a fresh child process, as a server that has just started:
 * - "analysis": every part once (cold: the first part that needs the survey's employees reads
 *   them from the database) and once more (warm: the survey is in the in-memory caches);
 * - "load": reading the survey's employees alone (loadSurveyData), to show its share of cold;
 * - "http": the statistics endpoint, the first request and warm ones.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { DEFAULT_EVALUATION_TEMPLATE, subCriteriaOf } from "../core/pay/job-evaluation.ts";
import { STANDARD_MODEL } from "../core/pay/models.ts";
import { suggestMapping } from "../core/pay/payroll.ts";
import { generateEmployer, type SyntheticJob, toCsv } from "../core/pay/synthetic.ts";
import { buildApp } from "../server/app.ts";
import { findSurvey, type PayScope } from "../server/pay/access.ts";
import {
  equalWorkView,
  equivalentView,
  loadComparisons,
  loadFindings,
} from "../server/pay/comparisons/service.ts";
import { loadSurveyData } from "../server/pay/dataset.ts";
import { prepareCheckWorker } from "../server/pay/import/checker.ts";
import { type ImportProgress, runImport } from "../server/pay/import/job.ts";
import { inspectFile } from "../server/pay/import/read.ts";
import { loadIndicators } from "../server/pay/indicators/service.ts";
import { runPayModel } from "../server/pay/regression/service.ts";
import { loadStatistics } from "../server/pay/statistics/service.ts";
import { hashPassword } from "../server/platform/auth/passwords.ts";
import type { Config } from "../server/platform/config.ts";
import { migrateToLatest } from "../server/platform/db/migrate.ts";
import { forOrganisation } from "../server/platform/db/tenant.ts";
import {
  type BenchDatabase,
  benchEngines,
  openBenchDatabase,
  withBenchDatabase,
} from "./pay-database.ts";

const SIZES = (process.env.BENCH_SIZES ?? "100000,1000000").split(",").map(Number);
const YEAR = 2026;
const PASSWORD = "bench-losenord-2026";
/** Warm requests of the statistics page; the median is reported. */
const WARM_REQUESTS = 20;

interface Prepared extends BenchDatabase {
  organisationId: string;
  email: string;
}

const megabytes = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** Levels that give about the job's value in the default template (as the demo scores jobs). */
function scoresFor(job: SyntheticJob): Record<string, number> {
  const scores: Record<string, number> = {};
  subCriteriaOf(DEFAULT_EVALUATION_TEMPLATE).forEach(({ sub, maxLevel }, index) => {
    const wobble = ((job.name.length + index * 7) % 3) - 1;
    const level = Math.round(1 + (job.value / 100) * (maxLevel - 1)) + wobble;
    scores[sub.id] = Math.min(maxLevel, Math.max(1, level));
  });
  return scores;
}

/**
 * A migrated database with an organisation, an HR user who can sign in, the employer imported
 * into the year's survey and every job evaluated. Not timed.
 */
async function prepare(
  where: BenchDatabase,
  file: string,
  jobs: SyntheticJob[],
): Promise<Prepared> {
  const handle = await openBenchDatabase(where);
  const { db } = handle;
  await migrateToLatest(db);
  const organisation = await db
    .insertInto("organisations")
    .values({
      name: "Bench",
      org_number: `55${String(Date.now()).slice(-8)}`,
      sector: "municipality",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const email = `hr-${Date.now()}@bench.example`;
  const user = await db
    .insertInto("users")
    .values({ email, name: "HR Bench", password_hash: await hashPassword(PASSWORD) })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("memberships")
    .values({ organisation_id: organisation.id, user_id: user.id, role: "hr" })
    .execute();

  await prepareCheckWorker(2);
  const facts = await inspectFile(file);
  const progress: ImportProgress = {
    id: "bench",
    organisationId: organisation.id,
    status: "reading",
    percent: 0,
    rowsRead: 0,
    problems: [],
    problemCount: 0,
    fileProblem: null,
    result: null,
  };
  const headers = toCsv([]).split(/\r?\n/)[0]!.split(";");
  await runImport(
    {
      db,
      organisationId: organisation.id,
      userId: user.id,
      upload: {
        id: "bench",
        organisationId: organisation.id,
        userId: user.id,
        fileName: "bench.csv",
        path: file,
        size: statSync(file).size,
        facts,
        expiresAt: Date.now() + 3_600_000,
      },
      year: YEAR,
      snapshotDate: `${YEAR}-09-30`,
      mapping: suggestMapping(headers),
      locale: "sv",
      keepUpload: true,
    },
    progress,
  );
  if (progress.status !== "done")
    throw new Error(`import failed: ${JSON.stringify(progress.problems.slice(0, 3))}`);

  // The job evaluation, so the equivalent-work comparisons and the value bands have content.
  const tenant = forOrganisation(db, organisation.id);
  const byName = new Map(jobs.map((job) => [job.name, job]));
  const rows = await tenant
    .selectFrom("pay_jobs")
    .select(["pay_jobs.id", "pay_jobs.name"])
    .execute();
  for (const row of rows) {
    const job = byName.get(row.name);
    if (!job) continue;
    await tenant
      .updateTable("pay_jobs")
      .set({
        scores: JSON.stringify(scoresFor(job)),
        justification: "Värderat för mätningen utifrån jobbets syntetiska värde.",
        evaluated_by: user.id,
        evaluated_at: new Date(),
      })
      .where("pay_jobs.id", "=", row.id)
      .execute();
  }
  await handle.close();
  return { ...where, organisationId: organisation.id, email };
}

/** Milliseconds of one call, and its result. */
async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [performance.now() - started, result];
}

/**
 * Milliseconds of one call, and the CPU milliseconds this process used meanwhile (on the
 * embedded database that includes the database's own work; PostgreSQL's is in its server).
 * Under load the CPU time says more than the clock.
 */
async function timedWithCpu<T>(work: () => Promise<T>): Promise<[number, number, T]> {
  const cpu = process.cpuUsage();
  const [ms, result] = await timed(work);
  const used = process.cpuUsage(cpu);
  return [ms, (used.user + used.system) / 1000, result];
}

interface Part {
  part: string;
  cold: number;
  coldCpu: number;
  warm: number;
  warmCpu: number;
  note: string;
}

/** Every part of the full analysis, cold and then warm, as the routes call the services. */
async function analysisChild(p: Prepared) {
  const handle = await openBenchDatabase(p);
  const { db } = handle;
  const tenant = forOrganisation(db, p.organisationId);
  // HR: the whole organisation, individual pay.
  const scope: PayScope = { unitIds: null, individual: true };
  const parts: [string, () => Promise<string>][] = [
    [
      "statistics",
      async () => {
        const survey = await findSurvey(tenant, YEAR);
        const stats = await loadStatistics(tenant, survey, scope);
        return `${stats.byJob.rows.length} jobs, ${stats.byUnit.rows.length} units`;
      },
    ],
    [
      "equal work",
      async () => {
        const survey = await findSurvey(tenant, YEAR);
        const comparisons = await loadComparisons(tenant, survey, scope);
        const jobs = equalWorkView(comparisons, await loadFindings(tenant, survey.id));
        return `${jobs.filter((j) => j.comparable).length} comparable jobs`;
      },
    ],
    [
      "equivalent + lower value",
      async () => {
        const survey = await findSurvey(tenant, YEAR);
        const comparisons = await loadComparisons(tenant, survey, scope);
        const view = equivalentView(comparisons, await loadFindings(tenant, survey.id));
        return `${view.jobs.length} evaluated jobs, ${view.equivalent.length} equivalent and ${view.lowerValue.length} lower-value pairs`;
      },
    ],
    [
      "regression (standard model)",
      async () => {
        const survey = await findSurvey(tenant, YEAR);
        const outcome = await runPayModel(tenant, survey, scope, STANDARD_MODEL, {
          preset: "standard",
          locale: "sv",
        });
        if (!outcome.ok) throw new Error(outcome.message);
        const { report } = outcome;
        return `n ${report.fit.n}, ${report.coefficients.length} coefficients, female ${report.female.delta?.toFixed(4)}`;
      },
    ],
    [
      "EU indicators",
      async () => {
        const survey = await findSurvey(tenant, YEAR);
        const report = await loadIndicators(tenant, survey, scope);
        return `mean gap ${report.annual.meanGap.gapPercent?.toFixed(2) ?? "hidden"} %, ${report.categories.rows.length} categories`;
      },
    ],
  ];
  const results: Part[] = [];
  // When each call ran, on the profiler's clock (µs, monotonic), to split a profile by part.
  const windows: { part: string; phase: string; start: number; end: number }[] = [];
  const clock = () => Number(process.hrtime.bigint() / 1000n);
  const run = async <T>(part: string, phase: string, work: () => Promise<T>) => {
    const start = clock();
    const result = await timedWithCpu(work);
    windows.push({ part, phase, start, end: clock() });
    return result;
  };
  for (const [part, work] of parts) {
    const [cold, coldCpu, note] = await run(part, "cold", work);
    results.push({ part, cold, coldCpu, warm: 0, warmCpu: 0, note });
  }
  for (const [index, [part, work]] of parts.entries()) {
    const [warm, warmCpu] = await run(part, "warm", work);
    Object.assign(results[index]!, { warm, warmCpu });
  }
  if (process.env.BENCH_PROFILE_WINDOWS)
    writeFileSync(process.env.BENCH_PROFILE_WINDOWS, JSON.stringify(windows));
  await handle.close();
  console.log(JSON.stringify({ results, peakRssMb: megabytes() }));
}

/** Reading the survey's employees alone, in a process that has not read them yet. */
async function loadChild(p: Prepared) {
  const handle = await openBenchDatabase(p);
  const survey = await findSurvey(forOrganisation(handle.db, p.organisationId), YEAR);
  const [ms, cpuMs, data] = await timedWithCpu(() =>
    loadSurveyData(forOrganisation(handle.db, survey.organisation_id), survey, { unitIds: null }),
  );
  await handle.close();
  console.log(JSON.stringify({ ms, cpuMs, n: data.n, peakRssMb: megabytes() }));
}

/** A signed-in browser against the real app, through inject (no network). */
async function signIn(app: FastifyInstance, email: string) {
  const jar = new Map<string, string>();
  const keep = (cookies: { name: string; value: string }[]) => {
    for (const c of cookies) jar.set(c.name, c.value);
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await app.inject({ method: "GET", url: "/api/csrf-token" });
  keep(csrf.cookies);
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/sign-in",
    headers: { cookie: cookie(), "x-csrf-token": csrf.json().token },
    payload: { email, password: PASSWORD },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
  keep(response.cookies);
  return cookie();
}

/** The statistics page: the first request after start, and warm requests. */
async function httpChild(p: Prepared) {
  const handle = await openBenchDatabase(p);
  const config: Config = {
    port: 0,
    host: "127.0.0.1",
    dataDir: p.dataDir,
    databaseUrl: p.engine === "postgres" ? p.url : undefined,
    secret: "bench-secret-that-is-long-enough-0123456789",
    publicUrl: "http://aktiva.bench",
    smtpUrl: undefined,
    mailFrom: "Aktiva <noreply@aktiva.bench>",
    sessionIdleMinutes: 60,
    sessionMaxHours: 12,
    authRateLimitPerMinute: 1000,
    eventRegistrationsPerMinute: 1000,
    trustProxy: false,
    logLevel: "silent",
    reminderDaysBefore: 14,
    uploadDir: mkdtempSync(join(tmpdir(), "aktiva-bench-uploads-")),
    maxUploadBytes: 50 * 1024 * 1024,
    webDir: undefined,
  };
  const app = await buildApp({ db: handle.db, config });
  await app.ready();
  const cookie = await signIn(app, p.email);
  const url = `/api/organisations/${p.organisationId}/pay/surveys/${YEAR}/statistics`;
  const get = async () => {
    const [ms, response] = await timed(() =>
      app.inject({ method: "GET", url, headers: { cookie, "accept-language": "sv" } }),
    );
    if (response.statusCode !== 200)
      throw new Error(`statistics: ${response.statusCode} ${response.body}`);
    return { ms, bytes: response.rawPayload.length };
  };
  const first = await get();
  const warm: number[] = [];
  for (let i = 0; i < WARM_REQUESTS; i++) warm.push((await get()).ms);
  warm.sort((a, b) => a - b);
  await app.close();
  await handle.close();
  rmSync(config.uploadDir, { recursive: true, force: true });
  console.log(
    JSON.stringify({
      first: first.ms,
      bytes: first.bytes,
      warmMedian: warm[Math.floor(warm.length / 2)],
      warmMax: warm.at(-1),
      peakRssMb: megabytes(),
    }),
  );
}

/**
 * Runs one measurement in a fresh process and returns its last line as JSON. BENCH_CPU_PROF=DIR
 * profiles each child (node --cpu-prof) into DIR, to see where the time goes.
 */
function inChild(mode: string, prepared: Prepared) {
  const dir = process.env.BENCH_CPU_PROF;
  const name = `${mode}-${prepared.engine}-${Date.now()}`;
  const profile = dir
    ? ["--cpu-prof", "--cpu-prof-dir", dir, "--cpu-prof-name", `${name}.cpuprofile`]
    : [];
  // With the profile, the analysis writes when each part ran (µs on the profiler's clock).
  const env = dir
    ? { ...process.env, BENCH_PROFILE_WINDOWS: join(dir, `${name}.windows.json`) }
    : process.env;
  const run = spawnSync(
    process.execPath,
    [...profile, "--import", "tsx", import.meta.filename, mode, JSON.stringify(prepared)],
    { encoding: "utf8", env, maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`${mode} child failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1)!);
}

const ms = (value: number) => `${value.toFixed(0)} ms`.padStart(9);

type Analysis = { results: Part[]; peakRssMb: number };

function printAnalysis(title: string, analysis: Analysis) {
  console.log(
    `  ${title}:\n  ${"part".padEnd(28)} ${"cold".padStart(9)} ${"(CPU)".padStart(9)} ${"warm".padStart(9)} ${"(CPU)".padStart(9)}`,
  );
  const row = (r: Omit<Part, "part" | "note">) =>
    `${ms(r.cold)} ${ms(r.coldCpu)} ${ms(r.warm)} ${ms(r.warmCpu)}`;
  for (const r of analysis.results) console.log(`  ${r.part.padEnd(28)} ${row(r)}  ${r.note}`);
  const total = (key: "cold" | "coldCpu" | "warm" | "warmCpu") =>
    analysis.results.reduce((sum, r) => sum + r[key], 0);
  const totals = {
    cold: total("cold"),
    coldCpu: total("coldCpu"),
    warm: total("warm"),
    warmCpu: total("warmCpu"),
  };
  console.log(`  ${"full analysis".padEnd(28)} ${row(totals)}  peak RSS ${analysis.peakRssMb} MB`);
}

async function main() {
  const mode = process.argv[2];
  if (mode === "analysis" || mode === "load" || mode === "http") {
    const prepared = JSON.parse(process.argv[3]!) as Prepared;
    await { analysis: analysisChild, load: loadChild, http: httpChild }[mode](prepared);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "aktiva-bench-analysis-"));
  try {
    const engines = benchEngines();
    console.log(`engines: ${engines.join(", ")}; load average ${loadavg()[0]!.toFixed(1)}`);
    for (const size of SIZES) {
      const file = join(dir, `payroll-${size}.csv`);
      const employer = generateEmployer({ employees: size, seed: size, year: YEAR });
      writeFileSync(file, toCsv(employer.employees));
      const jobs = employer.jobs;
      for (const engine of engines) {
        await withBenchDatabase(engine, dir, String(size), async (where) => {
          const loadStarted = performance.now();
          const prepared = await prepare(where, file, jobs);
          console.log(
            `\n${size.toLocaleString("sv-SE")} employees, ${engine} (loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s, not timed; load average ${loadavg()[0]!.toFixed(1)})`,
          );
          printAnalysis(
            "first analysis after the import",
            inChild("analysis", prepared) as Analysis,
          );
          const load = inChild("load", prepared) as {
            ms: number;
            cpuMs: number;
            n: number;
            peakRssMb: number;
          };
          console.log(
            `  of cold: reading the ${load.n.toLocaleString("sv-SE")} employees alone (loadSurveyData, fresh process) ${ms(load.ms).trim()} (CPU ${ms(load.cpuMs).trim()}), peak RSS ${load.peakRssMb} MB`,
          );
          const http = inChild("http", prepared) as {
            first: number;
            bytes: number;
            warmMedian: number;
            warmMax: number;
            peakRssMb: number;
          };
          console.log(
            `  GET …/statistics (inject, HR): first ${ms(http.first).trim()}, warm median ${ms(http.warmMedian).trim()} (max ${ms(http.warmMax).trim()} of ${WARM_REQUESTS}), ${(http.bytes / 1024).toFixed(0)} kB, peak RSS ${http.peakRssMb} MB`,
          );
          // The first reads after an import also settle the new rows' pages (PostgreSQL sets
          // their hint bits); a server restarted later does not pay that again.
          printAnalysis(
            "again in a fresh process (server restarted after the import had been read)",
            inChild("analysis", prepared) as Analysis,
          );
        });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // The import's check workers are kept ready for the next import; nothing else is pending.
  process.exit(0);
}

await main();
