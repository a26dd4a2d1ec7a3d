import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import {
  checkTemplate,
  evaluationTemplateSchema,
  isLevelOf,
  jobScoresSchema,
  jobValue,
  rescore,
  subCriteriaOf,
  type TemplateProblem,
} from "../../../core/pay/job-evaluation.ts";
import { checkVersion, versionSchema, yearParams } from "../../cycle/common.ts";
import { recordAudit } from "../../platform/audit/audit.ts";
import { forOrganisation } from "../../platform/db/tenant.ts";
import { AppError, type FieldProblem, notFound } from "../../platform/http/problem.ts";
import { problems, uuidSchema } from "../../platform/http/schemas.ts";
import type { Locale } from "../../platform/i18n.ts";
import { findSurvey, payScope } from "../access.ts";
import { loadJobs, scoresOf, templateOf } from "./service.ts";

const read = { scope: "organisation", permission: "pay.readAggregate" } as const;
const manage = { scope: "organisation", permission: "pay.manage" } as const;

const jobSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    traditionallyWomens: z.boolean(),
    women: z.number(),
    men: z.number(),
    shareWomen: z.number().nullable(),
    womenDominated: z.boolean(),
    scores: z.record(z.string(), z.number()),
    justification: z.string(),
    value: z.number().nullable(),
    band: z.number().nullable(),
    evaluatedBy: z.string().nullable(),
    evaluatedAt: z.string().nullable(),
    version: z.number(),
    previous: z
      .object({ year: z.number(), value: z.number().nullable(), justification: z.string() })
      .nullable(),
  })
  .meta({ id: "PayJob" });

const jobsSchema = z
  .object({
    template: evaluationTemplateSchema,
    valueBandWidth: z.number(),
    womenDominatedShare: z.number(),
    surveyVersion: z.number(),
    jobs: z.array(jobSchema),
  })
  .meta({ id: "PayJobs" });

const jobParams = yearParams.extend({ jobId: uuidSchema });
const jobBody = z.object({
  scores: jobScoresSchema,
  justification: z.string().trim().max(2000),
  traditionallyWomens: z.boolean(),
  version: versionSchema,
});
const templateBody = z.object({ template: evaluationTemplateSchema, version: versionSchema });
const templateResponse = z.object({
  template: evaluationTemplateSchema,
  surveyVersion: z.number(),
  /** Scores the new template no longer accepts, now removed. */
  cleared: z.array(
    z.object({ jobId: z.string(), jobName: z.string(), subCriterionId: z.string() }),
  ),
});

/**
 * Job evaluation (DL 3:8–10, EU 2023/970 Art. 4(4)): each job of a survey scored against the
 * survey's template of criteria, with a justification; the template itself is editable.
 */
