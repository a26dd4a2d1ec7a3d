import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { euIndicators } from "../../../core/pay/indicators.ts";
import {
  DEFAULT_EVALUATION_TEMPLATE,
  jobValue,
  valueBand,
} from "../../../core/pay/job-evaluation.ts";
import { FEMALE, MALE, medianOfSorted } from "../../../core/pay/stats.ts";
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
} from "../test-helpers.ts";

let t: TestApp;
let org: Awaited<ReturnType<typeof cycleOrganisation>>;
let people: Employee[];
let earlier: Employee[];

const band = (job: keyof typeof SCORES) =>
  valueBand(jobValue(DEFAULT_EVALUATION_TEMPLATE, SCORES[job]).value!, 10);

beforeAll(async () => {
  t = await startTestApp();
  org = await cycleOrganisation(t, 2026);
  const { school, care } = org.units;
  people = employeesOf(schoolGroups(org.units), 1);
  await insertSurvey(t.db, org.organisationId, 2026, people, SCORES);
  earlier = employeesOf(
    [
      {
        unit: "Skola",
        unitId: school,
        job: "Lärare",
        sex: FEMALE,
        count: 20,
        pay: 35_500,
        education: 16,
      },
      {
        unit: "Skola",
        unitId: school,
        job: "Lärare",
        sex: MALE,
        count: 15,
        pay: 37_500,
        education: 16,
      },
      {
        unit: "Vård",
        unitId: care,
        job: "Undersköterska",
        sex: FEMALE,
        count: 20,
        pay: 29_000,
        education: 12,
      },
      {
        unit: "Vård",
        unitId: care,
        job: "Undersköterska",
        sex: MALE,
        count: 3,
        pay: 30_000,
        education: 12,
      },
    ],
    2,
  );
  await insertSurvey(t.db, org.organisationId, 2025, earlier);
});
afterAll(() => t.close());

const url = (year: number) => `${org.api}/pay/surveys/${year}/indicators`;

/** Annual and hourly pay computed here from the rows, as the page's "Så räknas det" says. */
function levels(rows: Employee[]) {
  const fullTime = modeOfWeeklyHours(rows);
  const hours = rows.map((r) => ((r.weeklyHours ?? fullTime) * 52 * r.extent) / 100);
  const base = rows.map((r) => 12 * (r.baseSalary + r.fixedSupplements));
  const variable = rows.map((r) => r.variablePay);
  return {
    sex: Uint8Array.from(rows.map((r) => r.sex)),
    annual: Float64Array.from(rows, (_, i) => base[i]! + variable[i]!),
    hourly: Float64Array.from(rows, (_, i) => (base[i]! + variable[i]!) / hours[i]!),
    baseAnnual: Float64Array.from(base),
    variableAnnual: Float64Array.from(variable),
    baseHourly: Float64Array.from(rows, (_, i) => base[i]! / hours[i]!),
    variableHourly: Float64Array.from(rows, (_, i) => variable[i]! / hours[i]!),
  };
}

/** Categories numbered as the page orders them: bands lowest first, then unevaluated jobs. */
const CATEGORY: Record<string, number> = {
  Undersköterska: 0,
  Förskollärare: 1,
  Lärare: 1,
  Vaktmästare: 2,
};

function expected(rows: Employee[]) {
  const l = levels(rows);
  const category = Int32Array.from(rows, (r) => CATEGORY[r.job]!);
  return {
    annual: euIndicators({
      sex: l.sex,
      pay: l.annual,
      variable: l.variableAnnual,
      base: l.baseAnnual,
      category,
    }),
    hourly: euIndicators({
      sex: l.sex,
      pay: l.hourly,
      variable: l.variableHourly,
      base: l.baseHourly,
      category,
    }),
  };
}

type Figure = {
  gapPercent: number | null;
  female: number | null;
  male: number | null;
  hidden: boolean;
};
const close = (
  figure: Figure,
  gap: { gapPercent: number | null; female: number | null; male: number | null },
) => {
  expect(figure.hidden).toBe(false);
  expect(figure.gapPercent).toBeCloseTo(gap.gapPercent!, 9);
  expect(figure.female).toBeCloseTo(gap.female!, 6);
  expect(figure.male).toBeCloseTo(gap.male!, 6);
};

