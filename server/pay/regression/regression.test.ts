import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_EVALUATION_TEMPLATE,
  jobValue,
  valueBand,
} from "../../../core/pay/job-evaluation.ts";
import { fitPayGapRegression, type ModelTerm } from "../../../core/pay/regression.ts";
import { FEMALE, MALE } from "../../../core/pay/stats.ts";
import { cycleOrganisation } from "../../cycle/fixtures.test-helper.ts";
import { forOrganisation } from "../../platform/db/tenant.ts";
import { startTestApp, type TestApp } from "../../test/harness.ts";
import {
  type Employee,
  employeesOf,
  insertSurvey,
  modeOfWeeklyHours,
  SCHOOL_SCORES as SCORES,
  schoolGroups,
  scoresAt,
  wholeYears,
} from "../test-helpers.ts";

let t: TestApp;
let org: Awaited<ReturnType<typeof cycleOrganisation>>;
let people: Employee[];

const bandOf = (job: string) => {
  const scores = SCORES[job as keyof typeof SCORES];
  if (!scores) return `job:${job}`;
  return `band:${valueBand(jobValue(DEFAULT_EVALUATION_TEMPLATE, scores).value!, 10)}`;
};

beforeAll(async () => {
  t = await startTestApp();
  org = await cycleOrganisation(t, 2026);
  const { care } = org.units;
  people = employeesOf(schoolGroups(org.units, { missingEducationEvery: 5 }), 1);
  await insertSurvey(t.db, org.organisationId, 2026, people, SCORES);
  // A survey of women only.
  await insertSurvey(
    t.db,
    org.organisationId,
    2024,
    employeesOf(
      [
        {
          unit: "Vård",
          unitId: care,
          job: "Undersköterska",
          sex: FEMALE,
          count: 60,
          pay: 29_000,
          education: 12,
        },
      ],
      2,
    ),
  );
});
afterAll(() => t.close());

const url = (year: number) => `${org.api}/pay/surveys/${year}/regression`;
const setMinGroupSize = (k: number) =>
  forOrganisation(t.db, org.organisationId)
    .updateTable("pay_surveys")
    .set({ min_group_size: k, version: sql`version + 1` })
    .where("pay_surveys.year", "=", 2026)
    .execute();

/** The model's columns computed here from the rows, independently of the server's code. */
function handData(rows: Employee[]) {
  const fullTime = modeOfWeeklyHours(rows);
  const edu = rows.map((r) => r.educationYears ?? Number.NaN);
  const age = rows.map((r) => 2026 - r.birthYear);
  return {
    pay: rows.map((r) => {
      const monthly = (12 * (r.baseSalary + r.fixedSupplements) + r.variablePay) / 12;
      return monthly / (((r.weeklyHours ?? fullTime) * r.extent) / (100 * fullTime));
    }),
    sex: rows.map((r) => r.sex),
    edu,
    age,
    service: rows.map((r) => wholeYears(r.hireDate, "2026-09-01")),
    experience: age.map((a, i) => Math.max(0, a - edu[i]! - 6)),
    band: rows.map((r) => bandOf(r.job)),
    manager: rows.map((r) => (r.manager ? "ja" : "nej")),
    unit: rows.map((r) => r.unit),
  };
}

const SEX = { variable: "sex", female: FEMALE, male: MALE };

