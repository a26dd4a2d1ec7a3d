import { describe, expect, it } from "vitest";
import { checkMeasure, type MeasureDraft, mayEditMeasure } from "./measure-rules.ts";

const draft = (overrides: Partial<MeasureDraft>): MeasureDraft => ({
  title: "Skyddsrond med OSA",
  responsibleMemberId: null,
  responsibleTitle: "Chef",
  schedule: { kind: "yearly", month: 3 },
  startOn: null,
  followUpOn: null,
  ...overrides,
});

describe("checkMeasure", () => {
  it("accepts a measure with a role title as responsible", () => {
    expect(checkMeasure(draft({}))).toEqual([]);
  });

  it("names each field that breaks a rule", () => {
    expect(checkMeasure(draft({ responsibleTitle: "  " }))).toEqual([
      { field: "responsibleTitle", message: "field.responsibleRequired" },
    ]);
    expect(checkMeasure(draft({ startOn: "2026-03-01", followUpOn: "2026-02-01" }))).toEqual([
      { field: "followUpOn", message: "field.followUpBeforeStart" },
    ]);
    expect(
      checkMeasure(
        draft({ startOn: "2026-03-01", schedule: { kind: "date", dueOn: "2026-02-01" } }),
      ),
    ).toEqual([{ field: "schedule.dueOn", message: "field.dueBeforeStart" }]);
    expect(checkMeasure(draft({ schedule: { kind: "times_per_year", times: 1 } }))).toEqual([
      { field: "schedule.times", message: "field.timesPerYear" },
    ]);
  });
});

describe("mayEditMeasure", () => {
  const units = new Set(["unit-a"]);
  it("lets HR and admins edit all, managers their units and own measures, others none", () => {
    const inA = { unitId: "unit-a", responsibleMemberId: null };
    const inB = { unitId: "unit-b", responsibleMemberId: null };
    expect(mayEditMeasure({ role: "hr", membershipId: "x", unitIds: new Set() }, inB)).toBe(true);
    expect(mayEditMeasure({ role: "manager", membershipId: "x", unitIds: units }, inA)).toBe(true);
    expect(mayEditMeasure({ role: "manager", membershipId: "x", unitIds: units }, inB)).toBe(false);
    expect(
      mayEditMeasure(
        { role: "manager", membershipId: "x", unitIds: units },
        { ...inB, responsibleMemberId: "x" },
      ),
    ).toBe(true);
    expect(mayEditMeasure({ role: "union_rep", membershipId: "x", unitIds: units }, inA)).toBe(
      false,
    );
  });
});
