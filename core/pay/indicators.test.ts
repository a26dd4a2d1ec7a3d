import { describe, expect, it } from "vitest";
import { euIndicators, type PayPopulation, quartileBands } from "./indicators.ts";
import { FEMALE, MALE, medianOfSorted } from "./stats.ts";

const F = FEMALE;
const M = MALE;

function population(
  rows: [sex: number, pay: number, variable: number, category?: number][],
): PayPopulation {
  return {
    sex: Uint8Array.from(rows.map((r) => r[0])),
    pay: Float64Array.from(rows.map((r) => r[1])),
    variable: Float64Array.from(rows.map((r) => r[2])),
    base: Float64Array.from(rows.map((r) => r[1] - r[2])),
    category: Int32Array.from(rows.map((r) => r[3] ?? -1)),
  };
}

/** True when no number anywhere in the value is NaN or infinite. */
function allFinite(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (value && typeof value === "object") return Object.values(value).every(allFinite);
  return true;
}

/** What a naive stable sort by pay gives: bands cut at ⌊kn/4⌋ with no tie rule. */
function naiveFemalePercent(sex: number[], pay: number[]): number[] {
  const order = pay.map((_, i) => i).sort((a, b) => pay[a]! - pay[b]!);
  const n = order.length;
  return [1, 2, 3, 4].map((k) => {
    const band = order.slice(Math.floor(((k - 1) * n) / 4), Math.floor((k * n) / 4));
    return (100 * band.filter((i) => sex[i] === F).length) / band.length;
  });
}

describe("Art. 9(1)(a)–(e) on a hand-checked population", () => {
  // Women: pay 100, 200, 300 with variable 0, 10, 20.
  // Men:   pay 200, 300, 400, 700 with variable 0, 30, 40, 110; one person of unknown sex.
  const data = population([
    [F, 100, 0, 0],
    [M, 200, 0, 0],
    [F, 200, 10, 0],
    [0, 5000, 900, 0],
    [M, 300, 30, 1],
    [F, 300, 20, 1],
    [M, 400, 40, 1],
    [M, 700, 110],
  ]);
  const result = euIndicators(data);

  it("leaves out employees of other or unknown sex", () => {
    expect(result.population).toEqual({ female: 3, male: 4, excluded: 1 });
  });

  it("(a) mean gap: women 600/3 = 200, men 1600/4 = 400, gap 100·200/400 = 50 %", () => {
    expect(result.meanGap.female).toBe(200);
    expect(result.meanGap.male).toBe(400);
    expect(result.meanGap.difference).toBe(200);
    expect(result.meanGap.gapPercent).toBe(50);
    expect(result.meanGap.reason).toBeNull();
  });

  it("(b) variable mean gap among recipients: women (10+20)/2 = 15, men (30+40+110)/3 = 60, gap 75 %", () => {
    expect(result.variablePopulation).toBe("recipients");
    expect(result.variableMeanGap).toMatchObject({ female: 15, male: 60, nFemale: 2, nMale: 3 });
    expect(result.variableMeanGap.gapPercent).toBe(75);
  });

  it("(b) over everyone instead: women 30/3 = 10, men 180/4 = 45, gap 100·35/45 = 77.78 %", () => {
    const all = euIndicators(data, { variablePopulation: "all" });
    expect(all.variableMeanGap).toMatchObject({ female: 10, male: 45, nFemale: 3, nMale: 4 });
    expect(all.variableMeanGap.gapPercent).toBeCloseTo(77.777777778, 9);
    // The median over everyone: women 0,10,20 → 10; men 0,30,40,110 → 35; gap 100·25/35.
    expect(all.variableMedianGap.gapPercent).toBeCloseTo(71.428571429, 9);
  });

  it("(c) median gap: women (odd n) 200, men (even n) (300+400)/2 = 350, gap 100·150/350 = 42.86 %", () => {
    expect(result.medianGap.female).toBe(200);
    expect(result.medianGap.male).toBe(350);
    expect(result.medianGap.gapPercent).toBeCloseTo(42.857142857, 9);
  });

  it("(d) variable median gap among recipients: women 10,20 → 15; men 30,40,110 → 40; gap 62.5 %", () => {
    expect(result.variableMedianGap).toMatchObject({ female: 15, male: 40 });
    expect(result.variableMedianGap.gapPercent).toBe(62.5);
  });

  it("(e) share receiving variable pay: women 2/3, men 3/4", () => {
    expect(result.variableShare.female).toEqual({ count: 3, recipients: 2, percent: 200 / 3 });
    expect(result.variableShare.male).toEqual({ count: 4, recipients: 3, percent: 75 });
  });

  it("(f) quartiles: n = 7, bands of 1, 2, 2, 2 positions; ties fall inside bands", () => {
    // Sorted: F100 | F200 M200 | F300 M300 | M400 M700.
    expect(result.quartiles.map((b) => [b.size, b.female, b.male, b.femalePercent])).toEqual([
      [1, 1, 0, 100],
      [2, 1, 1, 50],
      [2, 1, 1, 50],
      [2, 0, 2, 0],
    ]);
    expect(result.quartiles[3]).toMatchObject({ minPay: 400, maxPay: 700, malePercent: 100 });
  });
});