describe("the indicators HR sees", () => {
  it("computes Art. 9 (a)–(e) on annual and hourly pay as the engine does on the same rows", async () => {
    const response = await org.hr.get(url(2026));
    expect(response.status).toBe(200);
    const result = response.json;
    const want = expected(people);
    expect(band("Förskollärare")).toBe(band("Lärare"));
    expect(band("Undersköterska")).toBeLessThan(band("Lärare"));
    expect(result).toMatchObject({
      year: 2026,
      ownUnitsOnly: false,
      k: 5,
      organisationEmployees: 80,
      population: { women: 51, men: 29 },
      fullTimeWeeklyHours: 40,
      assumedHours: people.filter((p) => p.weeklyHours === null).length,
    });
    for (const level of ["annual", "hourly"] as const) {
      close(result[level].meanGap, want[level].meanGap);
      close(result[level].medianGap, want[level].medianGap);
      close(result[level].variableMeanGap, want[level].variableMeanGap);
      close(result[level].variableMedianGap, want[level].variableMedianGap);
    }
    expect(result.variableShare.women).toEqual({
      count: 51,
      recipients: want.annual.variableShare.female.recipients,
      percent: want.annual.variableShare.female.percent,
      hidden: false,
    });
  });

  it("gives the women and men of each quartile band with the tie rule, without the pay range", async () => {
    const result = (await org.hr.get(url(2026))).json;
    const want = expected(people);
    for (const level of ["annual", "hourly"] as const) {
      const bands = result[level].quartiles;
      expect(bands.map((b: { size: number }) => b.size)).toEqual([20, 20, 20, 20]);
      for (const [i, b] of bands.entries()) {
        expect(b).not.toHaveProperty("minPay");
        const w = want[level].quartiles[i]!;
        if (b.hidden) continue;
        expect(b.female).toBeCloseTo(w.female, 9);
        expect(b.femalePercent).toBeCloseTo(w.femalePercent!, 9);
        expect(b.malePercent).toBeCloseTo(w.malePercent!, 9);
      }
      const women = bands.reduce(
        (sum: number, b: { female: number | null }) => sum + (b.female ?? 0),
        0,
      );
      if (!bands.some((b: { hidden: boolean }) => b.hidden)) expect(women).toBeCloseTo(51, 9);
    }
  });

  it("gives the gap per category of workers, split into base and variable pay, with the 5 % flag", async () => {
    const result = (await org.hr.get(url(2026))).json;
    const want = expected(people);
    expect(result.categories).toMatchObject({
      valueBandWidth: 10,
      unevaluatedJobs: 1,
      threshold: 5,
    });
    const rows = result.categories.rows;
    expect(
      rows.map((r: { category: unknown; women: number; men: number }) => [
        r.category,
        r.women,
        r.men,
      ]),
    ).toEqual([
      [{ kind: "band", band: band("Undersköterska") }, 20, 8],
      [{ kind: "band", band: band("Lärare") }, 26, 12],
      [{ kind: "job", job: "Vaktmästare" }, 5, 9],
    ]);
    for (const [i, row] of rows.entries()) {
      for (const level of ["annual", "hourly"] as const) {
        const w = want[level].categories[i]!;
        close(row[level].total, w.total);
        close(row[level].base, w.base);
        if (!row[level].variable.hidden) close(row[level].variable, w.variable);
      }
      const flagged = (["annual", "hourly"] as const).filter(
        (level) => Math.abs(want[level].categories[i]!.total.gapPercent!) >= 5,
      );
      expect(row.flaggedOn).toEqual(flagged);
      expect(row.jointPayAssessment).toBe(flagged.length > 0);
    }
  });

  it("follows (a) and (c) over every survey year", async () => {
    const result = (await org.hr.get(url(2026))).json;
    expect(result.yearOverYear.map((y: { year: number }) => y.year)).toEqual([2025, 2026]);
    const [y2025, y2026] = result.yearOverYear;
    // This year's entry is the same figure as the page's own (a) and (c).
    for (const level of ["annual", "hourly"] as const) {
      expect(y2026[level].meanGap.gapPercent).toBeCloseTo(result[level].meanGap.gapPercent, 9);
      expect(y2026[level].medianGap.gapPercent).toBeCloseTo(result[level].medianGap.gapPercent, 9);
    }
    // 2025 computed here: 40 women, 18 men.
    const l = levels(earlier);
    const bySex = (values: Float64Array, sex: number) =>
      Float64Array.from(values.filter((_, i) => l.sex[i] === sex)).sort();
    const mean = (values: Float64Array) => values.reduce((a, b) => a + b, 0) / values.length;
    const women = bySex(l.hourly, FEMALE);
    const men = bySex(l.hourly, MALE);
    expect(y2025).toMatchObject({ year: 2025, women: 40, men: 18 });
    expect(y2025.hourly.meanGap.gapPercent).toBeCloseTo(
      (100 * (mean(men) - mean(women))) / mean(men),
      9,
    );
    expect(y2025.hourly.medianGap.gapPercent).toBeCloseTo(
      (100 * (medianOfSorted(men)! - medianOfSorted(women)!)) / medianOfSorted(men)!,
      9,
    );
  });

  it("answers an empty survey without figures and a missing one with 404", async () => {
    await insertSurvey(t.db, org.organisationId, 2027, []);
    const empty = (await org.hr.get(url(2027))).json;
    expect(empty.population).toEqual({ women: 0, men: 0 });
    expect(empty.annual.meanGap).toMatchObject({ gapPercent: null, reason: "no-people" });
    expect(empty.annual.quartiles.map((b: { size: number }) => b.size)).toEqual([0, 0, 0, 0]);
    expect(empty.categories.rows).toEqual([]);
    const regression = await org.hr.get(`${org.api}/pay/surveys/2027/regression`);
    expect(regression.status).toBe(422);
    expect(regression.json.detail).toContain("men här finns 0.");
    expect((await org.hr.get(url(2030))).status).toBe(404);
  });
});