export const jobRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  app.get(
    "/organisations/:organisationId/pay/surveys/:year/jobs",
    {
      config: { access: read },
      schema: {
        operationId: "listPayJobs",
        tags: ["pay"],
        summary: "The survey's jobs with their evaluation, and the evaluation template",
        params: yearParams,
        response: { 200: jobsSchema, ...problems },
      },
    },
    async (request) => {
      const survey = await findSurvey(request.tenant, request.params.year);
      const scope = await payScope(db, request);
      return {
        template: templateOf(survey),
        valueBandWidth: survey.value_band_width,
        womenDominatedShare: survey.women_dominated_share,
        surveyVersion: survey.version,
        jobs: await loadJobs(request.tenant, survey, scope),
      };
    },
  );

  app.put(
    "/organisations/:organisationId/pay/surveys/:year/jobs/:jobId",
    {
      config: { access: manage },
      schema: {
        operationId: "evaluatePayJob",
        tags: ["pay"],
        summary: "Score a job against the template, justify it and set the traditional flag",
        params: jobParams,
        body: jobBody,
        response: { 200: jobSchema, ...problems },
      },
    },
    async (request) => {
      const { organisationId, year, jobId } = request.params;
      const body = request.body;
      const result = await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const survey = await findSurvey(tenant, year);
        const before = await tenant
          .selectFrom("pay_jobs")
          .selectAll("pay_jobs")
          .where("pay_jobs.id", "=", jobId)
          .where("pay_jobs.survey_id", "=", survey.id)
          .forUpdate()
          .executeTakeFirst();
        if (!before) throw notFound();
        checkVersion(before.version, body.version);

        const template = templateOf(survey);
        const fieldProblems = scoreProblems(template, body.scores);
        if (
          fieldProblems.length === 0 &&
          jobValue(template, body.scores).value !== null &&
          body.justification === ""
        )
          fieldProblems.push({ path: "justification", key: "pay.jobs.justificationRequired" });
        if (fieldProblems.length > 0) return { saved: false as const, fieldProblems };

        const beforeScores = scoresOf(before);
        const evaluated =
          JSON.stringify(sorted(beforeScores)) !== JSON.stringify(sorted(body.scores)) ||
          before.justification !== body.justification;
        await tenant
          .updateTable("pay_jobs")
          .set({
            scores: JSON.stringify(body.scores),
            justification: body.justification,
            traditionally_womens: body.traditionallyWomens,
            ...(evaluated ? { evaluated_by: request.user!.id, evaluated_at: sql`now()` } : {}),
            version: sql`version + 1`,
          })
          .where("pay_jobs.id", "=", jobId)
          .execute();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "update",
          entityType: "pay_job",
          entityId: jobId,
          before: {
            name: before.name,
            scores: beforeScores,
            justification: before.justification,
            traditionallyWomens: before.traditionally_womens,
          },
          after: {
            name: before.name,
            scores: body.scores,
            justification: body.justification,
            traditionallyWomens: body.traditionallyWomens,
          },
        });
        const [job] = await loadJobs(tenant, survey, { unitIds: null }, jobId);
        return { saved: true as const, job: job! };
      });
      if (!result.saved) {
        throw new AppError(422, "problem.validation", {}, result.fieldProblems);
      }
      return result.job;
    },
  );

  app.put(
    "/organisations/:organisationId/pay/surveys/:year/evaluation-template",
    {
      config: { access: manage },
      schema: {
        operationId: "replacePayEvaluationTemplate",
        tags: ["pay"],
        summary:
          "Replace the survey's job-evaluation template; scores it no longer accepts are cleared",
        params: yearParams,
        body: templateBody,
        response: { 200: templateResponse, ...problems },
      },
    },
    async (request) => {
      const { organisationId, year } = request.params;
      const { template, version } = request.body;
      const templateProblems = checkTemplate(template);
      if (templateProblems.length > 0) {
        throw new AppError(
          422,
          "problem.validation",
          {},
          templateProblems.map((p) => templateFieldProblem(p, request.locale)),
        );
      }
      return db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const survey = await tenant
          .selectFrom("pay_surveys")
          .selectAll("pay_surveys")
          .where("pay_surveys.year", "=", year)
          .forUpdate()
          .executeTakeFirst();
        if (!survey) throw notFound();
        checkVersion(survey.version, version);
        const updated = await tenant
          .updateTable("pay_surveys")
          .set({
            evaluation_template: JSON.stringify(template),
            version: sql`version + 1`,
            updated_at: sql`now()`,
          })
          .where("pay_surveys.id", "=", survey.id)
          .returning("pay_surveys.version")
          .executeTakeFirstOrThrow();

        const jobs = await tenant
          .selectFrom("pay_jobs")
          .select(["pay_jobs.id", "pay_jobs.name", "pay_jobs.scores"])
          .where("pay_jobs.survey_id", "=", survey.id)
          .orderBy("pay_jobs.name")
          .forUpdate()
          .execute();
        const cleared: { jobId: string; jobName: string; subCriterionId: string }[] = [];
        for (const job of jobs) {
          const result = rescore(template, scoresOf(job));
          if (result.cleared.length === 0) continue;
          for (const subCriterionId of result.cleared)
            cleared.push({ jobId: job.id, jobName: job.name, subCriterionId });
          await tenant
            .updateTable("pay_jobs")
            .set({ scores: JSON.stringify(result.scores), version: sql`version + 1` })
            .where("pay_jobs.id", "=", job.id)
            .execute();
        }
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "update",
          entityType: "pay_survey",
          entityId: survey.id,
          before: { evaluationTemplate: survey.evaluation_template },
          after: { evaluationTemplate: template, cleared },
        });
        return { template, surveyVersion: updated.version, cleared };
      });
    },
  );
};

/** Each score must be a level of a sub-criterion of the template. */
function scoreProblems(
  template: ReturnType<typeof templateOf>,
  scores: Record<string, number>,
): FieldProblem[] {
  const subs = new Map(subCriteriaOf(template).map((entry) => [entry.sub.id, entry]));
  return Object.entries(scores).flatMap(([subId, level]): FieldProblem[] => {
    const entry = subs.get(subId);
    const path = `scores.${subId}`;
    if (!entry) return [{ path, key: "pay.jobs.unknownSubCriterion" }];
    if (!isLevelOf(entry.sub, level))
      return [
        {
          path,
          key: "pay.jobs.level",
          params: { max: entry.maxLevel, subCriterion: entry.sub.name },
        },
      ];
    return [];
  });
}

const sorted = (scores: Record<string, number>) =>
  Object.fromEntries(Object.entries(scores).sort(([a], [b]) => a.localeCompare(b)));

/**
 * A template problem as a field problem: the path in the request body and its words, which
 * name the criterion or sub-criterion by the name the organisation gave it.
 */
function templateFieldProblem(problem: TemplateProblem, locale: Locale): FieldProblem {
  const path = ["template", ...problem.path].join(".");
  const number = (value: number) =>
    value.toLocaleString(locale === "en" ? "en-GB" : "sv-SE", { maximumFractionDigits: 2 });
  switch (problem.code) {
    case "criteria":
      return { path, key: "pay.jobs.criteria" };
    case "criteriaWeights":
      return { path, key: "pay.jobs.criteriaWeights", params: { sum: number(problem.sum) } };
    case "subCriteriaWeights":
      return {
        path,
        key: "pay.jobs.subCriteriaWeights",
        params: { criterion: problem.criterion, sum: number(problem.sum) },
      };
    case "duplicateId":
      return { path, key: "pay.jobs.duplicateId", params: { id: problem.id } };
    case "levelCount":
    case "levelValues":
      return {
        path,
        key: `pay.jobs.${problem.code}`,
        params: { criterion: problem.criterion, subCriterion: problem.subCriterion },
      };
  }
}