describe("Art. 9(1)(g) gap per category of workers", () => {
  const result = euIndicators(
    population([
      [F, 100, 0, 0],
      [M, 200, 0, 0],
      [F, 200, 10, 0],
      [M, 300, 30, 1],
      [F, 300, 20, 1],
      [M, 400, 40, 1],
      [M, 700, 110], // no category: left out of (g)
    ]),
  );

  it("category 0: total 150 vs 200 (25 %), base 145 vs 200 (27.5 %), no male recipient of variable pay", () => {
    const c = result.categories[0]!;
    expect(c).toMatchObject({ category: 0, nFemale: 2, nMale: 1, jointPayAssessment: true });
    expect(c.total.gapPercent).toBe(25);
    expect(c.base).toMatchObject({ female: 145, male: 200, gapPercent: 27.5 });
    // Women's recipients: one person with 10; men: nobody → null with a reason, not NaN.
    expect(c.variable).toMatchObject({
      female: 10,
      male: null,
      gapPercent: null,
      reason: "no-men",
    });
  });

  it("category 1: total 300 vs 350 (14.29 %), base 280 vs 315 (11.11 %), variable 20 vs 35 (42.86 %)", () => {
    const c = result.categories[1]!;
    expect(c.total.gapPercent).toBeCloseTo(100 / 7, 9);
    expect(c.base.gapPercent).toBeCloseTo(100 / 9, 9);
    expect(c.variable.gapPercent).toBeCloseTo(300 / 7, 9);
    expect(result.categories).toHaveLength(2);
  });

  it("flags a joint pay assessment at exactly 5 % in either direction, not at 4.99 %", () => {
    const flag = (women: number) =>
      euIndicators(
        population([
          [F, women, 0, 0],
          [M, 100, 0, 0],
        ]),
      ).categories[0]!.jointPayAssessment;
    expect(flag(95)).toBe(true); // gap 5 %
    expect(flag(95.01)).toBe(false); // gap 4.99 %
    expect(flag(105)).toBe(true); // gap −5 %: men paid 5 % less
    expect(flag(104.99)).toBe(false);
  });
});

