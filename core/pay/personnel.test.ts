import { describe, expect, it } from "vitest";
import {
  ageBand,
  countGroups,
  type GroupCount,
  genderBalanceRows,
  type PersonnelColumns,
  type PersonnelInput,
  personnelStatistics,
  type SexFigures,
  sumBySex,
  type YearFigures,
} from "./personnel.ts";

const figures = (overrides: Partial<SexFigures> = {}): SexFigures => ({
  employees: 0,
  partTime: 0,
  temporary: 0,
  parentalLeave: 0,
  parentalLeaveDays: 0,
  sickLeaveDays: 0,
  longSickLeave: 0,
  ...overrides,
});

const year = (y: number, female: Partial<SexFigures>, male: Partial<SexFigures>): YearFigures => ({
  year: y,
  female: figures(female),
  male: figures(male),
});

const input = (groups: GroupCount[], years: YearFigures[], k = 5): PersonnelInput => ({
  snapshotYear: 2025,
  year: 2025,
  k,
  groups,
  years,
});

describe("age bands", () => {
  it("counts age to the snapshot year, with the band edges at 30, 40, 50 and 60", () => {
    expect(ageBand(1996, 2025)).toBe("under-30");
    expect(ageBand(1995, 2025)).toBe("30-39");
    expect(ageBand(1986, 2025)).toBe("30-39");
    expect(ageBand(1985, 2025)).toBe("40-49");
    expect(ageBand(1976, 2025)).toBe("40-49");
    expect(ageBand(1975, 2025)).toBe("50-59");
    expect(ageBand(1966, 2025)).toBe("50-59");
    expect(ageBand(1965, 2025)).toBe("60-plus");
    expect(ageBand(null, 2025)).toBe("unknown");
  });
});