describe("who sees what", () => {
  it("gives a manager their own units and hides the small figures", async () => {
    const response = await org.members.manager.client.get(url(2026));
    expect(response.status).toBe(200);
    const result = response.json;
    // Skola and Förskola: 27 women and 18 men; the organisation still has 80.
    expect(result).toMatchObject({
      ownUnitsOnly: true,
      organisationEmployees: 80,
      population: { women: 27, men: 18 },
    });
    // The school's one woman caretaker: the caretakers' gaps and flag are hidden.
    const caretakers = result.categories.rows.find(
      (r: { category: { kind: string } }) => r.category.kind === "job",
    );
    expect(caretakers).toMatchObject({
      category: { kind: "job", job: "Vaktmästare" },
      women: null,
      countsHidden: true,
      jointPayAssessment: null,
      flaggedOn: [],
    });
    expect(caretakers.annual.total).toMatchObject({ hidden: true, gapPercent: null, female: null });
    // Every quartile figure shown is about 0 or at least k women and men.
    for (const level of ["annual", "hourly"] as const) {
      const bands = result[level].quartiles;
      expect(bands.some((b: { hidden: boolean }) => b.hidden)).toBe(true);
      for (const b of bands) {
        if (b.hidden) expect([b.female, b.male, b.femalePercent]).toEqual([null, null, null]);
        else for (const count of [b.female, b.male]) expect(count === 0 || count >= 5).toBe(true);
      }
    }
    // The years too are about the manager's units only: in 2025 the school had 20 and 15.
    expect(
      result.yearOverYear.map((y: { year: number; women: number; men: number }) => [
        y.year,
        y.women,
        y.men,
      ]),
    ).toEqual([
      [2025, 20, 15],
      [2026, 27, 18],
      [2027, 0, 0],
    ]);
  });

  it("shows those who may see individual pay the flag of a hidden category", async () => {
    const tenantK = (k: number) =>
      forOrganisation(t.db, org.organisationId)
        .updateTable("pay_surveys")
        .set({ min_group_size: k })
        .where("pay_surveys.year", "=", 2026)
        .execute();
    await tenantK(6);
    try {
      const hr = (await org.hr.get(url(2026))).json;
      const union = (await org.members.union_rep.client.get(url(2026))).json;
      const caretakers = (r: { categories: { rows: { category: { kind: string } }[] } }) =>
        r.categories.rows.find((row) => row.category.kind === "job") as unknown as {
          annual: { total: Figure };
          jointPayAssessment: boolean | null;
        };
      // 5 women caretakers are now fewer than k = 6.
      expect(caretakers(hr).annual.total.hidden).toBe(true);
      expect(typeof caretakers(hr).jointPayAssessment).toBe("boolean");
      expect(caretakers(union).jointPayAssessment).toBeNull();
    } finally {
      await tenantK(5);
    }
  });

  it("lets union representatives read the indicators but not participants or safety representatives", async () => {
    expect((await org.members.union_rep.client.get(url(2026))).status).toBe(200);
    expect((await org.members.participant.client.get(url(2026))).status).toBe(403);
    expect((await org.members.safety_rep.client.get(url(2026))).status).toBe(403);
  });
});
