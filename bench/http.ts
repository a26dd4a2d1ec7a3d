/**
 * npm run bench:http — throughput and latency of an authenticated JSON read (the member list
 * of the demo organisation, as its administrator) against a bare Fastify "hello", measured
 * in one run on this machine, on the embedded database and, when DATABASE_URL is set, on
 * PostgreSQL. Prints a table and the ratio; the numbers go in the closing note, not in a test.
 */
import autocannon from "autocannon";
import pg from "pg";
import { signIn, startTarget } from "./common.ts";

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

interface Result {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(
  name: string,
  url: string,
  headers: Record<string, string> = {},
): Promise<Result> {
  // A short warm-up so JIT and caches settle before the measured run.
  await autocannon({ url, headers, connections: CONNECTIONS, duration: 2 });
  const r = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION });
  return {
    name,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
  };
}

const results: Result[] = [];
const bare = await startTarget("bare", {});
try {
  results.push(await load("bare Fastify GET /hello", `http://127.0.0.1:${bare.port}/hello`));
} finally {
  bare.child.kill();
}

const databases: [string, NodeJS.ProcessEnv][] = [["embedded (PGlite)", { DATABASE_URL: "" }]];
// On PostgreSQL the bench makes a database of its own and drops it afterwards.
const benchDatabase = `aktiva_bench_${process.pid}`;
const admin = process.env.DATABASE_URL
  ? new pg.Client({ connectionString: process.env.DATABASE_URL })
  : undefined;
if (admin) {
  await admin.connect();
  await admin.query(`create database ${benchDatabase}`);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${benchDatabase}`;
  databases.push(["PostgreSQL", { DATABASE_URL: url.toString() }]);
}
for (const [label, env] of databases) {
  const target = await startTarget("aktiva", env);
  try {
    const { cookie, organisationId } = await signIn(target.port);
    // The same stack without a database query: shows what the framework costs and what the database costs.
    if (label.startsWith("embedded")) {
      results.push(
        await load(
          "Aktiva GET /api/session signed out (no database)",
          `http://127.0.0.1:${target.port}/api/session`,
        ),
      );
    }
    results.push(
      await load(
        `Aktiva members list, ${label}`,
        `http://127.0.0.1:${target.port}/api/organisations/${organisationId}/members`,
        { cookie },
      ),
    );
  } finally {
    target.child.kill();
  }
}

if (admin) {
  await admin.query(`drop database if exists ${benchDatabase} with (force)`);
  await admin.end();
}

const base = results[0]!.rps;
console.log(`\n${DURATION} s per run, ${CONNECTIONS} connections, Node ${process.version}\n`);
console.log("| target | req/s | p50 ms | p99 ms | errors | of bare |");
console.log("|---|---|---|---|---|---|");
for (const r of results) {
  console.log(
    `| ${r.name} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.errors} | ${((100 * r.rps) / base).toFixed(1)} % |`,
  );
}
