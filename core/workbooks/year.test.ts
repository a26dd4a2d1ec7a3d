import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { AnswerValue } from "./answers.ts";
import { parseWorkbook } from "./workbook.ts";
import { cycleTargets, yearSetup } from "./year.ts";

// Ids unlike the getting-started workbook's: the targets are found by `cycle`, not by id.
const workbook = parseWorkbook(`---
id: start
order: 1
title: Start
summary: Kom igång.
minutes: 60
parts:
  - id: grupp
    title: Grupp
    kind: questions
    items:
      - id: vilka
        type: table
        label: Vilka?
        cycle: working_group
        columns:
          - { id: part, label: Part, kind: text }
          - { id: namn, label: Namn, kind: responsible }
          - { id: uppgift, label: Uppgift, kind: text }
      - id: hur
        type: checklist
        label: Hur?
        cycle: investigation_methods
        options:
          - { id: employee_survey, label: Enkät }
          - { id: safety_round, label: Skyddsrond }
      - { id: samverkan, type: text, label: Samverkan }
  - id: tider
    title: Tider
    kind: timeplan
    cycle: step_dates
    milestones:
      - { id: start, label: Start }
      - { id: investigate, label: Undersökt }
      - { id: analyse, label: Analyserat }
      - { id: act, label: Beslutat }
      - { id: follow_up, label: Uppföljt }
  - id: plan
    title: Plan
    kind: plan
    items:
      - { id: plan-samverkan, type: text, label: Så samverkar vi, from: [samverkan], cycle: cooperation_statement }
---
<!-- part: grupp -->
Text.
<!-- part: tider -->
Text.
<!-- part: plan -->
Text.
`);

const answers = (entries: [string, AnswerValue][]) => new Map(entries);
const complete: [string, AnswerValue][] = [
  [
    "grupp/vilka",
    [
      { id: "a", cells: { namn: " HR-chef ", part: "Arbetsgivaren", uppgift: "Sammankallande" } },
      { id: "b", cells: { namn: "", part: "", uppgift: "" } },
      { id: "c", cells: { namn: "Huvudskyddsombud", part: "Skyddsombuden" } },
    ],
  ],
  ["grupp/hur", ["safety_round", "employee_survey"]],
  ["grupp/samverkan", "En punkt på varje samverkansmöte."],
  ["tider/start", "2026-01-15"],
  ["tider/investigate", "2026-03-31"],
  ["tider/analyse", "2026-04-30"],
  ["tider/act", "2026-04-30"],
  ["tider/follow_up", "2026-11-30"],
];

describe("a workbook's answers for the year", () => {
  it("finds the targets by their cycle marks", () => {
    expect(cycleTargets(workbook)).toEqual([
      "cooperation_statement",
      "investigation_methods",
      "step_dates",
      "working_group",
    ]);
  });

  it("maps the working group by column kind, the methods, the plan's pre-fill and the dates", () => {
    const result = yearSetup(workbook, answers(complete), 2026);
    expect(result.problems).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.setup).toEqual({
      workingGroup: [
        { person: "HR-chef", represents: "Arbetsgivaren", task: "Sammankallande" },
        { person: "Huvudskyddsombud", represents: "Skyddsombuden", task: "" },
      ],
      // Filled from the earlier answer, as the plan is until the group saves its own.
      cooperationStatement: "En punkt på varje samverkansmöte.",
      plannedMethods: ["safety_round", "employee_survey"],
      stepDates: {
        investigate: "2026-03-31",
        analyse: "2026-04-30",
        act: "2026-04-30",
        follow_up: "2026-11-30",
      },
    });
  });

  it("lets a saved plan answer win over the pre-fill", () => {
    const result = yearSetup(
      workbook,
      answers([...complete, ["plan/plan-samverkan", "  Vår egen text.  "]]),
      2026,
    );
    expect(result.setup.cooperationStatement).toBe("Vår egen text.");
  });

  it("names every target left empty by its answer key", () => {
    const result = yearSetup(workbook, answers([["grupp/hur", []]]), 2026);
    expect(result.missing).toEqual([
      "cooperation_statement",
      "investigation_methods",
      "step_dates",
      "working_group",
    ]);
    expect(result.problems.map((p) => [p.key, p.message])).toEqual([
      ["grupp/vilka", "workbook.year.workingGroupMissing"],
      ["grupp/hur", "workbook.year.methodsMissing"],
      ["tider/investigate", "workbook.year.stepDatesMissing"],
      ["plan/plan-samverkan", "workbook.year.cooperationMissing"],
    ]);
  });

  it("asks for a person on every row of the working group", () => {
    const result = yearSetup(
      workbook,
      answers([
        ...complete.filter(([k]) => k !== "grupp/vilka"),
        ["grupp/vilka", [{ id: "a", cells: { part: "Facket", uppgift: "Antecknar" } }]],
      ]),
      2026,
    );
    expect(result.problems).toEqual([
      { key: "grupp/vilka", message: "workbook.year.workingGroupPerson" },
    ]);
  });

  it("keeps the four steps in the chosen year and in order", () => {
    const dates = answers([
      ...complete.filter(([k]) => !k.startsWith("tider/")),
      ["tider/investigate", "2026-05-01"],
      ["tider/analyse", "2026-04-01"],
      ["tider/act", "2026-04-15"],
      ["tider/follow_up", "2027-01-10"],
    ]);
    expect(yearSetup(workbook, dates, 2026).problems).toEqual([
      {
        key: "tider/analyse",
        message: "workbook.year.stepOrder",
        params: { milestone: "Analyserat", previous: "Undersökt" },
      },
      {
        key: "tider/act",
        message: "workbook.year.stepOrder",
        params: { milestone: "Beslutat", previous: "Undersökt" },
      },
      {
        key: "tider/follow_up",
        message: "workbook.year.dateNotInYear",
        params: { milestone: "Uppföljt", year: 2026 },
      },
    ]);
    const nextYear = yearSetup(workbook, answers(complete), 2027).problems;
    expect(nextYear.map((p) => p.key)).toEqual([
      "tider/investigate",
      "tider/analyse",
      "tider/act",
      "tider/follow_up",
    ]);
  });

  it("accepts some of the step dates", () => {
    const result = yearSetup(
      workbook,
      answers([
        ...complete.filter(([k]) => !k.startsWith("tider/")),
        ["tider/investigate", "2026-03-01"],
      ]),
      2026,
    );
    expect(result.problems).toEqual([]);
    expect(result.setup.stepDates).toEqual({ investigate: "2026-03-01" });
  });

  it("reads the getting-started workbook through its cycle marks", () => {
    const komIgang = parseWorkbook(
      readFileSync(new URL("../../content/workbooks/kom-igang/sv.md", import.meta.url), "utf8"),
    );
    expect(cycleTargets(komIgang)).toHaveLength(4);
    const result = yearSetup(
      komIgang,
      answers([
        [
          "arbetsgrupp/arbetsgrupp-medlemmar",
          [{ id: "r1", cells: { person: "HR", foretrader: "Arbetsgivaren", uppgift: "Leder" } }],
        ],
        ["samverkan/samverkan-beskrivning", "Samverkan sker i samverkansgruppen."],
        ["undersoka/undersokningsmetoder", ["employee_survey"]],
        ["tidplan/investigate", "2026-03-01"],
      ]),
      2026,
    );
    expect(result.problems).toEqual([]);
    expect(result.setup.workingGroup).toEqual([
      { person: "HR", represents: "Arbetsgivaren", task: "Leder" },
    ]);
  });
});
