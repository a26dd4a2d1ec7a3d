import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseModelFormula } from "./formula.ts";
import {
  type Dataset,
  type DataValue,
  fitPayGapRegression,
  fitRegression,
  type ModelSpec,
  PayModelError,
  summariseFemaleCoefficient,
  twoSidedP,
} from "./regression.ts";

// CPS 1985 (R package AER), read from the shared reference data; no value contains a comma.
function readCps(): Record<string, DataValue[]> {
  const text = readFileSync(new URL("../../../shared/data/cps1985.csv", import.meta.url), "utf8");
  const [head, ...lines] = text.trim().split(/\r?\n/);
  const names = head!.split(",").map((name) => name.replaceAll('"', ""));
  const columns: Record<string, DataValue[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (const line of lines) {
    line.split(",").forEach((cell, i) => {
      columns[names[i]!]!.push(cell.startsWith('"') ? cell.slice(1, -1) : Number(cell));
    });
  }
  return columns;
}

const cps = readCps();
const model = (formula: string, data: Dataset = cps) =>
  parseModelFormula(formula, {
    variables: Object.keys(data),
    isCategorical: (variable) => typeof data[variable]![0] === "string",
  });

/*
 * Reference: statsmodels 0.13.5 (Debian bookworm python3-statsmodels), produced once with
 *
 *   import numpy as np, pandas as pd, statsmodels.formula.api as smf
 *   d = pd.read_csv("shared/data/cps1985.csv")
 *   m = smf.ols("np.log(wage) ~ education + experience + I(experience**2) + C(gender)"
 *               " + C(occupation)", data=d).fit()          # "full" adds + C(sector) + C(union)
 *                                                         # + C(married) + C(ethnicity) + C(region)
 *   print(m.nobs, m.df_resid, repr(m.rsquared), repr(m.rsquared_adj), repr(np.sqrt(m.scale)))
 *   for k in m.params.index: print(k, repr(m.params[k]), repr(m.bse[k]), repr(m.pvalues[k]))
 *
 * with statsmodels' names renamed to ours (Intercept → (Intercept), C(gender)[T.male] →
 * gender[male], I(experience ** 2) → experience^2). Values are [estimate, SE, p].
 */
const STATSMODELS = {
  basic: {
    formula: "log(wage) ~ education + experience + experience^2 + gender + occupation",
    n: 534,
    df: 524,
    rSquared: 0.3407635171734934,
    adjustedRSquared: 0.32944075315548094,
    residualSE: 0.43215587784852083,
    coefficients: {
      "(Intercept)": [0.8423160295740248, 0.16954864729328376, 9.172686003268189e-7],
      "gender[male]": [0.23000917920367334, 0.04160015307870786, 5.0862228146970635e-8],
      "occupation[office]": [-0.2054723200777176, 0.07640364159976586, 0.007388377932348132],
      "occupation[sales]": [-0.34555283277886156, 0.09220625288523346, 0.00019837080374742312],
      "occupation[services]": [-0.34404979834686905, 0.08064400822177265, 2.3588204540228052e-5],
      "occupation[technical]": [-0.000612416610015043, 0.07283168868228035, 0.9932941425993815],
      "occupation[worker]": [-0.1624273668015594, 0.07515503105731187, 0.031129780979959824],
      education: [0.06872905317366815, 0.010032453575547282, 2.0682155187072902e-11],
      experience: [0.03346632539832961, 0.0053157931763385645, 6.479414084733959e-10],
      "experience^2": [-0.0005011765228501615, 0.0001173243973661686, 2.3039136520896964e-5],
    },
  },
  full: {
    formula:
      "log(wage) ~ education + experience + experience^2 + gender + occupation + sector + union + married + ethnicity + region",
    n: 534,
    df: 517,
    rSquared: 0.38152329298305376,
    adjustedRSquared: 0.36238281462276145,
    residualSE: 0.42140710478497106,
    coefficients: {
      "(Intercept)": [1.1085022798494537, 0.19631029742881356, 2.70177807941321e-8],
      "gender[male]": [0.22390916972787933, 0.04125369161645641, 8.794407208669081e-8],
      "occupation[office]": [-0.21018296898067315, 0.07503679458517357, 0.005284212693080293],
      "occupation[sales]": [-0.3480306480621951, 0.09022086174412036, 0.0001289997523812267],
      "occupation[services]": [-0.36693002774320155, 0.07988700398385394, 5.491612554980544e-6],
      "occupation[technical]": [-0.04111304343777421, 0.07166836559930002, 0.5664495407175051],
      "occupation[worker]": [-0.284253084868532, 0.07890811761576853, 0.00034583585031042267],
      "sector[manufacturing]": [0.029788812360212517, 0.09758686074432521, 0.7602953078382026],
      "sector[other]": [-0.10704394390840825, 0.09513185808617186, 0.26101936591229247],
      "union[yes]": [0.2110357071956515, 0.050453179564020324, 3.382603292700751e-5],
      "married[yes]": [0.02374234067826532, 0.041484918149641524, 0.5673590012877919],
      "ethnicity[hispanic]": [-0.0972000401358544, 0.0856658274590493, 0.25705116367754965],
      "ethnicity[other]": [-0.09361261647881067, 0.0566332504289647, 0.09894565763528104],
      "region[south]": [-0.08186915069133524, 0.04139951904404396, 0.048511433298713595],
      education: [0.0603535229684921, 0.010026041269672473, 3.315193557741521e-9],
      experience: [0.030723772274854882, 0.005474419884528416, 3.260986350565486e-8],
      "experience^2": [-0.0004860579141662904, 0.00011845750474587938, 4.733015697349467e-5],
    },
  },
} as const;

const relative = (actual: number, expected: number) =>
  Math.abs(actual - expected) / Math.abs(expected);

function refusal(run: () => unknown): { code: string; details: unknown } {
  try {
    run();
  } catch (error) {
    if (error instanceof PayModelError) return { code: error.code, details: error.details };
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("OLS against statsmodels on CPS 1985", () => {
  for (const [key, reference] of Object.entries(STATSMODELS)) {
    it(`matches the ${key} model`, () => {
      const fit = fitRegression(cps, model(reference.formula));
      expect(fit.n).toBe(reference.n);
      expect(fit.df).toBe(reference.df);
      expect(relative(fit.rSquared, reference.rSquared)).toBeLessThan(1e-9);
      expect(relative(fit.adjustedRSquared, reference.adjustedRSquared)).toBeLessThan(1e-9);
      expect(relative(fit.residualSE, reference.residualSE)).toBeLessThan(1e-9);
      const expected = reference.coefficients as Record<string, readonly [number, number, number]>;
      expect(fit.coefficients.map((c) => c.name).sort()).toEqual(Object.keys(expected).sort());
      for (const coefficient of fit.coefficients) {
        const [estimate, se, p] = expected[coefficient.name]!;
        expect(relative(coefficient.estimate, estimate), coefficient.name).toBeLessThan(1e-9);
        expect(relative(coefficient.se, se), coefficient.name).toBeLessThan(1e-9);
        expect(relative(coefficient.t, estimate / se), coefficient.name).toBeLessThan(1e-9);
        expect(relative(coefficient.p, p), coefficient.name).toBeLessThan(1e-6);
      }
    });
  }

  it("gives the female coefficient as the negated male dummy, with both Logib tests", () => {
    const spec = model(STATSMODELS.basic.formula);
    const { fit, female } = fitPayGapRegression(cps, spec, {
      variable: "gender",
      female: "female",
      male: "male",
    });
    const [male, se] = STATSMODELS.basic.coefficients["gender[male]"];
    // The female dummy takes the place of the gender term.
    expect(fit.coefficients.map((c) => c.name).slice(0, 5)).toEqual([
      "(Intercept)",
      "education",
      "experience",
      "experience^2",
      "female",
    ]);
    expect(relative(female.delta, -male)).toBeLessThan(1e-9);
    expect(relative(female.se, se)).toBeLessThan(1e-9);
    expect(female.kennedy).toBeCloseTo(Math.exp(-male - se ** 2 / 2) - 1, 12);
    expect(female.thresholdT).toBeCloseTo((male - 0.05) / se, 10);
    expect(female.thresholdCritical).toBeCloseTo(1.6477667625, 6); // scipy stats.t.ppf(0.95, 524)
    expect(female.aboveThreshold).toBe(true);
    expect(female.outcome).toBe("significantlyAboveThreshold");
  });

  it("leaves out rows with a missing value and counts them", () => {
    const education = [...cps.education!];
    education[3] = null;
    education[10] = Number.NaN;
    const fit = fitRegression({ ...cps, education }, model(STATSMODELS.basic.formula));
    expect(fit.n).toBe(532);
    expect(fit.excluded).toBe(2);
    expect(fit.df).toBe(522);
  });

  it("drops a factor with a single level and uses the lowest level as baseline", () => {
    const data = {
      ...cps,
      country: cps.wage!.map(() => "us"),
      grade: cps.occupation!.map((o) => (o === "worker" ? 10 : 9)),
    };
    const spec = model("log(wage) ~ education + country", data);
    const fit = fitRegression(data, spec);
    expect(fit.droppedFactors).toEqual(["country"]);
    expect(fit.coefficients.map((c) => c.name)).toEqual(["(Intercept)", "education"]);
    const graded = fitRegression(data, {
      ...spec,
      terms: [{ kind: "categorical", variable: "grade" }],
    });
    expect(graded.coefficients.map((c) => c.name)).toEqual(["(Intercept)", "grade[10]"]);
  });
});

describe("a hand-checked simple regression", () => {
  it("fits y = a + b·x on six points", () => {
    // x = 1…6, y = 1, 3, 2, 5, 4, 6: x̄ = ȳ = 3.5, Sxx = Syy = 17.5, Sxy = 15.5, so b = Sxy/Sxx
    // = 31/35 and a = ȳ − b·x̄ = 0.4. RSS = Syy − Sxy²/Sxx = 132/35, σ² = RSS/(6 − 2) = 33/35,
    // SE(b) = √(σ²/Sxx) = √66/35, SE(a) = √(σ²(1/6 + x̄²/Sxx)), R² = Sxy²/(Sxx·Syy) = 961/1225.
    const data = { x: [1, 2, 3, 4, 5, 6], y: [1, 3, 2, 5, 4, 6] };
    const spec: ModelSpec = {
      response: "y",
      logResponse: false,
      terms: [{ kind: "numeric", variable: "x" }],
    };
    const fit = fitRegression(data, spec);
    const [a, b] = fit.coefficients;
    expect(b!.estimate).toBeCloseTo(31 / 35, 14);
    expect(a!.estimate).toBeCloseTo(0.4, 14);
    expect(b!.se).toBeCloseTo(Math.sqrt(66) / 35, 14);
    expect(a!.se).toBeCloseTo(Math.sqrt((33 / 35) * (1 / 6 + 3.5 ** 2 / 17.5)), 14);
    expect(fit.rSquared).toBeCloseTo(961 / 1225, 14);
    expect(fit.residualSE).toBeCloseTo(Math.sqrt(33 / 35), 14);
    expect(b!.p).toBeCloseTo(twoSidedP(b!.t, 4), 15);
    // t(4) two-sided: P(|T| > 2.776445) = 0.05.
    expect(twoSidedP(2.7764451051977987, 4)).toBeCloseTo(0.05, 9);
  });
});

describe("refusals", () => {
  const spec = model(STATSMODELS.basic.formula);
  const sex = { variable: "gender", female: "female", male: "male" } as const;
  const rows = (keep: (i: number) => boolean): Dataset =>
    Object.fromEntries(
      Object.entries(cps).map(([name, values]) => [name, values.filter((_, i) => keep(i))]),
    );

  it("refuses fewer than 50 employees", () => {
    expect(
      refusal(() =>
        fitPayGapRegression(
          rows((i) => i < 49),
          spec,
          sex,
        ),
      ),
    ).toEqual({
      code: "pay.regression.tooFew",
      details: { n: 49, minimum: 50 },
    });
    expect(
      fitPayGapRegression(
        rows((i) => i < 50),
        spec,
        sex,
      ).fit.n,
    ).toBe(50);
  });

  it("refuses data with one sex only", () => {
    const men = rows((i) => cps.gender![i] === "male");
    expect(refusal(() => fitPayGapRegression(men, spec, sex))).toEqual({
      code: "pay.regression.oneSex",
      details: { women: 0, men: 289 },
    });
  });

  it("refuses collinear columns and names the dependent ones", () => {
    const data = { ...cps, months: cps.education!.map((e) => 12 * (e as number)) };
    expect(
      refusal(() =>
        fitRegression(data, model("log(wage) ~ education + experience + months", data)),
      ),
    ).toEqual({
      code: "pay.regression.collinear",
      details: { columns: ["months"] },
    });
    // A sum of two other columns (potential experience rebuilt from age) is caught as well.
    const ages = {
      ...cps,
      born: cps.age!.map((a, i) => (a as number) - (cps.experience![i] as number)),
    };
    expect(
      refusal(() => fitRegression(ages, model("wage ~ age + experience + born", ages))),
    ).toEqual({
      code: "pay.regression.collinear",
      details: { columns: ["born"] },
    });
    const copy = { ...cps, branch: cps.sector! };
    expect(refusal(() => fitRegression(copy, model("wage ~ sector + branch", copy)))).toEqual({
      code: "pay.regression.collinear",
      details: { columns: ["branch[manufacturing]", "branch[other]"] },
    });
  });

  it("refuses the log of pay that is not positive, and unknown variables", () => {
    const wage = cps.wage!.map((w, i) => (i === 7 ? 0 : w));
    expect(refusal(() => fitRegression({ ...cps, wage }, model("log(wage) ~ education")))).toEqual({
      code: "pay.regression.nonPositiveResponse",
      details: { variable: "wage", row: 8 },
    });
    const spec: ModelSpec = {
      response: "wage",
      logResponse: false,
      terms: [{ kind: "numeric", variable: "tenure" }],
    };
    expect(refusal(() => fitRegression(cps, spec)).code).toBe("pay.regression.unknownVariable");
  });

  it("summarises only a coefficient that exists", () => {
    const fit = fitRegression(cps, spec);
    expect(() => summariseFemaleCoefficient(fit)).toThrow("no coefficient female");
  });
});
