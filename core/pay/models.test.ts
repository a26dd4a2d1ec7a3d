import { describe, expect, it } from "vitest";
import {
  checkPayModel,
  fullTimeWeeklyHours,
  MODEL_SEX,
  modelData,
  modelRows,
  modelSpec,
  payLevels,
  reportCoefficients,
  STANDARD_MODEL,
  type SurveyColumns,
  termKinds,
  workerCategories,
} from "./models.ts";
import { fitPayGapRegression } from "./regression.ts";
import { FEMALE, MALE } from "./stats.ts";

const NaN_ = Number.NaN;

/** Three employees: a full-timer, a part-timer on 38.25 h and one with unknown hours. */
function columns(): SurveyColumns {
  return {
    n: 3,
    sex: Uint8Array.from([FEMALE, MALE, FEMALE]),
    job: Int32Array.from([0, 1, 1]),
    jobs: ["Lärare", "Vaktmästare"],
    category: Int32Array.from([0, -1, 0]),
    categories: ["Kommunal"],
    unit: ["Skola", "", "Skola"],
    extent: Float64Array.from([100, 50, 80]),
    weeklyHours: Float64Array.from([40, 38.25, NaN_]),
    baseSalary: Float64Array.from([36_000, 15_000, 24_000]),
    fixedSupplements: Float64Array.from([1_000, 0, 0]),
    variablePay: Float64Array.from([0, 6_000, 1_200]),
    manager: Uint8Array.from([1, 0, 0]),
    birthYear: Float64Array.from([1980, 1990, NaN_]),
    yearsOfService: Float64Array.from([10, 2, 5]),
    educationYears: Float64Array.from([16, 12, 12]),
  };
}

describe("pay levels", () => {
  it("takes the most common weekly hours as full time, the highest on ties, else 40", () => {
    expect(
      fullTimeWeeklyHours([
        { hours: 38.25, count: 3 },
        { hours: 40, count: 3 },
        { hours: 37, count: 1 },
      ]),
    ).toBe(40);
    expect(
      fullTimeWeeklyHours([
        { hours: 38.25, count: 5 },
        { hours: 40, count: 3 },
      ]),
    ).toBe(38.25);
    expect(fullTimeWeeklyHours([])).toBe(40);
  });

  it("gives annual pay at the own extent, hourly pay and full-time monthly pay", () => {
    const levels = payLevels(columns(), 40);
    // 12 × (36 000 + 1 000); 12 × 15 000 + 6 000; 12 × 24 000 + 1 200.
    expect([...levels.annual]).toEqual([444_000, 186_000, 289_200]);
    expect([...levels.baseAnnual]).toEqual([444_000, 180_000, 288_000]);
    expect([...levels.variableAnnual]).toEqual([0, 6_000, 1_200]);
    // Hours a year: 40 × 52; 38.25 × 52 × 0.5; the survey's 40 × 52 × 0.8.
    expect(levels.hourly[0]).toBeCloseTo(444_000 / 2_080, 9);
    expect(levels.hourly[1]).toBeCloseTo(186_000 / 994.5, 9);
    expect(levels.hourly[2]).toBeCloseTo(289_200 / 1_664, 9);
    expect(levels.baseHourly[1]! + levels.variableHourly[1]!).toBeCloseTo(levels.hourly[1]!, 9);
    expect(levels.assumedHours).toBe(1);
    // Full time = 40 h: the part-timer on 38.25 h at 50 % works 0.478 of it.
    expect(levels.fullTimeMonthly[0]).toBeCloseTo(37_000, 9);
    expect(levels.fullTimeMonthly[1]).toBeCloseTo(15_500 / ((38.25 * 50) / (100 * 40)), 9);
    expect(levels.fullTimeMonthly[2]).toBeCloseTo(24_100 / 0.8, 9);
  });
});

describe("categories of workers", () => {
  it("groups evaluated jobs by value band, lowest first, and lets an unevaluated job be its own", () => {
    const { categories, category } = workerCategories(
      ["Förskollärare", "Lärare", "Undersköterska", "Vaktmästare"],
      [5, 5, 3, null],
      Int32Array.from([3, 0, 1, 2, 2]),
    );
    expect(categories).toEqual([
      { kind: "band", band: 3 },
      { kind: "band", band: 5 },
      { kind: "job", job: "Vaktmästare" },
    ]);
    expect([...category]).toEqual([2, 1, 1, 0, 0]);
  });
});

