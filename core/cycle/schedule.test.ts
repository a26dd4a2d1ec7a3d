import { describe, expect, it } from "vitest";
import { dueDates, dueMonths, endOfMonth } from "./schedule.ts";

describe("dueMonths", () => {
  it("puts a dated measure in its month, only in its own year", () => {
    expect(dueMonths({ kind: "date", dueOn: "2026-05-14" }, 2026)).toEqual([5]);
    expect(dueMonths({ kind: "date", dueOn: "2026-05-14" }, 2027)).toEqual([]);
  });

  it("spreads N times a year evenly, ending in December", () => {
    expect(dueMonths({ kind: "times_per_year", times: 4 }, 2026)).toEqual([3, 6, 9, 12]);
    expect(dueMonths({ kind: "times_per_year", times: 2 }, 2026)).toEqual([6, 12]);
    expect(dueMonths({ kind: "times_per_year", times: 11 }, 2026)).toHaveLength(11);
    expect(dueMonths({ kind: "times_per_year", times: 52 }, 2026)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
  });

  it("gives a yearly measure its month and a continuous one none", () => {
    expect(dueMonths({ kind: "yearly", month: 3 }, 2026)).toEqual([3]);
    expect(dueMonths({ kind: "continuous" }, 2026)).toEqual([]);
  });
});

it("dates a recurring measure at the end of each month, leap years included", () => {
  expect(endOfMonth(2028, 2)).toBe("2028-02-29");
  expect(endOfMonth(2026, 2)).toBe("2026-02-28");
  expect(dueDates({ kind: "yearly", month: 4 }, 2026)).toEqual(["2026-04-30"]);
  expect(dueDates({ kind: "date", dueOn: "2026-04-02" }, 2026)).toEqual(["2026-04-02"]);
});
