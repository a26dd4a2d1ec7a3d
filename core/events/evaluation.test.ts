import { describe, expect, it } from "vitest";
import {
  DEFAULT_EVALUATION,
  type EvaluationAnswers,
  summariseEvaluations,
  validateEvaluation,
} from "./evaluation.ts";

describe("the evaluation form", () => {
  it("has two grades and two open questions, in Swedish and English", () => {
    expect(DEFAULT_EVALUATION.map((q) => [q.id, q.kind])).toEqual([
      ["overall", "grade"],
      ["usefulness", "grade"],
      ["best", "text"],
      ["improve", "text"],
    ]);
    expect(DEFAULT_EVALUATION[0]!.label.en).toBe("What did you think of the event overall?");
  });

  it("accepts grades as a form posts them and leaves blank answers out", () => {
    expect(
      validateEvaluation({
        overall: "4",
        usefulness: "",
        best: " Fallen ",
        improve: "",
        name: "Ali",
      }),
    ).toEqual({ ok: true, answers: { overall: 4, best: "Fallen" } });
    expect(validateEvaluation({})).toEqual({ ok: true, answers: {} });
  });

  it("refuses a grade outside 1–5, naming the question", () => {
    expect(validateEvaluation({ usefulness: "6" })).toEqual({
      ok: false,
      problems: [
        {
          field: "usefulness",
          message: {
            sv: "Välj ett betyg från 1 till 5 på frågan ”Hur användbart är innehållet i ditt arbete?”.",
            en: "Choose a grade from 1 to 5 for “How useful is the content in your work?”.",
          },
        },
      ],
    });
  });
});

describe("the organiser's summary", () => {
  const responses: EvaluationAnswers[] = [
    { overall: 5, usefulness: 4, best: "Casen", improve: "Längre pauser" },
    { overall: 4, best: "Att träffa andra kommuner" },
    { overall: 4, usefulness: 2, improve: "  " },
  ];

  it("gives n, mean and distribution per grade question", () => {
    const summary = summariseEvaluations(responses);
    expect(summary.responses).toBe(3);
    expect(summary.questions[0]).toMatchObject({
      id: "overall",
      n: 3,
      mean: 4.3,
      distribution: [0, 0, 0, 2, 1],
    });
    expect(summary.questions[1]).toMatchObject({ n: 2, mean: 3, distribution: [0, 1, 0, 1, 0] });
  });

  it("lists free text sorted, not in the order people answered", () => {
    const summary = summariseEvaluations(responses);
    expect(summary.questions[2]).toMatchObject({
      id: "best",
      n: 2,
      answers: ["Att träffa andra kommuner", "Casen"],
    });
    expect(summary.questions[3]).toMatchObject({ n: 1, answers: ["Längre pauser"] });
  });

  it("has no mean when nobody answered", () => {
    expect(summariseEvaluations([]).questions[0]).toMatchObject({ n: 0, mean: null });
  });
});