describe("model variables", () => {
  it("lets numbers enter as numbers or squares and groups only as groups", () => {
    expect(termKinds("educationYears")).toEqual(["numeric", "squared"]);
    expect(termKinds("job")).toEqual(["categorical"]);
    expect(checkPayModel(STANDARD_MODEL)).toEqual([]);
    expect(
      checkPayModel({
        log: true,
        terms: [
          { variable: "unit", kind: "squared" },
          { variable: "age", kind: "numeric" },
          { variable: "age", kind: "numeric" },
        ],
      }),
    ).toEqual([
      { code: "kind", index: 0, variable: "unit", kind: "squared" },
      { code: "duplicate", index: 2, variable: "age", kind: "numeric" },
    ]);
    expect(checkPayModel({ log: true, terms: [] })).toEqual([{ code: "noTerms" }]);
  });

  it("is the Logib form with our fields: log pay on education, service, experience², value band and manager", () => {
    expect(modelSpec(STANDARD_MODEL)).toEqual({
      response: "pay",
      logResponse: true,
      terms: [
        { kind: "numeric", variable: "educationYears" },
        { kind: "numeric", variable: "yearsOfService" },
        { kind: "numeric", variable: "experience" },
        { kind: "square", variable: "experience" },
        { kind: "categorical", variable: "valueBand" },
        { kind: "categorical", variable: "manager" },
      ],
    });
  });

  it("counts age to the snapshot year and potential experience from the end of education", () => {
    const c = columns();
    const levels = payLevels(c, 40);
    const data = modelData(c, {
      snapshotYear: 2026,
      fullTimeMonthly: levels.fullTimeMonthly,
      workerCategory: Int32Array.from([0, 1, 1]),
      categories: [
        { kind: "band", band: 6 },
        { kind: "job", job: "Vaktmästare" },
      ],
      log: true,
    });
    expect([...(data.dataset.age as Float64Array)]).toEqual([46, 36, NaN_]);
    // max(0, age − education − 6)
    expect([...(data.dataset.experience as Float64Array)]).toEqual([24, 18, NaN_]);
    // An empty unit and no category are missing values, not groups.
    expect([...(data.dataset.unit as Float64Array)]).toEqual([0, NaN_, 0]);
    expect([...(data.dataset.category as Float64Array)]).toEqual([0, NaN_, 0]);
    expect(data.levelOf("valueBand", 1)).toEqual({ kind: "job", job: "Vaktmästare" });
    expect(data.levelOf("valueBand", 0)).toEqual({ kind: "band", band: 6 });
    expect(data.levelOf("manager", 1)).toEqual({ kind: "manager", manager: true });
    expect(data.levelOf("unit", 0)).toEqual({ kind: "name", name: "Skola" });

    const rows = modelRows(data.dataset, {
      log: true,
      terms: [
        { variable: "age", kind: "numeric" },
        { variable: "unit", kind: "categorical" },
      ],
    });
    expect(rows).toMatchObject({ used: 1, excluded: 2, women: 1, men: 0 });
    expect(rows.missing).toEqual([
      { variable: "age", count: 1 },
      { variable: "unit", count: 1 },
    ]);
  });

  it("leaves pay of 0 out of a log model and counts it", () => {
    const c = columns();
    c.baseSalary[1] = 0;
    c.variablePay[1] = 0;
    const levels = payLevels(c, 40);
    const options = {
      snapshotYear: 2026,
      fullTimeMonthly: levels.fullTimeMonthly,
      workerCategory: Int32Array.from([0, 0, 0]),
      categories: [{ kind: "band" as const, band: 1 }],
    };
    const model = { log: true, terms: [{ variable: "extent" as const, kind: "numeric" as const }] };
    const log = modelData(c, { ...options, log: true });
    expect(modelRows(log.dataset, model).missing).toEqual([{ variable: "pay", count: 1 }]);
    const plain = modelData(c, { ...options, log: false });
    expect(modelRows(plain.dataset, { ...model, log: false }).missing).toEqual([]);
  });
});

describe("coefficients as published", () => {
  // 60 people in three jobs; the third job has 3 people, fewer than k = 5.
  const n = 60;
  const job = Int32Array.from({ length: n }, (_, i) => (i < 3 ? 2 : i % 2));
  const sex = Uint8Array.from({ length: n }, (_, i) => (i % 3 === 0 ? MALE : FEMALE));
  const survey: SurveyColumns = {
    n,
    sex,
    job,
    jobs: ["A", "B", "C"],
    category: new Int32Array(n),
    categories: ["Kommunal"],
    unit: Array.from({ length: n }, () => "Skola"),
    extent: new Float64Array(n).fill(100),
    weeklyHours: new Float64Array(n).fill(40),
    baseSalary: Float64Array.from(
      { length: n },
      (_, i) => 30_000 + ((i * 379) % 4000) + job[i]! * 2000,
    ),
    fixedSupplements: new Float64Array(n),
    variablePay: new Float64Array(n),
    manager: new Uint8Array(n),
    birthYear: Float64Array.from({ length: n }, (_, i) => 1960 + ((i * 7) % 40)),
    yearsOfService: Float64Array.from({ length: n }, (_, i) => (i * 3) % 20),
    educationYears: Float64Array.from({ length: n }, (_, i) => 12 + (i % 5)),
  };
  const levels = payLevels(survey, 40);
  const model = {
    log: true,
    terms: [
      { variable: "age" as const, kind: "numeric" as const },
      { variable: "job" as const, kind: "categorical" as const },
    ],
  };
  const data = modelData(survey, {
    snapshotYear: 2026,
    fullTimeMonthly: levels.fullTimeMonthly,
    workerCategory: job,
    categories: [],
    log: true,
  });
  const rows = modelRows(data.dataset, model);
  const { fit } = fitPayGapRegression(data.dataset, modelSpec(model), MODEL_SEX);

  it("hides the dummy of a group of fewer than k people and names every group", () => {
    const { coefficients, baselines } = reportCoefficients(fit, data, rows, 5);
    const c = coefficients.find((x) => x.name === "job[2]")!;
    expect(c).toMatchObject({
      term: "categorical",
      variable: "job",
      level: { kind: "job", job: "C" },
      people: 3,
      hidden: true,
      estimate: null,
      p: null,
    });
    expect(coefficients.find((x) => x.name === "job[1]")).toMatchObject({
      people: 29,
      hidden: false,
    });
    expect(baselines).toEqual([{ variable: "job", level: { kind: "job", job: "A" }, people: 28 }]);
    expect(coefficients.find((x) => x.term === "female")!.hidden).toBe(false);
  });

  it("hides the intercept when the baseline group is small, and the female coefficient when a sex is", () => {
    const { coefficients } = reportCoefficients(fit, data, rows, 30);
    expect(coefficients.find((x) => x.term === "intercept")!.hidden).toBe(true);
    expect(coefficients.find((x) => x.term === "female")!.hidden).toBe(true);
    expect(coefficients.find((x) => x.name === "age")!.estimate).toBe(
      fit.coefficients[1]!.estimate,
    );
  });
});
