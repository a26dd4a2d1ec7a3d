/** The job evaluation's API answers, as server/pay/jobs/routes.ts returns them. */
import type { EvaluationTemplate, JobScores } from "../../../core/pay/job-evaluation.ts";

export interface PayJob {
  id: string;
  name: string;
  traditionallyWomens: boolean;
  /** Counted in the caller's units (a manager) or the whole organisation. */
  women: number;
  men: number;
  shareWomen: number | null;
  /** By the whole job's share of women or the manual flag. */
  womenDominated: boolean;
  scores: JobScores;
  justification: string;
  value: number | null;
  band: number | null;
  evaluatedBy: string | null;
  evaluatedAt: string | null;
  version: number;
  /** The same-named job in the most recent earlier survey. */
  previous: { year: number; value: number | null; justification: string } | null;
}

export interface PayJobs {
  template: EvaluationTemplate;
  valueBandWidth: number;
  womenDominatedShare: number;
  surveyVersion: number;
  jobs: PayJob[];
}

export interface TemplateSaved {
  template: EvaluationTemplate;
  surveyVersion: number;
  cleared: { jobId: string; jobName: string; subCriterionId: string }[];
}
