import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  fullTimeEquivalent,
  type LogibEmployee,
  mostFrequentWeeklyHours,
  potentialExperience,
  runLogibStandardModel,
  standardisedMonthlyWage,
  trainingYears,
} from "./logib.ts";

// Logib's demo firm "imprimerie" (R package logib, GPL-3), read from the shared reference data.
function readImprimerie(): (LogibEmployee & { population: number })[] {
  const text = readFileSync(
    new URL("../../../shared/data/logib_imprimerie.csv", import.meta.url),
    "utf8",
  );
  const [head, ...lines] = text.trim().split(/\r?\n/);
  const names = head!.split(",").map((name) => name.replaceAll('"', ""));
  return lines.map((line) => {
    const cells = line.split(",");
    const value = (name: string) => Number(cells[names.indexOf(name)]);
    return {
      age: value("age"),
      sex: value("sex"),
      yearsOfService: value("years_of_service"),
      training: value("training"),
      skillLevel: value("skill_level"),
      professionalPosition: value("professional_position"),
      activityRate: value("activity_rate"),
      paidHours: value("paid_hours"),
      basicWage: value("basic_wage"),
      allowances: value("allowances"),
      monthlyWage13: value("monthly_wage_13"),
      specialPayments: value("special_payments"),
      weeklyHours: value("weekly_hours"),
      annualHours: value("annual_hours"),
      population: value("population"),
    };
  });
}

const imprimerie = readImprimerie();

describe("the Logib standard model on the demo firm imprimerie", () => {
  it("reproduces the published result for all 318 employees", () => {
    const { fit, female } = runLogibStandardModel(imprimerie);
    expect(fit.n).toBe(318);
    expect(fit.df).toBe(305);
    expect(fit.rSquared).toBeCloseTo(0.7189127, 6);
    // shared/domain/pay-analysis.md §6, from the logib package and statsmodels.
    expect(Math.abs(female.delta - -0.059973204204)).toBeLessThan(1e-9);
    expect(Math.abs(female.se - 0.021911071695)).toBeLessThan(1e-9);
    expect(female.kennedy * 100).toBeCloseTo(-5.84, 2);
    expect(female.t).toBeCloseTo(-2.737, 3);
    expect(female.significant).toBe(true);
    expect(female.thresholdT).toBeCloseTo(0.455, 3);
    expect(female.aboveThreshold).toBe(false);
    expect(female.outcome).toBe("significantNotAboveThreshold");
    expect(fit.coefficients.map((c) => c.name)).toEqual([
      "(Intercept)",
      "training",
      "service",
      "experience",
      "experience^2",
      "skill_level[2]",
      "skill_level[3]",
      "skill_level[4]",
      "professional_position[2]",
      "professional_position[3]",
      "professional_position[4]",
      "professional_position[5]",
      "female",
    ]);
  });

  it("reproduces the variant without the three apprentices (population code 1 only)", () => {
    const { fit, female } = runLogibStandardModel(imprimerie.filter((e) => e.population === 1));
    expect(fit.n).toBe(315);
    expect(female.delta).toBeCloseTo(-0.0603857, 7);
    expect(female.se).toBeCloseTo(0.01555, 7);
    expect(female.kennedy * 100).toBeCloseTo(-5.87, 2);
  });
});

describe("Logib's variables", () => {
  const employee: LogibEmployee = {
    age: 40,
    sex: 2,
    yearsOfService: 5,
    training: 3,
    skillLevel: 2,
    professionalPosition: 4,
    activityRate: 80,
    basicWage: 4000,
    allowances: 100,
    monthlyWage13: 4000 / 12,
    specialPayments: 50,
    weeklyHours: 40,
  };

  it("turns training codes into years and gives potential experience from age", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(trainingYears)).toEqual([17, 15, 14, 15, 13, 12, 11, 7]);
    expect(trainingYears(9)).toBeNaN();
    expect(potentialExperience(40, 14)).toBe(20);
    expect(potentialExperience(18, 17)).toBe(0);
  });

  it("takes the most frequent weekly hours, the highest on ties, annual hours for hourly-only firms", () => {
    const hours = (weeklyHours: number) => ({ ...employee, weeklyHours });
    expect(mostFrequentWeeklyHours([hours(40), hours(40), hours(38)])).toBe(40);
    expect(mostFrequentWeeklyHours([hours(38), hours(40), hours(38), hours(40)])).toBe(40);
    const hourly = { ...employee, weeklyHours: 0, paidHours: 100, annualHours: 2080 };
    expect(mostFrequentWeeklyHours([hourly, { ...hourly, annualHours: 1820 }])).toBe(40);
  });

  it("standardises monthly pay to full time, for monthly and hourly pay", () => {
    // 40 h × 80 % of a 42-hour firm: FTE 3200/4200.
    expect(fullTimeEquivalent(employee, 42)).toBeCloseTo(3200 / 4200, 14);
    expect(standardisedMonthlyWage(employee, 42)).toBeCloseTo(
      (4150 + 4000 / 12) / (3200 / 4200),
      9,
    );
    // 91 paid hours in a month at 42 h a week: 12·91/(52·42) = 0.5.
    const hourly = { ...employee, paidHours: 91 };
    expect(fullTimeEquivalent(hourly, 42)).toBeCloseTo(0.5, 14);
  });
});
