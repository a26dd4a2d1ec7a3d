/**
 * npx tsx bench/pay-indicators.ts — the pure pay statistics (EU indicators on annual and
 * hourly pay, equal work per job, the women-dominated comparisons, suppression of the
 * per-category table) on synthetic employers of 100 000 and 1 000 000 employees. Prints time
 * and peak RSS; the numbers go in the closing note, not in a test. BENCH_SIZES=… overrides.
 */
import { bandByWidth, equalWork, womenDominatedComparisons } from "../core/pay/equal-work.ts";
import { euIndicators } from "../core/pay/indicators.ts";
import { FEMALE, MALE } from "../core/pay/stats.ts";
import { suppressPayBySex } from "../core/pay/suppression.ts";

const SIZES = (process.env.BENCH_SIZES ?? "100000,1000000").split(",").map(Number);
const JOBS = 400;
const CATEGORIES = 60;

/** Deterministic PRNG (mulberry32) so every run measures the same data. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A synthetic employer: jobs with their own women's share and pay level, pay rounded to 100 kr (many ties). */
function employer(n: number) {
  const rand = random(n);
  const jobWomen = Float64Array.from({ length: JOBS }, () => rand());
  const jobPay = Float64Array.from({ length: JOBS }, () => 25000 + 40000 * rand() ** 2);
  const sex = new Uint8Array(n);
  const job = new Int32Array(n);
  const category = new Int32Array(n);
  const base = new Float64Array(n);
  const variable = new Float64Array(n);
  const pay = new Float64Array(n);
  const hourly = new Float64Array(n);
  const monthly = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const j = Math.floor(rand() * JOBS);
    const female = rand() < jobWomen[j]!;
    const extent = rand() < 0.2 ? 0.5 + 0.4 * rand() : 1;
    const fte = Math.round((jobPay[j]! * (female ? 0.97 : 1) * (0.85 + 0.3 * rand())) / 100) * 100;
    sex[i] = rand() < 0.005 ? 0 : female ? FEMALE : MALE;
    job[i] = j;
    category[i] = j % CATEGORIES;
    monthly[i] = fte;
    base[i] = 12 * fte * extent;
    variable[i] = rand() < 0.3 ? Math.round(20000 * rand()) : 0;
    pay[i] = base[i]! + variable[i]!;
    hourly[i] = pay[i]! / (1700 * extent);
  }
  return { sex, job, category, base, variable, pay, hourly, monthly };
}

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

for (const n of SIZES) {
  const t0 = performance.now();
  const e = employer(n);
  const t1 = performance.now();

  const annual = euIndicators(e);
  const t2 = performance.now();
  euIndicators({ ...e, pay: e.hourly, base: e.base, variable: e.variable });
  const t3 = performance.now();
  const rows = equalWork({ sex: e.sex, job: e.job, monthlyPay: e.monthly });
  const t4 = performance.now();
  const comparisons = womenDominatedComparisons(
    rows.map((r) => ({
      id: r.job,
      value: 100 + ((r.job * 37) % 500),
      women: r.women.count,
      men: r.men.count,
      meanPay:
        r.women.count + r.men.count > 0
          ? ((r.women.mean ?? 0) * r.women.count + (r.men.mean ?? 0) * r.men.count) /
            (r.women.count + r.men.count)
          : null,
    })),
    { bandOf: bandByWidth(50) },
  );
  const t5 = performance.now();
  const suppressed = suppressPayBySex(
    rows.map((r) => ({ female: r.women.count, male: r.men.count })),
  );
  const t6 = performance.now();

  const ms = (a: number, b: number) => `${(b - a).toFixed(0)} ms`;
  console.log(
    [
      `n = ${n.toLocaleString("en")}`,
      `  generate data            ${ms(t0, t1)}`,
      `  EU indicators, annual    ${ms(t1, t2)}  (mean gap ${annual.meanGap.gapPercent?.toFixed(2)} %, ${annual.categories.length} categories)`,
      `  EU indicators, hourly    ${ms(t2, t3)}`,
      `  equal work per job       ${ms(t3, t4)}  (${rows.length} jobs)`,
      `  women-dominated pairs    ${ms(t4, t5)}  (${comparisons.length} women-dominated jobs)`,
      `  suppression, job × sex   ${ms(t5, t6)}  (${suppressed.groups.filter((g) => g.gapHidden).length} gaps hidden)`,
      `  all statistics           ${ms(t1, t6)}`,
      `  peak RSS so far          ${mb(process.resourceUsage().maxRSS)}`,
    ].join("\n"),
  );
}