describe("women and men per group", () => {
  //           women men  total
  // Förskola     18   2    20   ← 2 men: primary; the 18 women would give them away
  // Kök           0   6     6   ← the smallest other men's cell; its 0 women cannot protect
  //                               it (a kitchen without women is easy to know), so its total goes
  // Skola         9  11    20   ← the women's partner for the 18, then its 11 men
  // total        27  19    46   ← the row totals need a partner for Kök's 6: Förskola's 20
  const groups: GroupCount[] = [
    { dimension: "unit", key: "Skola", female: 9, male: 11 },
    { dimension: "unit", key: "Förskola", female: 18, male: 2 },
    { dimension: "unit", key: "Kök", female: 0, male: 6 },
  ];
  const stats = personnelStatistics(
    input(groups, [year(2025, { employees: 27 }, { employees: 19 })]),
  );

  it("sorts groups by name and hides the small group and what would give it away", () => {
    const rows = stats.byUnit.rows.map((r) => [r.label, r.women.value, r.men.value, r.total.value]);
    expect(rows).toEqual([
      ["Förskola", null, null, null],
      ["Kök", 0, null, null],
      ["Skola", null, null, 20],
    ]);
    expect(stats.byUnit.rows[0]!.men.suppressed).toBe("primary");
    expect(stats.byUnit.rows[0]!.women.suppressed).toBe("complementary");
    expect(stats.byUnit.rows[1]!.women.suppressed).toBeNull();
    expect(stats.byUnit.rows[1]!.men.suppressed).toBe("complementary");
    // Published: the men's total 19 and Kök's 0 women; 19 is all that is known of the three
    // hidden men's cells, not the 2 alone.
    expect(stats.byUnit.total.men.value).toBe(19);
  });

  it("hides the share and the 40–60 % marker with the counts", () => {
    expect(stats.byUnit.rows[0]).toMatchObject({ womenPercent: null, balanced: null });
    // Skola's 20 is published but its 9 women are not, so neither is its share.
    expect(stats.byUnit.rows[2]).toMatchObject({
      total: { value: 20, suppressed: null },
      womenPercent: null,
      menPercent: null,
      balanced: null,
    });
    expect(stats.byUnit.total).toMatchObject({
      womenPercent: 58.7,
      menPercent: 41.3,
      balanced: true,
    });
    expect(stats.total).toEqual(stats.byUnit.total);
  });

  it("names management levels and age bands by code and keeps empty bands as zeros", () => {
    const withAges = personnelStatistics(
      input(
        [
          { dimension: "management", key: "others", female: 20, male: 20 },
          { dimension: "birthYear", key: "1990", female: 12, male: 3 },
          { dimension: "birthYear", key: "1970", female: 8, male: 17 },
        ],
        [year(2025, { employees: 20 }, { employees: 20 })],
      ),
    );
    expect(withAges.byManagement.rows.map((r) => [r.key, r.total.value])).toEqual([
      ["managers", 0],
      ["others", 40],
    ]);
    const bands = withAges.byAgeBand.rows.map((r) => [r.key, r.women.value, r.men.value]);
    // 3 men aged 35 are hidden; an empty band cannot serve as their partner, since its row
    // total 0 is published and says its cells are 0.
    expect(bands).toEqual([
      ["under-30", 0, 0],
      ["30-39", null, null],
      ["40-49", 0, 0],
      ["50-59", null, null],
      ["60-plus", 0, 0],
    ]);
    expect(withAges.byAgeBand.rows[1]!.men.suppressed).toBe("primary");
    expect(withAges.byAgeBand.rows[3]!.men.suppressed).toBe("complementary");
  });

  it("lists a group without name last, and shows the age band of unknown birth years only when there is one", () => {
    const stats = personnelStatistics(
      input(
        [
          { dimension: "category", key: null, female: 6, male: 6 },
          { dimension: "category", key: "Arbetare", female: 6, male: 6 },
          { dimension: "birthYear", key: null, female: 12, male: 12 },
        ],
        [year(2025, { employees: 12 }, { employees: 12 })],
      ),
    );
    expect(stats.byCategory.rows.map((r) => [r.key, r.label])).toEqual([
      ["Arbetare", "Arbetare"],
      ["none", null],
    ]);
    expect(stats.byAgeBand.rows.at(-1)).toMatchObject({ key: "unknown", total: { value: 24 } });
  });

  it("hides the same totals in every table as in the headline", () => {
    for (const [female, male] of [
      [3, 40],
      [40, 3],
      [2, 2],
      [0, 4],
      [7, 9],
    ] as const) {
      const split = (dimension: GroupCount["dimension"], key: string): GroupCount[] => [
        { dimension, key: `${key} a`, female: Math.ceil(female / 2), male: Math.floor(male / 2) },
        { dimension, key: `${key} b`, female: Math.floor(female / 2), male: Math.ceil(male / 2) },
      ];
      const stats = personnelStatistics(
        input(
          [...split("unit", "Enhet"), ...split("job", "Arbete"), ...split("category", "Kategori")],
          [year(2025, { employees: female }, { employees: male })],
        ),
      );
      for (const table of [stats.byUnit, stats.byJob, stats.byCategory]) {
        expect(table.total).toEqual(stats.total);
      }
    }
  });
});

describe("an empty survey", () => {
  it("publishes zeros and no shares", () => {
    const stats = personnelStatistics(input([], [year(2025, {}, {})]));
    expect(stats.total).toMatchObject({
      total: { value: 0, suppressed: null },
      womenPercent: null,
    });
    expect(stats.byUnit).toEqual({ rows: [], total: stats.total });
    expect(stats.byAgeBand.rows.map((r) => r.total.value)).toEqual([0, 0, 0, 0, 0]);
    expect(stats.partTime.women).toEqual({ count: 0, percent: null, suppressed: null });
  });
});

