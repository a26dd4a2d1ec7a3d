import { type EvaluationTemplate, jobValue, valueBand } from "../../../core/pay/job-evaluation.ts";
import {
  fullTimeWeeklyHours,
  type PayLevels,
  payLevels,
  type WorkerCategory,
  workerCategories,
} from "../../../core/pay/models.ts";
import type { TenantDb } from "../../platform/db/tenant.ts";
import type { PayScope } from "../access.ts";
import { derive, loadSurveyData, type SurveyData } from "../dataset.ts";

export interface SurveyRow {
  id: string;
  organisation_id: string;
  year: number;
  version: number;
  snapshot_date: string;
  min_group_size: number;
  /** Everyone in the survey, whatever the caller may see. */
  employee_count: number;
  value_band_width: number;
  evaluation_template: unknown;
}

/**
 * What the regression and the EU indicators are computed from: the survey's employees within
 * the caller's scope, their pay levels, and their categories of workers.
 */
export interface SurveyBasis {
  data: SurveyData;
  levels: PayLevels;
  categories: WorkerCategory[];
  /** Each employee's category of workers (index into `categories`). */
  category: Int32Array;
  /** Jobs in scope that are not evaluated (each is a category of its own). */
  unevaluatedJobs: number;
}

/**
 * The survey's full-time weekly hours: from the whole survey, not the caller's units, so an
 * hourly wage does not depend on who looks at it.
 */
export async function surveyWeeklyHours(
  tenant: TenantDb,
  survey: { id: string; version: number; snapshot_date: string },
): Promise<number> {
  const whole = await loadSurveyData(tenant, survey, { unitIds: null });
  return derive(whole, "fullTimeWeeklyHours", () => {
    const counts = new Map<number, number>();
    for (const hours of whole.weeklyHours)
      if (!Number.isNaN(hours)) counts.set(hours, (counts.get(hours) ?? 0) + 1);
    return fullTimeWeeklyHours([...counts].map(([hours, count]) => ({ hours, count })));
  });
}

/** The value band of each job of `jobs` (null when it is not fully evaluated). */
async function jobBands(tenant: TenantDb, survey: SurveyRow, jobs: readonly string[]) {
  const rows = await tenant
    .selectFrom("pay_jobs")
    .select(["pay_jobs.name", "pay_jobs.scores"])
    .where("pay_jobs.survey_id", "=", survey.id)
    .execute();
  const template = survey.evaluation_template as EvaluationTemplate;
  const bands = new Map(
    rows.map((row) => {
      const { value } = jobValue(template, (row.scores ?? {}) as Record<string, number>);
      return [row.name, value === null ? null : valueBand(value, survey.value_band_width)];
    }),
  );
  return jobs.map((job) => bands.get(job) ?? null);
}

export async function loadSurveyBasis(
  tenant: TenantDb,
  survey: SurveyRow,
  scope: Pick<PayScope, "unitIds">,
): Promise<SurveyBasis> {
  const data = await loadSurveyData(tenant, survey, scope);
  const [hours, bands] = await Promise.all([
    surveyWeeklyHours(tenant, survey),
    jobBands(tenant, survey, data.jobs),
  ]);
  const { categories, category } = derive(data, `categories:${bands.join()}`, () =>
    workerCategories(data.jobs, bands, data.job),
  );
  return {
    data,
    levels: derive(data, `levels:${hours}`, () => payLevels(data, hours)),
    categories,
    category,
    unevaluatedJobs: bands.filter((band) => band === null).length,
  };
}
