import { womenDominated } from "../../../core/pay/equal-work.ts";
import {
  type EvaluationTemplate,
  type JobScores,
  jobValue,
  rescore,
  valueBand,
} from "../../../core/pay/job-evaluation.ts";
import type { Db } from "../../platform/db/database.ts";
import { forOrganisation, type TenantDb } from "../../platform/db/tenant.ts";
import type { PayScope } from "../access.ts";
import { jobHeadcounts, loadSurveyData } from "../dataset.ts";
import { readEmployees } from "../employees.ts";

type SurveyRow = {
  id: string;
  year: number;
  version: number;
  snapshot_date: string;
  evaluation_template: unknown;
  value_band_width: number;
  women_dominated_share: number;
};

export const templateOf = (survey: { evaluation_template: unknown }) =>
  survey.evaluation_template as EvaluationTemplate;
export const scoresOf = (job: { scores: unknown }) => (job.scores ?? {}) as JobScores;

/** The organisation's most recent survey before this one, if any. */
async function previousSurvey(tenant: TenantDb, year: number) {
  return tenant
    .selectFrom("pay_surveys")
    .select(["pay_surveys.id", "pay_surveys.year", "pay_surveys.evaluation_template"])
    .where("pay_surveys.year", "<", year)
    .orderBy("pay_surveys.year", "desc")
    .limit(1)
    .executeTakeFirst();
}

/**
 * Creates a pay_jobs row for every distinct job of the survey's employees that has none
 * (`names`, when the caller has them at hand, else read from the stored employees), copying
 * traditionally_womens, scores and justification from the job of the same name in the
 * organisation's most recent earlier survey (history across years). Removes jobs no employee
 * has any more. Scores the survey's template no longer accepts are not carried over.
 */
export async function syncJobs(
  trx: Db,
  organisationId: string,
  surveyId: string,
  jobNames?: readonly string[],
): Promise<void> {
  const tenant = forOrganisation(trx, organisationId);
  const survey = await tenant
    .selectFrom("pay_surveys")
    .select(["pay_surveys.year", "pay_surveys.evaluation_template"])
    .where("pay_surveys.id", "=", surveyId)
    .executeTakeFirstOrThrow();
  const names = jobNames
    ? [...jobNames]
    : (await readEmployees(tenant, surveyId)).job.values.filter((name) => name !== null);

  let removal = tenant.deleteFrom("pay_jobs").where("pay_jobs.survey_id", "=", surveyId);
  if (names.length > 0) removal = removal.where("pay_jobs.name", "not in", names);
  await removal.execute();

  const existing = new Set(
    (
      await tenant
        .selectFrom("pay_jobs")
        .select("pay_jobs.name")
        .where("pay_jobs.survey_id", "=", surveyId)
        .execute()
    ).map((row) => row.name),
  );
  const added = names.filter((name) => !existing.has(name));
  if (added.length === 0) return;

  const previous = await previousSurvey(tenant, survey.year);
  const earlier = previous
    ? await tenant
        .selectFrom("pay_jobs")
        .selectAll("pay_jobs")
        .where("pay_jobs.survey_id", "=", previous.id)
        .where("pay_jobs.name", "in", added)
        .execute()
    : [];
  const byName = new Map(earlier.map((job) => [job.name, job]));
  const template = templateOf(survey);
  await tenant
    .insertInto("pay_jobs")
    .values(
      added.map((name) => {
        const last = byName.get(name);
        return {
          organisation_id: organisationId,
          survey_id: surveyId,
          name,
          ...(last
            ? {
                traditionally_womens: last.traditionally_womens,
                scores: JSON.stringify(rescore(template, scoresOf(last)).scores),
                justification: last.justification,
                evaluated_by: last.evaluated_by,
                evaluated_at: last.evaluated_at,
              }
            : {}),
        };
      }),
    )
    .execute();
}

export interface JobView {
  id: string;
  name: string;
  traditionallyWomens: boolean;
  women: number;
  men: number;
  /** Per cent women, one decimal; null when nobody is counted. */
  shareWomen: number | null;
  /** From the whole job's share of women (not only the caller's units) or the manual flag. */
  womenDominated: boolean;
  scores: JobScores;
  justification: string;
  value: number | null;
  band: number | null;
  evaluatedBy: string | null;
  evaluatedAt: string | null;
  version: number;
  previous: { year: number; value: number | null; justification: string } | null;
}

/**
 * The jobs of a survey as a caller sees them: a manager only the jobs with employees in their
 * units, with the counts from those units. Sorted by name.
 */
export async function loadJobs(
  tenant: TenantDb,
  survey: SurveyRow,
  scope: Pick<PayScope, "unitIds">,
  jobId?: string,
): Promise<JobView[]> {
  let query = tenant
    .selectFrom("pay_jobs")
    .leftJoin("users", "users.id", "pay_jobs.evaluated_by")
    .selectAll("pay_jobs")
    .select("users.name as evaluated_by_name")
    .where("pay_jobs.survey_id", "=", survey.id);
  if (jobId) query = query.where("pay_jobs.id", "=", jobId);
  const rows = await query.execute();
  const whole = jobHeadcounts(await loadSurveyData(tenant, survey, { unitIds: null }));
  const visible = scope.unitIds
    ? jobHeadcounts(await loadSurveyData(tenant, survey, scope))
    : whole;

  const previous = await previousSurvey(tenant, survey.year);
  const earlier = previous
    ? await tenant
        .selectFrom("pay_jobs")
        .select(["pay_jobs.name", "pay_jobs.scores", "pay_jobs.justification"])
        .where("pay_jobs.survey_id", "=", previous.id)
        .execute()
    : [];
  const earlierByName = new Map(earlier.map((job) => [job.name, job]));

  const template = templateOf(survey);
  const threshold = survey.women_dominated_share / 100;
  return rows
    .filter((row) => visible.has(row.name) || scope.unitIds === null)
    .map((row) => {
      const counts = visible.get(row.name) ?? { women: 0, men: 0 };
      const total = counts.women + counts.men;
      const scores = scoresOf(row);
      const { value } = jobValue(template, scores);
      const last = earlierByName.get(row.name);
      return {
        id: row.id,
        name: row.name,
        traditionallyWomens: row.traditionally_womens,
        women: counts.women,
        men: counts.men,
        shareWomen: total === 0 ? null : Math.round((counts.women / total) * 1000) / 10,
        womenDominated:
          womenDominated(
            { ...(whole.get(row.name) ?? counts), traditionallyWomen: row.traditionally_womens },
            { threshold },
          ) !== null,
        scores,
        justification: row.justification,
        value,
        band: value === null ? null : valueBand(value, survey.value_band_width),
        evaluatedBy: row.evaluated_by_name ?? null,
        evaluatedAt: row.evaluated_at?.toISOString() ?? null,
        version: row.version,
        previous:
          previous && last
            ? {
                year: previous.year,
                value: jobValue(templateOf(previous), scoresOf(last)).value,
                justification: last.justification,
              }
            : null,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "sv"));
}