describe("per-sex figures", () => {
  it("publishes counts, shares and means about at least k people", () => {
    const stats = personnelStatistics(
      input(
        [],
        [
          year(
            2025,
            {
              employees: 40,
              partTime: 10,
              temporary: 0,
              parentalLeave: 8,
              parentalLeaveDays: 400,
              sickLeaveDays: 360,
              longSickLeave: 6,
            },
            {
              employees: 30,
              partTime: 5,
              temporary: 6,
              parentalLeave: 5,
              parentalLeaveDays: 100,
              sickLeaveDays: 150,
              longSickLeave: 5,
            },
          ),
        ],
      ),
    );
    expect(stats.partTime.women).toEqual({ count: 10, percent: 25, suppressed: null });
    expect(stats.temporary.women).toEqual({ count: 0, percent: 0, suppressed: null });
    expect(stats.temporary.men).toEqual({ count: 6, percent: 20, suppressed: null });
    expect(stats.parentalLeave.women.meanDays).toEqual({ value: 50, suppressed: null });
    expect(stats.parentalLeave.men.withLeave.percent).toBe(16.7);
    expect(stats.sickLeave.women).toEqual({
      meanDays: { value: 9, suppressed: null },
      longLeave: { count: 6, percent: 15, suppressed: null },
    });
  });

  it("hides a count when it or the rest of the sex is a small group, and a mean over a small group", () => {
    const stats = personnelStatistics(
      input(
        [],
        [
          year(
            2025,
            { employees: 20, partTime: 3, temporary: 18, parentalLeave: 4, parentalLeaveDays: 80 },
            { employees: 20, partTime: 0, parentalLeave: 0 },
          ),
        ],
      ),
    );
    expect(stats.partTime.women).toEqual({ count: null, percent: null, suppressed: "primary" });
    // 18 of 20 temporary tells that 2 are permanent.
    expect(stats.temporary.women.suppressed).toBe("primary");
    expect(stats.parentalLeave.women.meanDays).toEqual({ value: null, suppressed: "primary" });
    // Nobody: a published 0, and no mean at all rather than a hidden one.
    expect(stats.partTime.men).toEqual({ count: 0, percent: 0, suppressed: null });
    expect(stats.parentalLeave.men.meanDays).toEqual({ value: null, suppressed: null });
  });

  it("hides every share of a sex whose total is hidden, since count and share give the total", () => {
    const stats = personnelStatistics(
      input(
        [],
        [
          year(
            2025,
            { employees: 3, sickLeaveDays: 30 },
            { employees: 40, partTime: 10, sickLeaveDays: 200 },
          ),
        ],
      ),
    );
    expect(stats.total.women.suppressed).toBe("primary");
    expect(stats.total.men.suppressed).toBe("complementary");
    expect(stats.total.total.value).toBe(43);
    expect(stats.partTime.men).toEqual({ count: null, percent: null, suppressed: "complementary" });
    expect(stats.sickLeave.women.meanDays.suppressed).toBe("primary");
    // A mean over 40 men tells nothing of how many they are.
    expect(stats.sickLeave.men.meanDays).toEqual({ value: 5, suppressed: null });
  });

  it("gives every survey year in order, each suppressed on its own", () => {
    const stats = personnelStatistics({
      ...input(
        [],
        [
          year(2025, { employees: 30, partTime: 6 }, { employees: 25, temporary: 5 }),
          year(2024, { employees: 28, partTime: 9 }, { employees: 4 }),
        ],
      ),
    });
    expect(stats.yearOverYear.map((y) => y.year)).toEqual([2024, 2025]);
    const [previous, current] = stats.yearOverYear;
    expect(previous!.total.men.value).toBeNull();
    expect(previous!.partTime.women).toEqual({
      count: null,
      percent: null,
      suppressed: "complementary",
    });
    expect(current!.total).toMatchObject({ womenPercent: 54.5, balanced: true });
    expect(current!.partTime.women).toEqual({ count: 6, percent: 20, suppressed: null });
    expect(current!.temporary.men).toEqual({ count: 5, percent: 20, suppressed: null });
  });
});

