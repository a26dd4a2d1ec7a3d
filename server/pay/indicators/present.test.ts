import { describe, expect, it } from "vitest";
import type { CategoryGap, QuartileBand } from "../../../core/pay/indicators.ts";
import { gap } from "../../../core/pay/stats.ts";
import { categoryRows, gapFigure, quartileFigures, shareFigure, yearRow } from "./present.ts";

const band = (b: 1 | 2 | 3 | 4, female: number, male: number): QuartileBand => ({
  band: b,
  size: female + male,
  female,
  male,
  femalePercent: (100 * female) / (female + male),
  malePercent: (100 * male) / (female + male),
  minPay: 1,
  maxPay: 2,
});

describe("what a published gap shows", () => {
  it("hides a gap about 1 … k−1 women or men, and keeps one about nobody with its reason", () => {
    expect(gapFigure(gap(30_000, 32_000, 4, 20), 5)).toEqual({
      female: null,
      male: null,
      nFemale: 4,
      nMale: 20,
      gapPercent: null,
      hidden: true,
      reason: null,
    });
    expect(gapFigure(gap(30_000, 32_000, 5, 20), 5)).toMatchObject({
      gapPercent: 6.25,
      hidden: false,
    });
    expect(gapFigure(gap(null, 32_000, 0, 20), 5)).toMatchObject({
      hidden: false,
      reason: "no-women",
    });
  });

  it("hides a share of variable pay when those with it, or without it, are few", () => {
    expect(shareFigure({ count: 40, recipients: 3, percent: 7.5 }, 5).hidden).toBe(true);
    expect(shareFigure({ count: 40, recipients: 37, percent: 92.5 }, 5).hidden).toBe(true);
    expect(shareFigure({ count: 40, recipients: 0, percent: 0 }, 5)).toEqual({
      count: 40,
      recipients: 0,
      percent: 0,
      hidden: false,
    });
  });
});

describe("quartile bands as published", () => {
  it("hides a band with few men and another so the men's total does not give them back", () => {
    // Men: 0, 5, 5, 3 (total 13 is published). Band 4's 3 men go, and its women, since the
    // band's size is published; then one more of the men: band 1's 0 is about nobody and
    // cannot protect them, so band 2's 5 (the first of the smallest), and its women with them.
    const shown = quartileFigures([band(1, 10, 0), band(2, 5, 5), band(3, 5, 5), band(4, 7, 3)], 5);
    expect(shown.map((b) => b.hidden)).toEqual([false, true, false, true]);
    expect(shown[0]).toMatchObject({ female: 10, male: 0 });
    expect(shown[2]).toMatchObject({ female: 5, male: 5, femalePercent: 50, malePercent: 50 });
    expect(shown.every((b) => !("minPay" in b))).toBe(true);
  });

  it("counts a split tie as a whole person", () => {
    const shown = quartileFigures(
      [band(1, 9.5, 0.5), band(2, 5, 5), band(3, 5, 5), band(4, 5, 5)],
      5,
    );
    expect(shown[0]!.hidden).toBe(true);
  });
});

describe("categories of workers as published", () => {
  const category = (id: number, women: number, men: number, f: number, m: number): CategoryGap => {
    const total = gap(f, m, women, men);
    return {
      category: id,
      nFemale: women,
      nMale: men,
      total,
      base: total,
      variable: gap(null, null, 0, 0),
      jointPayAssessment: Math.abs(total.gapPercent ?? 0) >= 5,
    };
  };
  const categories = [
    { kind: "band" as const, band: 3 },
    { kind: "job" as const, job: "Vaktmästare" },
  ];

  it("flags a gap of 5 % or more in either direction, and on which pay level", () => {
    const annual = [category(0, 10, 10, 95, 100), category(1, 10, 10, 104, 100)];
    const hourly = [category(0, 10, 10, 97, 100), category(1, 10, 10, 106, 100)];
    const rows = categoryRows(categories, annual, hourly, 5, false);
    expect(rows.map((r) => [r.jointPayAssessment, r.flaggedOn])).toEqual([
      [true, ["annual"]],
      [true, ["hourly"]],
    ]);
  });

  it("hides a small category's gaps and flag, but gives the flag to those who see individual pay", () => {
    const annual = [category(0, 20, 20, 100, 100), category(1, 2, 10, 90, 100)];
    const reader = categoryRows(categories, annual, annual, 5, false);
    expect(reader[1]).toMatchObject({
      women: null,
      countsHidden: true,
      jointPayAssessment: null,
      flaggedOn: [],
    });
    expect(reader[1]!.annual.total.gapPercent).toBeNull();
    // The two women would follow from the published total of women: the first row's counts go too.
    expect(reader[0]!.countsHidden).toBe(true);
    const hr = categoryRows(categories, annual, annual, 5, true);
    expect(hr[1]).toMatchObject({ jointPayAssessment: true, flaggedOn: ["annual", "hourly"] });
    expect(hr[1]!.annual.total.gapPercent).toBeNull();
  });
});

describe("a year of the series", () => {
  it("hides the year's counts and gaps when a sex is small", () => {
    const figures = { mean: 100, median: 100 };
    const row = yearRow({
      year: 2025,
      k: 5,
      women: 3,
      men: 30,
      annual: { female: figures, male: figures },
      hourly: { female: figures, male: figures },
    });
    expect(row).toMatchObject({ year: 2025, women: null, men: null });
    expect(row.annual.meanGap.hidden).toBe(true);
  });
});
