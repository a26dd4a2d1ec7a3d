import { describe, expect, it } from "vitest";
import {
  CRITERION_IDS,
  checkTemplate,
  DEFAULT_EVALUATION_TEMPLATE,
  type EvaluationTemplate,
  evaluationTemplateSchema,
  type JobScores,
  jobValue,
  rescore,
  subCriteriaOf,
  valueBand,
} from "./job-evaluation.ts";

const copy = (): EvaluationTemplate => structuredClone(DEFAULT_EVALUATION_TEMPLATE);

/** Every sub-criterion of the default template at the same level (clamped to its levels). */
const allAt = (level: number, template = DEFAULT_EVALUATION_TEMPLATE): JobScores =>
  Object.fromEntries(
    subCriteriaOf(template).map(({ sub, maxLevel }) => [sub.id, Math.min(level, maxLevel)]),
  );

describe("the default template", () => {
  it("has the four criteria of the law, in order, and passes its own checks", () => {
    expect(evaluationTemplateSchema.safeParse(DEFAULT_EVALUATION_TEMPLATE).success).toBe(true);
    expect(DEFAULT_EVALUATION_TEMPLATE.criteria.map((c) => c.id)).toEqual([...CRITERION_IDS]);
    expect(checkTemplate(DEFAULT_EVALUATION_TEMPLATE)).toEqual([]);
  });

  it("weights knowledge 35–40 %, responsibility about 30 %, effort 15–20 %, conditions 10–15 %", () => {
    const [knowledge, responsibility, effort, conditions] =
      DEFAULT_EVALUATION_TEMPLATE.criteria.map((c) => c.weight);
    expect(knowledge).toBeGreaterThanOrEqual(35);
    expect(knowledge).toBeLessThanOrEqual(40);
    expect(responsibility).toBe(30);
    expect(effort).toBeGreaterThanOrEqual(15);
    expect(effort).toBeLessThanOrEqual(20);
    expect(conditions).toBeGreaterThanOrEqual(10);
    expect(conditions).toBeLessThanOrEqual(15);
  });

  it("values care of people and emotional strain, not only leading staff and money", () => {
    const subs = subCriteriaOf(DEFAULT_EVALUATION_TEMPLATE).map(({ sub }) => sub);
    const people = subs.find((s) => s.id === "people")!;
    expect(people.levels.at(-1)!.description).toMatch(/liv och hälsa/);
    expect(people.levels[2]!.description).toMatch(/omsorg/);
    const emotional = subs.find((s) => s.id === "mental-emotional-effort")!;
    expect(emotional.weight).toBeGreaterThan(50);
    expect(emotional.levels.at(-1)!.description).toMatch(/lidande/);
  });
});

describe("jobValue", () => {
  it("follows the formula: criterion weight · sub weight · level / max level", () => {
    // Two criteria of 60/40; the first has subs 50/50 with 4 levels, the second one sub of 5.
    const template: EvaluationTemplate = {
      criteria: [
        {
          id: "a",
          name: "A",
          description: "",
          weight: 60,
          subCriteria: [
            { id: "a1", name: "A1", description: "", weight: 50, levels: levels(4) },
            { id: "a2", name: "A2", description: "", weight: 50, levels: levels(4) },
          ],
        },
        {
          id: "b",
          name: "B",
          description: "",
          weight: 40,
          subCriteria: [{ id: "b1", name: "B1", description: "", weight: 100, levels: levels(5) }],
        },
      ],
    };
    // 60·(0.5·1/4 + 0.5·3/4) + 40·(2/5) = 30 + 16 = 46
    expect(jobValue(template, { a1: 1, a2: 3, b1: 2 })).toEqual({
      value: 46,
      byCriterion: [
        { id: "a", points: 30 },
        { id: "b", points: 16 },
      ],
      missing: [],
    });
  });

  it("gives 100 for the highest level everywhere and rounds to one decimal", () => {
    expect(jobValue(DEFAULT_EVALUATION_TEMPLATE, allAt(7)).value).toBe(100);
    const value = jobValue(DEFAULT_EVALUATION_TEMPLATE, allAt(3)).value!;
    expect(Math.round(value * 10) / 10).toBe(value);
    expect(value).toBeGreaterThan(50);
    expect(value).toBeLessThan(80);
  });

  it("is null until every sub-criterion is scored, and names what is missing", () => {
    const scores = allAt(2);
    delete scores["hours-risks"];
    scores.people = 9; // not a level of the sub-criterion: counts as missing
    const result = jobValue(DEFAULT_EVALUATION_TEMPLATE, scores);
    expect(result.value).toBeNull();
    expect(result.missing).toEqual(["people", "hours-risks"]);
    expect(result.byCriterion.map((c) => c.points === null)).toEqual([false, true, false, true]);
  });
});

describe("valueBand", () => {
  it("puts values of the same band width together and the edge in the next band", () => {
    expect(valueBand(40, 10)).toBe(4);
    expect(valueBand(49.9, 10)).toBe(4);
    expect(valueBand(50, 10)).toBe(5);
    expect(valueBand(7.5, 2.5)).toBe(3);
    expect(() => valueBand(50, 0)).toThrow(RangeError);
  });
});

describe("checkTemplate", () => {
  it("refuses criterion weights that do not sum to 100, allowing 0.01 for decimals", () => {
    const template = copy();
    template.criteria[0]!.weight = 40;
    expect(checkTemplate(template)).toEqual([
      { code: "criteriaWeights", path: ["criteria"], sum: 105 },
    ]);
    const thirds = copy();
    const sub = thirds.criteria[0]!.subCriteria;
    for (const s of sub) s.weight = 33.333;
    expect(checkTemplate(thirds)).toEqual([]);
  });

  it("names the criterion whose sub-criteria do not sum to 100", () => {
    const template = copy();
    template.criteria[2]!.subCriteria[0]!.weight = 30;
    expect(checkTemplate(template)).toEqual([
      {
        code: "subCriteriaWeights",
        path: ["criteria", 2, "subCriteria"],
        criterion: "Ansträngning",
        sum: 90,
      },
    ]);
  });

  it("refuses duplicate ids, a missing criterion of the law, and levels outside 2–7 or not 1..n", () => {
    const template = copy();
    template.criteria[1]!.subCriteria[0]!.id = "problem-solving";
    template.criteria[3]!.id = "environment";
    template.criteria[2]!.subCriteria[0]!.levels = levels(1);
    template.criteria[2]!.subCriteria[1]!.levels = levels(8);
    template.criteria[0]!.subCriteria[2]!.levels[1]!.value = 4;
    expect(checkTemplate(template).map((p) => p.code)).toEqual([
      "criteria",
      "levelValues",
      "duplicateId",
      "levelCount",
      "levelCount",
    ]);
  });
});

describe("rescore", () => {
  it("drops scores of removed sub-criteria and levels that no longer exist", () => {
    const template = copy();
    template.criteria[2]!.subCriteria[0]!.levels = levels(3);
    template.criteria[3]!.subCriteria.pop();
    template.criteria[3]!.subCriteria[0]!.weight = 100;
    const before = allAt(4);
    const { scores, cleared } = rescore(template, before);
    expect(cleared.sort()).toEqual(["hours-risks", "physical-effort"]);
    expect(scores["physical-effort"]).toBeUndefined();
    expect(scores.people).toBe(4);
  });
});

function levels(n: number) {
  return Array.from({ length: n }, (_, i) => ({ value: i + 1, description: `Nivå ${i + 1}` }));
}