describe("the gender balance of the year", () => {
  it("maps jobs, categories and management level and skips groups with a small count", () => {
    const result = genderBalanceRows(
      [
        { dimension: "unit", key: "Skola", female: 10, male: 10 },
        { dimension: "job", key: "Lärare", female: 12, male: 5 },
        { dimension: "job", key: "Vaktmästare", female: 0, male: 2 },
        { dimension: "job", key: "Kock", female: 3, male: 6 },
        { dimension: "category", key: null, female: 15, male: 13 },
        { dimension: "management", key: "managers", female: 4, male: 5 },
        { dimension: "management", key: "others", female: 11, male: 8 },
        { dimension: "birthYear", key: "1980", female: 15, male: 13 },
      ],
      5,
    );
    expect(result.rows).toEqual([
      { dimension: "employee_category", label: "Ingen personalkategori", women: 15, men: 13 },
      { dimension: "management_level", label: "Övriga medarbetare", women: 11, men: 8 },
      { dimension: "work_type", label: "Lärare", women: 12, men: 5 },
      { dimension: "work_type", label: "Vaktmästare", women: 0, men: 2 },
    ]);
    expect(result.skipped).toEqual([
      { dimension: "management_level", label: "Chefer" },
      { dimension: "work_type", label: "Kock" },
    ]);
  });
});

describe("counting a survey's employees", () => {
  // Five employees as the server loads them: three women, two men, one with no sex stated.
  const columns: PersonnelColumns = {
    n: 6,
    sex: Uint8Array.from([1, 1, 2, 1, 2, 0]),
    unit: ["Skola ", "Skola", "Vård", "", "Vård", "Vård"],
    job: Int32Array.from([0, 0, 1, 1, 1, 1]),
    jobs: ["Lärare", "Undersköterska"],
    category: Int32Array.from([0, -1, 0, 0, -1, 0]),
    categories: ["Tjänstepersoner"],
    manager: Uint8Array.from([0, 1, 0, 0, 1, 0]),
    birthYear: Float64Array.from([1980, 1980, Number.NaN, 1995, 1960, 1970]),
    extent: Float64Array.from([100, 75, 100, 50, 100, 100]),
    temporary: Uint8Array.from([0, 0, 1, 1, 0, 0]),
    parentalLeaveDays: Int32Array.from([0, 30, 0, 12, 5, 0]),
    sickLeaveDays: Int32Array.from([3, 20, 0, 15, 14, 0]),
  };

  it("counts women and men per group, trimming names and leaving out those without a sex", () => {
    const groups = countGroups(columns);
    const of = (dimension: GroupCount["dimension"]) =>
      groups
        .filter((g) => g.dimension === dimension)
        .map(({ key, female, male }) => [key, female, male]);
    // "Skola " and "Skola" are one unit; "" is no unit stated.
    expect(of("unit")).toEqual([
      ["Skola", 2, 0],
      ["Vård", 0, 2],
      [null, 1, 0],
    ]);
    expect(of("job")).toEqual([
      ["Lärare", 2, 0],
      ["Undersköterska", 1, 2],
    ]);
    expect(of("category")).toEqual([
      ["Tjänstepersoner", 2, 1],
      [null, 1, 1],
    ]);
    expect(of("management")).toEqual([
      ["others", 2, 1],
      ["managers", 1, 1],
    ]);
    expect(of("birthYear")).toEqual([
      ["1980", 2, 0],
      [null, 0, 1],
      ["1995", 1, 0],
      ["1960", 0, 1],
    ]);
  });

  it("sums part-time, temporary employment and leave per sex", () => {
    expect(sumBySex(columns)).toEqual({
      female: figures({
        employees: 3,
        partTime: 2,
        temporary: 1,
        parentalLeave: 2,
        parentalLeaveDays: 42,
        sickLeaveDays: 38,
        longSickLeave: 2,
      }),
      // 14 days is within the sick-pay period, not long sick leave.
      male: figures({
        employees: 2,
        temporary: 1,
        parentalLeave: 1,
        parentalLeaveDays: 5,
        sickLeaveDays: 14,
      }),
    });
  });
});