describe("the standard model", () => {
  it("gives the female coefficient of the same model fitted directly on the rows", async () => {
    const response = await org.hr.get(url(2026));
    expect(response.status).toBe(200);
    const result = response.json;

    const data = handData(people);
    const terms: ModelTerm[] = [
      { kind: "numeric", variable: "edu" },
      { kind: "numeric", variable: "service" },
      { kind: "numeric", variable: "experience" },
      { kind: "square", variable: "experience" },
      { kind: "categorical", variable: "band" },
      { kind: "categorical", variable: "manager" },
    ];
    const direct = fitPayGapRegression(data, { response: "pay", logResponse: true, terms }, SEX);

    // 4 undersköterskor lack years of education and are left out.
    expect(result.population).toMatchObject({
      employees: 80,
      used: 76,
      excluded: 4,
      missing: [
        { variable: "educationYears", count: 4 },
        { variable: "experience", count: 4 },
      ],
    });
    expect(result.population.notes[0]).toBe("4 anställda saknar utbildningsår och är inte med.");
    expect(result.fit.n).toBe(direct.fit.n);
    expect(result.fit.df).toBe(direct.fit.df);
    expect(result.fit.rSquared).toBeCloseTo(direct.fit.rSquared, 10);
    expect(Math.abs(result.female.delta - direct.female.delta)).toBeLessThan(1e-9);
    expect(Math.abs(result.female.se - direct.female.se)).toBeLessThan(1e-9);
    expect(result.female.kennedyPercent).toBeCloseTo(direct.female.kennedy * 100, 8);
    expect(result.female.p).toBeCloseTo(direct.female.p, 10);
    expect(result.female.thresholdT).toBeCloseTo(direct.female.thresholdT, 8);
    expect(result.female.outcome).toBe(direct.female.outcome);
    expect(result.model).toEqual({
      preset: "standard",
      log: true,
      terms: [
        { variable: "educationYears", kind: "numeric" },
        { variable: "yearsOfService", kind: "numeric" },
        { variable: "experience", kind: "numeric" },
        { variable: "experience", kind: "squared" },
        { variable: "valueBand", kind: "categorical" },
        { variable: "manager", kind: "categorical" },
      ],
    });
    const percent = Math.abs(direct.female.kennedy * 100).toLocaleString("sv-SE", {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    expect(result.conclusion).toContain(
      `Kvinnor har i genomsnitt ${percent}\u00a0% ${direct.female.kennedy < 0 ? "lägre" : "högre"} lön än män`,
    );
  });

  it("names the groups, hides a coefficient about fewer than k people and says what is compared with what", async () => {
    const result = (await org.hr.get(url(2026))).json;
    const names = result.coefficients.map((c: { name: string }) => c.name);
    expect(names[0]).toBe("(Intercept)");
    expect(names.at(-1)).toBe("female");
    // Three categories of workers: two value bands and the unevaluated Vaktmästare.
    const groups = result.coefficients.filter(
      (c: { variable: string | null }) => c.variable === "valueBand",
    );
    expect(groups.map((g: { level: unknown }) => g.level)).toEqual([
      { kind: "band", band: Number(bandOf("Lärare").slice(5)) },
      { kind: "job", job: "Vaktmästare" },
    ]);
    expect(result.baselines).toContainEqual({
      variable: "valueBand",
      level: { kind: "band", band: Number(bandOf("Undersköterska").slice(5)) },
      people: 24,
    });
    // The first person of every group of more than three leads: 7 managers, enough to show.
    const manager = result.coefficients.find((c: { name: string }) => c.name === "manager[1]");
    expect(manager).toMatchObject({
      level: { kind: "manager", manager: true },
      people: 7,
      hidden: false,
    });
    const byJob = await org.hr.post(url(2026), {
      log: true,
      terms: [
        { variable: "educationYears", kind: "numeric" },
        { variable: "job", kind: "categorical" },
      ],
    });
    expect(byJob.status).toBe(200);
    const vaktmastare = byJob.json.coefficients.find(
      (c: { name: string; level: { job?: string } }) =>
        c.name.startsWith("job[") && c.level.job === "Vaktmästare",
    );
    expect(vaktmastare).toMatchObject({ people: 14, hidden: false });
    expect(vaktmastare.estimate).toEqual(expect.any(Number));

    // With k = 8 the 7 managers are too few: their coefficient is left out, the model is not.
    await setMinGroupSize(8);
    try {
      const hidden = (await org.hr.get(url(2026))).json;
      expect(hidden.k).toBe(8);
      expect(
        hidden.coefficients.find((c: { name: string }) => c.name === "manager[1]"),
      ).toMatchObject({
        people: 7,
        hidden: true,
        estimate: null,
        se: null,
        t: null,
        p: null,
      });
      expect(hidden.female.delta).toBe(result.female.delta);
    } finally {
      await setMinGroupSize(5);
    }
  });

  it("leaves out a variable that says nothing new in this data, and says why", async () => {
    const { care } = org.units;
    const teachers = { unit: "Vård", unitId: care, job: "Lärare", pay: 36_000, education: 16 };
    // Only the three heads lead, and they are the only ones in their (unevaluated) job.
    await insertSurvey(
      t.db,
      org.organisationId,
      2023,
      employeesOf(
        [
          { ...teachers, sex: FEMALE, count: 30, managers: "none" },
          { ...teachers, sex: MALE, count: 27, managers: "none" },
          { ...teachers, job: "Rektor", sex: FEMALE, count: 2, pay: 48_000, managers: "all" },
          { ...teachers, job: "Rektor", sex: MALE, count: 1, pay: 48_000, managers: "all" },
        ],
        3,
      ),
      { Lärare: scoresAt(3) },
    );
    const result = (await org.hr.get(url(2023))).json;
    expect(result.droppedVariables).toEqual([{ variable: "manager", reason: "collinear" }]);
    expect(result.coefficients.some((c: { variable: string }) => c.variable === "manager")).toBe(
      false,
    );
    // A chosen model with the same variables is refused, naming the variable.
    const chosen = await org.hr.post(url(2023), {
      log: true,
      terms: [
        { variable: "valueBand", kind: "categorical" },
        { variable: "manager", kind: "categorical" },
      ],
    });
    expect(chosen.status).toBe(422);
    expect(chosen.json.detail).toMatch(/^Modellen går inte att räkna ut: Chef går inte/);
  });

  it("is refused with the reason when one sex is missing", async () => {
    const response = await org.hr.get(url(2024));
    expect(response.status).toBe(422);
    expect(response.json.detail).toBe(
      "Modellen behöver både kvinnor och män, men bland de 60 anställda som är med finns bara kvinnor.",
    );
  });
});

describe("a chosen model", () => {
  it("fits numbers, squares and groups, with or without the logarithm", async () => {
    const response = await org.hr.post(url(2026), {
      log: false,
      terms: [
        { variable: "age", kind: "numeric" },
        { variable: "age", kind: "squared" },
        { variable: "unit", kind: "categorical" },
      ],
    });
    expect(response.status).toBe(200);
    const direct = fitPayGapRegression(
      handData(people),
      {
        response: "pay",
        logResponse: false,
        terms: [
          { kind: "numeric", variable: "age" },
          { kind: "square", variable: "age" },
          { kind: "categorical", variable: "unit" },
        ],
      },
      SEX,
    );
    expect(response.json.fit.n).toBe(80);
    expect(response.json.model.preset).toBeNull();
    expect(response.json.female.delta).toBeCloseTo(direct.female.delta, 6);
    expect(response.json.female.se).toBeCloseTo(direct.female.se, 6);
    // In kronor there is no Kennedy estimate and no 5 % threshold (that is on the log scale).
    expect(response.json.female).toMatchObject({
      kennedyPercent: null,
      thresholdT: null,
      aboveThreshold: null,
      outcome: direct.female.significant ? "significant" : "notSignificant",
    });
    const kronor = Math.round(Math.abs(direct.female.delta)).toLocaleString("sv-SE");
    expect(response.json.conclusion).toContain(`${kronor} kr`);
    const age2 = response.json.coefficients.find((c: { name: string }) => c.name === "age^2");
    expect(age2).toMatchObject({ term: "squared", variable: "age" });
    expect(age2.estimate).toBeCloseTo(
      direct.fit.coefficients.find((c) => c.name === "age^2")!.estimate,
      8,
    );
  });

  it("refuses variables that say the same thing, naming them", async () => {
    const response = await org.hr.post(url(2026), {
      log: true,
      terms: [
        { variable: "job", kind: "categorical" },
        { variable: "valueBand", kind: "categorical" },
      ],
    });
    expect(response.status).toBe(422);
    expect(response.json.detail).toMatch(
      /^Modellen går inte att räkna ut: Likvärdighetsgrupp går inte/,
    );
  });

  it("refuses a variable with a single group", async () => {
    const response = await org.hr.post(url(2026), {
      log: true,
      terms: [
        { variable: "educationYears", kind: "numeric" },
        { variable: "category", kind: "categorical" },
      ],
    });
    expect(response.status).toBe(422);
    expect(response.json.detail).toBe(
      "Personalkategori har bara en grupp bland de anställda som är med och kan därför inte jämföra något. Ta bort variabeln ur modellen.",
    );
  });

  it("says which part of the request is wrong and answers in English when asked", async () => {
    const response = await org.hr.post(url(2026), {
      terms: [
        { variable: "job", kind: "numeric" },
        { variable: "age", kind: "numeric" },
        { variable: "age", kind: "numeric" },
      ],
    });
    expect(response.status).toBe(422);
    expect(response.json.errors).toEqual([
      { path: "terms.0.kind", message: "Arbete kan inte tas med som tal." },
      { path: "terms.2.kind", message: "Ålder finns redan med som tal." },
    ]);
    expect((await org.hr.post(url(2026), { terms: [] })).json.errors).toEqual([
      { path: "terms", message: "Välj minst en variabel till modellen." },
    ]);
    org.hr.locale = "en";
    try {
      const english = await org.hr.get(url(2024));
      expect(english.json.detail).toBe(
        "The model needs both women and men, but the 60 employees included are all women.",
      );
    } finally {
      org.hr.locale = "sv";
    }
  });
});

describe("who sees what", () => {
  it("fits a manager's model on their own units and refuses it below 50 employees", async () => {
    const response = await org.members.manager.client.get(url(2026));
    expect(response.status).toBe(422);
    // Skola and Förskola: 45 employees.
    expect(response.json.detail).toBe(
      "Modellen behöver minst 50 anställda med uppgifter i alla valda variabler, men här finns 45.",
    );
    const small = await org.members.manager.client.post(url(2026), {
      log: true,
      terms: [{ variable: "age", kind: "numeric" }],
    });
    expect(small.status).toBe(422);
  });

  it("lets union representatives run models but not participants or safety representatives", async () => {
    expect((await org.members.union_rep.client.get(url(2026))).status).toBe(200);
    for (const role of ["participant", "safety_rep"] as const) {
      const client = org.members[role].client;
      expect((await client.get(url(2026))).status).toBe(403);
      expect(
        (await client.post(url(2026), { log: true, terms: [{ variable: "age", kind: "numeric" }] }))
          .status,
      ).toBe(403);
    }
  });

  it("answers 404 for a year without a survey", async () => {
    expect((await org.hr.get(url(2030))).status).toBe(404);
  });
});
