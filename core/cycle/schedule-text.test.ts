import { describe, expect, it } from "vitest";
import { describeSchedule } from "./schedule-text.ts";

describe("describeSchedule", () => {
  it("writes a due date as the last day to be done", () => {
    const schedule = { kind: "date", dueOn: "2026-03-15" } as const;
    expect(describeSchedule(schedule, "sv")).toBe("Senast 15 mars 2026");
    expect(describeSchedule(schedule, "en")).toBe("By 15 March 2026");
  });

  it("names the month of a yearly measure", () => {
    expect(describeSchedule({ kind: "yearly", month: 3 }, "sv")).toBe("Årligen i mars");
    expect(describeSchedule({ kind: "yearly", month: 3 }, "en")).toBe("Yearly in March");
    expect(describeSchedule({ kind: "yearly", month: 12 }, "sv")).toBe("Årligen i december");
  });

  it("counts the times of a recurring measure, in natural English for one and two", () => {
    expect(describeSchedule({ kind: "times_per_year", times: 4 }, "sv")).toBe("4 gånger per år");
    expect(describeSchedule({ kind: "times_per_year", times: 4 }, "en")).toBe("4 times a year");
    expect(describeSchedule({ kind: "times_per_year", times: 2 }, "sv")).toBe("2 gånger per år");
    expect(describeSchedule({ kind: "times_per_year", times: 2 }, "en")).toBe("Twice a year");
    expect(describeSchedule({ kind: "times_per_year", times: 1 }, "sv")).toBe("1 gång per år");
  });

  it("calls a continuous measure continuous", () => {
    expect(describeSchedule({ kind: "continuous" }, "sv")).toBe("Löpande");
    expect(describeSchedule({ kind: "continuous" }, "en")).toBe("Continuous");
  });

  it("adds the start date when there is one", () => {
    const startOn = "2026-02-01";
    expect(describeSchedule({ kind: "date", dueOn: "2026-03-15" }, "sv", { startOn })).toBe(
      "Från 1 februari 2026, senast 15 mars 2026",
    );
    expect(describeSchedule({ kind: "date", dueOn: "2026-03-15" }, "en", { startOn })).toBe(
      "From 1 February 2026, by 15 March 2026",
    );
    expect(describeSchedule({ kind: "times_per_year", times: 4 }, "sv", { startOn })).toBe(
      "4 gånger per år från 1 februari 2026",
    );
    expect(describeSchedule({ kind: "continuous" }, "en", { startOn })).toBe(
      "Continuous from 1 February 2026",
    );
    expect(describeSchedule({ kind: "yearly", month: 3 }, "sv", { startOn: null })).toBe(
      "Årligen i mars",
    );
  });

  it("says so rather than failing when a due date is missing or not a real date", () => {
    expect(describeSchedule({ kind: "date", dueOn: "" }, "sv")).toBe("Datum saknas");
    expect(describeSchedule({ kind: "date", dueOn: "2026-02-30" }, "en")).toBe("No date set");
  });
});
