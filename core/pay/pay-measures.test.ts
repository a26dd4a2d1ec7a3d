import { describe, expect, it } from "vitest";
import {
  annualCost,
  DEFAULT_ON_COST_PERCENT,
  deadlineProblem,
  explanationProblem,
  impliedOnCostPercent,
  latestDeadline,
} from "./pay-measures.ts";

describe("annualCost", () => {
  it("is people × monthly adjustment × 12 with the employer's contributions on top", () => {
    // 3 · 1 200 · 12 = 43 200; · 1.3142 = 56 773.44
    expect(annualCost(3, 1200)).toBe(56_773);
    expect(DEFAULT_ON_COST_PERCENT).toBe(31.42);
  });

  it("takes another on-cost, such as a municipality's PO-pålägg, or none", () => {
    expect(annualCost(2, 1000, 40.15)).toBe(33_636);
    expect(annualCost(2, 1000, 0)).toBe(24_000);
  });

  it("gives back the on-cost a stored cost was computed with", () => {
    expect(impliedOnCostPercent(3, 1200, annualCost(3, 1200))).toBe(31.42);
    expect(impliedOnCostPercent(2, 1000, annualCost(2, 1000, 40.15))).toBe(40.15);
    expect(impliedOnCostPercent(0, 1000, 0)).toBeNull();
  });
});

describe("deadlines", () => {
  it("allow at most three years from the day the adjustment is decided", () => {
    expect(latestDeadline("2026-05-14")).toBe("2029-05-14");
    expect(deadlineProblem("2029-05-14", "2026-05-14")).toBeNull();
    expect(deadlineProblem("2029-05-15", "2026-05-14")).toBe("tooLate");
  });

  it("may be today but not earlier", () => {
    expect(deadlineProblem("2026-05-14", "2026-05-14")).toBeNull();
    expect(deadlineProblem("2026-05-13", "2026-05-14")).toBe("past");
  });

  it("end on 28 February when the decision is made on a leap day", () => {
    expect(latestDeadline("2028-02-29")).toBe("2031-02-28");
    expect(deadlineProblem("2031-03-01", "2028-02-29")).toBe("tooLate");
  });
});

describe("explanationProblem", () => {
  it("asks for an explanation of every analysed difference", () => {
    expect(explanationProblem(null, "  ")).toBe("required");
    expect(explanationProblem("unjustified", "")).toBe("required");
    expect(explanationProblem("investigate", "Kolla")).toBeNull();
  });

  it("asks for at least a sentence before a difference is called justified", () => {
    expect(explanationProblem("justified", "Marknadsskäl.")).toBe("sentence");
    expect(explanationProblem("justified", "Längre erfarenhet i yrket.")).toBe("sentence");
    expect(
      explanationProblem(
        "justified",
        "Männen har i snitt tolv års längre erfarenhet i yrket, och erfarenhet är ett av lönekriterierna.",
      ),
    ).toBeNull();
  });
});