describe("(f) quartile bands with the tie rule", () => {
  it("splits one tie group evenly: four people on one pay level, F F M M → 50 % in every band", () => {
    const sex = [F, F, M, M];
    const pay = [100, 100, 100, 100];
    const bands = quartileBands(Uint8Array.from(sex), Float64Array.from(pay));
    expect(bands.map((b) => [b.female, b.male])).toEqual([
      [0.5, 0.5],
      [0.5, 0.5],
      [0.5, 0.5],
      [0.5, 0.5],
    ]);
    // A naive sort keeps the input order: the women land in the two lowest bands.
    expect(naiveFemalePercent(sex, pay)).toEqual([100, 100, 0, 0]);
  });

  it("gives fractional counts when a tie group straddles a boundary (n = 8)", () => {
    // Sorted: pos 1 F10 | pos 2–4 pay 20: F, F, M | pos 5 M30, 6 F40 | 7 M50, 8 M60.
    // Bands of two. The 20-group is 2/3 women; band 1 takes one of its positions:
    // band 1 = 1 + 2/3 women, 1/3 men (83.33 %); band 2 = 4/3 women, 2/3 men (66.67 %).
    const sex = [F, M, F, F, M, F, M, M];
    const pay = [10, 20, 20, 20, 30, 40, 50, 60];
    const bands = quartileBands(Uint8Array.from(sex), Float64Array.from(pay));
    expect(bands[0]!.female).toBeCloseTo(5 / 3, 12);
    expect(bands[0]!.male).toBeCloseTo(1 / 3, 12);
    expect(bands[0]!.femalePercent).toBeCloseTo(250 / 3, 9);
    expect(bands[1]!.female).toBeCloseTo(4 / 3, 12);
    expect(bands[1]!.femalePercent).toBeCloseTo(200 / 3, 9);
    expect(bands[2]).toMatchObject({ female: 1, male: 1, femalePercent: 50 });
    expect(bands[3]).toMatchObject({ female: 0, male: 2, femalePercent: 0 });
    // The naive sort puts M20 first in the tie: 50 % and 100 % instead of 83.33 % and 66.67 %.
    expect(naiveFemalePercent(sex, pay)).toEqual([50, 100, 50, 0]);
  });

  it("splits a tie group across three bands of unequal size (n = 10: sizes 2, 3, 2, 3)", () => {
    // Sorted: pos 1 F1 | pos 2–7 pay 50: 2 women, 4 men | pos 8–10 M90, M91, M92.
    // The 50-group is 1/3 women: band 1 gets 1 of its positions, band 2 three, band 3 two.
    const sex = [M, M, F, M, F, M, F, M, M, M];
    const pay = [50, 50, 50, 91, 50, 90, 1, 92, 50, 50];
    const bands = quartileBands(Uint8Array.from(sex), Float64Array.from(pay));
    expect(bands.map((b) => b.size)).toEqual([2, 3, 2, 3]);
    const expected = [
      [4 / 3, 2 / 3],
      [1, 2],
      [2 / 3, 4 / 3],
      [0, 3],
    ];
    bands.forEach((b, k) => {
      expect(b.female).toBeCloseTo(expected[k]![0]!, 12);
      expect(b.male).toBeCloseTo(expected[k]![1]!, 12);
      expect(b.femalePercent! + b.malePercent!).toBeCloseTo(100, 12);
    });
    expect(bands.reduce((s, b) => s + b.female, 0)).toBeCloseTo(3, 12);
  });

  it("reports empty bands as null when n < 4", () => {
    const bands = quartileBands(Uint8Array.from([F, M]), Float64Array.from([1, 2]));
    // n = 2: band 1 = positions 1…0 (empty), band 2 = 1…1, band 3 = 2…1 (empty), band 4 = 2…2.
    expect(bands.map((b) => b.size)).toEqual([0, 1, 0, 1]);
    expect(bands[0]).toMatchObject({ femalePercent: null, malePercent: null, minPay: null });
    expect(bands[1]!.femalePercent).toBe(100);
  });
});

describe("no NaN for empty groups", () => {
  it("a population of women only: gaps are null with reason no-men", () => {
    const r = euIndicators(
      population([
        [F, 100, 0, 0],
        [F, 200, 5, 0],
      ]),
    );
    expect(r.meanGap).toMatchObject({
      female: 150,
      male: null,
      gapPercent: null,
      reason: "no-men",
    });
    expect(r.medianGap.reason).toBe("no-men");
    expect(r.variableShare.male.percent).toBeNull();
    expect(r.categories[0]!.jointPayAssessment).toBe(false);
    expect(allFinite(r)).toBe(true);
  });

  it("nobody at all: everything null, bands empty", () => {
    const r = euIndicators(population([]));
    expect(r.meanGap.reason).toBe("no-people");
    expect(r.quartiles.every((b) => b.size === 0 && b.femalePercent === null)).toBe(true);
    expect(allFinite(r)).toBe(true);
  });

  it("men's mean 0 (no man has variable pay, over everyone): difference shown, percentage null", () => {
    const r = euIndicators(
      population([
        [F, 100, 10],
        [M, 100, 0],
      ]),
      { variablePopulation: "all" },
    );
    expect(r.variableMeanGap).toMatchObject({
      female: 10,
      male: 0,
      difference: -10,
      gapPercent: null,
      reason: "male-zero",
    });
    expect(allFinite(r)).toBe(true);
  });

  it("refuses negative or non-finite pay and arrays of different length", () => {
    const bad = population([[F, 100, 0]]);
    bad.pay[0] = Number.NaN;
    expect(() => euIndicators(bad)).toThrow(/pay\[0\]/);
    const short = population([[F, 100, 0]]);
    short.base = new Float64Array(0);
    expect(() => euIndicators(short)).toThrow(RangeError);
  });
});

describe("median", () => {
  it("takes the middle value for odd n and the mean of the two middle values for even n", () => {
    expect(medianOfSorted(Float64Array.from([1, 2, 9]))).toBe(2);
    expect(medianOfSorted(Float64Array.from([1, 2, 4, 9]))).toBe(3);
    expect(medianOfSorted(Float64Array.from([7]))).toBe(7);
    expect(medianOfSorted(new Float64Array(0))).toBeNull();
  });
});
