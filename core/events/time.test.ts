import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  formatDateTime,
  formatInstant,
  formatLongDate,
  formatTimeRange,
  fromStockholm,
  stockholmDate,
  stockholmInstant,
  toStockholm,
} from "./time.ts";

const utc = (local: string) => stockholmInstant(local).toISOString();

describe("Stockholm local time ↔ UTC", () => {
  it("uses +01:00 in winter and +02:00 in summer", () => {
    expect(utc("2026-01-15T09:00")).toBe("2026-01-15T08:00:00.000Z");
    expect(utc("2026-04-14T09:00")).toBe("2026-04-14T07:00:00.000Z");
  });

  it.each([
    ["2026-03-29", "2026-03-29T00:59:00.000Z", "2026-03-29T01:00:00.000Z"],
    ["2027-03-28", "2027-03-28T00:59:00.000Z", "2027-03-28T01:00:00.000Z"],
  ])("refuses the hour skipped when summer time begins on %s", (date, before, after) => {
    expect(utc(`${date}T01:59`)).toBe(before);
    expect(utc(`${date}T03:00`)).toBe(after);
    for (const time of ["02:00", "02:30", "02:59"]) {
      const result = fromStockholm(`${date}T${time}`);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.reason).toBe("nonexistent");
        expect(result.message.sv).toContain(`Klockan ${time.replace(":", ".")} finns inte`);
        expect(result.message.en).toContain("clocks go forward");
      }
    }
  });

  it.each([
    ["2026-10-25", "2026-10-25T00:30:00.000Z"],
    ["2027-10-31", "2027-10-31T00:30:00.000Z"],
  ])("gives the first occurrence of the repeated hour on %s", (date, first) => {
    // 02:30 happens at 00:30Z (summer time) and again at 01:30Z (winter time).
    expect(utc(`${date}T02:30`)).toBe(first);
    expect(toStockholm(new Date(first))).toBe(`${date}T02:30`);
    expect(toStockholm(new Date(new Date(first).getTime() + 3_600_000))).toBe(`${date}T02:30`);
    expect(utc(`${date}T03:00`)).toBe(`${date}T02:00:00.000Z`);
  });

  it("round-trips every quarter hour across both 2026 switches", () => {
    for (const date of ["2026-03-28", "2026-03-30", "2026-10-24", "2026-10-26"]) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const local = `${date}T${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
        expect(toStockholm(stockholmInstant(local))).toBe(local);
      }
    }
  });

  it("refuses values that are not a date-time", () => {
    for (const bad of ["2026-02-30T10:00", "2026-04-14 09:00", "2026-04-14T24:00", "igår"]) {
      const result = fromStockholm(bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toBe("format");
    }
    expect(() => stockholmInstant("2026-03-29T02:30")).toThrow(RangeError);
  });

  it("gives the Stockholm date of a late-evening UTC instant", () => {
    expect(stockholmDate(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
    expect(stockholmDate(new Date("2026-12-31T22:59:00Z"))).toBe("2026-12-31");
  });
});

describe("calendar arithmetic", () => {
  it("adds days across month and year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("adds months, ending on the last day of a shorter month", () => {
    expect(addMonths("2026-05-04", 6)).toBe("2026-11-04");
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonths("2027-08-31", 6)).toBe("2028-02-29");
    expect(addMonths("2026-11-15", 36)).toBe("2029-11-15");
  });
});

describe("formatting", () => {
  it("writes dates and times the Swedish and the English way", () => {
    expect(formatDateTime("2026-04-14T09:00", "sv")).toBe("tisdag 14 april 2026 kl. 09.00");
    expect(formatDateTime("2026-04-14T09:00", "en")).toBe("Tuesday 14 April 2026 at 09:00");
    expect(formatLongDate("2027-03-28", "sv")).toBe("söndag 28 mars 2027");
    expect(formatTimeRange("08:45", "16:00", "sv")).toBe("08.45–16.00");
    expect(formatTimeRange("08:45", "16:00", "en")).toBe("08:45–16:00");
  });

  it("formats an instant in Stockholm time whatever the server's zone", () => {
    expect(formatInstant(new Date("2027-02-28T22:30:00Z"), "sv")).toBe(
      "söndag 28 februari 2027 kl. 23.30",
    );
    expect(formatInstant(new Date("2026-07-01T06:00:00Z"), "en")).toBe(
      "Wednesday 1 July 2026 at 08:00",
    );
  });
});
