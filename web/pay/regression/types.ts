import type {
  ModelLevel,
  ModelVariable,
  PayModelTerm,
  TermKind,
} from "../../../core/pay/models.ts";

/** GET/POST …/pay/surveys/:year/regression (server/pay/regression/routes.ts). */
export interface RegressionResult {
  year: number;
  ownUnitsOnly: boolean;
  k: number;
  model: { preset: "standard" | null; log: boolean; terms: PayModelTerm[] };
  fullTimeWeeklyHours: number;
  population: {
    employees: number;
    used: number;
    excluded: number;
    women: number;
    men: number;
    missing: { variable: ModelVariable | "pay"; count: number }[];
    /** The missing counts in words, in the page's language. */
    notes: string[];
  };
  fit: { n: number; df: number; rSquared: number; adjustedRSquared: number; residualSE: number };
  coefficients: RegressionCoefficient[];
  baselines: { variable: ModelVariable; level: ModelLevel; people: number }[];
  /** Variables the preset left out: one group only, or no different from the others. */
  droppedVariables: { variable: ModelVariable; reason: "oneGroup" | "collinear" }[];
  female: {
    hidden: boolean;
    outcome:
      | "notSignificant"
      | "significantNotAboveThreshold"
      | "significantlyAboveThreshold"
      | "significant"
      | null;
    kennedyPercent: number | null;
    delta: number | null;
    se: number | null;
    t: number | null;
    p: number | null;
    df: number | null;
    significant: boolean | null;
    thresholdT: number | null;
    thresholdCritical: number | null;
    thresholdP: number | null;
    aboveThreshold: boolean | null;
  };
  conclusion: string;
}

export interface RegressionCoefficient {
  name: string;
  term: "intercept" | "female" | TermKind;
  variable: ModelVariable | null;
  level: ModelLevel | null;
  people: number | null;
  estimate: number | null;
  se: number | null;
  t: number | null;
  p: number | null;
  hidden: boolean;
}
