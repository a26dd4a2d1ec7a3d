/**
 * npx tsx bench/pay-regression.ts [ROWS…] — the pay regression on synthetic employers: for each
 * size (default 100 000 and 1 000 000) a child process generates employees with ~10 variables
 * (education, experience and its square, service, extent, manager, 20 jobs, 8 units, sex), fits
 * the pay-gap model and prints the fit time and the process's peak memory. The numbers go in
 * the closing note, not in a test.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { fitPayGapRegression, type ModelSpec } from "../core/pay/regression.ts";

/** Small deterministic generator (mulberry32), so every run fits the same employer. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function employer(rows: number) {
  const next = random(rows);
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const jobs = Array.from({ length: 20 }, (_, k) => `job${String(k).padStart(2, "0")}`);
  const units = Array.from({ length: 8 }, (_, k) => `unit${k}`);
  const data = {
    pay: new Float64Array(rows),
    education: new Float64Array(rows),
    experience: new Float64Array(rows),
    service: new Float64Array(rows),
    extent: new Float64Array(rows),
    manager: new Float64Array(rows),
    job: new Array<string>(rows),
    unit: new Array<string>(rows),
    sex: new Array<string>(rows),
  };
  for (let i = 0; i < rows; i++) {
    const job = Math.floor(next() * jobs.length);
    const female = next() < 0.5 + (job - 10) / 40;
    const education = 9 + Math.floor(next() * 10);
    const experience = Math.floor(next() * 40);
    const service = Math.floor(next() * (experience + 1));
    const manager = next() < 0.08 ? 1 : 0;
    data.education[i] = education;
    data.experience[i] = experience;
    data.service[i] = service;
    data.extent[i] = next() < 0.2 ? 50 + Math.floor(next() * 50) : 100;
    data.manager[i] = manager;
    data.job[i] = jobs[job]!;
    data.unit[i] = units[Math.floor(next() * units.length)]!;
    data.sex[i] = female ? "K" : "M";
    data.pay[i] = Math.exp(
      9.8 +
        0.04 * education +
        0.02 * experience -
        0.0003 * experience ** 2 +
        0.004 * service +
        0.15 * manager +
        0.02 * job -
        (female ? 0.03 : 0) +
        0.12 * normal(),
    );
  }
  return data;
}

const spec: ModelSpec = {
  response: "pay",
  logResponse: true,
  terms: [
    { kind: "numeric", variable: "education" },
    { kind: "numeric", variable: "experience" },
    { kind: "square", variable: "experience" },
    { kind: "numeric", variable: "service" },
    { kind: "numeric", variable: "extent" },
    { kind: "numeric", variable: "manager" },
    { kind: "categorical", variable: "job" },
    { kind: "categorical", variable: "unit" },
    { kind: "categorical", variable: "sex" },
  ],
};

const size = process.argv[2];
const megabytes = () => Math.round(process.resourceUsage().maxRSS / 1024);
if (size && process.argv[3] === "child") {
  const rows = Number(size);
  const data = employer(rows);
  const afterData = megabytes();
  const started = performance.now();
  const { fit, female } = fitPayGapRegression(data, spec, {
    variable: "sex",
    female: "K",
    male: "M",
  });
  const ms = performance.now() - started;
  console.log(
    `| ${rows.toLocaleString("sv-SE")} | ${fit.coefficients.length} | ${ms.toFixed(0)} | ${afterData} | ${megabytes()} | ${female.delta.toFixed(4)} | ${fit.rSquared.toFixed(4)} |`,
  );
} else {
  const sizes = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["100000", "1000000"];
  console.log("| rows | columns | fit ms | peak RSS after data MB | peak RSS MB | δ | R² |");
  console.log("|---|---|---|---|---|---|---|");
  const file = fileURLToPath(import.meta.url);
  for (const rows of sizes) {
    const run = spawnSync(process.execPath, ["--import", "tsx", file, rows, "child"], {
      stdio: "inherit",
    });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
}
