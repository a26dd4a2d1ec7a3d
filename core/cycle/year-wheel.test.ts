import { describe, expect, it } from "vitest";
import { overdueItems, type PlannedMeasure, remindersDue, yearWheel } from "./year-wheel.ts";

const measure = (overrides: Partial<PlannedMeasure>): PlannedMeasure => ({
  id: "m",
  title: "Åtgärd",
  area: "working_conditions",
  status: "planned",
  schedule: { kind: "date", dueOn: "2026-05-15" },
  followUpOn: null,
  evaluated: false,
  ...overrides,
});

describe("yearWheel", () => {
  it("places due dates and follow-ups in their months and continuous measures apart", () => {
    const wheel = yearWheel(
      [
        measure({ id: "a", followUpOn: "2026-09-01" }),
        measure({ id: "b", schedule: { kind: "times_per_year", times: 4 } }),
        measure({ id: "c", schedule: { kind: "continuous" } }),
        measure({ id: "d", status: "cancelled", schedule: { kind: "yearly", month: 5 } }),
      ],
      2026,
    );
    expect(wheel.months[4]!.items).toEqual([{ measureId: "a", kind: "due", date: "2026-05-15" }]);
    expect(wheel.months[8]!.items).toEqual([
      { measureId: "a", kind: "follow_up", date: "2026-09-01" },
      { measureId: "b", kind: "due", date: "2026-09-30" },
    ]);
    expect(wheel.continuous).toEqual(["c"]);
    expect(wheel.months.flatMap((m) => m.items).some((i) => i.measureId === "d")).toBe(false);
  });
});

describe("overdueItems", () => {
  it("lists a dated measure past its date until it is done or cancelled", () => {
    const late = measure({ id: "late" });
    expect(overdueItems([late], 2026, "2026-05-16")).toEqual([
      { measureId: "late", kind: "due", date: "2026-05-15" },
    ]);
    expect(overdueItems([late], 2026, "2026-05-15")).toEqual([]);
    expect(overdueItems([{ ...late, status: "done" }], 2026, "2026-06-01")).toEqual([]);
    expect(overdueItems([{ ...late, status: "in_progress" }], 2026, "2026-06-01")).toHaveLength(1);
  });

  it("lists a recurring measure not started after its first due month", () => {
    const yearly = measure({ schedule: { kind: "yearly", month: 3 } });
    expect(overdueItems([yearly], 2026, "2026-04-01")).toHaveLength(1);
    expect(overdueItems([{ ...yearly, status: "in_progress" }], 2026, "2026-04-01")).toEqual([]);
    expect(
      overdueItems([measure({ schedule: { kind: "continuous" } })], 2026, "2026-12-31"),
    ).toEqual([]);
  });

  it("lists a follow-up date passed without an evaluation", () => {
    const followed = measure({ status: "done", followUpOn: "2026-06-01" });
    expect(overdueItems([followed], 2026, "2026-06-02")).toEqual([
      { measureId: "m", kind: "follow_up", date: "2026-06-01" },
    ]);
    expect(overdueItems([{ ...followed, evaluated: true }], 2026, "2026-06-02")).toEqual([]);
  });
});

describe("remindersDue", () => {
  it("reminds of due and follow-up dates within the window, today included", () => {
    const items = remindersDue(
      [
        measure({
          id: "soon",
          schedule: { kind: "date", dueOn: "2026-05-20" },
          followUpOn: "2026-05-06",
        }),
        measure({ id: "later", schedule: { kind: "date", dueOn: "2026-05-21" } }),
        measure({ id: "done", status: "done", schedule: { kind: "date", dueOn: "2026-05-10" } }),
      ],
      "2026-05-06",
      14,
    );
    expect(items).toEqual([
      { measureId: "soon", kind: "due", date: "2026-05-20" },
      { measureId: "soon", kind: "follow_up", date: "2026-05-06" },
    ]);
  });

  it("looks into next year for a recurring measure near the turn of the year", () => {
    const items = remindersDue(
      [measure({ schedule: { kind: "yearly", month: 1 } })],
      "2026-12-28",
      7,
    );
    expect(items).toEqual([]);
    const january = remindersDue(
      [measure({ schedule: { kind: "yearly", month: 12 } })],
      "2026-12-28",
      7,
    );
    expect(january).toEqual([{ measureId: "m", kind: "due", date: "2026-12-31" }]);
  });
});
