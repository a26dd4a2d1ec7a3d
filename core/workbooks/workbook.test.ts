import { describe, expect, it } from "vitest";
import { parseWorkbook, WorkbookFormatError } from "./workbook.ts";

/** A small valid workbook as YAML lines, with the parts' Markdown after it. */
function file(parts: string, sections = ["intro", "fragor", "plan", "tid"]) {
  return `---
id: prov
order: 1
title: Prov
summary: En kort arbetsbok.
minutes: 60
parts:
${parts}
---
${sections.map((id) => `<!-- part: ${id} -->\nText om ${id}.\n`).join("\n")}`;
}

const QUESTIONS = `  - id: intro
    title: Inledning
    kind: read
  - id: fragor
    title: Frågor
    kind: questions
    items:
      - id: mal
        type: list
        label: Vilka mål har ni?
        required: true
      - id: aktiviteter
        type: table
        label: Vad ska göras?
        columns:
          - { id: aktivitet, label: Aktivitet, kind: text }
          - { id: ansvarig, label: Ansvarig, kind: responsible }
          - { id: datum, label: Datum, kind: date }`;
const TIMEPLAN = `  - id: tid
    title: Tidplan
    kind: timeplan
    milestones:
      - { id: beslut, label: Beslut }
      - { id: klart, label: Klart }`;
const plan = (items: string) => `  - id: plan
    title: Plan
    kind: plan
    items:
${items}`;
const PLAN_OK = `      - id: plan-mal
        type: list
        label: Mål
        from: [mal]
      - id: plan-aktiviteter
        type: table
        label: Uppföljning
        from: [aktiviteter]
        activities: true
        columns:
          - { id: aktivitet, label: Aktivitet, kind: text }
          - { id: ansvarig, label: Ansvarig, kind: responsible }
          - { id: datum, label: Datum, kind: date }`;

const fails = (source: string) => expect(() => parseWorkbook(source)).toThrow(WorkbookFormatError);

describe("a workbook file", () => {
  it("parses the parts, their questions, the plan filled from earlier answers and the time plan", () => {
    const workbook = parseWorkbook(file([QUESTIONS, plan(PLAN_OK), TIMEPLAN].join("\n")));
    expect(workbook.parts.map((p) => p.kind)).toEqual(["read", "questions", "plan", "timeplan"]);
    expect(workbook.parts[2]!.items[1]).toMatchObject({ from: ["aktiviteter"], activities: true });
    expect(workbook.bodies.tid).toBe("Text om tid.");
  });

  it("refuses a plan filled from an item that does not come before it or is of another type", () => {
    fails(
      file(
        [QUESTIONS, plan(PLAN_OK.replace("from: [mal]", "from: [saknas]")), TIMEPLAN].join("\n"),
      ),
    );
    fails(
      file(
        [QUESTIONS, plan(PLAN_OK.replace("from: [mal]", "from: [aktiviteter]")), TIMEPLAN].join(
          "\n",
        ),
      ),
    );
  });

  it("refuses activities without someone responsible and a date", () => {
    const noResponsible = PLAN_OK.replace(
      "          - { id: ansvarig, label: Ansvarig, kind: responsible }\n          - { id: datum, label: Datum, kind: date }",
      "",
    );
    fails(file([QUESTIONS, plan(noResponsible), TIMEPLAN].join("\n")));
  });

  it("refuses a time plan with a single date and a section that does not match a part", () => {
    fails(
      file(
        [
          QUESTIONS,
          plan(PLAN_OK),
          TIMEPLAN.replace("      - { id: klart, label: Klart }", ""),
        ].join("\n"),
      ),
    );
    fails(
      file([QUESTIONS, plan(PLAN_OK), TIMEPLAN].join("\n"), ["intro", "fragor", "tid", "plan"]),
    );
  });
});
