import { describe, expect, it } from "vitest";
import type { AnswerValue } from "./answers.ts";
import {
  datedMilestones,
  milestoneRemindersDue,
  timeplanMilestones,
  timeplanPart,
} from "./timeplan.ts";
import { parseWorkbook } from "./workbook.ts";

const workbook = parseWorkbook(`---
id: prov
order: 1
title: Prov
summary: En kort arbetsbok.
minutes: 60
parts:
  - id: steg
    title: Steg 1
    kind: questions
    items:
      - { id: varfor, type: text, label: Varför? }
  - id: tidplan
    title: Tidplan
    kind: timeplan
    milestones:
      - { id: beslut, label: Beslut fattat }
      - { id: mote, label: Första mötet }
      - { id: uppfoljning, label: Uppföljning }
---

<!-- part: steg -->
Text.

<!-- part: tidplan -->
Datum.
`);
const part = timeplanPart(workbook)!;

const answers = (dates: Record<string, string>) =>
  new Map<string, AnswerValue>(Object.entries(dates).map(([id, date]) => [`tidplan/${id}`, date]));

describe("the time plan of a run", () => {
  it("is the workbook's timeplan part, milestones in order with their dates", () => {
    expect(part.id).toBe("tidplan");
    expect(timeplanMilestones(part, answers({ mote: "2026-03-01", beslut: "" }))).toEqual([
      { id: "beslut", label: "Beslut fattat", date: null },
      { id: "mote", label: "Första mötet", date: "2026-03-01" },
      { id: "uppfoljning", label: "Uppföljning", date: null },
    ]);
    expect(datedMilestones(part, answers({ mote: "2026-03-01" })).map((m) => m.id)).toEqual([
      "mote",
    ]);
  });

  it("has no part in a workbook without a time plan", () => {
    expect(
      timeplanPart({ ...workbook, parts: workbook.parts.filter((p) => p.kind !== "timeplan") }),
    ).toBeUndefined();
  });
});

describe("reminders of milestones", () => {
  const dates = answers({ beslut: "2026-02-20", mote: "2026-03-01", uppfoljning: "2026-03-16" });

  it("are due for dates from today up to daysBefore days ahead, both ends included", () => {
    expect(milestoneRemindersDue(part, dates, "2026-03-01", 14)).toEqual([
      { milestoneId: "mote", label: "Första mötet", date: "2026-03-01" },
    ]);
    expect(milestoneRemindersDue(part, dates, "2026-03-02", 14).map((r) => r.milestoneId)).toEqual([
      "uppfoljning",
    ]);
    expect(milestoneRemindersDue(part, dates, "2026-02-15", 14).map((r) => r.milestoneId)).toEqual([
      "beslut",
      "mote",
    ]);
  });

  it("are not due for dates past or far off, nor for milestones without a date", () => {
    expect(milestoneRemindersDue(part, dates, "2026-03-17", 14)).toEqual([]);
    expect(milestoneRemindersDue(part, dates, "2025-12-01", 14)).toEqual([]);
    expect(milestoneRemindersDue(part, answers({}), "2026-03-01", 14)).toEqual([]);
  });

  it("cross the turn of the year", () => {
    expect(
      milestoneRemindersDue(part, answers({ beslut: "2027-01-05" }), "2026-12-28", 14),
    ).toEqual([{ milestoneId: "beslut", label: "Beslut fattat", date: "2027-01-05" }]);
  });
});
