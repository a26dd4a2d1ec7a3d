import { describe, expect, it } from "vitest";
import {
  type AnswerValue,
  answerKey,
  answerSchema,
  finishProblems,
  isAnswered,
  prefill,
  timeplanProblems,
} from "./answers.ts";
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
      - { id: varfor, type: text, label: Varför?, required: true }
      - { id: mal, type: list, label: Mål på kort sikt }
      - id: aktiviteter
        type: table
        label: Aktiviteter
        columns:
          - { id: aktivitet, label: Aktivitet, kind: text }
          - { id: berorda, label: Vilka berörs, kind: text }
          - { id: ansvarig, label: Ansvarig, kind: responsible }
          - { id: datum, label: Datum, kind: date }
      - id: klart
        type: checklist
        label: Klart?
        options:
          - { id: beslut, label: Beslut fattat }
          - { id: grupp, label: Grupp utsedd }
  - id: plan
    title: Genomförandeplan
    kind: plan
    items:
      - { id: plan-mal, type: list, label: Mål, from: [mal], required: true }
      - id: plan-uppfoljning
        type: table
        label: Uppföljning
        from: [aktiviteter]
        activities: true
        required: true
        columns:
          - { id: aktivitet, label: Aktivitet, kind: text }
          - { id: ansvarig, label: Ansvarig, kind: responsible }
          - { id: datum, label: Datum, kind: date }
  - id: tid
    title: Tidplan
    kind: timeplan
    milestones:
      - { id: beslut, label: Beslut }
      - { id: steg-1, label: Steg 1 }
      - { id: klart, label: Klart }
---
<!-- part: steg -->
Text.
<!-- part: plan -->
Text.
<!-- part: tid -->
Text.
`);
const item = (id: string) => workbook.parts.flatMap((p) => p.items).find((i) => i.id === id)!;
const answers = (entries: [string, AnswerValue][]) => new Map(entries);

describe("the shape of an answer", () => {
  it("takes dates as yyyy-mm-dd, checklist options that exist and table cells of known columns", () => {
    const table = answerSchema(item("aktiviteter"));
    expect(
      table.safeParse([{ id: "r1", cells: { aktivitet: "Utbilda chefer", datum: "2026-03-01" } }])
        .success,
    ).toBe(true);
    const badDate = table.safeParse([{ id: "r1", cells: { datum: "1 mars" } }]);
    expect(badDate.error?.issues[0]).toMatchObject({
      path: [0, "cells", "datum"],
      message: "field.date",
    });
    expect(table.safeParse([{ id: "r1", cells: { okand: "x" } }]).success).toBe(false);
    expect(
      table.safeParse([
        { id: "r1", cells: {} },
        { id: "r1", cells: {} },
      ]).success,
    ).toBe(false);
    expect(answerSchema(item("klart")).safeParse(["beslut"]).success).toBe(true);
    expect(answerSchema(item("klart")).safeParse(["annat"]).success).toBe(false);
  });

  it("counts blank text, empty lists and empty rows as not answered", () => {
    expect(isAnswered("  ")).toBe(false);
    expect(isAnswered(["", " "])).toBe(false);
    expect(isAnswered([{ id: "r1", cells: { aktivitet: " " } }])).toBe(false);
    expect(isAnswered([{ id: "r1", cells: { aktivitet: "Kurs" } }])).toBe(true);
  });
});

describe("the plan", () => {
  it("is pre-filled from the earlier answers, copying the table columns the two share", () => {
    const given = answers([
      [answerKey("steg", "mal"), ["Alla chefer vet vart de hänvisar", ""]],
      [
        answerKey("steg", "aktiviteter"),
        [{ id: "r1", cells: { aktivitet: "Webbkurs", berorda: "Chefer", datum: "2026-02-01" } }],
      ],
    ]);
    expect(prefill(workbook, item("plan-mal"), given)).toEqual([
      "Alla chefer vet vart de hänvisar",
    ]);
    expect(prefill(workbook, item("plan-uppfoljning"), given)).toEqual([
      { id: "aktiviteter-r1", cells: { aktivitet: "Webbkurs", datum: "2026-02-01" } },
    ]);
    expect(prefill(workbook, item("varfor"), given)).toBeUndefined();
  });
});

describe("finishing a run", () => {
  it("names the required answers that are missing, counting what the plan would be filled with", () => {
    const problems = finishProblems(workbook, answers([[answerKey("steg", "mal"), ["Ett mål"]]]));
    expect(problems).toEqual([
      { key: "steg/varfor", message: "field.required" },
      { key: "plan/plan-uppfoljning", message: "field.required" },
    ]);
  });

  it("refuses a date in the time plan before the decision", () => {
    const part = workbook.parts.find((p) => p.kind === "timeplan")!;
    const given = answers([
      ["tid/beslut", "2026-02-01"],
      ["tid/steg-1", "2026-01-15"],
      ["tid/klart", "2026-06-01"],
    ]);
    expect(timeplanProblems(part, given)).toEqual([
      { key: "tid/steg-1", message: "workbook.beforeDecision" },
    ]);
    expect(finishProblems(workbook, given)).toContainEqual({
      key: "tid/steg-1",
      message: "workbook.beforeDecision",
    });
  });
});
