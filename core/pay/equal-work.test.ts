import { describe, expect, it } from "vitest";
import {
  bandByWidth,
  equalWork,
  fteMonthlyPay,
  type JobSummary,
  womenDominated,
  womenDominatedComparisons,
} from "./equal-work.ts";
import { FEMALE as F, MALE as M } from "./stats.ts";

describe("equal work (3 kap. 9 § 1)", () => {
  // Job 0: women 30 000, 32 000, 34 000; men 33 000, 35 000, 37 000, 43 000.
  // Job 1: two women only. Job 2: nobody. Job 3: one man only. One person of unknown sex.
  const people: [number, number, number][] = [
    [M, 0, 43000],
    [F, 0, 32000],
    [F, 1, 29000],
    [M, 0, 33000],
    [0, 0, 99000],
    [F, 0, 34000],
    [M, 3, 40000],
    [M, 0, 37000],
    [F, 1, 28000],
    [F, 0, 30000],
    [M, 0, 35000],
  ];
  const rows = equalWork({
    sex: Uint8Array.from(people.map((p) => p[0])),
    job: Int32Array.from(people.map((p) => p[1])),
    monthlyPay: Float64Array.from(people.map((p) => p[2])),
  });

  it("summarises women and men per job and leaves out empty jobs", () => {
    expect(rows.map((r) => r.job)).toEqual([0, 1, 3]);
    expect(rows[0]!.women).toEqual({
      count: 3,
      mean: 32000,
      median: 32000,
      min: 30000,
      max: 34000,
    });
    expect(rows[0]!.men).toEqual({ count: 4, mean: 37000, median: 36000, min: 33000, max: 43000 });
  });

  it("gives the difference in kronor and % of men's pay: means 5 000 kr = 13.51 %, medians 4 000 kr = 11.11 %", () => {
    expect(rows[0]!.mean.difference).toBe(5000);
    expect(rows[0]!.mean.gapPercent).toBeCloseTo((100 * 5000) / 37000, 12);
    expect(rows[0]!.median.difference).toBe(4000);
    expect(rows[0]!.median.gapPercent).toBeCloseTo(100 / 9, 12);
  });

  it("gives null with a reason, not NaN, when a sex is missing from a job", () => {
    expect(rows[1]!.men).toEqual({ count: 0, mean: null, median: null, min: null, max: null });
    expect(rows[1]!.mean).toMatchObject({ female: 28500, gapPercent: null, reason: "no-men" });
    expect(rows[2]!.mean.reason).toBe("no-women");
  });

  it("standardises to full time: (15 000 + 1 000)·100/50 = 32 000 kr", () => {
    expect(fteMonthlyPay(15000, 1000, 50)).toBe(32000);
    expect(fteMonthlyPay(32000, 0, 100)).toBe(32000);
    expect(() => fteMonthlyPay(30000, 0, 0)).toThrow(RangeError);
  });
});

describe("women-dominated jobs", () => {
  it("counts exactly 60 % women as women-dominated, 59.9 % not", () => {
    expect(womenDominated({ women: 6, men: 4 })).toBe("share");
    expect(womenDominated({ women: 3, men: 2 })).toBe("share");
    expect(womenDominated({ women: 599, men: 401 })).toBeNull();
  });

  it("takes a configurable threshold, exact at its edge (7 of 10 at 0.7)", () => {
    expect(womenDominated({ women: 7, men: 3 }, { threshold: 0.7 })).toBe("share");
    expect(womenDominated({ women: 6, men: 4 }, { threshold: 0.7 })).toBeNull();
    expect(womenDominated({ women: 5, men: 5 }, { threshold: 0.5 })).toBe("share");
  });

  it("honours the manual flag for jobs traditionally regarded as women's", () => {
    expect(womenDominated({ women: 3, men: 7, traditionallyWomen: true })).toBe("manual");
    expect(womenDominated({ women: 8, men: 2, traditionallyWomen: true })).toBe("share-and-manual");
    expect(womenDominated({ women: 0, men: 0 })).toBeNull();
  });
});

describe("equivalent work and lower value with higher pay (3 kap. 9 § 2–3)", () => {
  // A (value 300, 60 % women, 30 000) and G (310, 30 % women but flagged, 25 000) are
  // women-dominated; the rest are not (F has 59 %).
  const jobs: JobSummary<string>[] = [
    { id: "A", value: 300, women: 6, men: 4, meanPay: 30000 },
    { id: "B", value: 300, women: 5, men: 5, meanPay: 33000 },
    { id: "C", value: 300, women: 1, men: 9, meanPay: 29000 },
    { id: "D", value: 250, women: 2, men: 8, meanPay: 31000 },
    { id: "E", value: 350, women: 0, men: 5, meanPay: 40000 },
    { id: "F", value: 250, women: 59, men: 41, meanPay: 30500 },
    { id: "G", value: 310, women: 3, men: 7, meanPay: 25000, traditionallyWomen: true },
  ];
  const ids = (pairs: { job: string }[]) => pairs.map((p) => p.job);

  it("on exact values: A ~ B (equal value, 3 000 kr = 9.09 % higher); D, F lower value and higher pay", () => {
    const [a, g] = womenDominatedComparisons(jobs);
    expect(a).toMatchObject({ job: "A", dominance: "share", womenShare: 0.6 });
    expect(ids(a!.equivalent)).toEqual(["B"]); // C has equal value but lower pay; E higher value
    expect(a!.equivalent[0]!.differenceKr).toBe(3000);
    expect(a!.equivalent[0]!.differencePercent).toBeCloseTo((100 * 3000) / 33000, 12);
    expect(ids(a!.lowerValueHigherPay)).toEqual(["D", "F"]); // 1 000 kr, then 500 kr
    // G (310) has no job of exactly its value; B, D, F and C all have lower value and higher pay.
    expect(g).toMatchObject({ job: "G", dominance: "manual" });
    expect(ids(g!.equivalent)).toEqual([]);
    expect(ids(g!.lowerValueHigherPay)).toEqual(["B", "D", "F", "C"]); // 8 000, 6 000, 5 500, 4 000 kr
  });

  it("with bands of width 50 G (310) shares band 6 with B and C: equivalent work instead", () => {
    const [a, g] = womenDominatedComparisons(jobs, { bandOf: bandByWidth(50) });
    expect(ids(a!.equivalent)).toEqual(["B"]);
    expect(ids(a!.lowerValueHigherPay)).toEqual(["D", "F"]);
    expect(ids(g!.equivalent)).toEqual(["B", "C"]);
    expect(ids(g!.lowerValueHigherPay)).toEqual(["D", "F"]);
  });

  it("uses a band id set on the job, and skips jobs without pay", () => {
    const banded = jobs.map((j) => ({ ...j, band: j.id === "E" ? "x" : "y" }));
    banded.push({ id: "H", value: 100, women: 0, men: 3, meanPay: null, band: "y" });
    const [a] = womenDominatedComparisons(banded);
    expect(ids(a!.equivalent)).toEqual(["B", "D", "F"]); // all of band y with higher pay
    expect(ids(a!.lowerValueHigherPay)).toEqual([]); // E is in another band but of higher value
  });

  it("a lower threshold makes F women-dominated too, so it is compared rather than a comparator", () => {
    const result = womenDominatedComparisons(jobs, { threshold: 0.5 });
    expect(ids(result)).toEqual(["A", "B", "F", "G"]);
    expect(ids(result[0]!.lowerValueHigherPay)).toEqual(["D"]);
  });
});
