import { describe, expect, it } from "vitest";
import {
  DEFAULT_MIN_GROUP_SIZE,
  suppressPayBySex,
  suppressSexCounts,
  suppressTable,
} from "./suppression.ts";

describe("counts per unit × sex with totals (k = 5)", () => {
  //            women  men  total
  // unit 1        2    10    12   ← 2 < 5: primary; then men 10 hides it from the row total
  // unit 2        8    12    20
  // unit 3        7     9    16   ← women 7 is the smallest other cell in the women's column,
  //                                 then men 9 protects it in its row
  // total        17    31    48
  // Left published: unit 2 and all totals. Unknowns u1w + u1m = 12, u3w + u3m = 16,
  // u1w + u3w = 9, u1m + u3m = 22: four unknowns, three independent equations.
  const sizes = [
    [2, 10],
    [8, 12],
    [7, 9],
  ];

  it("hides primary and complementary cells in rows and columns", () => {
    const result = suppressTable({ sizes, kind: "count", k: 5 });
    expect(result.cells).toEqual([
      ["primary", "complementary"],
      [null, null],
      ["complementary", "complementary"],
    ]);
    expect(result.rowTotals).toEqual([null, null, null]);
    expect(result.columnTotals).toEqual([null, null]);
    expect(result.grandTotal).toBeNull();
  });

  it("needs only the row partner when no column totals are published", () => {
    const result = suppressTable({ sizes, kind: "count", k: 5, columnTotals: false });
    expect(result.cells).toEqual([
      ["primary", "complementary"],
      [null, null],
      [null, null],
    ]);
    expect(result.columnTotals).toEqual([]);
  });

  it("picks the smallest other cell of a column, the first on ties", () => {
    // Column totals only: women 3 (primary) needs a partner among 9, 6, 6 → the first 6.
    const result = suppressTable({
      sizes: [[3], [9], [6], [6]],
      kind: "count",
      rowTotals: false,
    });
    expect(result.cells.map((c) => c[0])).toEqual(["primary", null, "complementary", null]);
  });

  it("publishes zero counts, and hides totals about fewer than k people", () => {
    const result = suppressTable({
      sizes: [
        [0, 12],
        [1, 2],
        [9, 8],
      ],
      kind: "count",
    });
    // Row 2 is three people: both cells and the row total are primary. Column checks: women
    // has 1 hidden (row 2) → the smallest other, the 0 of row 1, is hidden too (a hidden 0
    // hides as well as any number); men likewise takes 8 of row 3, which then needs 9.
    // Rows 1–3 as numbered here are indices 0–2.
    expect(result.cells).toEqual([
      ["complementary", null],
      ["primary", "primary"],
      ["complementary", "complementary"],
    ]);
    // The column of row totals (12, 3, 16 | 32) now has one hidden element, the 3, so the
    // smallest other row total, 12, is hidden; row 1 then has two hidden (its 0 and its
    // total) and its 12 men stay published.
    expect(result.rowTotals).toEqual(["complementary", "primary", null]);
    expect(result.grandTotal).toBeNull();
  });

  it("takes k as a parameter: 5 people of one sex are shown at k = 5, hidden at k = 6", () => {
    expect(DEFAULT_MIN_GROUP_SIZE).toBe(5);
    const atFive = suppressTable({ sizes: [[5, 20]], kind: "count" });
    const atSix = suppressTable({ sizes: [[5, 20]], kind: "count", k: 6 });
    expect(atFive.cells[0]).toEqual([null, null]);
    expect(atSix.cells[0]).toEqual(["primary", "complementary"]);
    expect(() => suppressTable({ sizes: [[1]], kind: "count", k: 0 })).toThrow(RangeError);
  });
});

describe("personnel statistics: women and men per unit", () => {
  it("hides the share of women wherever a count behind it is hidden", () => {
    const table = suppressSexCounts([
      { female: 2, male: 10 },
      { female: 8, male: 12 },
      { female: 7, male: 9 },
    ]);
    expect(table.rows[0]).toEqual({
      female: { value: null, suppressed: "primary" },
      male: { value: null, suppressed: "complementary" },
      total: { value: 12, suppressed: null },
      womenPercent: null,
    });
    expect(table.rows[1]!.womenPercent).toBe(40);
    expect(table.rows[2]!.womenPercent).toBeNull();
    expect(table.total).toMatchObject({
      female: { value: 17 },
      male: { value: 31 },
      total: { value: 48 },
    });
    expect(table.total.womenPercent).toBeCloseTo((100 * 17) / 48, 12);
  });
});

describe("per-sex pay figures per group", () => {
  it("hides a small sex's mean, the other sex's mean in that group, and a partner group", () => {
    // Group 1: 3 women (primary) + 10 men: the mean for all 13 plus the men's mean would
    // reveal the women's, so the men's is hidden. Group 2 has no women: no figure, cannot
    // serve as partner. Group 3 (6 + 6) is the partner in the women's column, then its men.
    const result = suppressPayBySex([
      { female: 3, male: 10 },
      { female: 0, male: 7 },
      { female: 6, male: 6 },
    ]);
    expect(result.groups).toEqual([
      { female: "primary", male: "complementary", total: null, gapHidden: true },
      { female: null, male: null, total: null, gapHidden: false },
      { female: "complementary", male: "complementary", total: null, gapHidden: true },
    ]);
    expect(result.total).toEqual({ female: null, male: null, total: null, gapHidden: false });
  });

  it("hides a total when no cell of its line can protect the hidden one", () => {
    // One group of 3 women and 10 men. The men's mean is hidden to protect the women's; the
    // men's column has no other group, so the men's overall mean (the same 10 people) goes.
    const result = suppressTable({ sizes: [[3, 10]], kind: "figure" });
    expect(result.cells).toEqual([["primary", "complementary"]]);
    expect(result.columnTotals).toEqual(["primary", "complementary"]);
    expect(result.rowTotals).toEqual([null]);
    expect(result.grandTotal).toBeNull();
  });
});
