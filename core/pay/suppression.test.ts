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
    const result = suppressTable({ sizes, k: 5 });
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
    const result = suppressTable({ sizes, k: 5, columnTotals: false });
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
      rowTotals: false,
    });
    expect(result.cells.map((c) => c[0])).toEqual(["primary", null, "complementary", null]);
  });

  it("publishes zero counts, never hides one as a partner, and hides totals about fewer than k", () => {
    const result = suppressTable({
      sizes: [
        [0, 12],
        [1, 2],
        [9, 8],
      ],
    });
    // Row 2 (index 1) is three people: both cells and its total are primary. The women's
    // column then needs a partner: the 0 above is about nobody and cannot serve, so the 9
    // below goes; the men's column takes the 8, the column of row totals the 12 (row 1's
    // total). Row 1 then has one hidden element, its total, and its 0 cannot serve: the 12
    // men go, which is the same number as the hidden total (a row of one sex only).
    expect(result.cells).toEqual([
      [null, "complementary"],
      ["primary", "primary"],
      ["complementary", "complementary"],
    ]);
    expect(result.rowTotals).toEqual(["complementary", "primary", null]);
    expect(result.columnTotals).toEqual([null, null]);
    expect(result.grandTotal).toBeNull();
  });

  it("takes k as a parameter: 5 people of one sex are shown at k = 5, hidden at k = 6", () => {
    expect(DEFAULT_MIN_GROUP_SIZE).toBe(5);
    const atFive = suppressTable({ sizes: [[5, 20]] });
    const atSix = suppressTable({ sizes: [[5, 20]], k: 6 });
    expect(atFive.cells[0]).toEqual([null, null]);
    expect(atSix.cells[0]).toEqual(["primary", "complementary"]);
    expect(() => suppressTable({ sizes: [[1]], k: 0 })).toThrow(RangeError);
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
    const result = suppressTable({ sizes: [[3, 10]] });
    expect(result.cells).toEqual([["primary", "complementary"]]);
    expect(result.columnTotals).toEqual(["primary", "complementary"]);
    expect(result.rowTotals).toEqual([null]);
    expect(result.grandTotal).toBeNull();
  });
});

describe("review findings (issue 6)", () => {
  it("gives a well-formed empty result for a table without rows", () => {
    expect(suppressTable({ sizes: [], columns: 2 })).toStrictEqual({
      k: 5,
      cells: [],
      rowTotals: [],
      columnTotals: [null, null],
      grandTotal: null,
    });
    const zero = { value: 0, suppressed: null };
    expect(suppressSexCounts([])).toStrictEqual({
      k: 5,
      rows: [],
      total: { female: zero, male: zero, total: zero, womenPercent: null },
    });
    expect(suppressPayBySex([], { k: 6 })).toStrictEqual({
      k: 6,
      groups: [],
      total: { female: null, male: null, total: null, gapHidden: false },
    });
    expect(() => suppressTable({ sizes: [[1, 2, 3]], columns: 2 })).toThrow(RangeError);
  });

  it("never protects a hidden count with a 0 from the same line", () => {
    // Women: 3 (primary) needs a partner in its column. The 0 of unit 2 is smaller than the
    // 7 of unit 3, but hiding a 0 protects nothing when the reader can tell it is 0 (unit 2
    // is known to have no women, say): the 7 goes instead.
    const result = suppressSexCounts([
      { female: 3, male: 10 },
      { female: 0, male: 8 },
      { female: 7, male: 9 },
    ]);
    expect(result.rows.map((row) => row.female)).toEqual([
      { value: null, suppressed: "primary" },
      { value: 0, suppressed: null },
      { value: null, suppressed: "complementary" },
    ]);
  });

  it("hides a one-sex job's figure and the job's together", () => {
    // The women's column needs a partner for job 1's 3 women: job 2's 6 women, who are the
    // whole job. The job's figure is theirs, so it is hidden too.
    const result = suppressPayBySex([
      { female: 3, male: 10 },
      { female: 6, male: 0 },
      { female: 8, male: 9 },
    ]);
    expect(result.groups[1]).toEqual({
      female: "complementary",
      male: null,
      total: "complementary",
      gapHidden: true,
    });
  });

  it("never leaves a hidden element alone on a line, and hides nothing about nobody", () => {
    // Deterministic pseudo-random tables, many with groups of one sex only.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let t = 0; t < 2000; t++) {
      const sizes = Array.from({ length: 1 + next(6) }, () => [
        next(3) === 0 ? 0 : next(14),
        next(3) === 0 ? 0 : next(14),
      ]);
      const k = 3 + next(5);
      const result = suppressTable({ sizes, k });
      const rowSums = sizes.map(([f, m]) => f! + m!);
      const colSums = [0, 1].map((c) => sizes.reduce((sum, row) => sum + row[c]!, 0));
      const lines = [
        ...sizes.map((row, r) => [
          ...row.map((size, c) => [size, result.cells[r]![c]!] as const),
          [rowSums[r]!, result.rowTotals[r]!] as const,
        ]),
        ...[0, 1].map((c) => [
          ...sizes.map((row, r) => [row[c]!, result.cells[r]![c]!] as const),
          [colSums[c]!, result.columnTotals[c]!] as const,
        ]),
        [
          ...rowSums.map((size, r) => [size, result.rowTotals[r]!] as const),
          [colSums[0]! + colSums[1]!, result.grandTotal] as const,
        ],
        [
          ...colSums.map((size, c) => [size, result.columnTotals[c]!] as const),
          [colSums[0]! + colSums[1]!, result.grandTotal] as const,
        ],
      ];
      for (const line of lines) {
        const context = JSON.stringify({ sizes, k, line });
        expect(line.filter(([, state]) => state !== null).length, context).not.toBe(1);
        expect(
          line.some(([size, state]) => size === 0 && state !== null),
          context,
        ).toBe(false);
      }
      const byJob = suppressPayBySex(
        sizes.map(([female, male]) => ({ female: female!, male: male! })),
        { k },
      );
      for (const [j, [female, male]] of sizes.entries()) {
        if ((female === 0) === (male === 0)) continue;
        const g = byJob.groups[j]!;
        expect(((female! > 0 ? g.female : g.male) === null) === (g.total === null)).toBe(true);
      }
    }
  });
});
