import { describe, expect, it } from "vitest";
import { complianceChecklist, type YearFacts } from "./checklist.ts";
import { FOLLOW_UP_QUESTIONS } from "./follow-up.ts";
import { HARASSMENT_REQUIREMENTS, SECTION_5_AREAS } from "./vocabulary.ts";

const empty: YearFacts = {
  headcount: 40,
  investigatedAreas: [],
  risks: [],
  measures: [],
  areaNotes: {},
  previousYearMeasures: null,
  followUp: {},
  cooperationStatement: "",
  cooperationMeetings: 0,
  harassmentDocuments: [],
  genderBalanceGroups: 0,
  paySurveySummary: "",
  today: "2026-06-01",
};

const everyAnswer = Object.fromEntries(
  [...FOLLOW_UP_QUESTIONS.way_of_working, ...FOLLOW_UP_QUESTIONS.measures].map((q) => [q, "Svar"]),
);

/** A year where everything the law asks of a large employer is documented. */
const complete: YearFacts = {
  ...empty,
  investigatedAreas: [...SECTION_5_AREAS],
  risks: [{ areas: ["working_conditions"], causes: "Schemaläggningen" }],
  measures: [
    ...SECTION_5_AREAS.map((area) => ({
      area,
      status: "planned" as const,
      hasResponsible: true,
      costEstimate: null,
    })),
    { area: "harassment", status: "planned", hasResponsible: true, costEstimate: null },
    { area: "gender_balance", status: "planned", hasResponsible: true, costEstimate: null },
    { area: "pay_survey", status: "planned", hasResponsible: true, costEstimate: 120000 },
  ],
  areaNotes: Object.fromEntries(SECTION_5_AREAS.map((a) => [a, "Inga risker hittades."])),
  previousYearMeasures: [{ area: "working_conditions", evaluated: true }],
  followUp: everyAnswer,
  cooperationStatement: "Vi samverkade i CSG.",
  cooperationMeetings: 2,
  harassmentDocuments: [
    { covers: [...HARASSMENT_REQUIREMENTS], adoptedOn: "2026-01-10", nextReviewOn: "2027-01-10" },
  ],
  genderBalanceGroups: 3,
  paySurveySummary: "Inga osakliga skillnader.",
};

const required = (facts: YearFacts) =>
  complianceChecklist(facts)
    .items.filter((item) => item.required)
    .map((item) => item.key);

describe("complianceChecklist", () => {
  it("requires every part of the documentation from 25 employees", () => {
    const checklist = complianceChecklist(empty);
    expect(checklist.duty).toBe("full");
    expect(checklist.complete).toBe(false);
    // Three steps for each of the five areas, plus the rest of 13 §.
    expect(required(empty).filter((key) => key.startsWith("area."))).toHaveLength(15);
    expect(required(empty)).toEqual(
      expect.arrayContaining([
        "harassment.contents",
        "genderBalance.mapped",
        "paySurvey.result",
        "cooperation.statement",
      ]),
    );
    expect(complianceChecklist(complete).complete).toBe(true);
  });

  it("requires only the pay survey from 10 to 24 employees", () => {
    const facts = { ...empty, headcount: 12 };
    expect(complianceChecklist(facts).duty).toBe("pay_survey");
    expect(required(facts).sort()).toEqual(
      [
        "cooperation.statement",
        "evaluation.previousYear",
        "paySurvey.plan",
        "paySurvey.result",
      ].sort(),
    );
    const done = {
      ...facts,
      paySurveySummary: "Klar",
      areaNotes: { pay_survey: "Inga justeringar behövs." },
      cooperationStatement: "Med Kommunal.",
    };
    expect(complianceChecklist(done).complete).toBe(true);
  });

  it("requires nothing in writing under 10 employees, but still lists the work", () => {
    const checklist = complianceChecklist({ ...empty, headcount: 9 });
    expect(checklist.duty).toBe("none");
    expect(checklist.items.length).toBeGreaterThan(15);
    expect(checklist.complete).toBe(true);
  });

  it("asks for the headcount when it is not known, and treats the year as fully required", () => {
    const checklist = complianceChecklist({ ...complete, headcount: null });
    expect(checklist.items[0]).toMatchObject({
      key: "headcount.known",
      done: false,
      required: true,
    });
    expect(checklist.complete).toBe(false);
  });

  it("marks the steps of an area missing one by one", () => {
    const facts: YearFacts = {
      ...complete,
      investigatedAreas: complete.investigatedAreas.filter(
        (a) => a !== "recruitment_and_promotion",
      ),
      risks: [{ areas: ["working_conditions"], causes: "" }],
    };
    const missing = complianceChecklist(facts).items.filter((i) => !i.done);
    expect(missing.map((i) => [i.key, i.area])).toEqual([
      ["area.analysed", "working_conditions"],
      ["area.investigated", "recruitment_and_promotion"],
    ]);
  });

  it("needs harassment documents in force that state all five things and are not past review", () => {
    const partial = {
      ...complete,
      harassmentDocuments: [
        { covers: ["not_accepted" as const], adoptedOn: "2026-01-10", nextReviewOn: "2026-05-01" },
      ],
    };
    const missing = complianceChecklist(partial)
      .items.filter((i) => !i.done)
      .map((i) => i.key);
    expect(missing).toEqual(["harassment.contents", "harassment.reviewed"]);
  });

  it("needs last year's measures evaluated and pay measures with a cost estimate", () => {
    const facts: YearFacts = {
      ...complete,
      previousYearMeasures: [{ area: "parenthood_and_work", evaluated: false }],
      measures: complete.measures.map((m) =>
        m.area === "pay_survey" ? { ...m, costEstimate: null } : m,
      ),
    };
    const missing = complianceChecklist(facts)
      .items.filter((i) => !i.done)
      .map((i) => i.key);
    expect(missing).toEqual(["paySurvey.plan", "evaluation.previousYear"]);
  });
});
