/**
 * The comparisons' and pay adjustments' API answers, as server/pay/comparisons/routes.ts and
 * server/pay/measures/routes.ts return them.
 */
import type { EvaluationEffect, MeasureStatus } from "../../../core/cycle/vocabulary.ts";
import type { Classification } from "../../../core/pay/pay-measures.ts";

export type { Classification };
export type FindingKind = "equal_work" | "equivalent" | "lower_value";
export type Suppressed = "primary" | "complementary" | null;
export type Dominance = "share" | "manual" | "share-and-manual" | null;

export interface FindingSummary {
  id: string;
  classification: Classification | null;
  explanation: string;
  analysedBy: string | null;
  analysedAt: string | null;
  version: number;
}

/** The higher-paid side's pay minus the lower-paid side's, and as a share of the higher. */
export interface Difference {
  kr: number;
  percent: number | null;
}

export interface Figures {
  count: number;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  suppressed: Suppressed;
}

interface SurveyFacts {
  year: number;
  k: number;
  ownUnitsOnly: boolean;
  individual: boolean;
}

export interface EqualWorkJob {
  jobId: string;
  name: string;
  women: Figures;
  men: Figures;
  mean: Difference | null;
  median: Difference | null;
  comparable: boolean;
  smallGroup: boolean;
  finding: FindingSummary | null;
}

export interface EqualWork extends SurveyFacts {
  jobs: EqualWorkJob[];
}

export interface EvaluatedJob {
  jobId: string;
  name: string;
  value: number;
  band: number;
  women: number;
  men: number;
  womenShare: number | null;
  dominance: Dominance;
  meanPay: number | null;
  payHidden: Suppressed;
  smallGroup: boolean;
}

export interface JobPair {
  jobId: string;
  otherJobId: string;
  difference: Difference | null;
  finding: FindingSummary | null;
}

export interface EquivalentWork extends SurveyFacts {
  womenDominatedShare: number;
  valueBandWidth: number;
  jobs: EvaluatedJob[];
  notEvaluated: { jobId: string; name: string; women: number; men: number; dominance: Dominance }[];
  equivalent: JobPair[];
  lowerValue: JobPair[];
}

export interface Person {
  key: string;
  /** 1 woman, 2 man. */
  sex: number;
  pay: number;
  extent: number;
  yearsOfService: number | null;
  age: number | null;
}

export interface JobPeople {
  jobId: string;
  name: string;
  people: Person[];
}

export interface Finding extends FindingSummary {
  kind: FindingKind;
  jobId: string;
  jobName: string;
  otherJobId: string | null;
  otherJobName: string | null;
}

export interface Coverage {
  total: number;
  analysed: number;
}

export interface Findings {
  year: number;
  ownUnitsOnly: boolean;
  coverage: { equalWork: Coverage; equivalent: Coverage; lowerValue: Coverage };
  findings: (Finding & { current: boolean })[];
}

export interface PayMeasure {
  id: string;
  findingId: string;
  kind: FindingKind;
  jobId: string;
  jobName: string;
  otherJobName: string | null;
  target: "persons" | "group";
  employeeKeys: string[];
  groupDescription: string;
  people: number;
  monthlyAdjustment: number;
  annualCost: number;
  onCostPercent: number | null;
  deadline: string;
  measure: {
    id: string;
    year: number;
    title: string;
    status: MeasureStatus;
    responsibleTitle: string | null;
    evaluation: { effect: EvaluationEffect; comment: string; evaluatedAt: string } | null;
    version: number;
    carriedOverTo: { id: string; year: number; status: MeasureStatus } | null;
  };
}

export interface PayMeasures {
  year: number;
  measures: PayMeasure[];
  previous: { year: number; measures: PayMeasure[] } | null;
}
