import { describe, expect, it } from "vitest";
import { parseModelFormula } from "./formula.ts";
import { PayModelError } from "./regression.ts";

const context = {
  variables: ["wage", "pay", "education", "experience", "occupation", "gender", "log"],
  isCategorical: (variable: string) => variable === "occupation" || variable === "gender",
};

function refusal(formula: string) {
  try {
    parseModelFormula(formula, context);
  } catch (error) {
    if (error instanceof PayModelError) return { code: error.code, details: error.details };
    throw error;
  }
  throw new Error(`no refusal for ${formula}`);
}

describe("model formulas", () => {
  it("parses a log response, numeric, squared and categorical terms", () => {
    expect(
      parseModelFormula("log(wage) ~ education + experience + experience^2 + occupation", context),
    ).toEqual({
      response: "wage",
      logResponse: true,
      terms: [
        { kind: "numeric", variable: "education" },
        { kind: "numeric", variable: "experience" },
        { kind: "square", variable: "experience" },
        { kind: "categorical", variable: "occupation" },
      ],
    });
  });

  it("accepts a plain response, no spaces and a variable called log", () => {
    expect(parseModelFormula("pay~gender+log", context)).toEqual({
      response: "pay",
      logResponse: false,
      terms: [
        { kind: "categorical", variable: "gender" },
        { kind: "numeric", variable: "log" },
      ],
    });
  });

  it("refuses bad syntax with the position", () => {
    expect(refusal("")).toEqual({ code: "pay.formula.syntax", details: { at: 1, near: "" } });
    expect(refusal("log(wage ~ education")).toEqual({
      code: "pay.formula.syntax",
      details: { at: 10, near: "~" },
    });
    expect(refusal("wage education")).toEqual({
      code: "pay.formula.syntax",
      details: { at: 6, near: "education" },
    });
    expect(refusal("wage ~")).toEqual({ code: "pay.formula.syntax", details: { at: 7, near: "" } });
    expect(refusal("wage ~ education +")).toMatchObject({ code: "pay.formula.syntax" });
    expect(refusal("wage ~ experience^3")).toEqual({
      code: "pay.formula.syntax",
      details: { at: 19, near: "3" },
    });
    expect(refusal("wage ~ education * experience")).toEqual({
      code: "pay.formula.syntax",
      details: { at: 18, near: "* experien" },
    });
    expect(refusal("sqrt(wage) ~ education")).toMatchObject({
      code: "pay.formula.unknownVariable",
    });
  });

  it("refuses unknown variables, repeated terms, squares of categories and the response as a term", () => {
    expect(refusal("wage ~ tenure")).toEqual({
      code: "pay.formula.unknownVariable",
      details: { variable: "tenure" },
    });
    expect(refusal("wage ~ education + education")).toEqual({
      code: "pay.formula.duplicateTerm",
      details: { term: "education" },
    });
    expect(refusal("wage ~ occupation^2")).toEqual({
      code: "pay.formula.categoricalSquare",
      details: { variable: "occupation" },
    });
    expect(refusal("log(wage) ~ wage")).toEqual({
      code: "pay.formula.responseAsTerm",
      details: { variable: "wage" },
    });
  });
});
